/**
 * What the coverage's acronyms stand for, read off the coverage itself: a definition ("intercontinental ballistic
 * missile (ICBM)", "the Korean Central News Agency (KCNA)") or a name whose initials spell it ("Australian National
 * University" for "ANU"). A question saying "icbm" then also finds a passage that spells the words out, and "anu"
 * one that names the university: no list of acronyms is kept, only what the articles write.
 */
import type { Article, Corpus } from '../corpus/types.ts';
import { splitWords, termOf } from './analyzer.ts';
import { STOP_WORDS } from './stopWords.ts';

/** Small words a name's initials skip: "University of Tokyo" is "UT", "Ministry of Foreign Affairs" "MFA" or "MOFA". */
const SKIPPED = new Set(['of', 'and', 'the', 'for', 'on', 'in', 'at', 'to', '&']);
/** Acronyms of this many letters: "EU" to "ASEAN", "NATO", "KCNA", "CSIS". */
const MIN_LETTERS = 2;
const MAX_LETTERS = 6;

/** "(ICBM)": a bracketed acronym, which the words right before it may spell out. */
const BRACKETED = /\(\s*(\p{Lu}[\p{Lu}&]{1,5})\s*\)/gu;
/**
 * The words right before a bracket: up to nine, each followed by spaces only. Matched on the text just before the
 * bracket, not the whole passage: searched for from every position of every passage, the same pattern was a
 * second per 10,000 passages.
 */
