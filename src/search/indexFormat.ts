/**
 * The saved index's file (src/search/persistedEngine.ts writes and reads it): a header line of JSON, then four
 * sections whose byte lengths the header gives,
 *   1. JSON: the articles and the derived maps that cost a pass over every word to rebuild (the typo vocabulary,
 *      near-duplicate groups, the coverage's names and printed words), with stems written once;
 *   2. binary: MiniSearch's postings and field lengths and each passage's stems, as typed arrays
 *      (postingsSection.ts), read back without parsing or walking millions of JSON objects, and used where they
 *      lie: MiniSearch's Maps are made of a term's postings only when something other than ranking asks for them
 *      (savedPostings.ts);
 *   3. binary: the passages and the attribution's statements (who says what), as columns of numbers into one list
 *      of their strings (tablesSection.ts); a statement's text is its passage's span, not kept;
 *   4. JSON: the rest of the attribution (the statements' groups across outlets, each speaker's summary), which
 *      takes as long to work out as the index itself, kept with it so no question waits for it.
 * Both JSON sections are written in ASCII (non-ASCII characters as \u escapes), read as Latin-1 without decoding
 * UTF-8. Each section is read into a buffer of its own (engineSerialization.ts, readIndexFile).
 * The header holds the format, the seeds' and the engine's fingerprints and a sha256 of the sections. The
 * checksum only tells an accident; a file edited by hand can carry a matching one, so every part is also checked
 * before it is used (the JSON against the shapes below, the columns against the counts they index): anything wrong
 * is a reason to rebuild.
 */
import type { Article, ArticleMeta, Corpus } from '../corpus/types.ts';
import type { SpeakerSummary, StoredAttribution } from '../attribution/attribution.ts';
import type { StoredKnownWords } from './knownWords.ts';

/** Bump when the file's layout changes. */
export const INDEX_FORMAT = 6;
export const MAGIC = 'coverage-bot engine index';

export interface IndexHeader {
  magic: typeof MAGIC;
  format: number;
  /** `seedsFingerprint` of the seeds the engine was built from, taken before they were read. */
  seeds: string;
  /** `seedFilesStamp` of the seeds folder then: when it is the same at start-up, the seeds need not be read to be compared. */
  seedFiles: string;
  /** `engineFingerprint` of the code that built it. */
  engine: string;
  /** sha256 of everything after the header line. */
  body: string;
  /** Byte lengths of the four sections, in order. */
  sections: number[];
  createdAt: string;
  articles: number;
  passages: number;
}

/** A radix tree node: [edge, child] pairs in the node's order; the leaf edge '' holds stem indices. */
export type StoredTree = [string, StoredTree | number[]][];

export type StoredArticle = Omit<Article, 'passages'> & { passages: number[] };

/** The first section: the corpus but its passages, and the engine's derived maps with each stem written once. */
export interface StoredState {
  corpus: Omit<Corpus, 'articles' | 'passages' | 'shortLines'> & { articles: StoredArticle[] };
  /** Every stem of the passages, in documentFrequency's order. */
  stems: string[];
  /** The index's terms in its tree's order: the postings section's terms, by number. */
  indexTerms: string[];
  /** The typo vocabulary's radix tree as it is, children in order: its iteration order decides typo look-ups. */
  vocabulary: StoredTree;
  /** Near-duplicate groups, each once, in the order the groups map first meets them. */
  groups: string[][];
  knownWords: StoredKnownWords;
}

/*
 * The file's structure, checked before use, by hand: zod was the only one of this file's imports, 95 modules of the
 * 170 a start from the saved index loaded (its locales among them), and it walked and copied every passage, article,
 * statement, stem and vocabulary node. Each shape holds the rules a strict zod object did: exact keys (`__proto__`
 * included: JSON.parse makes it an own key, never a prototype), each of its type, and names every key of the type the
 * code reads, so a field added to the corpus types fails the type check here until the shape has it too. The header
 * is checked only for what decides whether the file is for this build.
 */

/** What is wrong with a value, with where (keys and indices from the section's top), or null when nothing is. */
export type Problem = { path: (string | number)[]; message: string } | null;
/** A check of a JSON value; `T` is the type a value that passes it has. */
export type Check<T = unknown> = ((value: unknown) => Problem) & { readonly checks?: T };

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Any object, its fields kept as they are: they are compared with what this build expects (a header of another format is "engine changed", not corrupt). */
export const headerSchema: Check<Partial<Record<keyof IndexHeader, unknown>>> = (value) =>
  isObject(value) ? null : { path: [], message: 'not an object' };

/** An object with exactly the keys of `shape` (those of T), each passing its check. */
function strictObject<T>(shape: Readonly<Record<keyof T & string, Check>>): Check<T> {
  return (value) => {
    if (!isObject(value)) return { path: [], message: 'not an object' };
    for (const key of Object.keys(value))
      if (!Object.hasOwn(shape, key)) return { path: [], message: `unexpected key "${key}"` };
    for (const [key, check] of Object.entries<Check>(shape)) {
      const problem = check(value[key]);
      if (problem) return { path: [key, ...problem.path], message: problem.message };
    }
    return null;
  };
}

