import { randomBytes } from 'node:crypto';
import { open, readdir, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Temporary files are named `<file>.<random>.tmp` next to the file they replace. */
const TEMP_SUFFIX = '.tmp';

/**
 * Replaces `path` with `data` so that a crash at any moment leaves either the old file or the new one, never
 * a mix: the data goes to a temporary file in the same folder, is flushed to disk (fsync), and is renamed over
 * the old file (atomic on POSIX file systems); the folder is then flushed so the rename itself is durable.
 */
export async function writeFileAtomic(path: string, data: string): Promise<void> {
  const temp = `${path}.${randomBytes(6).toString('hex')}${TEMP_SUFFIX}`;
  const handle = await open(temp, 'wx', 0o644);
  try {
    await handle.writeFile(data, 'utf8');
    await handle.sync();
  } catch (error) {
    await handle.close();
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  await handle.close();
  try {
    await rename(temp, path);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  await syncFolder(dirname(path));
}

/** A temporary file untouched this long is not being written: its writer crashed. */
const ABANDONED_MS = 60_000;

/**
 * Deletes the temporary files a crashed `writeFileAtomic` of `path` left behind; they never hold the real data.
 * Recent ones are left alone: another process may be writing them.
 */
export async function removeLeftoverTemps(path: string, now: number = Date.now()): Promise<string[]> {
  const folder = dirname(path);
  const prefix = `${basename(path)}.`;
  const names = await readdir(folder).catch(() => [] as string[]);
  const removed: string[] = [];
  for (const name of names.filter((entry) => entry.startsWith(prefix) && entry.endsWith(TEMP_SUFFIX))) {
    const info = await stat(join(folder, name)).catch(() => null);
    if (!info || now - info.mtimeMs < ABANDONED_MS) continue;
    await unlink(join(folder, name)).catch(() => undefined);
    removed.push(name);
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
