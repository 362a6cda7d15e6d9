/**
 * The engine as the saved index's text (indexFormat.ts) and back, each part checked before it is used.
 *
 * The loaded engine answers exactly as a fresh build (test/search/persistedEngine.test.ts). One thing is
 * not the same object for object: MiniSearch's term tree lists its terms in toJSON's order, not the
 * order they were added; that shows only in the order of equally scored prefix or fuzzy index searches,
 * which ask() does not make (the typo vocabulary, which is searched fuzzily, is restored node for node).
 */
import { createHash } from 'node:crypto';
import MiniSearch from 'minisearch';
import type { Article, Corpus, Passage } from '../corpus/types.ts';
import { attributionOf, keepAttribution, restoreAttribution, storedAttributionOf } from '../attribution/attribution.ts';
import { assembleEngine, INDEX_OPTIONS, type IndexedPassage, type SearchEngine } from './engine.ts';
import { engineFingerprint } from './indexFingerprint.ts';
import {
  headerSchema,
  INDEX_FORMAT,
  MAGIC,
  miniSearchSchema,
  parseChecked,
  storedAttributionSchema,
  storedStateSchema,
  type IndexHeader,
  type StoredArticle,
  type StoredState,
  type StoredTree,
} from './indexFormat.ts';
import {
  internalsOf,
  MiniSearchInternalsError,
  radixTreeOf,
  searchableMapOf,
  type RadixNode,
} from './miniSearchInternals.ts';

/** Why a persisted index was not used. */
export type IndexMiss =
  { kind: 'missing' } | { kind: 'seeds-changed' } | { kind: 'engine-changed' } | { kind: 'corrupt'; detail: string };

/** What reading the index file came to: the engine, or why not. */
export type IndexRead = { kind: 'loaded'; engine: SearchEngine } | IndexMiss;

/**
 * Throws unless the loaded index holds exactly the corpus's passages, under short ids 0 to n-1 (the engine
 * only ever adds: ids are never freed), and every posting is a positive count for one of those ids in one of
 * INDEX_OPTIONS' fields. A short id past the end would size topResults' arrays; a count that is not a number
 * would make every score NaN.
 */
function checkLoadedIndex(index: MiniSearch<IndexedPassage>, passages: readonly Passage[]): void {
  const loaded = internalsOf(index);
  const count = passages.length;
  const isShortId = (id: number) => Number.isInteger(id) && id >= 0 && id < count;
  if (loaded.documentCount !== count || loaded.nextId !== count)
    throw new Error('the index does not hold every passage');
  const ids = new Set(passages.map((passage) => passage.id));
  const indexed = new Set<unknown>();
  for (const [shortId, id] of loaded.documentIds) {
    if (!isShortId(shortId) || !ids.has(id as string))
      throw new Error('the index holds other passages than the corpus');
    indexed.add(id);
  }
  if (indexed.size !== count) throw new Error('the index holds other passages than the corpus');
  if (loaded.fieldLength.size !== count || ![...loaded.fieldLength.keys()].every(isShortId))
    throw new Error('the index has field lengths for other passages');
  const fieldCount = INDEX_OPTIONS.fields.length;
  for (const [term, fields] of loaded.postings) {
    for (const [fieldId, postings] of fields) {
      if (!(Number.isInteger(fieldId) && fieldId >= 0 && fieldId < fieldCount))
        throw new Error(`the index term "${term}" is in an unknown field`);
      for (const [shortId, frequency] of postings as Map<number, unknown>) {
        if (!isShortId(shortId) || typeof frequency !== 'number' || !Number.isInteger(frequency) || frequency < 1)
          throw new Error(`the index term "${term}" has malformed postings`);
      }
    }
  }
}

/** The engine as the file's four lines (its attribution worked out now when it was not yet). */
export function serializeEngine(engine: SearchEngine, seeds: string, createdAt = new Date()): string {
  const stemIndex = new Map<string, number>();
  const stems: string[] = [];
  const indexOf = (stem: string) => {
    let index = stemIndex.get(stem);
    if (index === undefined) {
      index = stems.length;
      stems.push(stem);
      stemIndex.set(stem, index);
    }
    return index;
  };
  for (const stem of engine.documentFrequency.keys()) indexOf(stem);

  const { corpus } = engine;
  const passageNumber = new Map<Passage, number>(corpus.passages.map((passage, index) => [passage, index]));
  const articles = corpus.articles.map((article): StoredArticle => ({
    ...article,
    passages: article.passages.map((passage) => {
      const index = passageNumber.get(passage);
      if (index === undefined) throw new Error(`passage ${passage.id} of ${article.meta.id} is not in corpus.passages`);
      return index;
    }),
  }));
  const groups: string[][] = [];
  const seenGroups = new Set<string[]>();
  for (const group of engine.groups.values()) {
    if (!seenGroups.has(group)) {
      seenGroups.add(group);
      groups.push(group);
    }
  }
  const state: StoredState = {
    corpus: { ...corpus, articles, passages: corpus.passages },
    stems,
    passageTerms: corpus.passages.map((passage) => [...(engine.passageTerms.get(passage.id) ?? [])].map(indexOf)),
    vocabulary: storeTree(radixTreeOf(engine.vocabulary), indexOf),
    groups,
  };
  const body = `${JSON.stringify(state)}\n${JSON.stringify(engine.index)}\n${JSON.stringify(storedAttributionOf(attributionOf(engine)))}\n`;
  const header: IndexHeader = {
    magic: MAGIC,
    format: INDEX_FORMAT,
    seeds,
    engine: engineFingerprint(),
    body: sha256(body),
    createdAt: createdAt.toISOString(),
    articles: corpus.articles.length,
    passages: corpus.passages.length,
  };
  return `${JSON.stringify(header)}\n${body}`;
}

