/**
 * Every read of MiniSearch's internals, in one place: topResults scores straight from the index's postings, and
 * the saved index keeps the typo vocabulary's radix tree node for node. MiniSearch declares these fields
 * protected or internal, so any release may change them; `checkMiniSearchInternals` looks at them when an engine
 * is put together (built or loaded, see assembleEngine) and fails there, naming the version, rather than as a
 * TypeError during a question.
 *
 * Upgrading minisearch (pinned exactly in package.json):
 *   1. run test/search/topResults.test.ts (topResults against MiniSearch's own search, score for score) and
 *      test/search/persistedEngine.test.ts (a saved engine answers as a fresh build);
 *   2. compare calcBM25Score and the term weighting in minisearch's dist/es/index.js with topResults.ts;
 *   3. when the start-up check fails, adapt the reads below and WRITTEN_FOR.
 */
import MiniSearch, { type Options, type SearchOptions } from 'minisearch';
import SearchableMap from 'minisearch/SearchableMap';
import { packageVersion } from '../packageVersion.ts';
import type { PostingTables } from './postingsSection.ts';
import { forEachPosting, postingCount, postingsHold, SavedFieldLengths, SavedTermPostings } from './savedPostings.ts';

/** The version whose internals this module reads. */
const WRITTEN_FOR = '7.2.0';

/** A MiniSearch index's internals, under plain names; read through on each access, so they follow the index. */
export interface IndexInternals {
  /** The options the index was made with, MiniSearch's defaults filled in. */
  readonly options: {
    fields: string[];
    storeFields?: string[];
    tokenize: (text: string, fieldName?: string) => string[];
    processTerm: (term: string, fieldName?: string) => string | string[] | null | undefined | false;
    searchOptions: SearchOptions;
  };
  /** Each term's postings: field id to (short document id to the term's count in that field). */
  readonly postings: SearchableMap<Map<number, Map<number, number>>>;
  readonly documentCount: number;
  /** The next short document id: one past the highest given out. */
  readonly nextId: number;
  /** Documents discarded but still in the postings. */
  readonly dirtCount: number;
  /** Short document id to the document's id. */
  readonly documentIds: Map<number, unknown>;
  /** Field name to field id. */
  readonly fieldIds: Record<string, number>;
  /** Short document id to each field's length, by field id. */
  readonly fieldLength: Map<number, number[]>;
  readonly avgFieldLength: number[];
  readonly storedFields: Map<number, Record<string, unknown>>;
}

/** Where each of them is in a MiniSearch 7 index. */
const RAW_NAMES = {
  options: '_options',
  postings: '_index',
  documentCount: '_documentCount',
  nextId: '_nextId',
  dirtCount: '_dirtCount',
  documentIds: '_documentIds',
  fieldIds: '_fieldIds',
  fieldLength: '_fieldLength',
  avgFieldLength: '_avgFieldLength',
  storedFields: '_storedFields',
} as const satisfies Record<keyof IndexInternals, string>;

type RawIndex = { [K in keyof IndexInternals as (typeof RAW_NAMES)[K]]: IndexInternals[K] };

/** A radix tree node as SearchableMap keeps it: edge to child node; the leaf edge '' holds the value. */
export type RadixNode<T> = Map<string, RadixNode<T> | T>;

/** Thrown when the installed MiniSearch does not have the internals read here: not a fault of any data. */
export class MiniSearchInternalsError extends Error {
  override name = 'MiniSearchInternalsError';
}

const views = new WeakMap<object, IndexInternals>();

/** The index's internals; the first time an index is seen, after checking they have the shape read here. */
export function internalsOf<T>(index: MiniSearch<T>): IndexInternals {
  return views.get(index) ?? checked(index, []);
}

/** Throws one MiniSearchInternalsError, naming every difference, unless the index and SearchableMap are as read here. */
export function checkMiniSearchInternals<T>(index: MiniSearch<T>): void {
  checked(index, radixTreeProblems());
}

