import Database from 'better-sqlite3';
import type { SqlDatabase, SqlRunner, SqlValue } from './sqlDatabase.ts';

/** The embedded default: one file in DATA_DIR (with its -wal and -shm files beside it while in use). */
export const SQLITE_FILE = 'coverage-bot.sqlite';

/** How long a write waits for another process's write to finish before it fails (SQLITE_BUSY). */
const BUSY_TIMEOUT_MS = 5000;

/** Pause between two tries of a step another process holds the file for. */
const BUSY_RETRY_MS = 20;

/** `step`, tried again while SQLite answers SQLITE_BUSY, for up to the busy timeout. */
function whileBusy<T>(step: () => T): T {
  const deadline = Date.now() + BUSY_TIMEOUT_MS;
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (;;) {
    try {
      return step();
    } catch (error) {
      if ((error as { code?: unknown }).code !== 'SQLITE_BUSY' || Date.now() >= deadline) throw error;
      Atomics.wait(pause, 0, 0, BUSY_RETRY_MS);
    }
  }
}

/**
 * Opens (creating if missing) an SQLite database for the store. Several processes may use one file:
 * - WAL: readers never wait for the writer, and a commit appends to the log instead of rewriting pages;
 * - every transaction begins IMMEDIATE, taking the file's write lock before it reads, so a read-then-write
 *   (a vote reads the vote it changes) cannot be overtaken by another process between the two; a process
 *   that finds the lock taken waits up to the busy timeout for it;
 * - synchronous FULL: a commit is on disk (the log flushed) before it returns, as a vote's promise says.
 *
 * better-sqlite3 is synchronous, and a transaction's work is async (the store is written once for both
 * databases), so this process's uses of the connection take turns: nothing else can run on it in the middle
 * of a transaction and become part of it.
 */
export function openSqliteDatabase(path: string): SqlDatabase {
  const db = new Database(path, { timeout: BUSY_TIMEOUT_MS });
  try {
    // Switching a new file to WAL while another process opens it can fail at once with SQLITE_BUSY, without
    // waiting: tried again, briefly, up to the busy timeout.
    whileBusy(() => db.pragma('journal_mode = WAL'));
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
  } catch (error) {
    db.close();
    throw error;
  }

  const statements = new Map<string, Database.Statement>();
  const run = (sql: string, params: readonly SqlValue[] = []): Record<string, unknown>[] => {
    let statement = statements.get(sql);
    if (!statement) {
      statement = db.prepare(sql);
      statements.set(sql, statement);
    }
    // `$1` is the named parameter "1" to SQLite.
    const named = Object.fromEntries(params.map((value, index) => [String(index + 1), value]));
    const args = params.length > 0 ? [named] : [];
    if (statement.reader) return statement.all(...args) as Record<string, unknown>[];
    statement.run(...args);
    return [];
  };
  const runner: SqlRunner = {
    query: <Row extends object>(sql: string, params?: readonly SqlValue[]) =>
      Promise.resolve(run(sql, params) as Row[]),
  };

  let turn: Promise<unknown> = Promise.resolve();
  const inTurn = <T>(job: () => Promise<T>): Promise<T> => {
    const result = turn.then(job, job);
    turn = result.catch(() => undefined);
    return result;
  };
  const transaction = <T>(work: (tx: SqlRunner) => Promise<T>): Promise<T> =>
    inTurn(async () => {
      db.exec('BEGIN IMMEDIATE');
      try {
        const result = await work(runner);
        db.exec('COMMIT');
        return result;
      } catch (error) {
        // A failed COMMIT (disk full) may already have rolled back.
        if (db.inTransaction) db.exec('ROLLBACK');
        throw error;
      }
    });

  return {
    location: path,
    query: <Row extends object>(sql: string, params?: readonly SqlValue[]) =>
      inTurn(() => runner.query<Row>(sql, params)),
    transaction,
    // BEGIN IMMEDIATE already keeps every other writer out.
    exclusive: transaction,
    close: () =>
      inTurn(() => {
        if (db.open) db.close();
        return Promise.resolve();
      }),
  };
}
