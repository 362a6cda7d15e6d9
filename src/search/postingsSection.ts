/**
 * The saved index's binary section (indexFormat.ts): MiniSearch's postings, field lengths and each passage's
 * stems as typed arrays, so that loading 100k passages reads columns of numbers instead of parsing and walking
 * tens of megabytes of JSON objects. Numbers are little-endian 32-bit words, the averages 64-bit floats, the
 * postings' counts as narrow as the largest needs (a term is seldom in a passage more than a few times: at 100k
 * passages, 4 bytes a count were 9 MB of the file to read):
 *
 *   u32 × 8   passages n, index terms T, fields F, postings P, passage stems Q, short lines L, bytes of a count C
 *             (1, 2 or 4), 0 (so that the averages start at a multiple of 8)
 *   f64 × F   average field length
 *   u32 × nF  field lengths, passage by passage
 *   u32 × TF  postings per (term, field), term by term in `indexTerms`' order
 *   u32 × P   passage numbers of the postings
 *   u32 × n+1 where each passage's stems start in the next column; u32 × Q stem numbers
 *   u32 × L   the corpus's short lines (Corpus.shortLines), ascending
 *   C × P     the postings' counts, last so that the columns before stay aligned whatever their width
 *
 * Passages are numbered by their place in the corpus, which is also their short id once loaded. Every number is
 * checked against the counts it refers to before anything is built from it (decodePostings).
 */
import { endianness } from 'node:os';

const WORDS_BEFORE_AVERAGES = 8;

/** The postings' counts, in the narrowest column that holds the largest. */
export type CountColumn = Uint8Array | Uint16Array | Uint32Array;

/** The section's columns, decoded and checked. */
export interface PostingTables {
  passageCount: number;
  termCount: number;
  fieldCount: number;
  averageFieldLength: Float64Array;
  fieldLength: Uint32Array;
  termFieldCounts: Uint32Array;
  /** Where each (term, field)'s postings start in the posting columns, term by term: termFieldCounts summed, one more at the end. */
  postingStarts: Uint32Array;
  postingPassages: Uint32Array;
  postingCounts: CountColumn;
  stemOffsets: Uint32Array;
  stems: Uint32Array;
  shortLines: Uint32Array;
}

/** What the tables are made from: for each index term, each field's (passage number -> count) postings. */
export interface PostingsSource {
  passageCount: number;
  fieldCount: number;
  averageFieldLength: readonly number[];
  /** Field lengths by passage number. */
  fieldLengthOf: (passage: number) => readonly number[];
  /** Each index term's postings by field id (short id -> count), in the order of the terms. */
  postings: Iterable<ReadonlyMap<number, ReadonlyMap<number, number>>>;
  /** The passage number of a short id; undefined for a passage discarded from the index. */
  passageOf: (shortId: number) => number | undefined;
  termCount: number;
  /** Stem numbers of each passage, by passage number. */
  passageStems: readonly (readonly number[])[];
  shortLines: Uint32Array;
}

export function encodePostings(source: PostingsSource): Buffer {
  const { passageCount: n, fieldCount: fields, termCount } = source;
  const termFieldCounts = new Uint32Array(termCount * fields);
  const passages: number[] = [];
  const counts: number[] = [];
  let term = 0;
  for (const byField of source.postings) {
    for (let field = 0; field < fields; field++) {
      const postings = byField.get(field);
      if (!postings) continue;
      const before = passages.length;
      for (const [shortId, count] of postings) {
        const passage = source.passageOf(shortId);
        if (passage === undefined) continue;
        passages.push(passage);
        counts.push(count);
      }
      termFieldCounts[term * fields + field] = passages.length - before;
    }
    term++;
  }
  if (term !== termCount) throw new Error(`the postings hold ${term} terms, not ${termCount}`);
  const stemOffsets = new Uint32Array(n + 1);
  const stems: number[] = [];
  for (let passage = 0; passage < n; passage++) {
    stemOffsets[passage] = stems.length;
    for (const stem of source.passageStems[passage] ?? []) stems.push(stem);
  }
  stemOffsets[n] = stems.length;
  const fieldLength = new Uint32Array(n * fields);
  for (let passage = 0; passage < n; passage++)
    source.fieldLengthOf(passage).forEach((length, field) => (fieldLength[passage * fields + field] = length));

  const largest = counts.reduce((most, count) => Math.max(most, count), 0);
  const countColumn = largest <= 0xff ? Uint8Array : largest <= 0xffff ? Uint16Array : Uint32Array;
  const head = Uint32Array.of(
    n,
    termCount,
    fields,
    passages.length,
    stems.length,
    source.shortLines.length,
    countColumn.BYTES_PER_ELEMENT,
    0,
  );
  return Buffer.concat(
    [
      head,
      Float64Array.from(source.averageFieldLength),
      fieldLength,
      termFieldCounts,
      Uint32Array.from(passages),
      stemOffsets,
      Uint32Array.from(stems),
      source.shortLines,
      countColumn.from(counts),
    ].map((column) => littleEndian(new Uint8Array(column.buffer, column.byteOffset, column.byteLength))),
  );
}