/** A check of a predicate, with the message when it fails. */
const holds =
  (predicate: (value: unknown) => boolean, message: string): Check =>
  (value) =>
    predicate(value) ? null : { path: [], message };

/*
 * The long arrays (every article, stem and vocabulary node: 100k of some) are checked item by
 * item with plain predicates, and kept as they are.
 */
const isCount = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;
const isString = (value: unknown): value is string => typeof value === 'string';
const isNullableString = (value: unknown): value is string | null => value === null || typeof value === 'string';

/** A plain object with exactly these keys, each passing its check. */
function hasShape(value: unknown, shape: Readonly<Record<string, (field: unknown) => boolean>>): boolean {
  if (!isObject(value)) return false;
  const keys = Object.keys(value);
  if (keys.length !== Object.keys(shape).length) return false;
  return keys.every((key) => Object.hasOwn(shape, key) && shape[key]?.(value[key]));
}

/** An array whose every item passes the check. */
function arrayOf(check: (item: unknown) => boolean, what: string): Check {
  return holds((value) => Array.isArray(value) && value.every(check), `not a list of ${what}`);
}

const isStringList = (value: unknown) => Array.isArray(value) && value.every(isString);

const ARTICLE_META_SHAPE = {
  id: isString,
  file: isString,
  outlet: isString,
  title: isString,
  date: isNullableString,
  dateline: isNullableString,
  datedLine: isNullableString,
  byline: isNullableString,
  creditedSource: isNullableString,
  creditLine: isNullableString,
  otherNames: isStringList,
  url: isNullableString,
} satisfies Record<keyof ArticleMeta, (field: unknown) => boolean>;

const ARTICLE_SHAPE = {
  meta: (value) => hasShape(value, ARTICLE_META_SHAPE),
  passages: (value) => Array.isArray(value) && value.every(isCount),
  captions: isStringList,
  asides: isStringList,
} satisfies Record<keyof StoredArticle, (field: unknown) => boolean>;

const strings = (what: string) => arrayOf(isString, what);

/** A node's children: the leaf edge '' holds stem indices, any other edge a subtree. */
function isStoredTree(value: unknown, depth = 0): value is StoredTree {
  // Deeper than any word is long: a file made to exhaust the stack.
  if (!Array.isArray(value) || depth > 1000) return false;
  return value.every(
    (entry) =>
      Array.isArray(entry) &&
      entry.length === 2 &&
      (entry[0] === ''
        ? Array.isArray(entry[1]) && (entry[1] as unknown[]).every(isCount)
        : isString(entry[0]) && isStoredTree(entry[1], depth + 1)),
  );
}

export const storedStateSchema = strictObject<StoredState>({
  corpus: strictObject<StoredState['corpus']>({
    articles: arrayOf((item) => hasShape(item, ARTICLE_SHAPE), 'articles'),
    skipped: arrayOf((item) => hasShape(item, { file: isString, reason: isString }), 'skipped files'),
  }),
  stems: strings('stems'),
  indexTerms: strings('index terms'),
  vocabulary: holds((value) => isStoredTree(value), 'not a radix tree'),
  groups: arrayOf(isStringList, 'groups'),
  knownWords: strictObject<StoredKnownWords>({
    names: strings('names'),
    metadata: strings('words'),
    hyphenated: arrayOf(
      (item) => Array.isArray(item) && item.length === 2 && isString(item[0]) && isCount(item[1]),
      'hyphenated words',
    ),
  }),
});

const SPEAKER_KINDS: ReadonlySet<unknown> = new Set(['person', 'institution', 'outlet', 'state']);
const SPEAKER_SHAPE = {
  speaker: isString,
  kind: (value) => SPEAKER_KINDS.has(value),
  memberOf: isNullableString,
  roles: isStringList,
  statementCount: isCount,
  outlets: isStringList,
} satisfies Record<keyof SpeakerSummary, (field: unknown) => boolean>;

/** The last section: the attribution but its statements, which the table section holds. */
export type StoredAttributionRest = Omit<StoredAttribution, 'statements'>;

export const storedAttributionSchema = strictObject<StoredAttributionRest>({
  groups: arrayOf((group) => isStringList(group) && (group as unknown[]).length > 0, 'groups'),
  speakers: arrayOf((item) => hasShape(item, SPEAKER_SHAPE), 'speaker summaries'),
});

/** JSON text checked against a shape: the data, or what is wrong with it (the first problem, with its path). */
export function parseChecked<T>(check: Check<T>, text: string, what: string): { data: T } | { problem: string } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { problem: `${what} is not JSON` };
  }
  const problem = check(raw);
  if (!problem) return { data: raw as T };
  const at = problem.path.length ? ` at ${problem.path.join('.')}` : '';
  return { problem: `${what} does not have the expected structure${at}: ${problem.message}` };
}
