import { foldWord, termOf } from './analyzer.ts';
import type { SearchEngine } from './engine.ts';
import { englishRank, isListedWord, nearestEnglishWord } from './englishWords.ts';
import { knownWordsOf } from './knownWords.ts';
import { editDistanceWithin, spellingVariants } from './spelling.ts';
import { STOP_WORDS } from './stopWords.ts';
import { isAdjective, isCommonWord, isGroupName, isNameFirstOfAll, isPlaceName, properNameOf } from './wordNet.ts';

/** Longest name looked up, in words. */
const MAX_NAME_WORDS = 3;

/** Rules that can be switched off to measure what each is worth. */
export const TRUE_CASE_RULES = {
  /** "are the hamas talks going well": a body of people WordNet names, never a word of everyday English, is a name. */
  groupNames: true,
};

/**
 * A question whose case says nothing of names (see typedInLowerCase) with the names the coverage never mentions
 * written as names again ("why did france object" -> "why did France object", "the european union"), so that a
 * question about them is refused as the same question typed with capitals is. Only WordNet's proper nouns count, a
 * single word only when it names a place or a body of people and is no everyday word; names the coverage has are
 * left as typed, since they are found either way.
 */
export function absentNamesCased(question: string, engine: SearchEngine): string {
  if (!typedInLowerCase(question)) return question;
  const inCoverage = (word: string) => engine.documentFrequency.has(termOf(word)?.stem ?? '');
  // A single word only when it names a place ("france", "taiwan") or a body of people ("hamas"): a surname alone
  // ("jong") may be part of another name.
  const single = (word: string) =>
    englishRank(word) === undefined &&
    (isPlaceName(word) || (TRUE_CASE_RULES.groupNames && isGroupName(word) && !nearAName(word, engine)));
  return namesCased(question, (plain) => !plain.every(inCoverage) && (plain.length > 1 || single(plain[0] ?? '')));
}

/** Whether a word is a name of the coverage typed a letter or two off ("ming" for "Ning"). */
function nearAName(word: string, engine: SearchEngine): boolean {
  const edits = word.length <= 4 ? 1 : 2;
  for (const name of knownWordsOf(engine).names)
    if (!STOP_WORDS.has(name) && editDistanceWithin(word, name, edits) <= edits) return true;
  return false;
}

/**
 * A word of a quoted person's name followed by words that are neither in the coverage, nor common English, nor a
 * slip in typing one of its words ("kim yo jong" beside "Kim Seol-hwa"), written as a name: another person of the
 * same family name, whom the coverage never mentions.
 */
function otherNamesCased(question: string, engine: SearchEngine, personWords: ReadonlySet<string>): string {
  if (personWords.size === 0) return question;
  const inCoverage = (word: string) => engine.documentFrequency.has(termOf(word)?.stem ?? '');
  // A slip in typing a word is no name: as question analysis corrects it, so here ("liason", "sya", "foriegn").
  const slip = (word: string) =>
    (word.length >= 3 &&
      spellingVariants(word).some((variant) => engine.vocabulary.has(variant) || isListedWord(variant))) ||
    (word.length >= 5 &&
      (engine.vocabulary.fuzzyGet(word, word.length >= 9 ? 2 : 1).size > 0 ||
        nearestEnglishWord(word, word.length >= 9 ? 2 : 1) !== null));
  const otherPart = (word: string) =>
    /^\p{L}{2,}$/u.test(word) &&
    !inCoverage(word) &&
    englishRank(word) === undefined &&
    !nearAName(word, engine) &&
    !slip(word);
  return namesCased(
    question,
    (plain) => plain.length > 1 && personWords.has(plain[0] ?? '') && plain.slice(1).every(otherPart),
    (plain) => plain.map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join(' '),
  );
}

