/**
 * The saved index's file (src/search/persistedEngine.ts writes and reads it): a header line of JSON, then three
 * sections whose byte lengths the header gives,
 *   1. JSON: the corpus and the derived maps that cost a pass over every word to rebuild (the typo vocabulary,
 *      near-duplicate groups, the coverage's names and printed words), with stems written once;
 *   2. binary: MiniSearch's postings and field lengths and each passage's stems, as typed arrays
 *      (postingsSection.ts), read back without parsing or walking millions of JSON objects, and used where they
 *      lie: MiniSearch's Maps are made of a term's postings only when something other than ranking asks for them
 *      (savedPostings.ts);
 *   3. JSON: the attribution (who says what: statements, their groups across outlets, each speaker's summary),
 *      which takes as long to work out as the index itself, kept with it so no question waits for it; a
 *      statement's text is its passage's span, kept as null.
 * Both JSON sections are written in ASCII (non-ASCII characters as \u escapes), read as Latin-1 without decoding
 * UTF-8. Each section is read into a buffer of its own (engineSerialization.ts, readIndexFile).
 * The header holds the format, the seeds' and the engine's fingerprints and a sha256 of the sections. The
 * checksum only tells an accident; a file edited by hand can carry a matching one, so every part is also checked
 * before it is used (the JSON against a schema, the columns against the counts they index): anything wrong is a
 * reason to rebuild.
 */
import * as z from 'zod';
import type { Article, ArticleMeta, Corpus, Passage } from '../corpus/types.ts';
import type { SpeakerSummary, StoredAttribution, StoredStatement } from '../attribution/attribution.ts';
import type { StoredKnownWords } from './knownWords.ts';

/** Bump when the file's layout changes. */
export const INDEX_FORMAT = 5;
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
  /** Byte lengths of the three sections, in order. */
  sections: number[];
  createdAt: string;
  articles: number;
  passages: number;
}

/** A radix tree node: [edge, child] pairs in the node's order; the leaf edge '' holds stem indices. */
export type StoredTree = [string, StoredTree | number[]][];

export type StoredArticle = Omit<Article, 'passages'> & { passages: number[] };

/** Line 2: the corpus, and the engine's derived maps with each stem written once. */
export interface StoredState {
  corpus: Omit<Corpus, 'articles' | 'passages' | 'shortLines'> & { articles: StoredArticle[]; passages: Passage[] };
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
 * The file's structure, checked before use. Each schema `satisfies` the type the code reads, so a field added
 * to the corpus types fails the type check here until the schema has it too. Objects are strict: a key the
 * schema does not name (`__proto__` included) is a mismatch, and zod's output objects are its own, so nothing in
 * the file can set a prototype. The header is checked only for what decides whether the file is for this build.
 */
const COUNT = z.number().int().nonnegative();

/** Any object: its fields are compared with what this build expects (a header of another format is "engine changed", not corrupt). */
export const headerSchema = z.object({
  magic: z.unknown().optional(),
  format: z.unknown().optional(),
  seeds: z.unknown().optional(),
  engine: z.unknown().optional(),
  seedFiles: z.unknown().optional(),
  body: z.unknown().optional(),
  sections: z.unknown().optional(),
});

/*
 * The long arrays (every passage, article, statement, stem and vocabulary node: 100k of some) are checked by hand, as zod
 * checks the rest: a third of a second of a cold start went on zod walking them and copying every object. Each
 * check holds the rules a strict zod object would: exact keys, each of its type.
 */
const isCount = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;
const isString = (value: unknown): value is string => typeof value === 'string';
const isNullableString = (value: unknown): value is string | null => value === null || typeof value === 'string';

/** A plain object with exactly these keys, each passing its check. */
function hasShape(value: unknown, shape: Readonly<Record<string, (field: unknown) => boolean>>): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  if (keys.length !== Object.keys(shape).length) return false;
  return keys.every((key) => Object.hasOwn(shape, key) && shape[key]?.((value as Record<string, unknown>)[key]));
}