function checked<T>(index: MiniSearch<T>, problems: readonly string[]): IndexInternals {
  const raw = index as unknown as RawIndex;
  fail([...problems, ...indexProblems(raw)]);
  const view = {} as IndexInternals;
  for (const [name, rawName] of Object.entries(RAW_NAMES))
    Object.defineProperty(view, name, { get: () => raw[rawName], enumerable: true });
  views.set(index, view);
  return view;
}

/** A SearchableMap's radix tree, as it is (its children's order decides the order of fuzzy look-ups). */
export function radixTreeOf<T>(map: SearchableMap<T>): RadixNode<T> {
  fail(radixTreeProblems());
  return map._tree;
}

/** A SearchableMap over a radix tree as radixTreeOf gives it. */
export function searchableMapOf<T>(tree: RadixNode<T>): SearchableMap<T> {
  fail(radixTreeProblems());
  return new SearchableMap<T>(tree as unknown as SearchableMap<T>['_tree']);
}

function fail(problems: readonly string[]): void {
  if (problems.length === 0) return;
  throw new MiniSearchInternalsError(
    `MiniSearch ${packageVersion('minisearch')} does not have the internals coverage-bot reads (written for ${WRITTEN_FOR}): ` +
      `${problems.join('; ')}. See the upgrade steps in src/search/miniSearchInternals.ts.`,
  );
}

const isCount = (value: unknown) => Number.isInteger(value) && (value as number) >= 0;
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const firstValue = (map: Map<unknown, unknown>): unknown => map.values().next().value;

function indexProblems(raw: Partial<Record<keyof RawIndex, unknown>>): string[] {
  const problems: string[] = [];
  const expect = (ok: boolean, what: string) => {
    if (!ok) problems.push(what);
  };
  const options = raw._options;
  const optionsOk =
    isObject(options) &&
    Array.isArray(options['fields']) &&
    typeof options['tokenize'] === 'function' &&
    typeof options['processTerm'] === 'function' &&
    isObject(options['searchOptions']);
  expect(optionsOk, '_options with fields, tokenize, processTerm and searchOptions');
  const postings = raw._index;
  const postingsOk =
    isObject(postings) &&
    typeof postings['get'] === 'function' &&
    typeof (postings as Partial<Iterable<unknown>>)[Symbol.iterator] === 'function';
  expect(postingsOk, '_index, a SearchableMap of postings');
  if (postingsOk) {
    const [entry] = postings as unknown as Iterable<[string, unknown]>;
    // A saved index's postings and lengths are made by savedPostings.ts, in the shape read here, when first used.
    if (entry && !(entry[1] instanceof SavedTermPostings)) {
      const byField = entry[1];
      const inField = byField instanceof Map ? firstValue(byField) : undefined;
      expect(
        inField instanceof Map && typeof firstValue(inField) === 'number',
        `_index's postings as field id -> (short id -> count) Maps`,
      );
    }
  }
  for (const field of ['_documentCount', '_nextId', '_dirtCount'] as const)
    expect(isCount(raw[field]), `${field}, a count`);
  for (const field of ['_documentIds', '_fieldLength', '_storedFields'] as const)
    expect(raw[field] instanceof Map, `${field}, a Map by short id`);
  if (raw._fieldLength instanceof Map && raw._fieldLength.size > 0 && !(raw._fieldLength instanceof SavedFieldLengths))
    expect(Array.isArray(firstValue(raw._fieldLength)), `_fieldLength's values, arrays by field id`);
  const fieldIds = raw._fieldIds;
  expect(
    optionsOk &&
      isObject(fieldIds) &&
      (options as { fields: unknown[] }).fields.every((field) => isCount(fieldIds[String(field)])),
    '_fieldIds, a field id for each field',
  );
  expect(Array.isArray(raw._avgFieldLength), '_avgFieldLength, an array by field id');
  return problems;
}

let radixTreeChecked = false;

