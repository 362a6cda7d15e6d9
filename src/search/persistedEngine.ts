/**
 * The built engine saved to a file (`npm run index`) and loaded at start-up instead of rebuilt, as long
 * as neither the seeds nor the code that builds the engine changed since it was written.
 *
 * The file is four lines of JSON:
 *   1. a header: format, the seeds' fingerprint, the engine's fingerprint, and a sha256 of lines 2-4;
 *   2. the corpus and the derived maps that cost a pass over every word to rebuild (passage stems,
 *      the typo vocabulary, near-duplicate groups), with stems written once and referred to by number;
 *   3. MiniSearch's own `toJSON`, read back with `MiniSearch.loadJS(checked, INDEX_OPTIONS)`;
 *   4. the attribution (who says what: statements and their groups across outlets), which takes as long
 *      to work out as the index itself, kept with it so no question waits for it.
 * Anything wrong with it (unreadable, truncated, checksum, shape) is reported and the engine is rebuilt.
 * The checksum only tells an accident; a file edited by hand can carry a matching one, so every part is
 * also checked against a schema (zod) before it is used: a wrong type anywhere is a reason to rebuild.
 *
 * The loaded engine answers exactly as a fresh build (test/search/persistedEngine.test.ts). One thing is
 * not the same object for object: MiniSearch's term tree lists its terms in toJSON's order, not the
 * order they were added; that shows only in the order of equally scored prefix or fuzzy index searches,
 * which ask() does not make (the typo vocabulary, which is searched fuzzily, is restored node for node).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdir, readdir, readFile, realpath, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import MiniSearch, { type AsPlainObject } from 'minisearch';
import SearchableMap from 'minisearch/SearchableMap';
import * as z from 'zod';
import { removeLeftoverTemps, writeFileAtomic } from '../atomicFile.ts';
import { MAX_SEED_BYTES } from '../corpus/readSeedFiles.ts';
import type { Article, ArticleMeta, Corpus, Passage } from '../corpus/types.ts';
import type { Logger } from '../logger.ts';
import { attributionOf, keepAttribution, restoreAttribution, storedAttributionOf, type StoredAttribution } from '../attribution/attribution.ts';
import type { Statement } from '../attribution/types.ts';
import { createSearchEngine, INDEX_OPTIONS, type IndexedPassage, type SearchEngine } from './engine.ts';

/** Where `npm run index` writes and start-up looks, relative to the working directory. */
export const DEFAULT_INDEX_FILE = join('.index', 'engine.json');
/** Bump when the file's layout changes. */
export const INDEX_FORMAT = 2;
const MAGIC = 'coverage-bot engine index';

export interface IndexHeader {
  magic: typeof MAGIC;
  format: number;
  /** `seedsFingerprint` of the seeds the engine was built from, taken before they were read. */
  seeds: string;
  /** `engineFingerprint` of the code that built it. */
  engine: string;
  /** sha256 of everything after the header line. */
  body: string;
  createdAt: string;
  articles: number;
  passages: number;
}

/** A radix tree node: [edge, child] pairs in the node's order; the leaf edge '' holds stem indices. */
type StoredTree = [string, StoredTree | number[]][];
type RadixNode = Map<string, RadixNode | string[]>;

type StoredArticle = Omit<Article, 'passages'> & { passages: number[] };

/** Line 2: the corpus, and the engine's derived maps with each stem written once. */
interface StoredState {
  corpus: Omit<Corpus, 'articles' | 'passages'> & { articles: StoredArticle[]; passages: Passage[] };
  /** Every stem of the passages, in documentFrequency's order. */
  stems: string[];
  /** For each passage (corpus order), its stems as indices into `stems`, in the set's order. */
  passageTerms: number[][];
  /** The typo vocabulary's radix tree as it is, children in order: its iteration order decides typo look-ups. */
  vocabulary: StoredTree;
  /** Near-duplicate groups, each once, in the order the groups map first meets them. */
  groups: string[][];
}

/*
 * The file's structure, checked before use. Each schema `satisfies` the type the code reads, so a field added
 * to the corpus types fails the type check here until the schema has it too. Objects are strict: a key the
 * schema does not name (`__proto__` included) is a mismatch, and zod's output objects are its own, so nothing in
 * the file can set a prototype. The header is checked only for what decides whether the file is for this build.
 */
