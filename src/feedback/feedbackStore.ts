import { createHash } from 'node:crypto';
import { mkdir, readFile, rename } from 'node:fs/promises';
import { join } from 'node:path';
import type { Logger } from '../logger.ts';
import { removeLeftoverTemps, writeFileAtomic } from '../atomicFile.ts';

/**
 * What people thought of the answers, kept under DATA_DIR so it survives restarts: every answer that was
 * shown (its question and the passage ids on it) with each user's 👍 or 👎, and the questions the coverage
 * could not answer. One JSON file, rewritten atomically (see src/atomicFile.ts) after each change.
 *
 * Everything keyed by what users send (questions, user ids, answer ids from buttons) is a Map: a question of
 * `__proto__` is then one more question, not a way to write onto Object.prototype. The file keeps plain JSON
 * objects; reading copies their entries into Maps, so no key in it can set a prototype either.
 */

export const FEEDBACK_FILE = 'feedback.json';
const FORMAT = 1;

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
  format: typeof FORMAT;
  /** By answer id. */
  answers: Map<string, AnswerRecord>;
  /** By the question folded to lower case and single spaces. */
  refusals: Map<string, RefusalRecord>;
}

export interface VoteResult {
  /** The user's vote now: null when the click took it back. */
  vote: Vote | null;
  previous: Vote | null;
}

export interface FeedbackStore {
  /** Where the data lives. */
  readonly path: string;
  /** Remembers an answer that is being shown and returns its id (for the vote buttons). Saved in the background. */
  recordAnswer(answer: ShownAnswer): string;
  /**
   * A click on 👍 or 👎: a first click votes, the other button changes the vote, the same button again takes
   * it back. `shown` describes an answer the store does not know (shown just before a crash, so never saved).
   * Resolves once the vote is on disk; rejects with VoteNotSavedError, the vote as it was before the click,
   * when it could not be saved.
   */
  vote(answerId: string, userId: string, vote: Vote, shown?: ShownAnswer): Promise<VoteResult>;
  /** Counts a question the coverage did not answer. Saved in the background. */
  recordRefusal(question: string, reason: string): void;
  /** A copy of everything stored. */
  snapshot(): FeedbackData;
  /** Resolves when every change so far is on disk (rejects if the last write failed). */
  flush(): Promise<void>;
}

/** The id of an answer: short, stable across restarts, and a valid custom_id part. */
export function answerIdOf(answer: ShownAnswer): string {
  const hash = createHash('sha256');
  hash.update([answer.question, answer.outlet ?? '', answer.context ?? '', answer.passageIds.join(',')].join('\u0000'));
  return hash.digest('hex').slice(0, 16);
}

export const ANSWER_ID = /^[0-9a-f]{16}$/;

/** Writes a file whole; writeFileAtomic unless a test injects a failing one. */
export type WriteFile = (path: string, data: string) => Promise<void>;

/**
 * The vote was not saved (the write failed: a full disk, a read-only folder), so it was not counted either: the
 * store holds the user's vote as it was before the click. `cause` is the write's error.
 */
export class VoteNotSavedError extends Error {}

/** A change not yet known to be on disk, and how to take it back if its write fails. */
interface PendingChange {
  /** The change count when it was made: a write of the data at count n saves every change up to n. */
  version: number;
  /** Whose vote on which answer it changed. */
  record: AnswerRecord;
  userId: string;
  /** The vote before and after the change (the entry objects; undefined for no vote). */
  before: VoteEntry | undefined;
  after: VoteEntry | undefined;
  settle(saved: boolean): void;
}

/**
 * Opens the store in `dataDir` (created if missing). Temporary files a crash left behind are removed; a data
 * file that cannot be read as feedback is kept aside under another name, logged, and the store starts empty.
 */
