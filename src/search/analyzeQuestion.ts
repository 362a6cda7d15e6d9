import { ALIAS_GROUPS } from './aliases.ts';
import { splitWords, termOf, type Token } from './analyzer.ts';
import type { SearchEngine } from './engine.ts';

/** One thing a question asks about, with every way the coverage might phrase it. */
export interface Concept {
  /** The question's own words for it. */
  label: string;
  /** Alternative phrasings as stem lists: a passage covers the concept when it holds every stem of one phrasing. */
  phrasings: string[][];
  /** Stems from the question itself (weight 1) as opposed to aliases and spelling fixes. */
  ownStems: string[];
  /** How much the concept tells passages apart: the highest inverse document frequency of its own stems. */
  weight: number;
}

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

/** Edits allowed when a word is not in the corpus: none for short words, one from 5 letters, two from 9. */
function typoDistance(word: string): number {
  return word.length >= 9 ? 2 : word.length >= 5 ? 1 : 0;
}

/** The question's concepts, with aliases expanded and unknown words matched to the corpus's own spelling. */
export function analyzeQuestion(question: string, engine: SearchEngine): Concept[] {
  const tokens = splitWords(question)
    .map(termOf)
    .filter((token): token is Token => token !== null);
  const concepts: Concept[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < tokens.length; ) {
    const alias = ALIAS_PHRASES.find(({ stems }) => stems.every((stem, offset) => tokens[i + offset]?.stem === stem));
    const width = alias?.stems.length ?? 1;
    const own = tokens.slice(i, i + width);
    i += width;
    const key = own.map((token) => token.stem).join(' ');
    if (seen.has(key)) continue;
    seen.add(key);
    const phrasings = alias ? alias.group.map((stems) => [...stems]) : spellingsOf(own[0] as Token, engine);
    concepts.push({
      label: own.map((token) => token.surface).join(' '),
      phrasings,
      ownStems: own.map((token) => token.stem),
      weight: conceptWeight(own, phrasings, engine),
    });
  }
  return concepts;
}

/** The question's own words decide the weight; failing those, the corpus spelling they were matched to. */
function conceptWeight(own: Token[], phrasings: string[][], engine: SearchEngine): number {
  const idf = (stem: string) => inverseDocumentFrequency(stem, engine);
  const known = own.filter((token) => engine.documentFrequency.has(token.stem));
  if (known.length > 0) return Math.max(...known.map((token) => idf(token.stem)));
  const matched = phrasings.filter((stems) => stems.every((stem) => engine.documentFrequency.has(stem)));
  if (matched.length > 0) return Math.min(...matched.map((stems) => Math.max(...stems.map(idf))));
  return idf(own[0]?.stem ?? '');
}

/** A word's stem if the corpus has it; else the corpus words within a typo or two, or that it begins. */
function spellingsOf(token: Token, engine: SearchEngine): string[][] {
  if (engine.documentFrequency.has(token.stem)) return [[token.stem]];
  const stems = new Set<string>();
  const distance = typoDistance(token.surface);
  if (distance > 0) {
    const near = [...engine.vocabulary.fuzzyGet(token.surface, distance)].sort((a, b) => a[1][1] - b[1][1]);
    const best = near[0]?.[1][1];
    for (const [, [candidateStems, editDistance]] of near) if (editDistance === best) candidateStems.forEach((s) => stems.add(s));
  }
  if (stems.size === 0 && token.surface.length >= 4) {
    let count = 0;
    for (const [, candidateStems] of engine.vocabulary.atPrefix(token.surface)) {
      candidateStems.forEach((s) => stems.add(s));
      if (++count >= 8) break;
    }
  }
  return stems.size > 0 ? [...stems].map((stem) => [stem]) : [[token.stem]];
}

/** log(1 + N / df); a stem the corpus never uses weighs the most, so a question about it is not answered by the rest. */
export function inverseDocumentFrequency(stem: string, engine: SearchEngine): number {
  const total = engine.corpus.passages.length;
  const frequency = engine.documentFrequency.get(stem) ?? 0.5;
  return Math.log(1 + total / frequency);
}