const COUNT = z.number().int().nonnegative();
/** MiniSearch's short document ids and field ids: object keys made of digits. */
const DIGITS = /^\d+$/;
const NUMERIC_KEY = z.string().regex(DIGITS);

/** Any object: its fields are compared with what this build expects (a header of another format is "engine changed", not corrupt). */
const headerSchema = z.object({
  magic: z.unknown().optional(),
  format: z.unknown().optional(),
  seeds: z.unknown().optional(),
  engine: z.unknown().optional(),
  body: z.unknown().optional(),
});

const passageSchema = z.strictObject({
  id: z.string(),
  articleId: z.string(),
  paragraph: COUNT,
  text: z.string(),
  section: z.string().nullable(),
}) satisfies z.ZodType<Passage>;

const articleMetaSchema = z.strictObject({
  id: z.string(),
  file: z.string(),
  outlet: z.string(),
  title: z.string(),
  date: z.string().nullable(),
  dateline: z.string().nullable(),
  byline: z.string().nullable(),
  creditedSource: z.string().nullable(),
  otherNames: z.array(z.string()),
  url: z.string().nullable(),
}) satisfies z.ZodType<ArticleMeta>;

/** A node's children: the leaf edge '' holds stem indices, any other edge a subtree. */
const storedTreeSchema: z.ZodType<StoredTree> = z.lazy(() =>
  z.array(z.union([z.tuple([z.literal(''), z.array(COUNT)]), z.tuple([z.string().min(1), storedTreeSchema])])),
);

const storedStateSchema = z.strictObject({
  corpus: z.strictObject({
    articles: z.array(z.strictObject({ meta: articleMetaSchema, passages: z.array(COUNT), captions: z.array(z.string()) })),
    passages: z.array(passageSchema),
    skipped: z.array(z.strictObject({ file: z.string(), reason: z.string() })),
  }),
  stems: z.array(z.string()),
  passageTerms: z.array(z.array(COUNT)),
  vocabulary: storedTreeSchema,
  groups: z.array(z.array(z.string())),
}) satisfies z.ZodType<StoredState>;

const statementSchema = z.strictObject({
  id: z.string(),
  speaker: z.string(),
  speakerKind: z.enum(['person', 'institution', 'outlet', 'state']),
  role: z.string().nullable(),
  mention: z.string(),
  text: z.string(),
  kind: z.enum(['quote', 'reported']),
  verb: z.string().nullable(),
  via: z.string().nullable(),
  passageId: z.string(),
  articleId: z.string(),
  span: z.strictObject({ start: COUNT, end: COUNT }),
}) satisfies z.ZodType<Statement>;

const storedAttributionSchema = z.strictObject({
  statements: z.array(statementSchema),
  groups: z.array(z.array(z.string()).min(1)),
}) satisfies z.ZodType<StoredAttribution>;

/** MiniSearch's `toJSON` (serialization version 2), for INDEX_OPTIONS' fields. */
const indexFields = INDEX_OPTIONS.fields;
const storedFieldNames: readonly string[] = INDEX_OPTIONS.storeFields ?? [];
const miniSearchSchema = z.strictObject({
  documentCount: COUNT,
  nextId: COUNT,
  documentIds: z.record(NUMERIC_KEY, z.string()),
  fieldIds: z.record(z.string(), COUNT).refine(
    (ids) => Object.keys(ids).length === indexFields.length && indexFields.every((field, i) => ids[field] === i),
    `field ids other than ${indexFields.join(', ')}`,
  ),
  fieldLength: z.record(NUMERIC_KEY, z.array(COUNT).length(indexFields.length)),
  averageFieldLength: z.array(z.number().nonnegative()).length(indexFields.length),
  storedFields: z.record(NUMERIC_KEY, z.record(z.string().refine((field) => storedFieldNames.includes(field), 'not a stored field'), z.union([z.string(), z.number(), z.boolean(), z.null()]))),
  dirtCount: COUNT.optional(),
  // Each term's postings ({ field id: { document id: count } }, one entry per word of every passage) are checked
  // once loaded, by checkLoadedIndex: walking MiniSearch's maps takes a fraction of what a schema over the
  // parsed objects does (300 ms at 20,000 passages).
  index: z.array(z.tuple([z.string(), z.record(NUMERIC_KEY, z.custom<Record<string, number>>(isPlainObject, 'expected an object'))])),
  serializationVersion: z.literal(2),
}) satisfies z.ZodType<AsPlainObject>;

