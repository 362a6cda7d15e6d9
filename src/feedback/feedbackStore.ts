import { createHash } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Logger } from '../logger.ts';

/**
 * What people thought of the answers, kept so that it survives restarts and is shared by every bot process:
 * every answer that was shown (its question and the passage ids on it) with each user's 👍 or 👎, and the
 * questions the coverage could not answer. In a database: an SQLite file in DATA_DIR by default, PostgreSQL
 * when DATABASE_URL is set (sqlFeedbackStore.ts holds the one implementation over both).
 *
 * Everything keyed by what users send (questions, user ids, answer ids from buttons) is a Map in memory and
 * a bound parameter in SQL: a question of `__proto__` is one more question, never a property name.
 */

export type Vote = 'up' | 'down';

/** An answer as shown: the same question, outlet, context and passages make the same answer (and id). */
export interface ShownAnswer {
  question: string;
  outlet: string | null;
  /** The thread's question, for a follow-up. */
  context: string | null;
  passageIds: readonly string[];
}

export interface VoteEntry {
  vote: Vote;
  /** ISO time of the click. */
  at: string;
}

export interface AnswerRecord extends ShownAnswer {
  passageIds: string[];
  /** ISO time it was first shown. */
  shown: string;
  /** Each user's current vote, by user id. */
  votes: Map<string, VoteEntry>;
}

export interface RefusalRecord {
  question: string;
  reason: string;
  count: number;
  first: string;
  last: string;
}

export interface FeedbackData {
  /** By answer id. */
  answers: Map<string, AnswerRecord>;
  /** By the question folded to lower case and single spaces (refusalKeyOf). */
  refusals: Map<string, RefusalRecord>;
}

export interface VoteResult {
  /** The user's vote now: null when the click took it back. */
  vote: Vote | null;
  previous: Vote | null;
}

export interface FeedbackStore {
  /** Where the data lives, safe to log: the SQLite file, or the PostgreSQL URL without its password. */
  readonly location: string;
  /** Remembers an answer that is being shown and returns its id (for the vote buttons). Saved in the background. */
  recordAnswer(answer: ShownAnswer): string;
  /**
   * A click on 👍 or 👎: a first click votes, the other button changes the vote, the same button again takes
   * it back. `shown` describes an answer the store does not know (shown just before a crash, so never saved).
   * One transaction, so clicks from several processes at once are each counted. Resolves once the vote is
   * committed; rejects with VoteNotSavedError, the vote as it was before the click, when it could not be.
   */
  vote(answerId: string, userId: string, vote: Vote, shown?: ShownAnswer): Promise<VoteResult>;
  /** Counts a question the coverage did not answer. Saved in the background. */
  recordRefusal(question: string, reason: string): void;
  /** Everything stored, read now. */
  snapshot(): Promise<FeedbackData>;
  /** How many users find an answer helpful and how many not, as it stands now. */
  tally(answerId: string): Promise<Record<Vote, number>>;
  /** Resolves when every change so far is saved (rejects if a background save failed since the last flush). */
  flush(): Promise<void>;
  /** Flushes, then closes the database. */
  close(): Promise<void>;
}

/** Where the store keeps its data: DATA_DIR always (a feedback.json there is imported), and PostgreSQL when a URL is given. */
export interface FeedbackStoreLocation {
  dataDir: string;
  databaseUrl?: string | null;
}

export interface FeedbackStoreOptions {
  /** The clock for the times stored. Default: the system's. */
  now?: () => Date;
}

/** The id of an answer: short, stable across restarts, and a valid custom_id part. */
export function answerIdOf(answer: Omit<ShownAnswer, 'passageIds'>): string {
  // The answer, not the page: every page of it carries the same votes (its passages are gathered as pages are shown).
  const hash = createHash('sha256');
  hash.update(['answer v2', answer.question, answer.outlet ?? '', answer.context ?? ''].join('\u0000'));
  return hash.digest('hex').slice(0, 16);
}

export const ANSWER_ID = /^[0-9a-f]{16}$/;

/** The key a refused question is counted under: asked again in other case or spacing, it is the same question. */
export function refusalKeyOf(question: string): string {
  return question.toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * The vote was not saved (the database refused the write or could not be reached), so it was not counted
 * either: the stored vote is the one before the click. `cause` is the database's error.
 */
export class VoteNotSavedError extends Error {}

/**
 * Opens the store: PostgreSQL when `databaseUrl` is set, else the SQLite file in `dataDir` (created if
 * missing). Migrations are applied, and a feedback.json in `dataDir` is imported once and renamed.
 */
export async function openFeedbackStore(
  where: FeedbackStoreLocation,
  log: Logger,
  options: FeedbackStoreOptions = {},
): Promise<FeedbackStore> {
  const now = options.now ?? (() => new Date());
  await mkdir(where.dataDir, { recursive: true });
  // Imported here: a bot on one database never loads the other's driver (better-sqlite3 is a native module).
  const { createSqlFeedbackStore } = await import('./sqlFeedbackStore.ts');
  if (where.databaseUrl) {
    const { openPostgresDatabase } = await import('./postgresDatabase.ts');
    return createSqlFeedbackStore(await openPostgresDatabase(where.databaseUrl, log), where.dataDir, log, now);
  }
  const { openSqliteDatabase, SQLITE_FILE } = await import('./sqliteDatabase.ts');
  return createSqlFeedbackStore(openSqliteDatabase(join(where.dataDir, SQLITE_FILE)), where.dataDir, log, now);
}