/** The engine from the file's bytes when they were written for these seeds by this code; else why not. */
export function deserializeEngine(bytes: Buffer, expected: { seeds: string; engine: string }): IndexRead {
  const steps = deserializeSteps(bytes, expected);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * deserializeEngine, yielding to the event loop between its steps (each a fraction of a second at 20,000
 * passages), for an engine read while the bot answers (a rebuild made on another thread).
 */
export async function deserializeEngineAsync(
  bytes: Buffer,
  expected: { seeds: string; engine: string },
): Promise<IndexRead> {
  const steps = deserializeSteps(bytes, expected);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await new Promise((resolve) => setImmediate(resolve));
  }
}

function* deserializeSteps(bytes: Buffer, expected: { seeds: string; engine: string }): Generator<void, IndexRead> {
  const corrupt = (detail: string): IndexMiss => ({ kind: 'corrupt', detail });
  const headerEnd = bytes.indexOf(10);
  if (headerEnd < 0) return corrupt('no header line');
  const read = parseChecked(headerSchema, bytes.subarray(0, headerEnd).toString('utf8'), 'the header');
  if ('problem' in read) return corrupt(read.problem);
  const header = read.data;
  if (header.magic !== MAGIC) return corrupt('not an engine index file');
  if (header.format !== INDEX_FORMAT || header.engine !== expected.engine) return { kind: 'engine-changed' };
  if (header.seeds !== expected.seeds) return { kind: 'seeds-changed' };
  const body = bytes.subarray(headerEnd + 1);
  if (sha256(body) !== header.body) return corrupt('its checksum does not match (truncated or altered)');
  const stateEnd = body.indexOf(10);
  const indexEnd = stateEnd < 0 ? -1 : body.indexOf(10, stateEnd + 1);
  if (stateEnd < 0 || indexEnd < 0 || indexEnd === body.length - 1 || body[body.length - 1] !== 10)
    return corrupt('a section is missing');
  yield;
  const state = parseChecked(storedStateSchema, body.subarray(0, stateEnd).toString('utf8'), 'the corpus section');
  if ('problem' in state) return corrupt(state.problem);
  yield;
  const stored = parseChecked(
    miniSearchSchema,
    body.subarray(stateEnd + 1, indexEnd).toString('utf8'),
    'the index section',
  );
  if ('problem' in stored) return corrupt(stored.problem);
  yield;
  const attribution = parseChecked(
    storedAttributionSchema,
    body.subarray(indexEnd + 1, body.length - 1).toString('utf8'),
    'the attribution section',
  );
  if ('problem' in attribution) return corrupt(attribution.problem);
  yield;
  try {
    const index = MiniSearch.loadJS<IndexedPassage>(stored.data, INDEX_OPTIONS);
    yield;
    const engine = engineOf(state.data, index);
    yield;
    keepAttribution(engine.corpus, restoreAttribution(engine.corpus, attribution.data));
    return { kind: 'loaded', engine };
  } catch (error) {
    // A MiniSearch without the internals read here is no fault of the file: rebuilding would fail the same way.
    if (error instanceof MiniSearchInternalsError) throw error;
    return corrupt((error as Error).message);
  }
}

function engineOf(state: StoredState, index: MiniSearch<IndexedPassage>): SearchEngine {
  const { stems } = state;
  const stemAt = (i: number) => {
    const stem = stems[i];
    if (stem === undefined) throw new Error(`stem ${i} is out of range`);
    return stem;
  };
  const passages = state.corpus.passages;
  const passageAt = (i: number) => {
    const passage = passages[i];
    if (!passage) throw new Error(`passage ${i} is out of range`);
    return passage;
  };
  const articles = state.corpus.articles.map((article): Article => ({
    ...article,
    passages: article.passages.map(passageAt),
  }));
  const corpus: Corpus = { ...state.corpus, articles, passages };
  if (state.passageTerms.length !== passages.length) throw new Error('passage stems do not match the passages');
  checkLoadedIndex(index, passages);

  const passageTerms = new Map<string, ReadonlySet<string>>();
  passages.forEach((passage, i) => passageTerms.set(passage.id, new Set((state.passageTerms[i] ?? []).map(stemAt))));
  // The tree itself, not its entries set one by one: the order of a node's children depends on the order
  // words were first met, and fuzzyGet's order (which decides between equally near spellings) follows it.
  const vocabulary = searchableMapOf(restoreTree(state.vocabulary, stemAt));
  const groups = new Map<string, string[]>();
  for (const group of state.groups) for (const id of group) groups.set(id, group);
  return assembleEngine({ corpus, index, vocabulary, groups, passageTerms });
}

function storeTree(node: RadixNode<string[]>, indexOf: (stem: string) => number): StoredTree {
  return [...node].map(([edge, child]): [string, StoredTree | number[]] =>
    edge === '' ? [edge, (child as string[]).map(indexOf)] : [edge, storeTree(child as RadixNode<string[]>, indexOf)],
  );
}

function restoreTree(stored: StoredTree, stemAt: (i: number) => string): RadixNode<string[]> {
  if (!Array.isArray(stored)) throw new Error('the vocabulary is not a tree');
  return new Map(
    stored.map(([edge, child]): [string, RadixNode<string[]> | string[]] =>
      edge === '' ? [edge, (child as number[]).map(stemAt)] : [edge, restoreTree(child as StoredTree, stemAt)],
    ),
  );
}

function sha256(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}
