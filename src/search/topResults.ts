import type MiniSearch from 'minisearch';
import type { SearchOptions, SearchResult } from 'minisearch';
import { internalsOf, type IndexInternals } from './miniSearchInternals.ts';
import { forEachPosting, postingCount, postingsHold, SavedFieldLengths } from './savedPostings.ts';

/** Each field's length by short document id, as typed arrays: read once per posting in `topResults`. */
interface FieldLengths {
  documentCount: number;
  nextId: number;
  byField: Float64Array[];
}
const fieldLengthCache = new WeakMap<object, FieldLengths>();

function fieldLengthsOf(internals: IndexInternals): FieldLengths {
  const cached = fieldLengthCache.get(internals);
  if (cached && cached.documentCount === internals.documentCount && cached.nextId === internals.nextId) return cached;
  const fieldCount = Object.keys(internals.fieldIds).length;
  const { fieldLength } = internals;
  // A saved index's lengths, read from its columns while MiniSearch has not asked for them as rows.
  const saved = fieldLength instanceof SavedFieldLengths ? fieldLength.savedColumns(internals.nextId) : null;
  const byField = saved ?? Array.from({ length: fieldCount }, () => new Float64Array(internals.nextId));
  if (!saved) {
    for (const [shortId, lengths] of fieldLength) {
      lengths.forEach((length, fieldId) => {
        const column = byField[fieldId];
        if (column) column[shortId] = length;
      });
    }
  }
  const built = { documentCount: internals.documentCount, nextId: internals.nextId, byField };
  fieldLengthCache.set(internals, built);
  return built;
}

/** Per-query work arrays, kept between queries (zeroed as they are used) so a query allocates little. */
interface Scratch {
  score: Float64Array;
  termsMatched: Uint16Array;
  slot: Int32Array;
  firstSeen: Int32Array;
  finalScore: Float64Array;
}
const scratchCache = new WeakMap<FieldLengths, Scratch>();

function scratchOf(lengths: FieldLengths, size: number): Scratch {
  let scratch = scratchCache.get(lengths);
  if (!scratch || scratch.score.length < size) {
    scratch = {
      score: new Float64Array(size),
      termsMatched: new Uint16Array(size),
      slot: new Int32Array(size),
      firstSeen: new Int32Array(size),
      finalScore: new Float64Array(size),
    };
    scratchCache.set(lengths, scratch);
  }
  return scratch;
}

/**
 * One term's postings in the queried fields, merged: each passage once, in the order MiniSearch's search first
 * meets it (field by field), with its BM25 score before boosts in each field, 0 in a field without the term.
 */
interface TermColumns {
  documentCount: number;
  nextId: number;
  k: number;
  b: number;
  d: number;
  ids: Int32Array;
  /** By position in the queried fields; undefined for a field without the term. */
  raw: (Float64Array | undefined)[];
}
/** Filled as terms are asked about, so memory follows the queried vocabulary; dropped with the index. */
const termColumnsCache = new WeakMap<Map<number, Map<number, number>>, Map<string, TermColumns>>();

function termColumns(
  data: Map<number, Map<number, number>>,
  fieldIds: readonly number[],
  internals: IndexInternals,
  lengths: FieldLengths,
  slot: Int32Array,
  { k, b, d }: { k: number; b: number; d: number },
): TermColumns {
  const key = fieldIds.join(' ');
  let byFields = termColumnsCache.get(data);
  const cached = byFields?.get(key);
  if (
    cached &&
    cached.documentCount === internals.documentCount &&
    cached.nextId === internals.nextId &&
    cached.k === k &&
    cached.b === b &&
    cached.d === d
  ) {
    return cached;
  }
  const documentCount = internals.documentCount;
  // How many passages hold the term in each field (0 for a field without it): read from a saved index's columns
  // as they are, without making its Maps.
  const matchingIn = fieldIds.map((fieldId) => (lengths.byField[fieldId] ? postingCount(data, fieldId) : 0));
  const total = matchingIn.reduce((sum, matching) => sum + matching, 0);
  const ids = new Int32Array(total);
  const raw = matchingIn.map((matching) => (matching > 0 ? new Float64Array(total) : undefined));
  // `slot` holds each passage's position plus one while merging, and is zeroed again after.
  let count = 0;
  matchingIn.forEach((matching, f) => {
    const column = raw[f];
    const fieldLengths = lengths.byField[fieldIds[f] ?? -1];
    if (!column || !fieldLengths) return;
    const avgFieldLength = internals.avgFieldLength[fieldIds[f] ?? -1] ?? 0;
    forEachPosting(data, fieldIds[f] ?? -1, (docId, termFreq) => {
      let position = (slot[docId] ?? 0) - 1;
      if (position < 0) {
        position = count++;
        slot[docId] = position + 1;
        ids[position] = docId;
      }
      const fieldLength = fieldLengths[docId] ?? 0;
      // calcBM25Score as MiniSearch 7 writes it, so the doubles are the same.
      const invDocFreq = Math.log(1 + (documentCount - matching + 0.5) / (matching + 0.5));
      column[position] =
        invDocFreq * (d + (termFreq * (k + 1)) / (termFreq + k * (1 - b + (b * fieldLength) / avgFieldLength)));
    });
  });
  for (let p = 0; p < count; p++) slot[ids[p] ?? 0] = 0;
  const columns = {
    documentCount,
    nextId: internals.nextId,
    k,
    b,
    d,
    ids: ids.slice(0, count),
    raw: raw.map((column) => column?.slice(0, count)),
  };
  if (!byFields) termColumnsCache.set(data, (byFields = new Map<string, TermColumns>()));
  byFields.set(key, columns);
  return columns;
}

