import pg from 'pg';
import type { Logger } from '../logger.ts';
import { shownDatabaseUrl, withoutPassword } from './databaseUrl.ts';
import type { SqlDatabase, SqlRunner, SqlValue } from './sqlDatabase.ts';

/** Connections this process keeps open: votes are short transactions, a few at a time is plenty. */
const POOL_SIZE = 4;
/** A statement (a lock wait included) or a connection attempt taking longer fails: a vote is answered, not left hanging. */
const TIMEOUT_MS = 10_000;
/** The key of the advisory lock that exclusive transactions (migrations, imports) hold: any fixed number, the same in every process. */
const EXCLUSIVE_LOCK_KEY = 7_305_311;

/** DATABASE_URL's server could not be reached or refused the login. The message names the URL without its password. */
export class DatabaseUnreachableError extends Error {}

/**
 * Connects to PostgreSQL at `url` (checked once now, so a wrong URL or a server that is down stops start-up
 * with one clear line) and keeps a small pool. Transactions are READ COMMITTED; the store takes the row locks
 * its read-then-write needs. Exclusive transactions also hold one transaction-scoped advisory lock, so two
 * processes starting at once apply each migration once. No error leaves here with the URL's password in it.
 */
export async function openPostgresDatabase(url: string, log: Logger): Promise<SqlDatabase> {
  const location = shownDatabaseUrl(url);
  const clean = (error: unknown) => withoutPassword(error, url);
  const pool = new pg.Pool({
    connectionString: url,
    max: POOL_SIZE,
    connectionTimeoutMillis: TIMEOUT_MS,
    statement_timeout: TIMEOUT_MS,
  });
  // An idle connection the server drops (a restart) must not crash the process: the pool opens another.
  pool.on('error', (error) =>
    log.warn(
      `Database ${location}: an idle connection was closed (${describe(clean(error))}); a new one is opened when needed.`,
    ),
  );
  try {
    (await pool.connect()).release();
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw new DatabaseUnreachableError(
      `Could not connect to the database at ${location} (${describe(clean(error))}): check DATABASE_URL and that the server is running.`,
    );
  }

  const runnerOf = (client: pg.PoolClient | pg.Pool): SqlRunner => ({
    async query<Row extends object>(sql: string, params: readonly SqlValue[] = []) {
      try {
        return (await client.query(sql, [...params])).rows as Row[];
      } catch (error) {
        throw clean(error);
      }
    },
  });
  const transaction = async <T>(work: (tx: SqlRunner) => Promise<T>, exclusive: boolean): Promise<T> => {
    const client = await pool.connect().catch((error: unknown) => {
      throw clean(error);
    });
    const tx = runnerOf(client);
    let broken: Error | undefined;
    try {
      await tx.query('BEGIN');
      if (exclusive) await tx.query('SELECT pg_advisory_xact_lock($1)', [EXCLUSIVE_LOCK_KEY]);
      const result = await work(tx);
      await tx.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch((rollbackError: unknown) => {
        // The connection is unusable: the pool closes it instead of handing it out again.
        broken = rollbackError instanceof Error ? rollbackError : new Error(String(rollbackError));
      });
      throw error;
    } finally {
      client.release(broken);
    }
  };

  return {
    location,
    query: (sql, params) => runnerOf(pool).query(sql, params),
    transaction: (work) => transaction(work, false),
    exclusive: (work) => transaction(work, true),
    close: () => pool.end(),
  };
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  // A refused connection to a name with several addresses is an AggregateError with an empty message.
  return error.message || (error as NodeJS.ErrnoException).code || error.name;
}
