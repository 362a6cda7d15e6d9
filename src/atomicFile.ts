import { randomBytes } from 'node:crypto';
import { link, lstat, open, readdir, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * The one way this project writes a file whole (the feedback data, the saved index, /add-article's staged
 * and added files). A temporary file is named `.<file>.<12 random hex>.tmp`, next to the file it becomes:
 * hidden (the seeds reader skips dot files), in the same folder (so the rename cannot cross file systems),
 * and unpredictable.
 */
const TEMP_NAME = /^\.?(.+)\.[0-9a-f]{12}\.tmp$/;

export interface AtomicWriteOptions {
  /**
   * false: never replace an existing file; the write fails with EEXIST instead (the temporary file is
   * hard-linked to `path`, which fails when the name is taken, rather than renamed over it). Default true.
   */
  replace?: boolean;
  /** Permissions of a new file, before the umask. Default 0o644. */
  mode?: number;
}

/**
 * Writes `data` to `path` so that a crash at any moment leaves either the old file or the new one, never a
 * mix, and so that nothing planted in the folder is written through:
 * - the temporary file is created exclusively (O_CREAT | O_EXCL, flag 'wx') under a random name, so an
 *   existing file or symlink at that name makes the open fail instead of being followed;
 * - its data is flushed to disk (fsync) before it takes the final name;
 * - rename replaces whatever is at `path`, a symlink included, without following it (atomic on POSIX file
 *   systems); with `replace: false`, link() takes the name only if it is free;
 * - the folder is then flushed, so the new name itself is durable.
 */
export async function writeFileAtomic(
  path: string,
  data: string | Uint8Array,
  options: AtomicWriteOptions = {},
): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await open(temp, 'wx', options.mode ?? 0o644);
  try {
    await handle.writeFile(data);
    await handle.sync();
  } catch (error) {
    await handle.close();
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  await handle.close();
  if (options.replace === false) {
    try {
      await link(temp, path);
    } finally {
      await unlink(temp).catch(() => undefined);
    }
  } else {
    try {
      await rename(temp, path);
    } catch (error) {
      await unlink(temp).catch(() => undefined);
      throw error;
    }
  }
  await syncFolder(dirname(path));
}

/** A temporary file untouched this long is not being written: its writer crashed. */
const ABANDONED_MS = 60_000;

/**
 * Deletes the temporary files a crashed `writeFileAtomic` of `path` left behind; they never hold the real data.
 * Recent ones are left alone: another process may be writing them. (Names without the leading dot are the
 * ones earlier versions wrote.)
 */
export async function removeLeftoverTemps(path: string, now: number = Date.now()): Promise<string[]> {
  const folder = dirname(path);
  const name = basename(path);
  const names = await readdir(folder).catch(() => [] as string[]);
  const removed: string[] = [];
  for (const entry of names.filter((candidate) => TEMP_NAME.exec(candidate)?.[1] === name)) {
    const info = await lstat(join(folder, entry)).catch(() => null);
    if (!info || now - info.mtimeMs < ABANDONED_MS) continue;
    await unlink(join(folder, entry)).catch(() => undefined);
    removed.push(entry);
  }
  return removed;
}

async function syncFolder(folder: string): Promise<void> {
  // Opening a folder to fsync it works on Linux and macOS; Windows refuses, and its rename is durable enough.
  const handle = await open(folder, 'r').catch(() => null);
  if (!handle) return;
  try {
    await handle.sync();
  } catch {
    // Some file systems do not support fsync on a folder; the rename has still happened.
  } finally {
    await handle.close();
  }
}
