import type { Article, Corpus } from '../corpus/types.ts';
import type { SearchEngine } from './engine.ts';
import { foldWord, splitWords } from './analyzer.ts';

/** Words of the coverage beyond the indexed passage text, computed once per engine. */
export interface KnownWords {
  /** Folded words the coverage writes with a capital inside a sentence: names, which typos of names may be corrected to. */
  names: ReadonlySet<string>;
  /** Folded words of the articles' printed metadata: headlines, bylines, datelines, captions, section headings. */
  metadata: ReadonlySet<string>;
  /** Compounds the passages hyphenate, by their letters run together, to where the hyphen goes: "buildup" -> 5. */
  hyphenated: ReadonlyMap<string, number>;
}

const cache = new WeakMap<SearchEngine, KnownWords>();

/** KnownWords as the saved index keeps them: worked out at build time, they cost seconds at 100k passages. */
export interface StoredKnownWords {
  names: string[];
  metadata: string[];
  hyphenated: [string, number][];
}

export function storedKnownWordsOf(engine: SearchEngine): StoredKnownWords {
  const { names, metadata, hyphenated } = knownWordsOf(engine);
  return { names: [...names], metadata: [...metadata], hyphenated: [...hyphenated] };
}

/** The engine's known words as its saved index kept them. */
export function keepKnownWords(engine: SearchEngine, stored: StoredKnownWords): void {
  cache.set(engine, {
    names: new Set(stored.names),
    metadata: new Set(stored.metadata),
    hyphenated: new Map(stored.hyphenated),
  });
}

export function knownWordsOf(engine: SearchEngine): KnownWords {
  const cached = cache.get(engine);
  if (cached) return cached;
  const steps = knownWordsSteps(engine.corpus);
  for (let step = steps.next(); ; step = steps.next()) {
    if (!step.done) continue;
    cache.set(engine, step.value);
    return step.value;
  }
}

/**
 * knownWordsOf worked out a few thousand passages at a time, letting the event loop run in between: what a bot
 * does before it swaps in a new engine of 100k passages, so that no interaction waits seconds meanwhile.
 */
export async function prepareKnownWords(engine: SearchEngine): Promise<void> {
  if (!cache.has(engine)) cache.set(engine, await knownWordsInSteps(engine.corpus));
}

/** The known words of a corpus read in steps, for an engine not made yet (engineWithoutArticle). */
export async function knownWordsInSteps(corpus: Corpus): Promise<KnownWords> {
  const steps = knownWordsSteps(corpus);
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) return step.value;
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/** Gives `engine` the known words worked out for its corpus beforehand (knownWordsInSteps). */
export function keepKnownWordsOf(engine: SearchEngine, known: KnownWords): void {
  cache.set(engine, known);
}

/** Passages read between two yields of knownWordsSteps. */
const PASSAGES_PER_STEP = 2000;

function* knownWordsSteps(corpus: Corpus): Generator<void, KnownWords> {
  const known = { names: new Set<string>(), metadata: new Set<string>(), hyphenated: new Map<string, number>() };
  for (const [i, passage] of corpus.passages.entries()) {
    if (i > 0 && i % PASSAGES_PER_STEP === 0) yield;
    addPassageWords(known, passage.text);
  }
  for (const article of corpus.articles) addPrintedWords(known, article);
  return known;
}

/**
 * The known words of an engine that is `previous` with `article` added (engineWithArticle.ts): the previous
 * engine's with the article's added, rather than every passage read again.
 */
export function keepKnownWordsWithArticle(previous: SearchEngine, next: SearchEngine, article: Article): void {
  const before = knownWordsOf(previous);
  const known = {
    names: new Set(before.names),
    metadata: new Set(before.metadata),
    hyphenated: new Map(before.hyphenated),
  };
  for (const passage of article.passages) addPassageWords(known, passage.text);
  addPrintedWords(known, article);
  cache.set(next, known);
}

type Gathered = { names: Set<string>; metadata: Set<string>; hyphenated: Map<string, number> };

function addNames(known: Gathered, text: string): void {
  for (const match of text.matchAll(/(?<![.!?]\s|^)\b\p{Lu}[\p{L}'’-]+/gu))
    for (const word of splitWords(match[0])) known.names.add(foldWord(word));
}

function addPassageWords(known: Gathered, text: string): void {
  addNames(known, text);
  for (const match of text.matchAll(/(?<![\p{L}-])\p{L}{2,}-\p{L}{2,}(?![\p{L}-])/gu))
    known.hyphenated.set(foldWord(match[0].replace('-', '')), match[0].indexOf('-'));
}

function addPrintedWords(known: Gathered, article: Article): void {
  const { meta } = article;
  const printed = [
    meta.title,
    meta.outlet,
    meta.byline ?? '',
    meta.creditedSource ?? '',
    meta.dateline ?? '',
    ...article.captions,
  ];
  for (const passage of article.passages) printed.push(passage.section ?? '');
  for (const text of printed) {
    addNames(known, text);
    for (const word of splitWords(text)) known.metadata.add(foldWord(word));
  }
}
