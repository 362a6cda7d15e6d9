/**
 * What the coverage's acronyms stand for, read off the coverage itself: a definition ("intercontinental ballistic
 * missile (ICBM)", "the Korean Central News Agency (KCNA)") or a name whose initials spell it ("Australian National
 * University" for "ANU"). A question saying "icbm" then also finds a passage that spells the words out, and "anu"
 * one that names the university: no list of acronyms is kept, only what the articles write.
 */
import type { Corpus } from '../corpus/types.ts';
import { splitWords, termOf } from './analyzer.ts';

/** Small words a name's initials skip: "University of Tokyo" is "UT", "Ministry of Foreign Affairs" "MFA" or "MOFA". */
const SKIPPED = new Set(['of', 'and', 'the', 'for', 'on', 'in', 'at', 'to', '&']);
/** Acronyms of this many letters: "EU" to "ASEAN", "NATO", "KCNA", "CSIS". */
const MIN_LETTERS = 2;
const MAX_LETTERS = 6;

/** "(ICBM)" after the words it stands for; the words are matched back from the bracket. */
const DEFINED = /((?:[\p{L}][\p{L}'’-]*\s+){1,9})\(\s*(\p{Lu}[\p{Lu}&]{1,5})\s*\)/gu;
/** A run of capitalised words, small words between them allowed: "Australian National University". */
const NAME_RUN = /\p{Lu}[\p{L}'’-]+(?:\s+(?:(?:of|and|the|for|on|in|at|&)\s+)*\p{Lu}[\p{L}'’-]+){1,5}/gu;

/** The words an acronym stands for: as the coverage writes them (lower case), and their stems. */
export interface SpelledOut {
  words: string;
  stems: string[];
}

const cache = new WeakMap<Corpus, ReadonlyMap<string, readonly SpelledOut[]>>();

/** Each acronym (lower case) the coverage defines or names, with the words it stands for. */
export function acronymsOf(corpus: Corpus): ReadonlyMap<string, readonly SpelledOut[]> {
  const known = cache.get(corpus);
  if (known) return known;
  const found = new Map<string, SpelledOut[]>();
  const add = (acronym: string, words: readonly string[]) => {
    const stems = words.filter((word) => !SKIPPED.has(word.toLowerCase())).map((word) => termOf(word)?.stem ?? '');
    if (stems.length < 2 || stems.some((stem) => !stem)) return;
    const list = found.get(acronym) ?? [];
    if (!list.some((known) => known.stems.join(' ') === stems.join(' ')))
      list.push({ words: words.join(' ').toLowerCase(), stems });
    found.set(acronym, list);
  };
  const texts = [
    ...corpus.passages.map((passage) => passage.text),
    ...corpus.articles.map((article) => article.meta.title),
  ];
  for (const text of texts) {
    for (const match of text.matchAll(DEFINED)) {
      const acronym = (match[2] ?? '').replace(/&/g, '').toLowerCase();
      const words = definedBy(splitWords(match[1] ?? ''), acronym);
      if (words) add(acronym, words);
    }
    for (const match of text.matchAll(NAME_RUN)) {
      // "The Ministry of Foreign Affairs": a name's words start after its article.
      const words = splitWords(match[0]);
      while (words.length > 2 && SKIPPED.has((words[0] ?? '').toLowerCase())) words.shift();
      for (const acronym of initialsOf(words))
        if (acronym.length >= MIN_LETTERS && acronym.length <= MAX_LETTERS) add(acronym, words);
    }
  }
  cache.set(corpus, found);
  return found;
}

/** The words an acronym stands for, from the end of the words before its bracket; null when none spell it. */
function definedBy(words: readonly string[], acronym: string): string[] | null {
  for (let start = words.length - 1; start >= 0 && words.length - start <= acronym.length + 3; start--) {
    const tail = words.slice(start).map((word) => word.toLowerCase());
    if (!SKIPPED.has(tail[0] ?? '') && spells(tail, 0, acronym, 0)) return words.slice(start);
  }
  return null;
}

/**
 * Whether words spell an acronym: each word gives the next letter with its first, and may give the letters after
 * it from inside ("intercontinental ballistic missile" is "ICBM"); a small word gives one or none ("MOFA", "MFA").
 */
function spells(words: readonly string[], at: number, acronym: string, letter: number): boolean {
  if (at === words.length) return letter === acronym.length;
  const word = words[at] ?? '';
  if (SKIPPED.has(word) && spells(words, at + 1, acronym, letter)) return true;
  if (word.charAt(0) !== acronym.charAt(letter)) return false;
  // The first letter, then as many more from inside the word as can be found in order.
  let next = letter + 1;
  let from = 1;
  for (;;) {
    if (spells(words, at + 1, acronym, next)) return true;
    const found = next < acronym.length ? word.indexOf(acronym.charAt(next), from) : -1;
    if (found < 0) return false;
    next++;
    from = found + 1;
  }
}

/** A name's initials, with and without its small words and its hyphenated words' parts: "Asia-Pacific" is "A" or "AP". */
function initialsOf(words: readonly string[]): Set<string> {
  const variants = new Set<string>();
  for (const withSmall of [false, true])
    for (const byPart of [false, true])
      variants.add(
        words
          .filter((word) => withSmall || !SKIPPED.has(word.toLowerCase()))
          .flatMap((word) => (byPart ? word.split(/[-‐]/) : [word]))
          .map((part) => part.charAt(0).toLowerCase())
          .join(''),
      );
  return variants;
}

/** Whether a typed word has an acronym's length and letters only. */
export function mayBeAcronym(word: string): boolean {
  return word.length >= MIN_LETTERS && word.length <= MAX_LETTERS && /^\p{L}+$/u.test(word);
}
