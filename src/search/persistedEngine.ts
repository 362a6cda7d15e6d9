/**
 * The built engine saved to a file (`npm run index`) and read back, as long as neither the seeds nor the code
 * that builds the engine changed since it was written (indexFingerprint.ts). The file's layout is in
 * indexFormat.ts; anything wrong with it (unreadable, truncated, checksum, shape) is a reason to rebuild.
 */
import { mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { removeLeftoverTemps, writeFileAtomic } from '../atomicFile.ts';
import { createSearchEngine, type SearchEngine } from './engine.ts';
import { deserializeEngine, serializeEngine, type IndexRead, type SeedsWritten } from './engineSerialization.ts';
import { DEFAULT_INDEX_FILE, headerOf, readIndexFile, type IndexFileBytes } from './indexFile.ts';
import { engineFingerprint, seedFilesStamp, seedFilesStampSync, seedsFingerprint } from './indexFingerprint.ts';

export { DEFAULT_INDEX_FILE };

export interface PersistOptions {
  /** The index file; DEFAULT_INDEX_FILE when absent. */
  indexFile?: string;
}

export interface ReadOptions extends PersistOptions {
  /**
   * The index file's reading, when the caller began it already (readIndexFile of `indexFile`, resolved): a start-up
   * begins it before importing the engine's modules, so that the disk and the checksum work meanwhile.
   */
  reading?: Promise<IndexFileBytes>;
}

/**
 * Builds the engine from the seeds and writes it to `indexFile` with writeFileAtomic (a temporary file of a
 * random name created exclusively, then a rename), after removing what an interrupted run left behind.
 */
export async function writeEngineIndex(
  seedsDir: string,
  options: PersistOptions = {},
): Promise<{ engine: SearchEngine; file: string; bytes: number }> {
  const written = await seedsBeforeReading(seedsDir);
  const engine = await buildEngine(seedsDir);
  return { engine, ...(await saveEngine(engine, written, options)) };
}

/**
 * Saves an engine made in place from the saved one (an article added: engineWithArticle) as the index of the
 * seeds folder as it is now, the article's file already in it.
 */
export async function saveEngineIndex(
  engine: SearchEngine,
  seedsDir: string,
  options: PersistOptions = {},
): Promise<{ file: string; bytes: number }> {
  return saveEngine(engine, await seedsBeforeReading(seedsDir), options);
}

async function saveEngine(
  engine: SearchEngine,
  written: SeedsWritten,
  options: PersistOptions,
): Promise<{ file: string; bytes: number }> {
  const file = resolve(options.indexFile ?? DEFAULT_INDEX_FILE);
  const bytes = serializeEngine(engine, written);
  await mkdir(dirname(file), { recursive: true });
  await removeLeftoverTemps(file);
  await writeFileAtomic(file, bytes);
  return { file, bytes: bytes.length };
}

/**
 * The seeds' stamp and fingerprint, taken before they are read for a build: a seed changed while being read makes
 * the next start rebuild, never trust stale data.
 */
export async function seedsBeforeReading(seedsDir: string): Promise<SeedsWritten> {
  const seedFiles = await seedFilesStamp(seedsDir);
  return { seeds: await seedsFingerprint(seedsDir), seedFiles };
}

/**
 * The fingerprint of the seeds as they are now, to compare with the one an index file was written for: the
 * file's own when the folder's stamp is still the one it records (nothing to read), else the files hashed.
 */
export async function seedsNowFor(
  seedsDir: string,
  indexBytes: IndexFileBytes,
  stamp: Promise<string> = seedFilesStamp(seedsDir),
): Promise<string> {
  const header = headerOf(indexBytes);
  const stamped = await stamp;
  if (typeof header?.seeds === 'string' && header.seedFiles === stamped) return header.seeds;
  return seedsFingerprint(seedsDir);
}

/** The persisted engine for these seeds if `indexFile` holds one, else why not. */
export async function readEngineIndex(seedsDir: string, options: ReadOptions = {}): Promise<IndexRead> {
  // The seeds folder is stamped (thousands of stats) before the file is read, or while a reading begun by the caller
  // goes on, blocking: at start-up nothing else waits, and as many promises beside the file's reading slowed both.
  // Its failure counts only once the file is read, as when it was stamped after.
  const stamp = stampNow(seedsDir);
  stamp.catch(() => undefined);
  // The code's fingerprint (its sources read and hashed) too, while the file's reading may still go on.
  const engine = engineFingerprint();
  let bytes: IndexFileBytes;
  try {
    bytes = await (options.reading ?? readIndexFile(resolve(options.indexFile ?? DEFAULT_INDEX_FILE)));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT' ? { kind: 'missing' } : { kind: 'corrupt', detail: `unreadable (${code ?? 'error'})` };
  }
  return deserializeEngine(bytes, { seeds: await seedsNowFor(seedsDir, bytes, stamp), engine });
}

/** The stamp taken now, before this returns (an async function runs to its first await), a failure as a rejection. */
// eslint-disable-next-line @typescript-eslint/require-await
async function stampNow(seedsDir: string): Promise<string> {
  return seedFilesStampSync(seedsDir);
}

/**
 * The engine built from the seeds. The corpus loader is imported only here, when the engine is rebuilt: it
 * brings in the HTML parser (linkedom), whose import alone is about 300 ms of a 0.8 s start-up, and a saved
 * index never needs it.
 */
export async function buildEngine(seedsDir: string): Promise<SearchEngine> {
  const { loadCorpus } = await import('../corpus/loadCorpus.ts');
  return createSearchEngine(await loadCorpus(seedsDir));
}