/** SearchableMap keeps its entries in `_tree` as radix nodes, and takes such a tree back in its constructor. */
function radixTreeProblems(): string[] {
  if (radixTreeChecked) return [];
  const map = new SearchableMap<number>();
  map.set('ab', 1);
  map.set('ac', 2);
  const tree = (map as unknown as { _tree?: unknown })._tree;
  const node: unknown = tree instanceof Map ? (tree as Map<string, unknown>).get('a') : undefined;
  const leaf: unknown = node instanceof Map ? (node as Map<string, unknown>).get('b') : undefined;
  if (!(leaf instanceof Map && leaf.get('') === 1))
    return ["SearchableMap's _tree, radix nodes with the value at the edge ''"];
  const copy = new SearchableMap<number>(tree as SearchableMap<number>['_tree']);
  if (copy.get('ac') !== 2 || copy.size !== 2) return ["SearchableMap's constructor taking a radix tree"];
  radixTreeChecked = true;
  return [];
}

/** The ids of the documents whose `field` holds `term`, straight from its postings (no scoring). */
export function documentsWithTerm<T>(index: MiniSearch<T>, term: string, field: string): string[] {
  const internals = internalsOf(index);
  const fieldId = internals.fieldIds[field];
  if (fieldId === undefined) return [];
  const found: string[] = [];
  forEachPosting(internals.postings.get(term), fieldId, (shortId) => {
    found.push(String(internals.documentIds.get(shortId)));
  });
  return found;
}

/** The ids of at most `limit` documents whose `field` holds every one of `terms`, from their postings (no scoring). */
export function documentsWithAllTerms<T>(
  index: MiniSearch<T>,
  terms: readonly string[],
  field: string,
  limit: number,
): string[] {
  const internals = internalsOf(index);
  const fieldId = internals.fieldIds[field];
  if (fieldId === undefined) return [];
  const postings = terms.map((term) => {
    const byField = internals.postings.get(term);
    return { byField, size: postingCount(byField, fieldId) };
  });
  postings.sort((a, b) => a.size - b.size);
  const [rarest, ...others] = postings;
  const found: string[] = [];
  forEachPosting(rarest?.byField, fieldId, (shortId) => {
    if (found.length >= limit) return true;
    if (others.every((other) => postingsHold(other.byField, fieldId, shortId)))
      found.push(String(internals.documentIds.get(shortId)));
    return false;
  });
  return found;
}

/**
 * A MiniSearch index holding `ids` (each one's short id its place in the list) made from a saved index's postings
 * section, as `MiniSearch.loadJS` makes one from `toJSON`'s objects, without those objects.
 */
export function indexFromTables<T>(
  options: Options<T>,
  ids: readonly string[],
  terms: readonly string[],
  tables: PostingTables,
): MiniSearch<T> {
  const fieldCount = tables.fieldCount;
  const fields = options.fields;
  const index = MiniSearch.loadJS<T>(
    {
      documentCount: ids.length,
      nextId: ids.length,
      documentIds: {},
      fieldIds: Object.fromEntries(fields.map((field, id) => [field, id])),
      fieldLength: {},
      averageFieldLength: [...tables.averageFieldLength],
      storedFields: {},
      dirtCount: 0,
      index: [],
      serializationVersion: 2,
    },
    options,
  );
  const raw = index as unknown as { -readonly [K in keyof RawIndex]: RawIndex[K] } & {
    _idToShortId: Map<unknown, number>;
  };
  // The postings and field lengths are made into MiniSearch's Maps when first used (savedPostings.ts); the ids now.
  const documentIds = new Map<number, string>();
  const idToShortId = new Map<string, number>();
  for (let shortId = 0; shortId < ids.length; shortId++) {
    const id = ids[shortId] ?? '';
    documentIds.set(shortId, id);
    idToShortId.set(id, shortId);
  }
  raw._documentIds = documentIds;
  raw._idToShortId = idToShortId;
  raw._fieldLength = new SavedFieldLengths(tables.fieldLength, fieldCount, ids.length);
  // Checked on the list: the tree's size walks every node (50 ms at 100k passages), and nothing else asks for it.
  if (new Set(terms).size !== terms.length) throw new Error('the index terms repeat');
  for (let term = 0; term < terms.length; term++)
    raw._index.set(terms[term] ?? '', new SavedTermPostings(tables, term));
  return index;
}
