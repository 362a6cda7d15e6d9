import type { Logger } from '../logger.ts';
import {
  answerIdOf,
  refusalKeyOf,
  VoteNotSavedError,
  type AnswerRecord,
  type FeedbackData,
  type FeedbackStore,
  type Vote,
} from './feedbackStore.ts';
import {
  answerValues,
  COUNT_REFUSAL,
  COUNT_VOTES,
  DELETE_VOTE,
  LOCK_OR_INSERT_ANSWER,
  SELECT_ANSWER_PASSAGES,
  SELECT_ANSWERS,
  SELECT_REFUSALS,
  SELECT_VOTE,
  SELECT_VOTES,
  UPDATE_ANSWER_PASSAGES,
  UPSERT_VOTE,
} from './feedbackSql.ts';
import { importFeedbackFile } from './importFeedbackFile.ts';
import { migrate } from './migrations.ts';
import type { SqlDatabase, SqlRunner } from './sqlDatabase.ts';

interface AnswerRow {
  id: string;
  question: string;
  outlet: string | null;
  context: string | null;
  passage_ids: string;
  shown_at: string;
}

interface VoteRow {
  answer_id: string;
  user_id: string;
  vote: Vote;
  voted_at: string;
}

interface RefusalRow {
  question_key: string;
  question: string;
  reason: string;
  asked: number;
  first_asked_at: string;
  last_asked_at: string;
}

/**
 * The feedback store over a database (SQLite or PostgreSQL): brings its schema up to date, imports an old
 * feedback.json from `dataDir`, then reads and writes every change straight through, so several processes
 * on one database see and count each other's votes. Nothing is cached: the database is the only state.
 */
export async function createSqlFeedbackStore(
  db: SqlDatabase,
  dataDir: string,
  log: Logger,
  now: () => Date,
): Promise<FeedbackStore> {
  try {
    await migrate(db, log, now);
    await importFeedbackFile(db, dataDir, log, now);
  } catch (error) {
    await db.close().catch(() => undefined);
    throw error;
  }

  // Answers and refusals are saved without the caller waiting, one after another in the order they came
  // (the latest reason for a refusal is the last one given); flush() and votes wait for them.
  const pending = new Set<Promise<void>>();
  let last: Promise<void> = Promise.resolve();
  let failure: unknown = null;
  const inBackground = (what: string, work: (tx: SqlRunner) => Promise<unknown>) => {
    const write: Promise<void> = last
      .then(() => db.transaction(work))
      .then(
        () => undefined,
        (error: unknown) => {
          failure ??= error;
          log.error(`Could not save ${what} to ${db.location}`, error);
        },
      )
      .finally(() => pending.delete(write));
    pending.add(write);
    last = write;
  };
  const settled = async () => {
    while (pending.size > 0) await Promise.all([...pending]);
  };

  return {
    location: db.location,
    recordAnswer(answer) {
      const id = answerIdOf(answer);
      const at = now().toISOString();
      inBackground('an answer shown', async (tx) => {
        // Each page adds the passages it showed to the answer's: the first showing's time is kept.
        await tx.query(LOCK_OR_INSERT_ANSWER, answerValues(id, answer, at));
        const [row] = await tx.query<{ passage_ids: string }>(SELECT_ANSWER_PASSAGES, [id]);
        const known = passageIdsIn(row?.passage_ids ?? '[]');
        const gathered = [...new Set([...known, ...answer.passageIds])];
        if (gathered.length > known.length) await tx.query(UPDATE_ANSWER_PASSAGES, [id, JSON.stringify(gathered)]);
      });
      return id;
    },
    async vote(answerId, userId, vote, shown) {
      // An answer this process showed is saved before a vote on it, so the vote finds it with its passages.
      await Promise.all([...pending]);
      const at = now().toISOString();
      try {
        return await db.transaction(async (tx) => {
          // Unknown (shown just before a crash): kept under its id with what the message still tells, rather than lost.
          await tx.query(LOCK_OR_INSERT_ANSWER, [
            answerId,
            shown?.question ?? '',
            shown?.outlet ?? null,
            shown?.context ?? null,
            JSON.stringify(shown?.passageIds ?? []),
            at,
          ]);
          const [before] = await tx.query<Pick<VoteRow, 'vote'>>(SELECT_VOTE, [answerId, userId]);
          const previous = before?.vote ?? null;
          if (previous === vote) {
            await tx.query(DELETE_VOTE, [answerId, userId]);
            return { vote: null, previous };
          }
          await tx.query(UPSERT_VOTE, [answerId, userId, vote, at]);
          return { vote, previous };
        });
      } catch (error) {
        log.error(`Could not save a vote on answer ${answerId} to ${db.location}`, error);
        throw new VoteNotSavedError(`The vote on answer ${answerId} could not be saved, so it was not counted`, {
          cause: error,
        });
      }
    },
    recordRefusal(question, reason) {
      const key = refusalKeyOf(question);
      if (!key) return;
      const at = now().toISOString();
      inBackground('an unanswered question', (tx) => tx.query(COUNT_REFUSAL, [key, question, reason, at]));
    },
    async tally(answerId) {
      const counts = { up: 0, down: 0 };
      for (const row of await db.query<{ vote: Vote; n: number | string }>(COUNT_VOTES, [answerId]))
        if (row.vote === 'up' || row.vote === 'down') counts[row.vote] = Number(row.n);
      return counts;
    },
    async snapshot() {
      const data: FeedbackData = { answers: new Map(), refusals: new Map() };
      for (const row of await db.query<AnswerRow>(SELECT_ANSWERS)) {
        data.answers.set(row.id, {
          question: row.question,
          outlet: row.outlet,
          context: row.context,
          passageIds: passageIdsIn(row.passage_ids),
          shown: row.shown_at,
          votes: new Map(),
        });
      }
      // Read after the answers: a vote on an answer newer than that read waits for the next snapshot.
      const answers: Map<string, AnswerRecord> = data.answers;
      for (const row of await db.query<VoteRow>(SELECT_VOTES))
        answers.get(row.answer_id)?.votes.set(row.user_id, { vote: row.vote, at: row.voted_at });
      for (const row of await db.query<RefusalRow>(SELECT_REFUSALS)) {
        data.refusals.set(row.question_key, {
          question: row.question,
          reason: row.reason,
          count: Number(row.asked),
          first: row.first_asked_at,
          last: row.last_asked_at,
        });
      }
      return data;
    },
    async flush() {
      await settled();
      const error = failure;
      failure = null;
      if (error) throw error instanceof Error ? error : new Error('Saving to the database failed', { cause: error });
    },
    async close() {
      await settled();
      await db.close();
    },
  };
}

function passageIdsIn(json: string): string[] {
  try {
    const parsed: unknown = JSON.parse(json);
    return Array.isArray(parsed) ? parsed.filter((id): id is string => typeof id === 'string') : [];
  } catch {
    return [];
  }
}