/**
 * `index.search(query, options).slice(0, limit)`, computed without building a result object for every
 * matching passage: scores go into typed arrays and only the best `limit` become results. Same scores
 * (the same BM25 arithmetic in the same order), same order (ties keep MiniSearch's first-match order),
 * same `terms`, `queryTerms` and `match`. At 100k passages a question's OR query touches most of the
 * index and MiniSearch's own search spends its time allocating and sorting ~100k results of which ask()
 * reads 300. Queries this does not cover (prefix, fuzzy, AND, document boosts, query trees) go to
 * MiniSearch unchanged. `within`, when given, is a filter on ids applied before ranking (read as a fixed set: hand a
 * new one rather than changing it).
 */
export function topResults<T>(
  index: MiniSearch<T>,
  query: string,
  options: SearchOptions,
  limit: number,
  within?: ReadonlySet<string>,
): SearchResult[] {
  return best(index, query, options, limit, within, true) as SearchResult[];
}

/** A passage's id and score, as in a search result. */
export interface Scored {
  id: unknown;
  score: number;
}

/**
 * topResults' ids and scores alone, in the same order: without working out which terms each result matched
 * (the terms of 300 results in three fields, looked up one by one), which ranking does not read.
 */
export function topScores<T>(
  index: MiniSearch<T>,
  query: string,
  options: SearchOptions,
  limit: number,
  within?: ReadonlySet<string>,
): Scored[] {
  return best(index, query, options, limit, within, false);
}

