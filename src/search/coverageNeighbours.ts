import { stemmer } from 'stemmer';
import type { SearchEngine } from './engine.ts';
import { STOP_WORDS } from './stopWords.ts';
import { wordVectors, type WordVectors } from './wordVectors.ts';

/** A word of the coverage whose vector lies near a question's word ("hacking" / cyber), and how near. */
export interface CoverageNeighbour {
  stem: string;
  similarity: number;
}

/**
 * The table's rows run most frequent first. Words as common as its first thousand ("well", "given", "example") sit
 * near everything in a space built from co-occurrence: they neither stand in for a question's word nor get stand-ins.
 */
const COMMONEST_ROWS = 1000;

/** The coverage's words with a vector: each word's row in the table and the stem it is indexed under. */
interface CoverageRows {
  rows: number[];
  stems: string[];
}

const cache = new WeakMap<SearchEngine, CoverageRows>();
const stemCache = new WeakMap<SearchEngine, CoverageRows>();

/**
 * A neighbour must be among the word's nearest of all English, not merely near: cosines run high between common
 * words and low around rare ones, so one floor for all lets "governments" take "urge" (0.72) and keeps "hacking"
 * from "cyber" (0.52). The cosine of the word's `NEAREST_IN_ENGLISH`th nearest among the table's first
 * `ENGLISH_ROWS` words is its own floor.
 */
const NEAREST_IN_ENGLISH = 40;
const ENGLISH_ROWS = 40_000;
const englishFloors = new Map<number, number>();

function englishFloorOf(table: WordVectors, row: number): number {
  const known = englishFloors.get(row);
  if (known !== undefined) return known;
  const nearest: number[] = [];
  const rows = Math.min(ENGLISH_ROWS, table.norms.length);
  for (let other = 0; other < rows; other++) {
    if (other === row) continue;
    const similarity = cosine(table, row, other);
    if (nearest.length < NEAREST_IN_ENGLISH) nearest.push(similarity);
    else if (similarity > (nearest[0] ?? 0)) nearest[0] = similarity;
    else continue;
    nearest.sort((a, b) => a - b);
  }
  const floor = nearest.length === NEAREST_IN_ENGLISH ? (nearest[0] ?? 0) : 0;
  englishFloors.set(row, floor);
  return floor;
}

/**
 * Each stem's commonest English word past the table's first thousand (its rows run most frequent first), the word
 * its vector is read from: "threat" for the coverage's "threats" as for its "threat". Read so, a stem's neighbours
 * depend on what the coverage holds, not on the forms it happens to write, and an article removed in place leaves
 * them as a rebuild would. Built once (0.17 s).
 */
let stemRows: Map<string, number> | null = null;

function rowsOfStems(table: WordVectors): Map<string, number> {
  if (stemRows) return stemRows;
  const found = new Map<string, number>();
  for (const [word, row] of table.rows) {
    if (row < COMMONEST_ROWS || STOP_WORDS.has(word)) continue;
    // The table's words are plain lower-case letters: their stem is the analyzer's, without its cache of terms.
    const stem = stemmer(word);
    if (row < (found.get(stem) ?? Infinity)) found.set(stem, row);
  }
  stemRows = found;
  return found;
}

/** The coverage's stems with a vector, each read from its commonest English word (rowsOfStems). */
function stemRowsOf(engine: SearchEngine, table: WordVectors): CoverageRows {
  const found: CoverageRows = { rows: [], stems: [] };
  const rows = rowsOfStems(table);
  for (const stem of engine.documentFrequency.keys()) {
    const row = rows.get(stem);
    if (row === undefined) continue;
    found.rows.push(row);
    found.stems.push(stem);
  }
  return found;
}

function coverageRowsOf(engine: SearchEngine, table: WordVectors): CoverageRows {
  const found: CoverageRows = { rows: [], stems: [] };
  for (const [surface, stems] of engine.vocabulary) {
    const row = table.rows.get(surface);
    const stem = stems.length === 1 ? stems[0] : undefined;
    if (row === undefined || row < COMMONEST_ROWS || stem === undefined || STOP_WORDS.has(surface)) continue;
    found.rows.push(row);
    found.stems.push(stem);
  }
  return found;
}

function cosine(table: WordVectors, a: number, b: number): number {
  const { dimensions, vectors, norms } = table;
  let dot = 0;
  for (let d = 0; d < dimensions; d++) dot += (vectors[a * dimensions + d] ?? 0) * (vectors[b * dimensions + d] ?? 0);
  return dot / ((norms[a] || 1) * (norms[b] || 1));
}

/**
 * The coverage's words nearest a word it never uses, nearest first: at most `limit`, each at least `floor` in
 * cosine. None for a word without a vector, or when the vectors are not installed.
 */
export function coverageNeighbours(
  engine: SearchEngine,
  word: string,
  limit: number,
  floor: number,
  /** 'stems': each coverage stem by its commonest English word, whatever forms the coverage writes (rowsOfStems). */
  read: 'written' | 'stems' = 'written',
): CoverageNeighbour[] {
  const table = wordVectors();
  const row = table?.rows.get(word.toLowerCase());
  if (!table || row === undefined || row < COMMONEST_ROWS) return [];
  const rowsCache = read === 'stems' ? stemCache : cache;
  let coverage = rowsCache.get(engine);
  if (!coverage)
    rowsCache.set(engine, (coverage = read === 'stems' ? stemRowsOf(engine, table) : coverageRowsOf(engine, table)));
  floor = Math.max(floor, englishFloorOf(table, row));
  // A stem is as near as the nearest word the coverage writes with it ("urged", "urging" / "urg").
  const nearest = new Map<string, number>();
  coverage.rows.forEach((other, index) => {
    const similarity = cosine(table, row, other);
    const stem = coverage.stems[index] as string;
    if (similarity >= floor && similarity > (nearest.get(stem) ?? 0)) nearest.set(stem, similarity);
  });
  const found = [...nearest].map(([stem, similarity]) => ({ stem, similarity }));
  return found.sort((a, b) => b.similarity - a.similarity).slice(0, limit);
}
