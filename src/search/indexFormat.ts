/**
 * The saved index's file (src/search/persistedEngine.ts writes and reads it): four lines of JSON,
 *   1. a header: format, the seeds' fingerprint, the engine's fingerprint, and a sha256 of lines 2-4;
 *   2. the corpus and the derived maps that cost a pass over every word to rebuild (passage stems,
 *      the typo vocabulary, near-duplicate groups), with stems written once and referred to by number;
 *   3. MiniSearch's own `toJSON`, read back with `MiniSearch.loadJS(checked, INDEX_OPTIONS)`;
 *   4. the attribution (who says what: statements and their groups across outlets), which takes as long
 *      to work out as the index itself, kept with it so no question waits for it.
 * The checksum only tells an accident; a file edited by hand can carry a matching one, so every part is
 * also checked against a schema (zod) before it is used: a wrong type anywhere is a reason to rebuild.
 */
import type { AsPlainObject } from 'minisearch';
import * as z from 'zod';
import type { Article, ArticleMeta, Corpus, Passage } from '../corpus/types.ts';
import type { StoredAttribution } from '../attribution/attribution.ts';
import type { Statement } from '../attribution/types.ts';
import { INDEX_OPTIONS } from './engine.ts';

/** Bump when the file's layout changes. */
export const INDEX_FORMAT = 2;
export const MAGIC = 'coverage-bot engine index';

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
export type StoredTree = [string, StoredTree | number[]][];

export type StoredArticle = Omit<Article, 'passages'> & { passages: number[] };

/** Line 2: the corpus, and the engine's derived maps with each stem written once. */
export interface StoredState {
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
export const headerSchema = z.object({
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

export const storedStateSchema = z.strictObject({
  corpus: z.strictObject({
    articles: z.array(
      z.strictObject({ meta: articleMetaSchema, passages: z.array(COUNT), captions: z.array(z.string()) }),
    ),
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

export const storedAttributionSchema = z.strictObject({
  statements: z.array(statementSchema),
  groups: z.array(z.array(z.string()).min(1)),
}) satisfies z.ZodType<StoredAttribution>;

/** MiniSearch's `toJSON` (serialization version 2), for INDEX_OPTIONS' fields. */
const indexFields = INDEX_OPTIONS.fields;
const storedFieldNames: readonly string[] = INDEX_OPTIONS.storeFields ?? [];
export const miniSearchSchema = z.strictObject({
  documentCount: COUNT,
  nextId: COUNT,
  documentIds: z.record(NUMERIC_KEY, z.string()),
  fieldIds: z
    .record(z.string(), COUNT)
    .refine(
      (ids) => Object.keys(ids).length === indexFields.length && indexFields.every((field, i) => ids[field] === i),
      `field ids other than ${indexFields.join(', ')}`,
    ),
  fieldLength: z.record(NUMERIC_KEY, z.array(COUNT).length(indexFields.length)),
  averageFieldLength: z.array(z.number().nonnegative()).length(indexFields.length),
  storedFields: z.record(
    NUMERIC_KEY,
    z.record(
      z.string().refine((field) => storedFieldNames.includes(field), 'not a stored field'),
      z.union([z.string(), z.number(), z.boolean(), z.null()]),
    ),
  ),
  dirtCount: COUNT.optional(),
  // Each term's postings ({ field id: { document id: count } }, one entry per word of every passage) are checked
  // once loaded, by checkLoadedIndex: walking MiniSearch's maps takes a fraction of what a schema over the
  // parsed objects does (300 ms at 20,000 passages).
  index: z.array(
    z.tuple([z.string(), z.record(NUMERIC_KEY, z.custom<Record<string, number>>(isPlainObject, 'expected an object'))]),
  ),
  serializationVersion: z.literal(2),
}) satisfies z.ZodType<AsPlainObject>;

function isPlainObject(value: unknown): boolean {
  return typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;
}

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
