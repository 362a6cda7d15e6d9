import type { Logger } from '../logger.ts';
import { readFeedbackFile, setImportedFileAside } from './feedbackFile.ts';
import { refusalKeyOf } from './feedbackStore.ts';
import {
  answerValues,
  INSERT_ANSWER_IF_NEW,
  INSERT_IMPORTED_FILE,
  INSERT_VOTE_IF_NEW,
  MERGE_REFUSAL,
  SELECT_IMPORTED_FILE,
} from './feedbackSql.ts';
import type { SqlDatabase } from './sqlDatabase.ts';

/**
 * Moves DATA_DIR/feedback.json (the store before the database) into the database, once: in one exclusive
 * transaction that also records the file's sha256, so a second process, or a restart after a crash before
 * the rename, never imports it twice. What the database already holds wins (its votes are newer); refusal
 * counts add up. The file is then renamed to feedback.json.imported and never read again.
 */
export async function importFeedbackFile(
  db: SqlDatabase,
  dataDir: string,
  log: Logger,
  now: () => Date,
): Promise<void> {
  const file = await readFeedbackFile(dataDir, log, now);
  if (!file) return;
  const { answers, refusals } = file.data;
  const imported = await db.exclusive(async (tx) => {
    if ((await tx.query(SELECT_IMPORTED_FILE, [file.digest])).length > 0) return false;
    for (const [id, answer] of answers) {
      await tx.query(INSERT_ANSWER_IF_NEW, answerValues(id, answer, answer.shown));
      for (const [userId, entry] of answer.votes)
        await tx.query(INSERT_VOTE_IF_NEW, [id, userId, entry.vote, entry.at]);
    }
    for (const refusal of refusals.values()) {
      const key = refusalKeyOf(refusal.question);
      if (key)
        await tx.query(MERGE_REFUSAL, [
          key,
          refusal.question,
          refusal.reason,
          refusal.count,
          refusal.first,
          refusal.last,
        ]);
    }
    await tx.query(INSERT_IMPORTED_FILE, [file.digest, file.path, now().toISOString()]);
    return true;
  });
  const aside = await setImportedFileAside(file.path, now);
  if (!imported) {
    log.warn(
      `${file.path} was imported into ${db.location} before; renamed it to ${aside} without importing it again.`,
    );
    return;
  }
  const votes = [...answers.values()].reduce((sum, answer) => sum + answer.votes.size, 0);
  log.info(
    `Imported ${file.path} into ${db.location}: ${answers.size} answer(s), ${votes} vote(s), ${refusals.size} unanswered question(s). The file is now ${aside} and is not read again.`,
  );
}
