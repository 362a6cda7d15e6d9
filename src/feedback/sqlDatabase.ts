/**
 * What the feedback store needs from a database, met by SQLite (sqliteDatabase.ts) and PostgreSQL
 * (postgresDatabase.ts). Statements are written once, for both: parameters are `$1`, `$2`… (PostgreSQL's
 * own syntax; better-sqlite3 binds them as named parameters "1", "2"…), and only SQL the two share is used.
 */

export type SqlValue = string | number | null;

export interface SqlRunner {
  /** The rows a statement returns (none for a write without RETURNING). */
  query<Row extends object = Record<string, unknown>>(sql: string, params?: readonly SqlValue[]): Promise<Row[]>;
}

export interface SqlDatabase extends SqlRunner {
  /** Where the data lives, safe to log: a file path, or the URL without its password. */
  readonly location: string;
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: SqlRunner) => Promise<T>): Promise<T>;
  /** A transaction that no other process's exclusive transaction on the database runs beside: for migrations and imports. */
  exclusive<T>(work: (tx: SqlRunner) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