function isPlainObject(value: unknown): boolean {
  return typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;
}

/** What a MiniSearch 7 index holds once loaded, as checkLoadedIndex reads it (see topResults.ts). */
interface LoadedIndex {
  _documentCount: number;
  _nextId: number;
  _documentIds: Map<number, unknown>;
  _fieldLength: Map<number, number[]>;
  _index: SearchableMap<Map<number, Map<number, unknown>>>;
}

/**
 * Throws unless the loaded index holds exactly the corpus's passages, under short ids 0 to n-1 (the engine
 * only ever adds: ids are never freed), and every posting is a positive count for one of those ids in one of
 * INDEX_OPTIONS' fields. A short id past the end would size topResults' arrays; a count that is not a number
 * would make every score NaN.
 */
function checkLoadedIndex(index: MiniSearch<IndexedPassage>, passages: readonly Passage[]): void {
  const loaded = index as unknown as LoadedIndex;
  const count = passages.length;
  const isShortId = (id: number) => Number.isInteger(id) && id >= 0 && id < count;
  if (loaded._documentCount !== count || loaded._nextId !== count) throw new Error('the index does not hold every passage');
  const ids = new Set(passages.map((passage) => passage.id));
  const indexed = new Set<unknown>();
  for (const [shortId, id] of loaded._documentIds) {
    if (!isShortId(shortId) || !ids.has(id as string)) throw new Error('the index holds other passages than the corpus');
    indexed.add(id);
  }
  if (indexed.size !== count) throw new Error('the index holds other passages than the corpus');
  if (loaded._fieldLength.size !== count || ![...loaded._fieldLength.keys()].every(isShortId)) throw new Error('the index has field lengths for other passages');
  const fieldCount = INDEX_OPTIONS.fields.length;
  for (const [term, fields] of loaded._index) {
    for (const [fieldId, postings] of fields) {
      if (!(Number.isInteger(fieldId) && fieldId >= 0 && fieldId < fieldCount)) throw new Error(`the index term "${term}" is in an unknown field`);
      for (const [shortId, frequency] of postings) {
        if (!isShortId(shortId) || typeof frequency !== 'number' || !Number.isInteger(frequency) || frequency < 1) throw new Error(`the index term "${term}" has malformed postings`);
      }
    }
  }
}

/** JSON text checked against a schema: the data, or what is wrong with it (the first problem, with its path). */
function parseChecked<T>(schema: z.ZodType<T>, text: string, what: string): { data: T } | { problem: string } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { problem: `${what} is not JSON` };
  }
  const checked = schema.safeParse(raw);
  if (checked.success) return { data: checked.data };
  const issue = checked.error.issues[0];
  const at = issue?.path.length ? ` at ${issue.path.join('.')}` : '';
  return { problem: `${what} does not have the expected structure${at}: ${issue?.message ?? 'invalid'}` };
}

/** Why a persisted index was not used. */
export type IndexMiss =
  | { kind: 'missing' }
  | { kind: 'seeds-changed' }
  | { kind: 'engine-changed' }
  | { kind: 'corrupt'; detail: string };

/** What reading the index file came to: the engine, or why not. */
export type IndexRead = { kind: 'loaded'; engine: SearchEngine } | IndexMiss;

export interface PersistOptions {
  /** The index file; DEFAULT_INDEX_FILE when absent. */
  indexFile?: string;
}

/**
 * sha256 over the seed folder as readSeedFiles sees it: every entry not starting with a dot, by name,
 * with its size and bytes (size and modification time only for files too large to be read as seeds).
 */
export async function seedsFingerprint(seedsDir: string): Promise<string> {
  const root = await realpath(resolve(seedsDir));
  const hash = createHash('sha256').update(`seeds v1\0`);
  const names = (await readdir(root)).filter((name) => !name.startsWith('.')).sort();
  for (const name of names) {
    hash.update(`${name}\0`);
    try {
      const info = await stat(join(root, name));
      if (!info.isFile()) hash.update(`not a file\0`);
      else if (info.size > MAX_SEED_BYTES) hash.update(`${info.size} ${info.mtimeMs}\0`);
      else {
        const bytes = await readFile(join(root, name));
        hash.update(`${bytes.length}\0`).update(bytes);
      }
    } catch (error) {
      hash.update(`unreadable ${(error as NodeJS.ErrnoException).code ?? ''}\0`);
    }
  }
  return hash.digest('hex');
}

