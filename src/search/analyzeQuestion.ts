import { ALIAS_GROUPS } from './aliases.ts';
import { splitWords, termOf, type Token } from './analyzer.ts';
import type { SearchEngine } from './engine.ts';
import { isListedWord, nearestEnglishWord } from './englishWords.ts';

/** One thing a question asks about, with every way the coverage might phrase it. */
export interface Concept {
  /** The question's own words for it (after spelling correction). */
  label: string;
  /** Alternative phrasings as stem lists: a passage covers the concept when it holds every stem of one phrasing. */
  phrasings: string[][];
  /** Stems from the question itself (weight 1) as opposed to aliases. */
  ownStems: string[];
  /** How much the concept tells passages apart (inverse document frequency). */
  weight: number;
  /** An English word the coverage never uses ("angry", "staff"): on its own it says little about whether the coverage answers. */
  vague: boolean;
  /** A name or rare word the coverage never uses ("Gaza", "Macron"): no passage can answer a question about it. */
  absent: boolean;
}

/** Weight of a vague concept: the coverage never uses the word, but it is ordinary English. */
export const VAGUE_WEIGHT = 0.6;

interface AliasPhrase {
  stems: string[];
  group: string[][];
}

/** Alias phrases as stem lists, longest first, so "North Korea" wins over "Korea". */
const ALIAS_PHRASES: AliasPhrase[] = ALIAS_GROUPS.flatMap((group) => {
  const phrasings = group.map((phrase) => stemsOfPhrase(phrase)).filter((stems) => stems.length > 0);
  return phrasings.map((stems) => ({ stems, group: phrasings }));
}).sort((a, b) => b.stems.length - a.stems.length);

function stemsOfPhrase(phrase: string): string[] {
  return splitWords(phrase)
    .map(termOf)
    .filter((token): token is Token => token !== null)
    .map((token) => token.stem);
}

/** A real word matches corpus words that extend it by at most this many letters. */
const PREFIX_EXTENSION = 4;

/** Edits allowed when correcting a word: none for short words, one from 5 letters, two from 9. */
function typoDistance(word: string): number {
  return word.length >= 9 ? 2 : word.length >= 5 ? 1 : 0;
}

/** A question word after spelling correction, with the corpus stems it stands for. */
interface ResolvedToken extends Token {
  /** Corpus stems this word matches: itself, or the words it begins when it is a fragment. */
  stems: string[];
  known: boolean;
  /** Written with a capital inside the question, or not an English word at all: a name. */
  name: boolean;
}

/** The question's concepts, with misspellings corrected and aliases expanded. */
export function analyzeQuestion(question: string, engine: SearchEngine): Concept[] {
  const tokens: ResolvedToken[] = [];
  splitWords(question).forEach((word, position) => {
    const token = termOf(word);
    if (!token) return;
    const resolved = resolveSpelling(token, engine);
    const capitalised = position > 0 && /^\p{Lu}/u.test(word);
    const wordLike = !/\d/.test(resolved.surface);
    tokens.push({ ...resolved, name: !resolved.known && wordLike && (capitalised || !isListedWord(resolved.surface)) });
  });
  const concepts: Concept[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < tokens.length; ) {
    const alias = ALIAS_PHRASES.find(({ stems }) => stems.every((stem, offset) => tokens[i + offset]?.stem === stem));
    const own = tokens.slice(i, i + (alias?.stems.length ?? 1));
    i += own.length;
    const key = own.map((token) => token.stem).join(' ');
    if (seen.has(key)) continue;
    seen.add(key);
    const first = own[0] as ResolvedToken;
    const known = own.every((token) => token.known) || Boolean(alias);
    concepts.push({
      label: own.map((token) => token.surface).join(' '),
      phrasings: alias ? alias.group.map((stems) => [...stems]) : first.stems.map((stem) => [stem]),
      ownStems: own.map((token) => token.stem),
      weight: conceptWeight(own, engine),
      vague: !known && own.every((token) => !token.name),
      absent: !known && own.some((token) => token.name),
    });
  }
  return concepts;
}

/**
 * Corpus spelling for a word the corpus lacks: the nearest corpus word for a misspelling ("Stoltenbreg"),
 * the English word it misspells when the corpus uses a form of it ("critcism" -> "criticism" -> critic),
 * or the corpus words it begins ("Stolt"). Real English words are left alone: "head" is not "heads".
 */
function resolveSpelling(token: Token, engine: SearchEngine): Omit<ResolvedToken, 'name'> {
  const inCorpus = (stem: string) => engine.documentFrequency.has(stem);
  if (inCorpus(token.stem)) return { ...token, stems: [token.stem], known: true };
  const isWord = isListedWord(token.surface);
  const distance = typoDistance(token.surface);
  if (!isWord && distance > 0) {
    const near = [...engine.vocabulary.fuzzyGet(token.surface, distance)].sort((a, b) => a[1][1] - b[1][1]);
    const best = near[0];
    if (best) return { surface: best[0], stem: best[1][0][0] ?? token.stem, stems: best[1][0], known: true };
    const english = nearestEnglishWord(token.surface, distance);
    const corrected = english ? termOf(english) : null;
    if (corrected && inCorpus(corrected.stem)) return { ...corrected, stems: [corrected.stem], known: true };
    if (corrected) return { ...corrected, stems: [corrected.stem], known: false };
  }
  // A fragment ("Stolt") stands for the words it begins; a whole word only for short extensions of it ("east" -> "eastward").
  const maxExtension = isWord ? PREFIX_EXTENSION : Infinity;
  if (token.surface.length >= (isWord ? 4 : 5)) {
    const stems = new Set<string>();
    for (const [word, candidateStems] of engine.vocabulary.atPrefix(token.surface)) {
      if (word.length - token.surface.length > maxExtension) continue;
      candidateStems.forEach((stem) => stems.add(stem));
      if (stems.size >= 8) break;
    }
    if (stems.size > 0) return { ...token, stems: [...stems], known: true };
  }
  return { ...token, stems: [token.stem], known: false };
}

/** The rarest of the question's own words decides; an unknown name or rare word weighs the most. */
function conceptWeight(own: readonly ResolvedToken[], engine: SearchEngine): number {
  return Math.max(
    ...own.map((token) => {
      if (token.known) return Math.max(...token.stems.map((stem) => inverseDocumentFrequency(stem, engine)));
      return token.name ? inverseDocumentFrequency(token.stem, engine) : VAGUE_WEIGHT;
    }),
  );
}

/** log(1 + N / df); a stem the corpus never uses weighs the most. */
export function inverseDocumentFrequency(stem: string, engine: SearchEngine): number {
  const total = engine.corpus.passages.length;
  const frequency = engine.documentFrequency.get(stem) ?? 0.5;
  return Math.log(1 + total / frequency);
}