const WORDS_BEFORE = /(?:[\p{L}][\p{L}'’-]*\s+){1,9}$/u;
/** More than nine words of the longest kind fit in this many characters before a bracket. */
const BEFORE_BRACKET = 400;
/** A run of capitalised words, small words between them allowed: "Australian National University". */
const NAME_RUN = /\p{Lu}[\p{L}'’-]+(?:\s+(?:(?:of|and|the|for|on|in|at|&)\s+)*\p{Lu}[\p{L}'’-]+){1,5}/gu;

/** The words an acronym stands for: as the coverage writes them (lower case), and their stems. */
export interface SpelledOut {
  words: string;
  stems: string[];
}

type Acronyms = ReadonlyMap<string, readonly SpelledOut[]>;

/**
 * Spellings kept per acronym, the first met: a real one has one or two ("KCNA"), and a short one matching the
 * initials of many names ("RT") would otherwise have every speaker compared with hundreds at 100k passages.
 */
const MAX_SPELLINGS = 4;

const byCorpus = new WeakMap<Corpus, Acronyms>();
/** Each article's own, kept with the article: a coverage with one article added or removed reads only that one. */
const byArticle = new WeakMap<Article, Acronyms>();

/**
 * Each acronym (lower case) the coverage defines or names, with the words it stands for: each article's, in the
 * coverage's order, each spelling once. Reading an article is about 40 microseconds a passage (4 s at 100k
 * passages): prepareAcronyms does it ahead of the first question.
 */
export function acronymsOf(corpus: Corpus): Acronyms {
  const known = byCorpus.get(corpus);
  if (known) return known;
  const { found, add } = spellingsCollected(MAX_SPELLINGS);
  for (const article of corpus.articles)
    for (const [acronym, spelled] of acronymsOfArticle(article)) for (const spelling of spelled) add(acronym, spelling);
  byCorpus.set(corpus, found);
  return found;
}

/** acronymsOf worked out a hundred articles at a time, letting the event loop run in between. */
export async function prepareAcronyms(corpus: Corpus): Promise<void> {
  const STEP = 100;
  for (let at = 0; at < corpus.articles.length; at += STEP) {
    for (const article of corpus.articles.slice(at, at + STEP)) acronymsOfArticle(article);
    await new Promise((resolve) => setImmediate(resolve));
  }
  acronymsOf(corpus);
}

function acronymsOfArticle(article: Article): Acronyms {
  const known = byArticle.get(article);
  if (known) return known;
  const collected = spellingsCollected();
  const stemsOf = (words: readonly string[]) =>
    words.filter((word) => !SKIPPED.has(word.toLowerCase())).map((word) => termOf(word)?.stem ?? '');
  const add = (acronym: string, words: readonly string[], stems: readonly string[] = stemsOf(words)) => {
    if (stems.length < 2 || stems.some((stem) => !stem)) return;
    collected.add(acronym, { words: words.join(' ').toLowerCase(), stems: [...stems] });
  };
  for (const text of [...article.passages.map((passage) => passage.text), article.meta.title]) {
    for (const match of text.matchAll(BRACKETED)) {
      const before = text.slice(Math.max(0, match.index - BEFORE_BRACKET), match.index).match(WORDS_BEFORE);
      if (!before) continue;
      const acronym = (match[1] ?? '').replace(/&/g, '').toLowerCase();
      const words = definedBy(splitWords(before[0]), acronym);
      if (words) add(acronym, words);
    }
    for (const match of text.matchAll(NAME_RUN)) {
      // "North Korea's Foreign Ministry": the owner is a name of its own ("NK"), as the whole is ("NKFM").
      const owner = ACRONYM_RULES.possessiveOwners ? /^(.+?)['’]s\s/u.exec(match[0])?.[1] : undefined;
      const ownerWords = owner ? splitWords(owner) : [];
      if (ownerWords.length >= 2) {
        for (const acronym of initialsOf(ownerWords))
          if (acronym.length >= MIN_LETTERS && acronym.length <= MAX_LETTERS) add(acronym, ownerWords);
      }
      // "The Ministry of Foreign Affairs": a name's words start after its article.
      const words = splitWords(match[0]);
      while (words.length > 2 && SKIPPED.has((words[0] ?? '').toLowerCase())) words.shift();
      // "The President of the Atlantic-Pacific Parliamentary Assembly": a post of a body names the body too, from
      // the word after its "of the" ("APPA").
      for (const name of ACRONYM_RULES.namesInsideRuns ? namesWithin(words) : [words]) {
        const stems = stemsOf(name);
        for (const acronym of initialsOf(name))
          if (acronym.length >= MIN_LETTERS && acronym.length <= MAX_LETTERS) add(acronym, name, stems);
      }
    }
  }
  // "the liaison office" written again and again: a reader may shorten it to its initials ("the NATO LO").
  if (ACRONYM_RULES.repeatedPhrases)
    for (const words of repeatedPhrasesOf(article)) add(words.map((word) => word[0]).join(''), words);
  byArticle.set(article, collected.found);
  return collected.found;
}

/** How often a phrase of two lower-case words must recur in one article for its initials to stand for it. */
const PHRASE_REPEATS = 3;
/** Two lower-case words of three letters or more, a single space apart. */
const LOWER_PAIR = /(?<![\p{L}'’-])(\p{Ll}{3,})\s(\p{Ll}{3,})(?![\p{L}'’-])/gu;

/** The phrases of two lower-case words, neither a small word, that an article writes PHRASE_REPEATS times or more. */
function repeatedPhrasesOf(article: Article): string[][] {
  const counts = new Map<string, number>();
  const pair = new RegExp(LOWER_PAIR.source, 'gu');
  for (const passage of article.passages)
    for (let match = pair.exec(passage.text); match; match = pair.exec(passage.text)) {
      // Pairs overlap ("planned liaison office"): the next is looked for from the second word.
      pair.lastIndex = match.index + (match[1]?.length ?? 0) + 1;
      const [first = '', second = ''] = [match[1], match[2]];
      if (STOP_WORDS.has(first) || STOP_WORDS.has(second)) continue;
      const key = `${first} ${second}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  return [...counts].filter(([, count]) => count >= PHRASE_REPEATS).map(([key]) => key.split(' '));
}

/**
 * Acronyms gathered with each spelling once (a spelling met again, by its stems, is found at once: thousands at
 * 100k passages), at most `max` spellings per acronym, the first met.
 */
function spellingsCollected(max = Infinity): {
  found: Map<string, SpelledOut[]>;
  add: (acronym: string, spelling: SpelledOut) => void;
} {
  const found = new Map<string, SpelledOut[]>();
  const keys = new Map<string, Set<string>>();
  const add = (acronym: string, spelling: SpelledOut) => {
    const key = spelling.stems.join(' ');
    const seen = keys.get(acronym) ?? new Set<string>();
    const list = found.get(acronym) ?? [];
    if (seen.has(key) || list.length >= max) return;
    seen.add(key);
    keys.set(acronym, seen);
    list.push(spelling);
    found.set(acronym, list);
  };
  return { found, add };
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

/** Switches for the rules here, so that a test can show what each one does. */
export const ACRONYM_RULES = {
  namesInsideRuns: true,
  possessiveOwners: true,
  definedInQuestion: true,
  repeatedPhrases: true,
};

/** A run of name words, and each name of two words or more after a small word inside it ("of the ..."). */
function namesWithin(words: readonly string[]): string[][] {
  const names = [[...words]];
  words.forEach((word, at) => {
    if (!SKIPPED.has(word.toLowerCase()) || SKIPPED.has((words[at + 1] ?? '').toLowerCase())) return;
    const tail = words.slice(at + 1);
    if (tail.length >= 2) names.push(tail);
  });
  return names;
}

/** Whether a typed word has an acronym's length and letters only. */
export function mayBeAcronym(word: string): boolean {
  return word.length >= MIN_LETTERS && word.length <= MAX_LETTERS && /^\p{L}+$/u.test(word);
}

/** " (RAA)" with the spaces before it, so that a bracket dropped leaves no space behind. */
const BRACKETED_AFTER_SPACE = new RegExp(`\\s*${BRACKETED.source}`, 'gu');
/** "the RAA (reciprocal access agreement)": an acronym the question itself spells out in a bracket after it. */
const SPELLED_AFTER = /\b(\p{Lu}[\p{Lu}&]{1,5})\s*\(\s*([^()]{3,120}?)\s*\)/gu;

/**
 * The question with each acronym it defines itself replaced by its words: "the UK-Japan RAA (reciprocal access
 * agreement)" and "the reciprocal access agreement (RAA)" both ask about a reciprocal access agreement. An acronym
 * the coverage never writes would otherwise count as a name it never mentions.
 */
export function withAcronymsSpelledOut(question: string): string {
  if (!ACRONYM_RULES.definedInQuestion) return question;
  const after = question.replace(SPELLED_AFTER, (whole, acronym: string, words: string) => {
    const spelled = splitWords(words).map((word) => word.toLowerCase());
    return spells(spelled, 0, acronym.replace(/&/g, '').toLowerCase(), 0) ? words : whole;
  });
  return after.replace(BRACKETED_AFTER_SPACE, (whole, acronym: string, at: number, text: string) => {
    const before = `${text.slice(Math.max(0, at - BEFORE_BRACKET), at)} `.match(WORDS_BEFORE);
    return before && definedBy(splitWords(before[0]), acronym.replace(/&/g, '').toLowerCase()) ? '' : whole;
  });
}