let engineFingerprintCache: string | undefined;

/**
 * sha256 of what decides the engine built from given seeds: this file's format, INDEX_OPTIONS (with its
 * functions' source), the versions of minisearch and stemmer, Node's Unicode version (the analyzer's
 * \p{L} and NFD), and the source of src/corpus and src/search. A hand-kept version number would go
 * stale the first time someone changed the cleaning or the analyzer and forgot it; this rebuilds,
 * at worst, after an edit that did not matter.
 */
export function engineFingerprint(): string {
  if (engineFingerprintCache) return engineFingerprintCache;
  const hash = createHash('sha256').update(`${MAGIC} ${INDEX_FORMAT}\0`);
  hash.update(JSON.stringify(INDEX_OPTIONS, (_, value: unknown) => (typeof value === 'function' ? String(value) : value)));
  hash.update(`\0minisearch ${packageVersion('minisearch')}\0stemmer ${packageVersion('stemmer')}\0unicode ${process.versions.unicode}\0`);
  for (const folder of ['../corpus/', '../attribution/', './']) {
    const dir = fileURLToPath(new URL(folder, import.meta.url));
    let names: string[] = [];
    try {
      names = readdirSync(dir).filter((name) => /\.[cm]?[jt]s$/.test(name)).sort();
    } catch {
      // Running from a bundle without the sources: the versions above are all there is.
    }
    for (const name of names) hash.update(`${folder}${name}\0`).update(readFileSync(join(dir, name))).update('\0');
  }
  engineFingerprintCache = hash.digest('hex');
  return engineFingerprintCache;
}

