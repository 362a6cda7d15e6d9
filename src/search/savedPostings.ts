/**
 * A saved index's postings and field lengths, handed to MiniSearch as the Maps it keeps them in but made into
 * Maps only when something asks for them. Loading 100k passages used to fill 3M posting entries and 100k
 * field-length rows into Maps up front (half a second, and most of the start's garbage collection), though a
 * question reads the postings of a few dozen terms, and those through topResults, which reads the saved columns
 * as they are (the functions at the end of this file).
 *
 * Each Map here is empty until it is first used for anything but its size; then it is filled, from the columns,
 * exactly as indexFromTables used to fill it (the same entries in the same order), and from then on it is an
 * ordinary Map: MiniSearch adds, removes and searches as before (an article added or removed in place).
 */
import { sortedHas } from '../sortedHas.ts';
import type { CountColumn, PostingTables } from './postingsSection.ts';

/**
 * A Map that fills itself from saved columns on first use. A subclass implements `fill` (adding entries with
 * `put`) and `savedSize` (the size it will have).
 */
abstract class FilledOnUse<K, V> extends Map<K, V> {
  #filled = false;

  /** Whether the entries are still only in the saved columns, read as they are by the functions below. */
  protected get pending(): boolean {
    return !this.#filled;
  }

  protected abstract fill(): void;

  protected abstract savedSize(): number;

  /** Adds an entry while filling, without going through the overrides. */
  protected put(key: K, value: V): void {
    super.set(key, value);
  }

  #ready(): void {
    if (this.#filled) return;
    this.#filled = true;
    this.fill();
  }

  override get(key: K): V | undefined {
    this.#ready();
    return super.get(key);
  }

  override has(key: K): boolean {
    this.#ready();
    return super.has(key);
  }

  override set(key: K, value: V): this {
    this.#ready();
    return super.set(key, value);
  }

  override delete(key: K): boolean {
    this.#ready();
    return super.delete(key);
  }

  override clear(): void {
    this.#filled = true;
    super.clear();
  }

  override forEach(callback: (value: V, key: K, map: Map<K, V>) => void, thisArg?: unknown): void {
    this.#ready();
    super.forEach(callback, thisArg);
  }

  override keys(): MapIterator<K> {
    this.#ready();
    return super.keys();
  }

  override values(): MapIterator<V> {
    this.#ready();
    return super.values();
  }

  override entries(): MapIterator<[K, V]> {
    this.#ready();
    return super.entries();
  }

  override [Symbol.iterator](): MapIterator<[K, V]> {
    this.#ready();
    return super[Symbol.iterator]();
  }

  /** `size` as Map.prototype's getter, or the size the saved columns give (set on the prototype below). */
  protected sizeNow(): number {
    return this.#filled ? Reflect.get(Map.prototype, 'size', this) : this.savedSize();
  }
}

// `size` is an accessor on Map.prototype, which TypeScript declares as a property: it is overridden here.
Object.defineProperty(FilledOnUse.prototype, 'size', {
  get(this: { sizeNow(): number }) {
    return this.sizeNow();
  },
  configurable: true,
});

/** One field's saved postings: passage numbers (short ids) and the term's count in each, in the saved order. */
export interface SavedFieldPostings {
  passages: Uint32Array;
  counts: CountColumn;
}

/** The saved columns a term's postings are read from. */
export type SavedPostingColumns = Pick<
  PostingTables,
  'fieldCount' | 'postingStarts' | 'postingPassages' | 'postingCounts'
>;

/** One term's postings, field id -> (short id -> count), as MiniSearch keeps them in its term tree. */
export class SavedTermPostings extends FilledOnUse<number, Map<number, number>> {
  readonly #tables: SavedPostingColumns;
  /** The term's number: its fields' postings start at postingStarts[term * fieldCount + field]. */
  readonly #term: number;
  /** Each field's postings sorted by short id, made on the first membership test of a field whose saved order is not. */
  #sorted: (Uint32Array | undefined)[] = [];

  constructor(tables: SavedPostingColumns, term: number) {
    super();
    this.#tables = tables;
    this.#term = term;
  }

