import { createHash } from 'node:crypto';
import { readFile, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { removeLeftoverTemps } from '../atomicFile.ts';
import type { Logger } from '../logger.ts';
import type { AnswerRecord, FeedbackData } from './feedbackStore.ts';

/**
 * DATA_DIR/feedback.json: where votes and refusals were kept before the database. It is read once, to be
 * imported (see importFeedbackFile.ts), then renamed to feedback.json.imported and never read again.
 *
 * Reading copies every keyed collection into a Map and only the known fields of each entry, so a key such
 * as `__proto__` in the file is data, never a way to set a prototype.
 */
export const FEEDBACK_FILE = 'feedback.json';
export const IMPORTED_SUFFIX = '.imported';
const FORMAT = 1;

export interface FeedbackFile {
  path: string;
  data: FeedbackData;
  /** sha256 of the file's bytes: the same file is never imported twice, even if renaming it failed. */
  digest: string;
}

/**
 * The feedback file in `dataDir`, or null when there is none. A file that is not feedback data (damaged or
 * edited by hand) is moved aside under another name for a person to look at, logged, and null is returned.
 */
export async function readFeedbackFile(dataDir: string, log: Logger, now: () => Date): Promise<FeedbackFile | null> {
  const path = join(dataDir, FEEDBACK_FILE);
  const leftovers = await removeLeftoverTemps(path);
  if (leftovers.length > 0)
    log.warn(`Removed ${leftovers.length} unfinished write(s) of ${path} left by an earlier crash.`);
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  const data = parseFeedbackFile(bytes.toString('utf8'));
  if (data) return { path, data, digest: createHash('sha256').update(bytes).digest('hex') };
  const aside = `${path}.unreadable-${now().toISOString().replace(/[:.]/g, '-')}`;
  await renameUnlessGone(path, aside);
  log.error(`${path} is not readable feedback data; moved it to ${aside} and did not import it.`);
  return null;
}

/**
 * Renames the imported file so that it is not read again; returns its new name. Another process opening the
 * same DATA_DIR may have renamed it first: then there is nothing left to do.
 */
export async function setImportedFileAside(path: string, now: () => Date): Promise<string> {
  const aside = `${path}${IMPORTED_SUFFIX}`;
  const taken = await readFile(aside).then(
    () => true,
    () => false,
  );
  // An earlier import's file is kept too: a second feedback.json (restored from a backup) gets its own name.
  const target = taken ? `${aside}-${now().toISOString().replace(/[:.]/g, '-')}` : aside;
  await renameUnlessGone(path, target);
  return target;
}

async function renameUnlessGone(from: string, to: string): Promise<void> {
  try {
    await rename(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}

/** The file's data with malformed entries left out; null when the text is not feedback data at all. */
export function parseFeedbackFile(text: string): FeedbackData | null {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isObject(raw) || raw.format !== FORMAT || !isObject(raw.answers) || !isObject(raw.refusals)) return null;
  const data: FeedbackData = { answers: new Map(), refusals: new Map() };
  for (const [id, value] of Object.entries(raw.answers)) {
    if (
      !isObject(value) ||
      typeof value.question !== 'string' ||
      !Array.isArray(value.passageIds) ||
      !isObject(value.votes)
    )
      continue;
    const votes: AnswerRecord['votes'] = new Map();
    for (const [user, entry] of Object.entries(value.votes)) {
      if (isObject(entry) && (entry.vote === 'up' || entry.vote === 'down') && typeof entry.at === 'string')
        votes.set(user, { vote: entry.vote, at: entry.at });
    }
    data.answers.set(id, {
      question: value.question,
      outlet: typeof value.outlet === 'string' ? value.outlet : null,
      context: typeof value.context === 'string' ? value.context : null,
      passageIds: value.passageIds.filter((passage): passage is string => typeof passage === 'string'),
      shown: typeof value.shown === 'string' ? value.shown : '',
      votes,
    });
  }
  for (const [key, value] of Object.entries(raw.refusals)) {
    if (
      !isObject(value) ||
      typeof value.question !== 'string' ||
      !Number.isSafeInteger(value.count) ||
      (value.count as number) < 1
    )
      continue;
    data.refusals.set(key, {
      question: value.question,
      reason: typeof value.reason === 'string' ? value.reason : '',
      count: value.count as number,
      first: typeof value.first === 'string' ? value.first : '',
      last: typeof value.last === 'string' ? value.last : '',
    });
  }
  return data;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