/** An array whose every item passes the check, as a zod schema that keeps the array as it is. */
function arrayOf<T>(check: (item: unknown) => boolean, what: string): z.ZodType<T[]> {
  return z.custom<T[]>((value) => Array.isArray(value) && value.every(check), { message: `not a list of ${what}` });
}

const PASSAGE_SHAPE = {
  id: isString,
  articleId: isString,
  paragraph: isCount,
  text: isString,
  section: isNullableString,
} satisfies Record<keyof Passage, (field: unknown) => boolean>;

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
  otherNames: isStringList,
  url: isNullableString,
} satisfies Record<keyof ArticleMeta, (field: unknown) => boolean>;

const ARTICLE_SHAPE = {
  meta: (value) => hasShape(value, ARTICLE_META_SHAPE),
  passages: (value) => Array.isArray(value) && value.every(isCount),
  captions: isStringList,
} satisfies Record<keyof StoredArticle, (field: unknown) => boolean>;

const strings = (what: string) => arrayOf<string>(isString, what);

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
const storedTreeSchema = z.custom<StoredTree>((value) => isStoredTree(value), { message: 'not a radix tree' });

export const storedStateSchema = z.strictObject({
  corpus: z.strictObject({
    articles: arrayOf<StoredArticle>((item) => hasShape(item, ARTICLE_SHAPE), 'articles'),
    passages: arrayOf<Passage>((item) => hasShape(item, PASSAGE_SHAPE), 'passages'),
    skipped: z.array(z.strictObject({ file: z.string(), reason: z.string() })),
  }),
  stems: strings('stems'),
  indexTerms: strings('index terms'),
  vocabulary: storedTreeSchema,
  groups: arrayOf<string[]>(isStringList, 'groups'),
  knownWords: z.strictObject({
    names: strings('names'),
    metadata: strings('words'),
    hyphenated: z.array(z.tuple([z.string(), COUNT])),
  }),
}) satisfies z.ZodType<StoredState>;

const SPEAKER_KINDS: ReadonlySet<unknown> = new Set(['person', 'institution', 'outlet', 'state']);
const STATEMENT_KINDS: ReadonlySet<unknown> = new Set(['quote', 'reported']);
const SPAN_SHAPE = { start: isCount, end: isCount };
const STATEMENT_SHAPE = {
  id: isString,
  speaker: isString,
  speakerKind: (value) => SPEAKER_KINDS.has(value),
  role: isNullableString,
  mention: isString,
  // Kept as null: read back, it is the passage's span (restoreAttribution).
  text: (value) => value === null,
  kind: (value) => STATEMENT_KINDS.has(value),
  verb: isNullableString,
  via: isNullableString,
  passageId: isString,
  articleId: isString,
  span: (value) => hasShape(value, SPAN_SHAPE),
} satisfies Record<keyof StoredStatement, (field: unknown) => boolean>;

const SPEAKER_SHAPE = {
  speaker: isString,
  kind: (value) => SPEAKER_KINDS.has(value),
  memberOf: isNullableString,
  roles: isStringList,
  statementCount: isCount,
  outlets: isStringList,
} satisfies Record<keyof SpeakerSummary, (field: unknown) => boolean>;

export const storedAttributionSchema = z.strictObject({
  statements: arrayOf<StoredStatement>((item) => hasShape(item, STATEMENT_SHAPE), 'statements'),
  groups: arrayOf<string[]>((group) => isStringList(group) && (group as unknown[]).length > 0, 'groups'),
  speakers: arrayOf<SpeakerSummary>((item) => hasShape(item, SPEAKER_SHAPE), 'speaker summaries'),
}) satisfies z.ZodType<StoredAttribution>;

/** JSON text checked against a schema: the data, or what is wrong with it (the first problem, with its path). */
export function parseChecked<T>(schema: z.ZodType<T>, text: string, what: string): { data: T } | { problem: string } {
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
