import { randomBytes } from 'node:crypto';
import { link, mkdir, readFile, rename, unlink } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { writeFileAtomic } from './atomicFile.ts';

/**
 * One bot per data folder. The votes are one file that each process rewrites whole from what it holds in
 * memory, so two processes on one DATA_DIR overwrite each other's votes (an overlapping restart lost 146 of
 * 300). The bot therefore holds a lock file in the folder, holding its pid, for as long as it runs.
 */
export const LOCK_FILE = 'coverage-bot.lock';

/** Another live process holds the data folder. The message is the one line to show. */
export class DataDirInUseError extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number,
    readonly lockFile: string,
  ) {
    super(
      `The data folder "${dataDir}" is in use by another coverage-bot (pid ${pid}): stop it first, or set DATA_DIR to another folder ` +
        `(if pid ${pid} is not a coverage-bot, delete ${lockFile}).`,
    );
  }
}

export interface DataDirLock {
  readonly path: string;
  /** Removes the lock file if it is still this process's. Safe to call more than once. */
  release(): Promise<void>;
}

export interface LockOptions {
  /** Default: this process's. */
  pid?: number;
  /** Whether a process is running. Default: process.kill(pid, 0). */
  isAlive?: (pid: number) => boolean;
}

/** Lock files this process holds: its own pid in a lock file is stale (a restart that got the same pid) unless it is here. */
const held = new Set<string>();

/** Attempts before giving up, when other processes keep taking over and dropping the lock between our reads. */
const ATTEMPTS = 5;

/**
 * Takes the data folder's lock (the folder is created if missing), or throws DataDirInUseError naming the
 * live process that holds it. A lock left by a process that is gone is taken over.
 *
 * The file appears with the pid already in it (written to a temporary file, then hard-linked to the lock's
 * name, which fails if the name exists: writeFileAtomic with replace: false), so a lock is never seen empty
 * while its holder is still writing it. Taking over renames the stale file aside first, so when two processes
 * take over at once only one gets it.
 */
export async function lockDataDir(dataDir: string, options: LockOptions = {}): Promise<DataDirLock> {
  const pid = options.pid ?? process.pid;
  const isAlive = options.isAlive ?? processIsAlive;
  await mkdir(dataDir, { recursive: true });
  const path = join(dataDir, LOCK_FILE);
  const key = resolve(path);
  const content = `${pid}\n`;
  if (held.has(key)) throw new DataDirInUseError(dataDir, pid, path);
  for (let attempt = 0; attempt < ATTEMPTS; attempt += 1) {
    try {
      await writeFileAtomic(path, content, { replace: false });
      held.add(key);
      return lockOf(path, key, content);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const found = await readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return null;
      throw error;
    });
    // Released meanwhile: try again.
    if (found === null) continue;
    const holder = pidIn(found);
    if (holder !== null && holder !== pid && isAlive(holder)) throw new DataDirInUseError(dataDir, holder, path);
    await takeOver(path, found);
  }
  throw new Error(`Could not take the lock ${path}: other processes kept taking and dropping it`);
}

function lockOf(path: string, key: string, content: string): DataDirLock {
  return {
    path,
    async release() {
      if (!held.delete(key)) return;
      // Only our own lock: had it been taken over (its file deleted by hand, then another bot started), it is not ours to remove.
      const found = await readFile(path, 'utf8').catch(() => null);
      if (found === content) await unlink(path).catch(() => undefined);
    },
  };
}

/** Moves a stale lock out of the way: only if the file there is still the one seen (not a new holder's), else puts it back. */
async function takeOver(path: string, stale: string): Promise<void> {
  const aside = `${path}.${randomBytes(6).toString('hex')}.stale`;
  try {
    await rename(path, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  const moved = await readFile(aside, 'utf8').catch(() => null);
  if (moved !== stale) {
    // Another process took over between our read and the rename: its lock goes back (unless yet another took the name).
    await link(aside, path).catch(() => undefined);
  }
  await unlink(aside).catch(() => undefined);
}

/** The pid a lock file holds, or null when it holds none (then nobody can be shown to hold it). */
function pidIn(text: string): number | null {
  const match = /^\s*(\d{1,10})\s*$/.exec(text);
  const pid = match?.[1] === undefined ? NaN : Number(match[1]);
  return Number.isSafeInteger(pid) && pid > 0 ? pid : null;
}

/** Signal 0 checks that a process exists without touching it; EPERM means it exists under another user. */
function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}