/**
 * The words of a question typed without capitals that could name who speaks, written as WordNet writes them
 * ("what did south korea's president say" -> "what did South Korea's president say", "nato", "chinese"), so
 * that the speaker it asks about is found, or found unquoted, as when typed with capitals. Only what a speaker
 * is looked for in reads it: elsewhere the question is searched as typed.
 */
export function speakerNamesCased(
  question: string,
  engine?: SearchEngine,
  /** Folded words of the names of people the coverage quotes: "kim yo jong" is cased as one name beside "Kim Seol-hwa". */
  personWords: ReadonlySet<string> = new Set(),
): string {
  // A single word only when it is a name in every sense, or first of all: "japanese", "china", not "hope", "state", nor "western", an adjective.
  const wordNetCased = namesCased(
    question,
    (plain) =>
      plain.length > 1 ||
      (!STOP_WORDS.has(plain[0] ?? '') &&
        (!isCommonWord(plain[0] ?? '') || (isNameFirstOfAll(plain[0] ?? '') && !isAdjective(plain[0] ?? '')))),
  );
  if (!engine) return wordNetCased;
  const withOtherNames = otherNamesCased(wordNetCased, engine, personWords);
  if (wordNetCased !== question || withOtherNames !== question) return withOtherNames;
  // Else the coverage's own names that are no English word: "kishida", "hayashi".
  const { names } = knownWordsOf(engine);
  return namesCased(
    question,
    (plain) => plain.length === 1 && names.has(plain[0] ?? '') && !isListedWord(plain[0] ?? ''),
    (plain) => plain.map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join(' '),
  );
}

/**
 * Whether a question's case says nothing of which words are names: typed without capitals, but perhaps for its
 * first letter ("what did kishida say"), or all in capitals.
 */
export function typedInLowerCase(question: string): boolean {
  return !/\p{Lu}/u.test(question.trimStart().slice(1)) || !/\p{Ll}/u.test(question);
}

/**
 * A question (all in capitals read as all in lower case) with the runs of words `wanted` that are typed in lower case
 * written as names: as WordNet writes them, or as `form` writes them.
 */
function namesCased(
  question: string,
  wanted: (plain: readonly string[]) => boolean,
  form: (plain: readonly string[]) => string | null = (plain) => properNameOf(plain.join(' ')),
): string {
  const hasLower = /\p{Ll}/u.test(question);
  const text = hasLower ? question : question.toLowerCase();
  const words = [...text.matchAll(/\p{L}+(?:[-'’]\p{L}+)*/gu)];
  let out = '';
  let at = 0;
  for (let i = 0; i < words.length;) {
    let matched = 0;
    let cased = '';
    for (let length = Math.min(MAX_NAME_WORDS, words.length - i); length > 0 && matched === 0; length--) {
      const run = words.slice(i, i + length);
      if (
        run.some(
          (word, j) =>
            j > 0 && text.slice((run[j - 1]?.index ?? 0) + (run[j - 1]?.[0].length ?? 0), word.index) !== ' ',
        )
      )
        continue;
      const plain = run.map((word) => foldWord(word[0].replace(/['’]s$/, '')));
      if (run.some((word) => /\p{Lu}/u.test(word[0])) || !wanted(plain)) continue;
      const name = form(plain);
      // Only the case changes, and never into a short abbreviation ("un" is not the "UN" in "kim jong un").
      if (name && name.toLowerCase() === plain.join(' ') && !/^\p{Lu}{1,3}$/u.test(name)) {
        matched = length;
        const last = run.at(-1)?.[0] ?? '';
        cased = name + (/['’]s$/.test(last) ? last.slice(-2) : '');
      }
    }
    const first = words[i];
    if (!first) break;
    if (matched === 0) {
      i++;
      continue;
    }
    const last = words[i + matched - 1];
    out += text.slice(at, first.index) + cased;
    at = (last?.index ?? 0) + (last?.[0].length ?? 0);
    i += matched;
  }
  return !hasLower && out === '' ? question : out + text.slice(at);
}