function best<T>(
  index: MiniSearch<T>,
  query: string,
  options: SearchOptions,
  limit: number,
  within: ReadonlySet<string> | undefined,
  withMatch: boolean,
): Scored[] {
  const internals = internalsOf(index);
  const merged: SearchOptions = { ...internals.options.searchOptions, ...options };
  const tokenize = merged.tokenize ?? internals.options.tokenize;
  const processTerm = merged.processTerm ?? internals.options.processTerm;
  const terms = tokenize(query)
    .flatMap((term) => processTerm(term) || [])
    .filter((term): term is string => Boolean(term));
  const { boostTerm } = merged;
  const termBoosts = terms.map((term, i) => (typeof boostTerm === 'function' ? boostTerm(term, i, terms) : 1));
  const unsupported =
    (merged.combineWith ?? 'OR').toUpperCase() !== 'OR' ||
    Boolean(merged.prefix) ||
    Boolean(merged.fuzzy) ||
    merged.boostDocument != null ||
    internals.dirtCount > 0 ||
    new Set(terms).size !== terms.length ||
    !termBoosts.every(Number.isFinite);
  if (unsupported) {
    const filter = options.filter;
    const allowed =
      within === undefined
        ? filter
        : (result: SearchResult) => within.has(String(result.id)) && (filter === undefined || filter(result));
    return index.search(query, { ...options, filter: allowed }).slice(0, limit);
  }

  const fields = merged.fields ?? internals.options.fields;
  const fieldBoosts = fields.map(
    (field) => (Object.hasOwn(merged.boost ?? {}, field) ? merged.boost?.[field] : undefined) || 1,
  );
  const fieldIds = fields.map((field) => internals.fieldIds[field] ?? -1);
  const { k, b, d } = { k: 1.2, b: 0.7, d: 0.5, ...merged.bm25 };
  const lengths = fieldLengthsOf(internals);
  const size = internals.nextId;

  // Only the passages `within` may answer (a speaker's, a few of 100k): the rest are never scored.
  const allowed = within ? maskOf(within, internals, size) : undefined;
  const scratch = scratchOf(lengths, size);
  const { score, termsMatched, slot, firstSeen } = scratch;
  /** How many short ids `firstSeen` holds: in the order MiniSearch's result map would first hold them. */
  let seen = 0;
  const postingsOf: (Map<number, Map<number, number>> | undefined)[] = [];
  terms.forEach((term, i) => {
    const data = internals.postings.get(term);
    postingsOf.push(data);
    if (!data) return;
    const { ids, raw } = termColumns(data, fieldIds, internals, lengths, slot, { k, b, d });
    // MiniSearch weighs termWeight * termBoost * fieldBoost * docBoost * rawScore, left to right, and adds a term's
    // fields in order: the same doubles, as a field without the term adds 0 and a boost is finite.
    const present = fields.flatMap((_, f) => {
      const column = raw[f];
      return column ? [{ column, boost: 1 * (termBoosts[i] ?? 1) * (fieldBoosts[f] ?? 1) * 1 }] : [];
    });
    const [first, second, third, ...rest] = present;
    if (!first) return;
    for (let p = 0; p < ids.length; p++) {
      const docId = ids[p] ?? 0;
      if (allowed && !allowed[docId]) continue;
      let weighted = first.boost * (first.column[p] ?? 0);
      if (second) weighted += second.boost * (second.column[p] ?? 0);
      if (third) weighted += third.boost * (third.column[p] ?? 0);
      for (const more of rest) weighted += more.boost * (more.column[p] ?? 0);
      if (termsMatched[docId] === 0) {
        firstSeen[seen++] = docId;
        score[docId] = weighted;
      } else score[docId] = (score[docId] ?? 0) + weighted;
      termsMatched[docId] = (termsMatched[docId] ?? 0) + 1;
    }
  });

  // Best first, ties in first-seen order: what a stable sort by descending score gives. Without a filter the
  // results are made before anything else can run, so the work arrays serve (most of 100k entries a question).
  const { filter } = merged;
  const finalScore = filter ? new Float64Array(seen) : scratch.finalScore.subarray(0, seen);
  const order = filter ? firstSeen.slice(0, seen) : firstSeen.subarray(0, seen);
  for (let position = 0; position < seen; position++) {
    const docId = order[position] ?? 0;
    finalScore[position] = (score[docId] ?? 0) * ((termsMatched[docId] ?? 0) || 1);
    termsMatched[docId] = 0;
  }
  const better = (a: number, b: number) => {
    const scoreA = finalScore[a] ?? 0;
    const scoreB = finalScore[b] ?? 0;
    return scoreA > scoreB || (scoreA === scoreB && a < b);
  };
  const matchOf = (docId: number) => {
    const queryTerms: string[] = [];
    const match: Record<string, string[]> = {};
    for (let i = 0; i < terms.length; i++) {
      const data = postingsOf[i];
      if (!data) continue;
      let inFields: string[] | undefined;
      for (let f = 0; f < fields.length; f++)
        if (postingsHold(data, fieldIds[f] ?? -1, docId)) (inFields ??= []).push(fields[f] ?? '');
      if (!inFields) continue;
      const term = terms[i] ?? '';
      queryTerms.push(term);
      match[term] = inFields;
    }
    return { terms: Object.keys(match), queryTerms, match };
  };
  const resultAt = (position: number): Scored => {
    const docId = order[position] ?? -1;
    if (!withMatch) return { id: internals.documentIds.get(docId), score: finalScore[position] ?? 0 };
    const result: SearchResult = {
      id: internals.documentIds.get(docId),
      score: finalScore[position] ?? 0,
      ...matchOf(docId),
    };
    return Object.assign(result, internals.storedFields.get(docId));
  };

  const lazyResultAt = (position: number): SearchResult => {
    const docId = order[position] ?? -1;
    return new LazyResult(internals.documentIds.get(docId), finalScore[position] ?? 0, () => matchOf(docId));
  };
  // MiniSearch filters every match, then sorts. Filtering in rank order until `limit` pass gives the same
  // results for a pure filter, with far fewer calls when it is selective (an outlet out of a dozen); the
  // filter is handed a result whose terms and match are worked out only if it reads them.
  const results: Scored[] = [];
  if (!filter) {
    // Without a filter the first `limit` in rank order are the answer: kept in a heap of `limit` while scanning,
    // rather than ordering every matching passage (most of 100k for a common word).
    for (const position of bestPositions(finalScore, limit)) results.push(resultAt(position));
    return results;
  }
  const lazy = (internals.options.storeFields ?? []).length === 0;
  const heap = new MaxHeap(
    order.map((_, position) => position),
    better,
  );
  while (results.length < limit && heap.size > 0) {
    const position = heap.pop();
    if (!filter(lazy ? lazyResultAt(position) : (resultAt(position) as SearchResult))) continue;
    results.push(resultAt(position));
  }
  return results;
}

/**
 * The best `limit` positions by score, best first, ties to the earlier position: a heap of the `limit` best so
 * far, whose worst is at the top, so that each position that does not make it costs one comparison.
 */
