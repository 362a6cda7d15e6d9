import type { Logger } from '../logger.ts';
import type { SqlDatabase } from './sqlDatabase.ts';

/**
 * The database's schema, as numbered steps. Each is applied once, in its own transaction, and recorded in
 * schema_migrations; a step, once released, is never edited: a change is a new step. The SQL is the same on
 * SQLite and PostgreSQL (TEXT, INTEGER, CHECK and foreign keys mean the same on both).
 *
 * Times are ISO 8601 text (`2024-01-02T03:04:05.000Z`): they sort as text, read back exactly as written, and
 * keep the empty time of an entry imported from a feedback.json that had none.
 */
export interface Migration {
  version: number;
  name: string;
  statements: readonly string[];
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'answers shown, votes on them, questions not answered, feedback.json imports',
    statements: [
      `CREATE TABLE answers (
        id TEXT PRIMARY KEY,
        question TEXT NOT NULL,
        outlet TEXT,
        context TEXT,
        passage_ids TEXT NOT NULL,
        shown_at TEXT NOT NULL
      )`,
      `CREATE TABLE votes (
        answer_id TEXT NOT NULL REFERENCES answers (id),
        user_id TEXT NOT NULL,
        vote TEXT NOT NULL CHECK (vote IN ('up', 'down')),
        voted_at TEXT NOT NULL,
        PRIMARY KEY (answer_id, user_id)
      )`,
      `CREATE TABLE refusals (
        question_key TEXT PRIMARY KEY,
        question TEXT NOT NULL,
        reason TEXT NOT NULL,
        asked INTEGER NOT NULL CHECK (asked > 0),
        first_asked_at TEXT NOT NULL,
        last_asked_at TEXT NOT NULL
      )`,
      `CREATE TABLE imported_files (
        sha256 TEXT PRIMARY KEY,
        file TEXT NOT NULL,
        imported_at TEXT NOT NULL
      )`,
    ],
  },
];

const MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS schema_migrations (
  version INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  applied_at TEXT NOT NULL
)`;

/** A database written by a newer coverage-bot: its schema cannot be trusted to be this version's. */
export class SchemaTooNewError extends Error {}

/**
 * Applies the steps the database has not had yet, oldest first. Each runs under the database's exclusive
 * lock and checks schema_migrations again inside it, so two processes starting at once apply a step once.
 */
export async function migrate(
  db: SqlDatabase,
  log: Logger,
  now: () => Date,
  migrations: readonly Migration[] = MIGRATIONS,
): Promise<void> {
  const latest = Math.max(0, ...migrations.map((migration) => migration.version));
  for (const migration of migrations) {
    const applied = await db.exclusive(async (tx) => {
      await tx.query(MIGRATIONS_TABLE);
      const versions = (await tx.query<{ version: number }>('SELECT version FROM schema_migrations')).map((row) =>
        Number(row.version),
      );
      const newest = Math.max(0, ...versions);
      if (newest > latest)
        throw new SchemaTooNewError(
          `The database at ${db.location} has schema version ${newest}, newer than this coverage-bot's ${latest}: update coverage-bot.`,
        );
      if (versions.includes(migration.version)) return false;
      for (const statement of migration.statements) await tx.query(statement);
      await tx.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)', [
        migration.version,
        migration.name,
        now().toISOString(),
      ]);
      return true;
    });
    if (applied) log.info(`Database ${db.location}: applied schema step ${migration.version} (${migration.name}).`);
  }
}
