/**
 * The saved index's file as bytes (its layout is in indexFormat.ts): where it is, and reading it into its header line
 * and its sections with their checksum. Kept apart from engineSerialization.ts, which turns the bytes into an engine,
 * so that a start-up can begin reading the file before it imports the engine's modules (src/main.ts): this module
 * imports nothing but Node's and the format's.
 */
import { isAscii } from 'node:buffer';
import { createHash } from 'node:crypto';
import { open, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import {
  headerSchema,
  INDEX_FORMAT,
  MAGIC,
  parseChecked,
  storedStateSchema,
  type IndexHeader,
  type StoredState,
} from './indexFormat.ts';

/** Where `npm run index` writes and start-up looks, relative to the working directory. */
export const DEFAULT_INDEX_FILE = join('.index', 'engine.json');

/** The file's sections, in order: the articles and derived maps, the postings, the passages and statements, the attribution's groups and speakers. */
export interface IndexSections {
  state: Uint8Array;
  postings: Uint8Array;
  tables: Uint8Array;
  attribution: Uint8Array;
}

/**
 * An index file read as its header line and its sections, each section in a buffer of its own (readIndexFile): the
 * postings' columns are then read where they lie, and nothing else of the file is held on to by them.
 */
export interface IndexFileParts {
  /** The first line, without its newline. */
  headerLine: Buffer;
  /** Cut by the lengths the header gives, which add up to the rest of the file. */
  sections: IndexSections;
  /** The sha256 of the sections, worked out while they were read. */
  digest: string;
  /**
   * The first section parsed and checked as deserializeEngine does, while the rest of the file was still being read,
   * when the header says the file is of this format (else undefined, as once deserializeEngine has taken it). It is
   * used only after the header, the lengths and the checksum are found right, as if parsed then.
   */
  state?: ReturnType<typeof parseChecked<StoredState>>;
}

/** An index file: all its bytes, or its parts as readIndexFile reads them. */
export type IndexFileBytes = Buffer | IndexFileParts;

/** Read to find the header line before the sections are read: the header is a few hundred bytes. */
const HEADER_READ = 64 * 1024;
/** The sections are read this much at a time, each piece hashed while the next ones are read. */
const READ_CHUNK = 4 * 1024 * 1024;
/**
 * How many pieces are being read at once. Four (as many as libuv's threads) measured no better than two at a start-up
 * on this 2-core machine, where the reading shares the cores with the imports.
 */
const READ_AHEAD = 2;

/**
 * The index file at `path`, its sections each read into a buffer of its own when the header line says where they are
 * and their lengths add up to the file's; else the whole file, as one buffer (which deserializeEngine then reports on).
 * The checksum is worked out as the sections are read, a piece while the disk reads the next. Rejects as readFile
 * does (ENOENT when there is no file).
 */
export async function readIndexFile(path: string): Promise<IndexFileBytes> {
  const file = await open(path, 'r');
  try {
    const { size } = await file.stat();
    const head = Buffer.alloc(Math.min(size, HEADER_READ));
    const { bytesRead } = await file.read(head, 0, head.length, 0);
    const headerEnd = head.subarray(0, bytesRead).indexOf(10);
    const header = headerEnd < 0 ? null : headerOf(head.subarray(0, headerEnd + 1));
    const lengths = header?.sections;
    if (!isSectionLengths(lengths) || headerEnd + 1 + sum(lengths) !== size) return await file.readFile();
    // Each in a buffer of its own, at its start: allocUnsafeSlow never hands out a slice of a shared pool.
    const sections = lengths.map((length) => Buffer.allocUnsafeSlow(length));
    const pieces: Buffer[] = [];
    for (const section of sections)
      for (let at = 0; at < section.length; at += READ_CHUNK) pieces.push(section.subarray(at, at + READ_CHUNK));
    // READ_AHEAD pieces are being read at any time, so that libuv's threads read on while this one hashes or, at
    // start-up, imports modules; each is hashed, in order, once read.
    const starts: number[] = [];
    let position = headerEnd + 1;
    for (const piece of pieces) {
      starts.push(position);
      position += piece.length;
    }
    const reads: Promise<boolean>[] = [];
    const startReading = (i: number) => {
      const piece = pieces[i];
      if (!piece) return;
      const read = readFully(file, piece, starts[i] ?? 0);
      // Awaited in turn below; one left unawaited when an earlier one fails is still handled.
      read.catch(() => undefined);
      reads.push(read);
    };
    for (let i = 0; i < READ_AHEAD; i++) startReading(i);
    const hash = createHash('sha256');
    // The first section (the articles and the engine's maps, JSON) is parsed as soon as it is read, while the disk
    // reads the rest: at a start-up the reading is often still going on when the imports and the seeds' stamp are done.
    const firstSectionEnd = (sections[0]?.length ?? 0) + headerEnd + 1;
    let state: IndexFileParts['state'];
    for (let i = 0; i < pieces.length; i++) {
      if (!(await reads[i])) return await file.readFile();
      startReading(i + READ_AHEAD);
      const piece = pieces[i] ?? Buffer.alloc(0);
      hash.update(piece);
      if (starts[i] === firstSectionEnd - piece.length && header?.magic === MAGIC && header.format === INDEX_FORMAT)
        state = parseChecked(storedStateSchema, textOf(sections[0] ?? piece), 'the corpus section');
    }
    return {
      headerLine: Buffer.from(head.subarray(0, headerEnd)),
      sections: namedSections(sections),
      digest: hash.digest('hex'),
      ...(state ? { state } : {}),
    };
  } finally {
    await file.close();
  }
}

/** Fills `into` from the file at `position`; false when the file ends first. */
async function readFully(file: FileHandle, into: Buffer, position: number): Promise<boolean> {
  for (let at = 0; at < into.length;) {
    const { bytesRead } = await file.read(into, at, into.length - at, position + at);
    if (bytesRead === 0) return false;
    at += bytesRead;
  }
  return true;
}

/** The header of an index file (its bytes, or its first line), when its first line is one; what the file holds is not checked. */
export function headerOf(bytes: IndexFileBytes): Partial<IndexHeader> | null {
  const line = headerLineOf(bytes);
  if (line === null) return null;
  const read = parseChecked(headerSchema, line.toString('utf8'), 'the header');
  return 'problem' in read ? null : (read.data as Partial<IndexHeader>);
}

export function headerLineOf(bytes: IndexFileBytes): Buffer | null {
  if (!Buffer.isBuffer(bytes)) return bytes.headerLine.includes(10) ? null : bytes.headerLine;
  const headerEnd = bytes.indexOf(10);
  return headerEnd < 0 ? null : bytes.subarray(0, headerEnd);
}

export const isSectionLengths = (lengths: unknown): lengths is number[] =>
  Array.isArray(lengths) &&
  lengths.length === SECTION_COUNT &&
  lengths.every((length) => Number.isSafeInteger(length) && length >= 0);

const SECTION_COUNT = 4;

/** The sections in the file's order. */
export const sectionsInOrder = (sections: IndexSections): Uint8Array[] => [
  sections.state,
  sections.postings,
  sections.tables,
  sections.attribution,
];

export const sum = (lengths: readonly number[]) => lengths.reduce((total, length) => total + length, 0);

/** The sections in the file's order (sectionsInOrder's), by name. */
export function namedSections(parts: readonly Uint8Array[]): IndexSections {
  const [state, postings, tables, attribution] = parts;
  const none = Buffer.alloc(0);
  return { state: state ?? none, postings: postings ?? none, tables: tables ?? none, attribution: attribution ?? none };
}

/**
 * A section's text, read where it lies in the file's bytes (Buffer.from(section) would copy them first). The JSON
 * sections are written in ASCII (asciiJson), which is read as Latin-1: the text is then made one byte a character,
 * as V8 keeps it, without decoding UTF-8 (a section of another writer's, not ASCII, is read as UTF-8).
 */
export function textOf(section: Uint8Array): string {
  const bytes = Buffer.from(section.buffer, section.byteOffset, section.byteLength);
  return bytes.toString(isAscii(bytes) ? 'latin1' : 'utf8');
}