  /** Where a field's postings start and end in the columns (the same for a field without the term). */
  #range(fieldId: number): [number, number] | undefined {
    const { fieldCount, postingStarts } = this.#tables;
    if (!Number.isInteger(fieldId) || fieldId < 0 || fieldId >= fieldCount) return undefined;
    const at = this.#term * fieldCount + fieldId;
    return [postingStarts[at] ?? 0, postingStarts[at + 1] ?? 0];
  }

  protected fill(): void {
    const { postingPassages, postingCounts, fieldCount } = this.#tables;
    for (let field = 0; field < fieldCount; field++) {
      const [start = 0, end = 0] = this.#range(field) ?? [];
      if (start === end) continue;
      const postings = new Map<number, number>();
      for (let at = start; at < end; at++) postings.set(postingPassages[at] ?? 0, postingCounts[at] ?? 0);
      this.put(field, postings);
    }
    this.#sorted = [];
  }

  protected savedSize(): number {
    let fields = 0;
    for (let field = 0; field < this.#tables.fieldCount; field++) {
      const [start = 0, end = 0] = this.#range(field) ?? [];
      if (start !== end) fields++;
    }
    return fields;
  }

  /** A field's postings as saved, while this term's Maps are not made (undefined then for a field without it); else null. */
  saved(fieldId: number): SavedFieldPostings | undefined | null {
    if (!this.pending) return null;
    const [start = 0, end = 0] = this.#range(fieldId) ?? [];
    if (start === end) return undefined;
    return {
      passages: this.#tables.postingPassages.subarray(start, end),
      counts: this.#tables.postingCounts.subarray(start, end),
    };
  }

  /**
   * Whether a field's saved postings hold a short id, while this term's Maps are not made (binary search, over a
   * sorted copy if the saved order is not ascending); undefined once they are. Read for every result of a question
   * and each of its terms: nothing is allocated after a field's first look-up.
   */
  savedHolds(fieldId: number, shortId: number): boolean | undefined {
    if (!this.pending) return undefined;
    let sorted = this.#sorted[fieldId];
    if (!sorted) {
      const passages = this.saved(fieldId)?.passages ?? NONE;
      let ascending = true;
      for (let i = 1; i < passages.length && ascending; i++) ascending = (passages[i - 1] ?? 0) < (passages[i] ?? 0);
      sorted = ascending ? passages : passages.slice().sort();
      if (Number.isInteger(fieldId) && fieldId >= 0) this.#sorted[fieldId] = sorted;
    }
    return sortedHas(sorted, shortId);
  }
}

const NONE = new Uint32Array(0);

/** The field lengths, short id -> each field's length, as MiniSearch keeps them. */
export class SavedFieldLengths extends FilledOnUse<number, number[]> {
  readonly #lengths: Uint32Array;
  readonly #fieldCount: number;
  readonly #count: number;

  /** `lengths` holds `count` rows of `fieldCount` lengths, passage by passage. */
  constructor(lengths: Uint32Array, fieldCount: number, count: number) {
    super();
    this.#lengths = lengths;
    this.#fieldCount = fieldCount;
    this.#count = count;
  }

  protected fill(): void {
    const lengths = this.#lengths;
    const fieldCount = this.#fieldCount;
    for (let shortId = 0; shortId < this.#count; shortId++) {
      const row: number[] = [];
      for (let at = shortId * fieldCount, end = at + fieldCount; at < end; at++) row.push(lengths[at] ?? 0);
      this.put(shortId, row);
    }
  }

  protected savedSize(): number {
    return this.#count;
  }

  /** Each field's lengths as a column by short id (`size` long), while the rows are not made; else null. */
  savedColumns(size: number): Float64Array[] | null {
    if (!this.pending) return null;
    const fieldCount = this.#fieldCount;
    const lengths = this.#lengths;
    const columns = Array.from({ length: fieldCount }, () => new Float64Array(size));
    columns.forEach((column, field) => {
      for (let shortId = 0; shortId < this.#count && shortId < size; shortId++)
        column[shortId] = lengths[shortId * fieldCount + field] ?? 0;
    });
    return columns;
  }
}

/** Whether the term's postings in a field hold a short id, without making a saved term's Maps. */
export function postingsHold(
  byField: Map<number, Map<number, number>> | undefined,
  fieldId: number,
  shortId: number,
): boolean {
  const saved = byField instanceof SavedTermPostings ? byField.savedHolds(fieldId, shortId) : undefined;
  return saved ?? byField?.get(fieldId)?.has(shortId) ?? false;
}

/** How many passages' field holds the term (MiniSearch's `get(fieldId).size`), without making a saved term's Maps. */
export function postingCount(byField: Map<number, Map<number, number>> | undefined, fieldId: number): number {
  if (byField instanceof SavedTermPostings) {
    const saved = byField.saved(fieldId);
    if (saved !== null) return saved?.passages.length ?? 0;
  }
  return byField?.get(fieldId)?.size ?? 0;
}

/**
 * Each posting of the term in a field, short id and count, in the order MiniSearch's Map holds them (the saved
 * order: the Maps are filled in it), without making a saved term's Maps; stops at the first for which `each` returns
 * true.
 */
export function forEachPosting(
  byField: Map<number, Map<number, number>> | undefined,
  fieldId: number,
  each: (shortId: number, count: number) => boolean | void,
): void {
  if (byField instanceof SavedTermPostings) {
    const saved = byField.saved(fieldId);
    if (saved !== null) {
      if (!saved) return;
      const { passages, counts } = saved;
      for (let i = 0; i < passages.length; i++) if (each(passages[i] ?? 0, counts[i] ?? 0) === true) return;
      return;
    }
  }
  const postings = byField?.get(fieldId);
  if (!postings) return;
  for (const [shortId, count] of postings) if (each(shortId, count) === true) return;
}
