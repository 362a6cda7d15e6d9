/**
 * The engine as the saved index's bytes (indexFormat.ts) and back, each part checked before it is used.
 *
 * The loaded engine answers exactly as a fresh build (test/search/persistedEngine.test.ts). One thing is
 * not the same object for object: MiniSearch's term tree lists its terms in the order they are read back, not
 * the order they were added; that shows only in the order of equally scored prefix or fuzzy index searches,
 * which ask() does not make (the typo vocabulary, which is searched fuzzily, is restored node for node).
 */
import { createHash } from 'node:crypto';
import type MiniSearch from 'minisearch';
import type { Article, Corpus, Passage } from '../corpus/types.ts';
import { attributionOf, keepAttribution, restoreAttribution, storedAttributionOf } from '../attribution/attribution.ts';
import { assembleEngine, INDEX_OPTIONS, type IndexedPassage, type PassageStems, type SearchEngine } from './engine.ts';
import { engineFingerprint } from './indexFingerprint.ts';
import {
  headerLineOf,
  headerOf,
  isSectionLengths,
  namedSections,
  sectionsInOrder,
  sum,
  textOf,
  type IndexFileBytes,
  type IndexSections,
} from './indexFile.ts';
import {
  headerSchema,
  INDEX_FORMAT,
  MAGIC,
  parseChecked,
  storedAttributionSchema,
  storedStateSchema,
  type IndexHeader,
  type StoredArticle,
  type StoredState,
  type StoredTree,
} from './indexFormat.ts';
import { keepKnownWords, storedKnownWordsOf } from './knownWords.ts';
import {
  indexFromTables,
  internalsOf,
  MiniSearchInternalsError,
  radixTreeOf,
  searchableMapOf,
  type RadixNode,
} from './miniSearchInternals.ts';
import { decodePostings, encodePostings, type PostingTables } from './postingsSection.ts';
import { decodeTables, encodeTables } from './tablesSection.ts';

export { headerOf, readIndexFile, type IndexFileBytes, type IndexFileParts, type IndexSections } from './indexFile.ts';

/** Why a persisted index was not used. */
export type IndexMiss =
  { kind: 'missing' } | { kind: 'seeds-changed' } | { kind: 'engine-changed' } | { kind: 'corrupt'; detail: string };

/** What reading the index file came to: the engine, or why not. */
export type IndexRead = { kind: 'loaded'; engine: SearchEngine } | IndexMiss;

/** What the header records of the seeds besides their fingerprint: see seedFilesStamp. */
export interface SeedsWritten {
  /** seedsFingerprint of the seeds, taken before they were read. */
  seeds: string;
  /** seedFilesStamp of the folder at the same moment. */
  seedFiles: string;
}

/** The engine as the index file's bytes (its attribution worked out now when it was not yet). */
export function serializeEngine(engine: SearchEngine, written: SeedsWritten, createdAt = new Date()): Buffer {
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
  const internals = internalsOf(engine.index);
  const indexTerms: string[] = [];
  const termPostings: Map<number, Map<number, number>>[] = [];
  for (const [term, byField] of internals.postings) {
    indexTerms.push(term);
    termPostings.push(byField);
  }
  const numberOfId = new Map(corpus.passages.map((passage, index) => [passage.id, index]));
  const shortIdToPassage = new Map<number, number>();
  for (const [shortId, id] of internals.documentIds) {
    const number = numberOfId.get(id as string);
    if (number === undefined) throw new Error(`the index holds a passage the corpus does not: ${String(id)}`);
    shortIdToPassage.set(shortId, number);
  }
  if (shortIdToPassage.size !== corpus.passages.length) throw new Error('the index does not hold every passage');
  const lengthsByPassage: number[][] = [];
  for (const [shortId, lengths] of internals.fieldLength) {
    const number = shortIdToPassage.get(shortId);
    if (number !== undefined) lengthsByPassage[number] = lengths;
  }
  const { shortLines, passages, ...storedCorpus } = corpus;
  const state: StoredState = {
    corpus: { ...storedCorpus, articles },
    stems,
    indexTerms,
    vocabulary: storeTree(radixTreeOf(engine.vocabulary), indexOf),
    groups,
    knownWords: storedKnownWordsOf(engine),
  };
  const postings = encodePostings({
    passageCount: corpus.passages.length,
    fieldCount: INDEX_OPTIONS.fields.length,
    averageFieldLength: internals.avgFieldLength,
    fieldLengthOf: (passage) => lengthsByPassage[passage] ?? [],
    postings: termPostings,
    termCount: indexTerms.length,
    passageOf: (shortId) => shortIdToPassage.get(shortId),
    passageStems: corpus.passages.map((passage) => [...(engine.passageTerms.get(passage.id) ?? [])].map(indexOf)),
    shortLines,
  });
  const { statements, ...attribution } = storedAttributionOf(attributionOf(engine));
  const sections: IndexSections = {
    state: asciiJson(state),
    postings,
    tables: encodeTables(passages, statements),
    attribution: asciiJson(attribution),
  };
  return joinIndexFile(
    {
      magic: MAGIC,
      format: INDEX_FORMAT,
      ...written,
      engine: engineFingerprint(),
      createdAt: createdAt.toISOString(),
      articles: corpus.articles.length,
      passages: corpus.passages.length,
    },
    sections,
  );
}

