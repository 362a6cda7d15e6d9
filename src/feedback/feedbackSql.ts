import type { SqlValue } from './sqlDatabase.ts';

/**
 * The store's statements, the same text on SQLite and PostgreSQL (see sqlDatabase.ts). Keys and values that
 * users send are always bound parameters, never part of the SQL.
 */

/** $1 id, $2 question, $3 outlet, $4 context, $5 passage ids as a JSON array, $6 time shown. */
const ANSWER_VALUES =
  'INSERT INTO answers (id, question, outlet, context, passage_ids, shown_at) VALUES ($1, $2, $3, $4, $5, $6)';

/** The parameters of ANSWER_VALUES, in its order. */
export function answerValues(
  id: string,
  answer: { question: string; outlet: string | null; context: string | null; passageIds: readonly string[] },
  shownAt: string,
): SqlValue[] {
  return [id, answer.question, answer.outlet, answer.context, JSON.stringify(answer.passageIds), shownAt];
}

/** An answer shown: the first showing is kept. */
export const INSERT_ANSWER_IF_NEW = `${ANSWER_VALUES} ON CONFLICT (id) DO NOTHING`;

/**
 * Before a vote: the answer is inserted if the store never saw it; if it exists, the update changes nothing
 * but, in PostgreSQL, locks its row until the vote commits, so votes on one answer take turns and each reads
 * the vote it changes as the one before it left it. (In SQLite, BEGIN IMMEDIATE already locks the file.)
 */
export const LOCK_OR_INSERT_ANSWER = `${ANSWER_VALUES} ON CONFLICT (id) DO UPDATE SET shown_at = answers.shown_at`;

/** $1 answer id; $2 its passage ids as a JSON array. */
export const SELECT_ANSWER_PASSAGES = 'SELECT passage_ids FROM answers WHERE id = $1';
export const UPDATE_ANSWER_PASSAGES = 'UPDATE answers SET passage_ids = $2 WHERE id = $1';

/** $1 answer id: its votes counted by kind. */
export const COUNT_VOTES = 'SELECT vote, COUNT(*) AS n FROM votes WHERE answer_id = $1 GROUP BY vote';

/** $1 answer id, $2 user id. */
export const SELECT_VOTE = 'SELECT vote FROM votes WHERE answer_id = $1 AND user_id = $2';
export const DELETE_VOTE = 'DELETE FROM votes WHERE answer_id = $1 AND user_id = $2';

/** $1 answer id, $2 user id, $3 vote, $4 time. */
const VOTE_VALUES = 'INSERT INTO votes (answer_id, user_id, vote, voted_at) VALUES ($1, $2, $3, $4)';
export const UPSERT_VOTE = `${VOTE_VALUES} ON CONFLICT (answer_id, user_id) DO UPDATE SET vote = excluded.vote, voted_at = excluded.voted_at`;
/** Importing: a vote already in the database is newer than the file's. */
export const INSERT_VOTE_IF_NEW = `${VOTE_VALUES} ON CONFLICT (answer_id, user_id) DO NOTHING`;

/** $1 key, $2 question, $3 reason, $4 time: counted once more, with the latest reason. */
export const COUNT_REFUSAL = `INSERT INTO refusals (question_key, question, reason, asked, first_asked_at, last_asked_at) VALUES ($1, $2, $3, 1, $4, $4)
  ON CONFLICT (question_key) DO UPDATE SET asked = refusals.asked + 1, reason = excluded.reason, last_asked_at = excluded.last_asked_at`;

/**
 * Importing, $1 key, $2 question, $3 reason, $4 count, $5 first, $6 last: counts add up, the earlier first
 * time and the later last time (with its reason) are kept. An empty time (an old file had none) is unknown,
 * not early.
 */
export const MERGE_REFUSAL = `INSERT INTO refusals (question_key, question, reason, asked, first_asked_at, last_asked_at) VALUES ($1, $2, $3, $4, $5, $6)
  ON CONFLICT (question_key) DO UPDATE SET
    asked = refusals.asked + excluded.asked,
    first_asked_at = CASE WHEN refusals.first_asked_at = '' OR (excluded.first_asked_at <> '' AND excluded.first_asked_at < refusals.first_asked_at) THEN excluded.first_asked_at ELSE refusals.first_asked_at END,
    reason = CASE WHEN excluded.last_asked_at > refusals.last_asked_at THEN excluded.reason ELSE refusals.reason END,
    last_asked_at = CASE WHEN excluded.last_asked_at > refusals.last_asked_at THEN excluded.last_asked_at ELSE refusals.last_asked_at END`;

export const SELECT_ANSWERS =
  'SELECT id, question, outlet, context, passage_ids, shown_at FROM answers ORDER BY shown_at, id';
export const SELECT_VOTES =
  'SELECT answer_id, user_id, vote, voted_at FROM votes ORDER BY voted_at, answer_id, user_id';
export const SELECT_REFUSALS =
  'SELECT question_key, question, reason, asked, first_asked_at, last_asked_at FROM refusals ORDER BY first_asked_at, question_key';

/** $1 sha256 of the file. */
export const SELECT_IMPORTED_FILE = 'SELECT sha256 FROM imported_files WHERE sha256 = $1';
/** $1 sha256, $2 path, $3 time. */
export const INSERT_IMPORTED_FILE = 'INSERT INTO imported_files (sha256, file, imported_at) VALUES ($1, $2, $3)';
