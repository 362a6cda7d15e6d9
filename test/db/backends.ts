// The two databases the feedback store runs on, for tests that run the same suite against each: a fresh
// store location per test (a temporary DATA_DIR, and for PostgreSQL a new database on a real server started
// for the test file), and a second connection from outside the store to look at or break the database.

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, afterEach } from 'vitest';
import type { FeedbackStoreLocation } from '../../src/feedback/feedbackStore.ts';
import { SQLITE_FILE } from '../../src/feedback/sqliteDatabase.ts';
import { startPostgresServer, type PostgresServer } from './postgresServer.ts';

export interface Backend {
  name: 'SQLite' | 'PostgreSQL';
  /** A new DATA_DIR, and for PostgreSQL a new database: nothing stored yet. */
  fresh(): Promise<FeedbackStoreLocation>;
  /** Runs statements on the store's database over a connection of its own. */
  sql(where: FeedbackStoreLocation, statements: string): Promise<Record<string, unknown>[]>;
  /** From now on the database refuses every change to votes (as a full disk would), until acceptVotes. */
  refuseVotes(where: FeedbackStoreLocation): Promise<void>;
  acceptVotes(where: FeedbackStoreLocation): Promise<void>;
}

const REFUSAL = 'could not write: no space left on device';

/** Both backends; registers the clean-up of their folders and the server with the test file. */
export function useBackends(): Backend[] {
  const dirs: string[] = [];
  let server: Promise<PostgresServer> | null = null;
  afterEach(async () => {
    for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 50 });
  });
  afterAll(async () => {
    await (await server?.catch(() => null))?.stop();
  }, 30_000);
  const dataDir = async () => {
    const dir = await mkdtemp(join(tmpdir(), 'coverage-bot-store-'));
    dirs.push(dir);
    return dir;
  };

  const sqlite: Backend = {
    name: 'SQLite',
    fresh: async () => ({ dataDir: await dataDir() }),
    async sql(where, statements) {
      const db = new Database(join(where.dataDir, SQLITE_FILE));
      try {
        const trimmed = statements.trim();
        if (/^select\b/i.test(trimmed)) return db.prepare(trimmed).all() as Record<string, unknown>[];
        db.exec(trimmed);
        return [];
      } finally {
        db.close();
      }
    },
    refuseVotes: (where) =>
      sqlite
        .sql(
          where,
          ['INSERT', 'UPDATE', 'DELETE']
            .map(
              (event) =>
                `CREATE TRIGGER refuse_${event.toLowerCase()} BEFORE ${event} ON votes BEGIN SELECT RAISE(ABORT, '${REFUSAL}'); END;`,
            )
            .join('\n'),
        )
        .then(() => undefined),
    acceptVotes: (where) =>
      sqlite
        .sql(where, ['insert', 'update', 'delete'].map((event) => `DROP TRIGGER refuse_${event};`).join('\n'))
        .then(() => undefined),
  };

  const postgres: Backend = {
    name: 'PostgreSQL',
    async fresh() {
      server ??= startPostgresServer();
      return { dataDir: await dataDir(), databaseUrl: await (await server).createDatabase() };
    },
    async sql(where, statements) {
      const client = new pg.Client({ connectionString: where.databaseUrl ?? '' });
      await client.connect();
      try {
        const result = await client.query(statements);
        return Array.isArray(result) ? [] : (result.rows as Record<string, unknown>[]);
      } finally {
        await client.end();
      }
    },
    refuseVotes: (where) =>
      postgres
        .sql(
          where,
          `CREATE FUNCTION refuse_vote() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION '${REFUSAL}'; END $$;
           CREATE TRIGGER refuse_vote BEFORE INSERT OR UPDATE OR DELETE ON votes FOR EACH ROW EXECUTE FUNCTION refuse_vote();`,
        )
        .then(() => undefined),
    acceptVotes: (where) =>
      postgres.sql(where, 'DROP TRIGGER refuse_vote ON votes; DROP FUNCTION refuse_vote();').then(() => undefined),
  };

  return [sqlite, postgres];
}

/** The server's password, for tests that check it never shows (null before the first PostgreSQL store). */
export function passwordOf(where: FeedbackStoreLocation): string | null {
  return where.databaseUrl ? decodeURIComponent(new URL(where.databaseUrl).password) : null;
}