/** The file made of a header and its sections; the header's checksum and section lengths are filled in here. */
export function joinIndexFile(header: Omit<IndexHeader, 'body' | 'sections'>, sections: IndexSections): Buffer {
  const parts = sectionsInOrder(sections);
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part);
  const full: IndexHeader = { ...header, body: hash.digest('hex'), sections: parts.map((part) => part.byteLength) };
  return Buffer.concat([Buffer.from(`${JSON.stringify(full)}\n`), ...parts]);
}

/** The header and sections of an index file whose checksum and lengths hold, else what is wrong with it. */
export function splitIndexFile(
  bytes: IndexFileBytes,
): { header: IndexHeader; sections: IndexSections } | { problem: string } {
  const line = headerLineOf(bytes);
  if (line === null) return { problem: 'no header line' };
  const read = parseChecked(headerSchema, line.toString('utf8'), 'the header');
  if ('problem' in read) return read;
  const header = read.data as IndexHeader;
  const lengths = header.sections;
  const body = Buffer.isBuffer(bytes) ? bytes.subarray(line.length + 1) : null;
  const parts = Buffer.isBuffer(bytes) ? null : bytes.sections;
  const partLengths = parts && sectionsInOrder(parts).map((part) => part.byteLength);
  if (
    !isSectionLengths(lengths) ||
    sum(lengths) !== (body?.length ?? sum(partLengths ?? [])) ||
    (partLengths && lengths.some((length, i) => length !== partLengths[i]))
  )
    return { problem: 'its sections do not add up to its length (truncated or altered)' };
  const sections = parts ?? sectionsOf(body ?? Buffer.alloc(0), lengths);
  const digest = Buffer.isBuffer(bytes) ? sha256Of(sections) : bytes.digest;
  if (digest !== header.body) return { problem: 'its checksum does not match (truncated or altered)' };
  return { header, sections };
}

/** The body of a file read whole, cut by the header's section lengths (which add up to its length). */
function sectionsOf(body: Buffer, lengths: readonly number[]): IndexSections {
  let at = 0;
  return namedSections(lengths.map((length) => body.subarray(at, (at += length))));
}

function sha256Of(sections: IndexSections): string {
  const hash = createHash('sha256');
  for (const part of sectionsInOrder(sections)) hash.update(part);
  return hash.digest('hex');
}

/** The engine from the file's bytes when they were written for these seeds by this code; else why not. */
export function deserializeEngine(bytes: IndexFileBytes, expected: { seeds: string; engine: string }): IndexRead {
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
  bytes: IndexFileBytes,
  expected: { seeds: string; engine: string },
): Promise<IndexRead> {
  const steps = deserializeSteps(bytes, expected);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await new Promise((resolve) => setImmediate(resolve));
  }
}

function* deserializeSteps(
  bytes: IndexFileBytes,
  expected: { seeds: string; engine: string },
): Generator<void, IndexRead> {
  const corrupt = (detail: string): IndexMiss => ({ kind: 'corrupt', detail });
  const header = headerOf(bytes);
  if (!header) return corrupt(headerLineOf(bytes) ? 'the header is not a JSON object' : 'no header line');
  if (header.magic !== MAGIC) return corrupt('not an engine index file');
  if (header.format !== INDEX_FORMAT || header.engine !== expected.engine) return { kind: 'engine-changed' };
  if (header.seeds !== expected.seeds) return { kind: 'seeds-changed' };
  const split = splitIndexFile(bytes);
  if ('problem' in split) return corrupt(split.problem);
  const { sections } = split;
  yield;
  // Parsed while the file was read, when it was (readIndexFile), once: a second reading of the same parts parses again.
  const early = Buffer.isBuffer(bytes) ? undefined : bytes.state;
  if (!Buffer.isBuffer(bytes)) bytes.state = undefined;
  const state = early ?? parseChecked(storedStateSchema, textOf(sections.state), 'the corpus section');
  if ('problem' in state) return corrupt(state.problem);
  yield;
  const attribution = parseChecked(storedAttributionSchema, textOf(sections.attribution), 'the attribution section');
  if ('problem' in attribution) return corrupt(attribution.problem);
  yield;
  try {
    const { passages, statements } = decodeTables(sections.tables);
    yield;
    const tables = decodePostings(sections.postings, {
      passages: passages.length,
      terms: state.data.indexTerms.length,
      fields: INDEX_OPTIONS.fields.length,
      stems: state.data.stems.length,
    });
    yield;
    const index = indexFromTables<IndexedPassage>(
      INDEX_OPTIONS,
      passages.map((passage) => passage.id),
      state.data.indexTerms,
      tables,
    );
    yield;
    const engine = engineOf(state.data, passages, index, tables);
    yield;
    const stored = { ...attribution.data, statements };
    keepAttribution(engine.corpus, restoreAttribution(engine.corpus, stored, engine.passageById));
    keepKnownWords(engine, state.data.knownWords);
    return { kind: 'loaded', engine };
  } catch (error) {
    // A MiniSearch without the internals read here is no fault of the file: rebuilding would fail the same way.
    if (error instanceof MiniSearchInternalsError) throw error;
    return corrupt((error as Error).message);
  }
}