export async function openFeedbackStore(dataDir: string, log: Logger, now: () => Date = () => new Date(), write: WriteFile = writeFileAtomic): Promise<FeedbackStore> {
  await mkdir(dataDir, { recursive: true });
  const path = join(dataDir, FEEDBACK_FILE);
  const leftovers = await removeLeftoverTemps(path);
  if (leftovers.length > 0) log.warn(`Removed ${leftovers.length} unfinished write(s) of ${path} left by an earlier crash; the stored feedback is intact.`);
  const data = await readData(path, log, now);

  // Changes are counted; each write saves the data as it is when the write starts, so every change counted so
  // far. Votes wait for the write that holds them and learn whether it worked.
  let version = 0;
  const pending: PendingChange[] = [];
  let dirty = false;
  let writing: Promise<void> | null = null;
  let lastError: unknown = null;

  /**
   * Settles the votes a write held. When it failed they are taken back here, before the next write reads the
   * data (never later, or that write could save a vote its voter was told was not recorded), newest first so
   * that each restores the vote the one before it found.
   */
  const settle = (upTo: number, saved: boolean) => {
    const done = pending.filter((change) => change.version <= upTo);
    pending.splice(0, done.length);
    if (!saved) {
      for (const change of [...done].reverse()) {
        if (change.record.votes.get(change.userId) === change.after) {
          if (change.before) change.record.votes.set(change.userId, change.before);
          else change.record.votes.delete(change.userId);
        } else {
          // A later click (not in this write) replaced this vote: if that one fails too, it restores what was there before this one.
          const next = pending.find((later) => later.record === change.record && later.userId === change.userId && later.before === change.after);
          if (next) next.before = change.before;
        }
      }
    }
    for (const change of done) change.settle(saved);
  };

  const save = (): Promise<void> => {
    version += 1;
    dirty = true;
    writing ??= (async () => {
      try {
        while (dirty) {
          dirty = false;
          const upTo = version;
          try {
            await write(path, serializeData(data));
            lastError = null;
            settle(upTo, true);
          } catch (error) {
            lastError = error;
            log.error(`Could not save feedback to ${path}`, error);
            settle(upTo, false);
          }
        }
      } finally {
        writing = null;
      }
    })();
    return writing;
  };
  const flush = async () => {
    if (writing) await writing;
    if (lastError) throw lastError;
  };
  const background = () => void save();

  return {
    path,
    recordAnswer(answer) {
      const id = answerIdOf(answer);
      if (data.answers.has(id)) return id;
      data.answers.set(id, { question: answer.question, outlet: answer.outlet, context: answer.context, passageIds: [...answer.passageIds], shown: now().toISOString(), votes: new Map() });
      background();
      return id;
    },
    async vote(answerId, userId, vote, shown) {
      const at = now().toISOString();
      let record = data.answers.get(answerId);
      if (!record) {
        // Unknown (shown just before a crash): kept under its id with what the message still tells, rather than lost.
        record = { question: shown?.question ?? '', outlet: shown?.outlet ?? null, context: shown?.context ?? null, passageIds: [...(shown?.passageIds ?? [])], shown: at, votes: new Map() };
        data.answers.set(answerId, record);
      }
      const before = record.votes.get(userId);
      const previous = before?.vote ?? null;
      const after = previous === vote ? undefined : { vote, at };
      if (after) record.votes.set(userId, after);
      else record.votes.delete(userId);
      void save();
      const saved = new Promise<boolean>((resolve) => {
        pending.push({ version, record, userId, before, after, settle: resolve });
      });
      if (!(await saved)) throw new VoteNotSavedError(`The vote on answer ${answerId} could not be saved, so it was not counted`, { cause: lastError });
      return { vote: after ? vote : null, previous };
    },
    recordRefusal(question, reason) {
      const key = question.toLowerCase().replace(/\s+/g, ' ').trim();
      if (!key) return;
      const at = now().toISOString();
      const known = data.refusals.get(key);
      if (known) {
        known.count += 1;
        known.last = at;
        known.reason = reason;
      } else {
        data.refusals.set(key, { question, reason, count: 1, first: at, last: at });
      }
      background();
    },
    snapshot: () => structuredClone(data),
    flush,
  };
}

async function readData(path: string, log: Logger, now: () => Date): Promise<FeedbackData> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return emptyData();
    throw error;
  }
  const data = parseData(text);
  if (data) return data;
  // Atomic writes never leave a half-written file; this one was damaged or edited by hand. Keep it for a person to look at.
  const aside = `${path}.unreadable-${now().toISOString().replace(/[:.]/g, '-')}`;
  await rename(path, aside);
  log.error(`${path} is not readable feedback data; moved it to ${aside} and started with no feedback.`);
  return emptyData();
}

function emptyData(): FeedbackData {
  return { format: FORMAT, answers: new Map(), refusals: new Map() };
}

/**
 * The data as the file's JSON: each Map as an object. Object.fromEntries defines its keys as own properties,
 * so a `__proto__` key is written as data (and read back as data by parseData).
 */
export function serializeData(data: FeedbackData): string {
  const answers = Object.fromEntries([...data.answers].map(([id, record]) => [id, { ...record, votes: Object.fromEntries(record.votes) }]));
  return `${JSON.stringify({ format: data.format, answers, refusals: Object.fromEntries(data.refusals) })}\n`;
}

/**
 * The data in a file, with malformed entries left out; null when the file is not feedback data at all.
 * Only the known fields of each entry are copied, and every keyed collection goes into a Map.
 */
export function parseData(text: string): FeedbackData | null {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isObject(raw) || raw.format !== FORMAT || !isObject(raw.answers) || !isObject(raw.refusals)) return null;
  const data = emptyData();
  for (const [id, value] of Object.entries(raw.answers)) {
    if (!isObject(value) || typeof value.question !== 'string' || !Array.isArray(value.passageIds) || !isObject(value.votes)) continue;
    const votes: AnswerRecord['votes'] = new Map();
    for (const [user, entry] of Object.entries(value.votes)) {
      if (isObject(entry) && (entry.vote === 'up' || entry.vote === 'down') && typeof entry.at === 'string') votes.set(user, { vote: entry.vote, at: entry.at });
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
    if (!isObject(value) || typeof value.question !== 'string' || typeof value.count !== 'number') continue;
    data.refusals.set(key, {
      question: value.question,
      reason: typeof value.reason === 'string' ? value.reason : '',
      count: value.count,
      first: typeof value.first === 'string' ? value.first : '',
      last: typeof value.last === 'string' ? value.last : '',
    });
  }
  return data;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