/**
 * The tables of a section, after checking each count against what it counts: `expected` gives the number of
 * passages, index terms, fields and stems the rest of the file holds. Throws an Error saying what does not fit.
 */
export function decodePostings(
  bytes: Uint8Array,
  expected: { passages: number; terms: number; fields: number; stems: number },
): PostingTables {
  if (endianness() !== 'LE') throw new Error('this machine is big-endian; the postings are written little-endian');
  // The columns are read where they lie when the section is a buffer of its own (readIndexFile reads it so); else
  // from a copy, which is aligned for them and holds on to nothing else of the file.
  const own =
    bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer;
  const buffer = own ? bytes.buffer : new Uint8Array(bytes).buffer;
  let offset = 0;
  const take = <T extends CountColumn | Float64Array>(
    Column: { new (buffer: ArrayBuffer, offset: number, length: number): T; BYTES_PER_ELEMENT: number },
    length: number,
    what: string,
  ): T => {
    const size = length * Column.BYTES_PER_ELEMENT;
    if (!Number.isSafeInteger(size) || offset + size > buffer.byteLength)
      throw new Error(`the postings section is too short for its ${what}`);
    const column = new Column(buffer, offset, length);
    offset += size;
    return column;
  };
  const [
    passageCount = 0,
    termCount = 0,
    fieldCount = 0,
    postingTotal = 0,
    stemTotal = 0,
    lineTotal = 0,
    countBytes = 0,
    padding = 0,
  ] = take(Uint32Array, WORDS_BEFORE_AVERAGES, 'counts');
  const countColumn = COUNT_COLUMNS.find((column) => column.BYTES_PER_ELEMENT === countBytes);
  if (!countColumn || padding !== 0) throw new Error('the postings section’s head is not one this code writes');
  if (passageCount !== expected.passages) throw new Error('the postings are for another number of passages');
  if (termCount !== expected.terms) throw new Error('the postings are for another number of terms');
  if (fieldCount !== expected.fields) throw new Error('the postings are for other fields');
  const averageFieldLength = take(Float64Array, fieldCount, 'average field lengths');
  if (!averageFieldLength.every((average) => Number.isFinite(average) && average >= 0))
    throw new Error('an average field length is not a length');
  const fieldLength = take(Uint32Array, passageCount * fieldCount, 'field lengths');
  const termFieldCounts = take(Uint32Array, termCount * fieldCount, 'posting counts');
  const postingPassages = take(Uint32Array, postingTotal, 'postings');
  const stemOffsets = take(Uint32Array, passageCount + 1, 'stem offsets');
  const stems = take(Uint32Array, stemTotal, 'stems');
  const shortLines = take(Uint32Array, lineTotal, 'short lines');
  const postingCounts = take<CountColumn>(countColumn, postingTotal, 'posting counts');
  if (offset !== buffer.byteLength) throw new Error('the postings section is longer than its columns');

  const postingStarts = new Uint32Array(termFieldCounts.length + 1);
  let sum = 0;
  for (let i = 0; i < termFieldCounts.length; i++) {
    sum += termFieldCounts[i] ?? 0;
    if (sum > postingTotal) throw new Error('the posting counts do not add up to the postings');
    postingStarts[i + 1] = sum;
  }
  if (sum !== postingTotal) throw new Error('the posting counts do not add up to the postings');
  for (let i = 0; i < postingTotal; i++) {
    if ((postingPassages[i] ?? passageCount) >= passageCount)
      throw new Error('a posting is for a passage past the end');
    if (postingCounts[i] === 0) throw new Error('a posting counts its term zero times');
  }
  if (stemOffsets[0] !== 0 || stemOffsets[passageCount] !== stemTotal)
    throw new Error('the stem offsets do not span the stems');
  for (let i = 0; i < passageCount; i++)
    if ((stemOffsets[i] ?? 0) > (stemOffsets[i + 1] ?? 0)) throw new Error('the stem offsets go backwards');
  for (const stem of stems) if (stem >= expected.stems) throw new Error('a passage stem is out of range');
  for (let i = 1; i < lineTotal; i++)
    if ((shortLines[i - 1] ?? 0) >= (shortLines[i] ?? 0)) throw new Error('the short lines are not in order');
  return {
    passageCount,
    termCount,
    fieldCount,
    averageFieldLength,
    fieldLength,
    termFieldCounts,
    postingStarts,
    postingPassages,
    postingCounts,
    stemOffsets,
    stems,
    shortLines,
  };
}

const COUNT_COLUMNS = [Uint8Array, Uint16Array, Uint32Array] as const;

/** The bytes in little-endian order (a no-op on the little-endian machines Node runs on in practice). */
function littleEndian(bytes: Uint8Array): Uint8Array {
  if (endianness() !== 'LE') throw new Error('writing the index on a big-endian machine is not supported');
  return bytes;
}