function engineOf(
  state: StoredState,
  passages: Passage[],
  index: MiniSearch<IndexedPassage>,
  tables: PostingTables,
): SearchEngine {
  const { stems } = state;
  const stemAt = (i: number) => {
    const stem = stems[i];
    if (stem === undefined) throw new Error(`stem ${i} is out of range`);
    return stem;
  };
  const passageAt = (i: number) => {
    const passage = passages[i];
    if (!passage) throw new Error(`passage ${i} is out of range`);
    return passage;
  };
  const articles = state.corpus.articles.map((article): Article => ({
    ...article,
    passages: article.passages.map(passageAt),
  }));
  const corpus: Corpus = { ...state.corpus, articles, passages, shortLines: tables.shortLines };
  const numberOf = new Map(passages.map((passage, i) => [passage.id, i]));
  if (numberOf.size !== passages.length) throw new Error('two passages have the same id');

  const passageTerms = new SavedPassageStems(numberOf, stems, tables);
  // The tree itself, not its entries set one by one: the order of a node's children depends on the order
  // words were first met, and fuzzyGet's order (which decides between equally near spellings) follows it.
  const vocabulary = searchableMapOf(restoreTree(state.vocabulary, stemAt));
  const groups = new Map<string, string[]>();
  for (const group of state.groups) for (const id of group) groups.set(id, group);
  return assembleEngine({
    corpus,
    index,
    vocabulary,
    groups,
    passageTerms,
    documentFrequency: documentFrequencyOfColumn(stems, tables.stems),
  });
}

/**
 * documentFrequencyOf the passages' stem column, counted by number (decodePostings has checked each is in range):
 * the same counts, in the stems' order, which is the order the saved engine's map had.
 */
function documentFrequencyOfColumn(stems: readonly string[], column: Uint32Array): Map<string, number> {
  const counts = new Uint32Array(stems.length);
  for (const number of column) counts[number] = (counts[number] ?? 0) + 1;
  const documentFrequency = new Map<string, number>();
  stems.forEach((stem, number) => {
    const count = counts[number] ?? 0;
    if (count > 0) documentFrequency.set(stem, count);
  });
  return documentFrequency;
}

/**
 * Each passage's stems as the postings section keeps them (numbers into the stem list, a column per passage),
 * made into a set the first time a passage is looked up: a question reads a few hundred passages' stems, and
 * making 100k sets up front was a third of loading the index.
 */
class SavedPassageStems implements PassageStems {
  private readonly made = new Map<string, ReadonlySet<string>>();

  constructor(
    /** Each passage's number (its place in the corpus) by id. */
    private readonly numberOf: ReadonlyMap<string, number>,
    private readonly stems: readonly string[],
    private readonly tables: Pick<PostingTables, 'stemOffsets' | 'stems'>,
  ) {}

  get(id: string): ReadonlySet<string> | undefined {
    const made = this.made.get(id);
    if (made) return made;
    const number = this.numberOf.get(id);
    if (number === undefined) return undefined;
    const own = new Set(this.stemsOf(number));
    this.made.set(id, own);
    return own;
  }

  private *stemsOf(number: number): Generator<string> {
    const { stemOffsets, stems } = this.tables;
    for (let at = stemOffsets[number] ?? 0, end = stemOffsets[number + 1] ?? 0; at < end; at++) {
      const stem = this.stems[stems[at] ?? -1];
      if (stem === undefined) throw new Error(`stem ${stems[at]} is out of range`);
      yield stem;
    }
  }
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

/**
 * JSON of a value with every character past ASCII written as its \u escape: the same value to JSON.parse, read
 * back without decoding UTF-8, and into one-byte strings wherever the text is Latin-1 (not one two-byte string for
 * the whole section, as a single curly quote would make it).
 */
export function asciiJson(value: unknown): Buffer {
  return Buffer.from(
    JSON.stringify(value).replace(
      /[\u007f-\uffff]/g,
      (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
    ),
    'latin1',
  );
}
