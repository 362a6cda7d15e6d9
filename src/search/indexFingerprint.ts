/** The fingerprints a saved index is written under: the seeds it was built from and the code that built it. */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, realpathSync, statSync, type BigIntStats } from 'node:fs';
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MAX_SEED_BYTES } from '../corpus/readSeedFiles.ts';
import { packageVersion } from '../packageVersion.ts';
import { INDEX_OPTIONS } from './engine.ts';
import { INDEX_FORMAT, MAGIC } from './indexFormat.ts';

/**
 * sha256 over the seed folder as readSeedFiles sees it: every entry not starting with a dot, by name,
 * with its size and bytes (size and modification time only for files too large to be read as seeds).
 */
export async function seedsFingerprint(seedsDir: string): Promise<string> {
  const root = await realpath(resolve(seedsDir));
  const hash = createHash('sha256').update(`seeds v1\0`);
  const names = (await readdir(root)).filter((name) => !name.startsWith('.')).sort();
  for (const name of names) {
    hash.update(`${name}\0`);
    try {
      const info = await stat(join(root, name));
      if (!info.isFile()) hash.update(`not a file\0`);
      else if (info.size > MAX_SEED_BYTES) hash.update(`${info.size} ${info.mtimeMs}\0`);
      else {
        const bytes = await readFile(join(root, name));
        hash.update(`${bytes.length}\0`).update(bytes);
      }
    } catch (error) {
      hash.update(`unreadable ${(error as NodeJS.ErrnoException).code ?? ''}\0`);
    }
  }
  return hash.digest('hex');
}

/**
 * What the seeds folder's entries are on disk without reading them: each name with its size, inode, and
 * modification and change times. A saved index records it beside seedsFingerprint; when the folder's stamp is
 * the same at start-up, the files are those the index was built from and need not be read and hashed (a second
 * at 5,000 articles). An edit changes the change time even when it puts the modification time back; a copied or
 * touched folder only falls back to reading the files.
 */
export async function seedFilesStamp(seedsDir: string): Promise<string> {
  const root = await realpath(resolve(seedsDir));
  const names = seedNames(await readdir(root));
  const stats = await Promise.all(
    names.map((name) => stat(join(root, name), { bigint: true }).catch((error: NodeJS.ErrnoException) => error)),
  );
  return stampOf(names, stats);
}

/**
 * seedFilesStamp, blocking: for a start-up, which has nothing else to do meanwhile. Stating 5,000 files one after
 * another takes about 0.15 s here, against 0.4 s for as many promises (which also slowed the index file's reading
 * beside them).
 */
export function seedFilesStampSync(seedsDir: string): string {
  const root = realpathSync(resolve(seedsDir));
  const names = seedNames(readdirSync(root));
  const stats = names.map((name) => {
    try {
      return statSync(join(root, name), { bigint: true });
    } catch (error) {
      return error as NodeJS.ErrnoException;
    }
  });
  return stampOf(names, stats);
}

const seedNames = (entries: string[]) => entries.filter((name) => !name.startsWith('.')).sort();

function stampOf(
  names: readonly string[],
  stats: readonly (BigIntStats | NodeJS.ErrnoException | undefined)[],
): string {
  const hash = createHash('sha256').update(`seed files v1\0`);
  names.forEach((name, i) => {
    const info = stats[i];
    hash.update(`${name}\0`);
    if (!info || info instanceof Error) hash.update(`unreadable ${info?.code ?? ''}\0`);
    else hash.update(`${info.isFile()} ${info.size} ${info.ino} ${info.mtimeNs} ${info.ctimeNs}\0`);
  });
  return hash.digest('hex');
}

let engineFingerprintCache: string | undefined;

/**
 * sha256 of what decides the engine built from given seeds: the index file's format, INDEX_OPTIONS (with its
 * functions' source), the versions of minisearch and stemmer, Node's Unicode version (the analyzer's
 * \p{L} and NFD), and the source of src/corpus and src/search. A hand-kept version number would go
 * stale the first time someone changed the cleaning or the analyzer and forgot it; this rebuilds,
 * at worst, after an edit that did not matter.
 */
export function engineFingerprint(): string {
  if (engineFingerprintCache) return engineFingerprintCache;
  const hash = createHash('sha256').update(`${MAGIC} ${INDEX_FORMAT}\0`);
  hash.update(
    JSON.stringify(INDEX_OPTIONS, (_, value: unknown) => (typeof value === 'function' ? String(value) : value)),
  );
  hash.update(
    `\0minisearch ${packageVersion('minisearch')}\0stemmer ${packageVersion('stemmer')}\0unicode ${process.versions.unicode}\0`,
  );
  for (const folder of ['../corpus/', '../attribution/', './']) {
    const dir = fileURLToPath(new URL(folder, import.meta.url));
    let names: string[] = [];
    try {
      names = readdirSync(dir)
        .filter((name) => /\.[cm]?[jt]s$/.test(name))
        .sort();
    } catch {
      // Running from a bundle without the sources: the versions above are all there is.
    }
    for (const name of names)
      hash
        .update(`${folder}${name}\0`)
        .update(readFileSync(join(dir, name)))
        .update('\0');
  }
  engineFingerprintCache = hash.digest('hex');
  return engineFingerprintCache;
}