function packageVersion(name: string): string {
  try {
    let dir = dirname(createRequire(import.meta.url).resolve(name));
    for (;;) {
      try {
        const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
        if (manifest.name === name) return manifest.version ?? 'unknown';
      } catch {
        // no package.json here: keep climbing
      }
      const parent = dirname(dir);
      if (parent === dir) return 'unknown';
      dir = parent;
    }
  } catch {
    return 'unknown';
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
    vocabulary: storeTree(engine.vocabulary._tree as unknown as RadixNode, indexOf),
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
export async function deserializeEngineAsync(bytes: Buffer, expected: { seeds: string; engine: string }): Promise<IndexRead> {
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
  if (stateEnd < 0 || indexEnd < 0 || indexEnd === body.length - 1 || body[body.length - 1] !== 10) return corrupt('a section is missing');
  yield;
  const state = parseChecked(storedStateSchema, body.subarray(0, stateEnd).toString('utf8'), 'the corpus section');
  if ('problem' in state) return corrupt(state.problem);
  yield;
  const stored = parseChecked(miniSearchSchema, body.subarray(stateEnd + 1, indexEnd).toString('utf8'), 'the index section');
  if ('problem' in stored) return corrupt(stored.problem);
  yield;
  const attribution = parseChecked(storedAttributionSchema, body.subarray(indexEnd + 1, body.length - 1).toString('utf8'), 'the attribution section');
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
  const articles = state.corpus.articles.map((article): Article => ({ ...article, passages: article.passages.map(passageAt) }));
  const corpus: Corpus = { ...state.corpus, articles, passages };
  if (state.passageTerms.length !== passages.length) throw new Error('passage stems do not match the passages');
  checkLoadedIndex(index, passages);

  const passageTerms = new Map<string, ReadonlySet<string>>();
  passages.forEach((passage, i) => passageTerms.set(passage.id, new Set((state.passageTerms[i] ?? []).map(stemAt))));
  // Counted in passage order, so the map's order is the build's order too.
  const documentFrequency = new Map<string, number>();
  for (const terms of passageTerms.values()) for (const stem of terms) documentFrequency.set(stem, (documentFrequency.get(stem) ?? 0) + 1);
  // The tree itself, not its entries set one by one: the order of a node's children depends on the order
  // words were first met, and fuzzyGet's order (which decides between equally near spellings) follows it.
  const vocabulary = new SearchableMap<string[]>(restoreTree(state.vocabulary, stemAt) as unknown as SearchableMap<string[]>['_tree']);
  const groups = new Map<string, string[]>();
  for (const group of state.groups) for (const id of group) groups.set(id, group);

  return {
    corpus,
    index,
    passageById: new Map(passages.map((passage) => [passage.id, passage])),
    articleById: new Map(articles.map((article) => [article.meta.id, article.meta])),
    documentFrequency,
    vocabulary,
    groups,
    passageTerms,
  };
}

function storeTree(node: RadixNode, indexOf: (stem: string) => number): StoredTree {
  return [...node].map(([edge, child]): [string, StoredTree | number[]] =>
    edge === '' ? [edge, (child as string[]).map(indexOf)] : [edge, storeTree(child as RadixNode, indexOf)],
  );
}

function restoreTree(stored: StoredTree, stemAt: (i: number) => string): RadixNode {
  if (!Array.isArray(stored)) throw new Error('the vocabulary is not a tree');
  return new Map(
    stored.map(([edge, child]): [string, RadixNode | string[]] =>
      edge === '' ? [edge, (child as number[]).map(stemAt)] : [edge, restoreTree(child as StoredTree, stemAt)],
    ),
  );
}

/**
 * Builds the engine from the seeds and writes it to `indexFile` with writeFileAtomic (a temporary file of a
 * random name created exclusively, then a rename), after removing what an interrupted run left behind.
 */
export async function writeEngineIndex(seedsDir: string, options: PersistOptions = {}): Promise<{ engine: SearchEngine; file: string; bytes: number }> {
  const file = resolve(options.indexFile ?? DEFAULT_INDEX_FILE);
  // Fingerprint first: a seed changed while being read makes the next start rebuild, never trust stale data.
  const seeds = await seedsFingerprint(seedsDir);
  const engine = createSearchEngine(await loadCorpusFrom(seedsDir));
  const text = serializeEngine(engine, seeds);
  await mkdir(dirname(file), { recursive: true });
  await removeLeftoverTemps(file);
  await writeFileAtomic(file, text);
  return { engine, file, bytes: Buffer.byteLength(text) };
}

/** The persisted engine for these seeds if `indexFile` holds one, else why not. */
export async function readEngineIndex(seedsDir: string, options: PersistOptions = {}): Promise<IndexRead> {
  const seeds = await seedsFingerprint(seedsDir);
  let bytes: Buffer;
  try {
    bytes = await readFile(resolve(options.indexFile ?? DEFAULT_INDEX_FILE));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT' ? { kind: 'missing' } : { kind: 'corrupt', detail: `unreadable (${code ?? 'error'})` };
  }
  return deserializeEngine(bytes, { seeds, engine: engineFingerprint() });
}

/**
 * Start-up: the persisted engine when it was built from these very seeds by this code; otherwise the
 * engine built from the seeds, with one log line saying why (a warning when the file is damaged).
 * Throws as loadCorpus does when the seeds folder cannot be read.
 */
export async function loadOrBuildEngine(seedsDir: string, log: Logger, options: PersistOptions = {}): Promise<SearchEngine> {
  const file = options.indexFile ?? DEFAULT_INDEX_FILE;
  const found = await readEngineIndex(seedsDir, options);
  if (found.kind === 'loaded') {
    log.info(`Loaded the search index from ${file} (seeds unchanged since it was written)`);
    return found.engine;
  }
  const rebuild = `rebuilding it from ${seedsDir}`;
  const save = 'run `npm run index` to save it';
  if (found.kind === 'corrupt') log.warn(`Ignoring the search index ${file}: ${found.detail}; ${rebuild} (${save})`);
  else if (found.kind === 'missing') log.info(`No saved search index at ${file}; ${rebuild} (${save})`);
  else if (found.kind === 'seeds-changed') log.info(`The seeds changed since ${file} was written; ${rebuild} (${save})`);
  else log.info(`The engine's code or options changed since ${file} was written; ${rebuild} (${save})`);
  return createSearchEngine(await loadCorpusFrom(seedsDir));
}

/**
 * The corpus loader, imported only when the engine is rebuilt: it brings in the HTML parser (linkedom),
 * whose import alone is about 300 ms of a 0.8 s start-up, and a saved index never needs it.
 */
async function loadCorpusFrom(seedsDir: string): Promise<Corpus> {
  const { loadCorpus } = await import('../corpus/loadCorpus.ts');
  return loadCorpus(seedsDir);
}

function sha256(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}