function bestPositions(score: Float64Array, limit: number): number[] {
  const count = score.length;
  const size = Math.min(limit, count);
  if (size <= 0) return [];
  const better = (a: number, b: number) => {
    const scoreA = score[a] ?? 0;
    const scoreB = score[b] ?? 0;
    return scoreA > scoreB || (scoreA === scoreB && a < b);
  };
  const kept = new Int32Array(size);
  let held = 0;
  const siftDown = (start: number) => {
    let at = start;
    for (;;) {
      const left = 2 * at + 1;
      if (left >= held) return;
      const right = left + 1;
      const child = right < held && better(kept[left] ?? 0, kept[right] ?? 0) ? right : left;
      if (!better(kept[at] ?? 0, kept[child] ?? 0)) return;
      const swap = kept[at] ?? 0;
      kept[at] = kept[child] ?? 0;
      kept[child] = swap;
      at = child;
    }
  };
  for (let position = 0; position < count; position++) {
    if (held < size) {
      // Sift up: the new position rises past every better one above it.
      let at = held++;
      kept[at] = position;
      while (at > 0) {
        const parent = (at - 1) >> 1;
        if (!better(kept[parent] ?? 0, kept[at] ?? 0)) break;
        const swap = kept[at] ?? 0;
        kept[at] = kept[parent] ?? 0;
        kept[parent] = swap;
        at = parent;
      }
      // A later position beats the worst kept only with a higher score.
    } else if ((score[position] ?? 0) > (score[kept[0] ?? 0] ?? 0)) {
      kept[0] = position;
      siftDown(0);
    }
  }
  return Array.from(kept.subarray(0, held)).sort((a, b) => (better(a, b) ? -1 : better(b, a) ? 1 : 0));
}

const shortIdCache = new WeakMap<Map<number, unknown>, Map<string, number>>();

/**
 * 1 at the short id of each document in `ids`: a filter the scoring loop reads without allocating. Kept with the
 * set, which is read as fixed: a speaker's passages (thousands at 100k) are handed as the same set every time.
 */
function maskOf(ids: ReadonlySet<string>, internals: IndexInternals, size: number): Uint8Array {
  let shortIds = shortIdCache.get(internals.documentIds);
  if (!shortIds || shortIds.size !== internals.documentIds.size) {
    shortIds = new Map([...internals.documentIds].map(([shortId, id]) => [String(id), shortId]));
    shortIdCache.set(internals.documentIds, shortIds);
  }
  const kept = maskCache.get(ids);
  if (kept && kept.shortIds === shortIds && kept.mask.length === size && kept.count === ids.size) return kept.mask;
  const mask = new Uint8Array(size);
  for (const id of ids) {
    const shortId = shortIds.get(id);
    if (shortId !== undefined) mask[shortId] = 1;
  }
  maskCache.set(ids, { shortIds, count: ids.size, mask });
  return mask;
}

const maskCache = new WeakMap<
  ReadonlySet<string>,
  { shortIds: Map<string, number>; count: number; mask: Uint8Array }
>();

/** A search result whose terms and match are worked out when first read: what a filter is handed. */
class LazyResult {
  private info: { terms: string[]; queryTerms: string[]; match: Record<string, string[]> } | undefined;

  constructor(
    readonly id: unknown,
    readonly score: number,
    private readonly compute: () => { terms: string[]; queryTerms: string[]; match: Record<string, string[]> },
  ) {}

  get terms(): string[] {
    return (this.info ??= this.compute()).terms;
  }

  get queryTerms(): string[] {
    return (this.info ??= this.compute()).queryTerms;
  }

  get match(): Record<string, string[]> {
    return (this.info ??= this.compute()).match;
  }
}

/** A binary heap of numbers, built in O(n); popping yields them best first. */
class MaxHeap {
  private readonly items: Int32Array;
  size: number;

  constructor(
    items: ArrayLike<number>,
    private readonly better: (a: number, b: number) => boolean,
  ) {
    this.items = Int32Array.from(items);
    this.size = items.length;
    for (let i = (this.size >> 1) - 1; i >= 0; i--) this.siftDown(i);
  }

  pop(): number {
    const top = this.items[0] ?? -1;
    this.size--;
    this.items[0] = this.items[this.size] ?? -1;
    this.siftDown(0);
    return top;
  }

  private siftDown(start: number): void {
    const { items, better } = this;
    let at = start;
    for (;;) {
      const left = 2 * at + 1;
      if (left >= this.size) return;
      const right = left + 1;
      const child = right < this.size && better(items[right] ?? 0, items[left] ?? 0) ? right : left;
      if (!better(items[child] ?? 0, items[at] ?? 0)) return;
      const swap = items[at] ?? 0;
      items[at] = items[child] ?? 0;
      items[child] = swap;
      at = child;
    }
  }
}
