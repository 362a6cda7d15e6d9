// Several OS processes on one database (issue 13): two processes cast 1,000 votes between them at the same
// time, on SQLite (one file in one DATA_DIR) and on a real PostgreSQL server, and none is lost; clicks on
// the same users' votes from both processes each read the vote they change; a process killed mid-vote
// leaves every vote it confirmed stored.

import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, test } from 'vitest';
import { createLogger } from '../../src/logger.ts';
import {
  answerIdOf,
  openFeedbackStore,
  type FeedbackStore,
  type FeedbackStoreLocation,
  type ShownAnswer,
  type Vote,
} from '../../src/feedback/feedbackStore.ts';
import { useBackends } from '../db/backends.ts';
import type { CastClick, CastSpec } from '../db/castVotes.ts';

const CAST_VOTES = fileURLToPath(new URL('../db/castVotes.ts', import.meta.url));
const TSX = import.meta.resolve('tsx');
const ANSWER: ShownAnswer = {
  question: 'NATO liaison office in Tokyo',
  outlet: null,
  context: null,
  passageIds: ['001_fe31f7d76e41631b#p2'],
};

const backends = useBackends();
const open: FeedbackStore[] = [];
afterEach(async () => {
  for (const store of open.splice(0)) await store.close();
});

async function storedVotes(where: FeedbackStoreLocation): Promise<Map<string, { vote: Vote }>> {
  const store = await openFeedbackStore(
    where,
    createLogger('error', [], () => undefined),
  );
  open.push(store);
  return (await store.snapshot()).answers.get(answerIdOf(ANSWER))?.votes ?? new Map();
}

/** Starts a voting process on `where`; it opens the store and then waits for go(). */
function castVotes(where: FeedbackStoreLocation, clicks: Array<[string, Vote]>) {
  const spec: CastSpec = { mode: 'clicks', ...where, answer: ANSWER, clicks, inFlight: 4 };
  const child = spawn(process.execPath, ['--import', TSX, CAST_VOTES, JSON.stringify(spec)], {
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const ready = new Promise<void>((resolve, reject) => {
    child.stdout.on('data', () => stdout.startsWith('ready\n') && resolve());
    void exited.then((code) => reject(new Error(`castVotes exited with ${code} before it was ready: ${stderr}`)));
  });
  return {
    ready,
    go: () => child.stdin.end('go\n'),
    async outcomes(): Promise<CastClick[]> {
      const code = await exited;
      expect(stderr).toBe('');
      expect(code).toBe(0);
      return JSON.parse(stdout.slice('ready\n'.length)) as CastClick[];
    },
  };
}

/** Two processes on one fresh store, started together once both have opened it (and migrated it: together too). */
async function inTwoProcesses(
  where: FeedbackStoreLocation,
  clicks: [Array<[string, Vote]>, Array<[string, Vote]>],
): Promise<CastClick[]> {
  const processes = clicks.map((list) => castVotes(where, list));
  await Promise.all(processes.map((process) => process.ready));
  for (const process of processes) process.go();
  return (await Promise.all(processes.map((process) => process.outcomes()))).flat();
}

describe.each(backends)('votes from two processes on $name', (backend) => {
  test('GIVEN two processes casting 500 votes each on one answer at the same time THEN all 1,000 are stored, each as cast', async () => {
    const where = await backend.fresh();
    const clicks = [0, 1].map((process) =>
      Array.from({ length: 500 }, (_, i): [string, Vote] => [`p${process}-user-${i}`, i % 3 === 0 ? 'down' : 'up']),
    );
    const outcomes = await inTwoProcesses(where, clicks as [Array<[string, Vote]>, Array<[string, Vote]>]);

    expect(outcomes.filter((outcome) => outcome.result === null)).toEqual([]);
    const stored = await storedVotes(where);
    expect(stored.size).toBe(1000);
    for (const { user, clicked } of outcomes) expect(stored.get(user)?.vote).toBe(clicked);
  }, 60_000);

  test('GIVEN both processes clicking the same 20 users’ buttons at once THEN every click read the vote before it: per user, each vote entered is left once more than it is when it is the one stored', async () => {
    const where = await backend.fresh();
    const clicksOf = (process: number) =>
      Array.from({ length: 200 }, (_, i): [string, Vote] => [
        `shared-${i % 20}`,
        (i + process) % 3 === 0 ? 'down' : 'up',
      ]);
    const outcomes = await inTwoProcesses(where, [clicksOf(0), clicksOf(1)]);
    expect(outcomes.filter((outcome) => outcome.result === null)).toEqual([]);
    const stored = await storedVotes(where);

    // A lost update (two clicks reading the same vote) would enter a vote twice for one leaving.
    for (let user = 0; user < 20; user += 1) {
      const mine = outcomes.filter((outcome) => outcome.user === `shared-${user}`);
      expect(mine).toHaveLength(20);
      for (const vote of ['up', 'down'] as const) {
        const entered = mine.filter(
          (outcome) => outcome.result?.vote === vote && outcome.result.previous !== vote,
        ).length;
        const left = mine.filter((outcome) => outcome.result?.previous === vote && outcome.result.vote !== vote).length;
        expect(entered - left).toBe(stored.get(`shared-${user}`)?.vote === vote ? 1 : 0);
      }
    }
  }, 60_000);

  test('GIVEN a process voting in a loop WHEN it is killed (SIGKILL) THEN every vote it confirmed is stored', async () => {
    const where = await backend.fresh();
    const spec: CastSpec = { mode: 'forever', ...where, answer: ANSWER };
    const child = spawn(process.execPath, ['--import', TSX, CAST_VOTES, JSON.stringify(spec)], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let confirmed = -1;
    await new Promise<void>((resolve) => {
      child.stdout.on('data', (chunk: Buffer) => {
        confirmed = Number(chunk.toString().trim().split('\n').at(-1));
        if (confirmed >= 40) {
          child.kill('SIGKILL');
          resolve();
        }
      });
    });
    await new Promise((resolve) => child.once('exit', resolve));

    const store = await openFeedbackStore(
      where,
      createLogger('error', [], () => undefined),
    );
    open.push(store);
    const voted = [...(await store.snapshot()).answers.values()]
      .filter((answer) => answer.votes.get('user')?.vote === 'up')
      .map((answer) => answer.question);
    for (let i = 0; i <= confirmed; i += 1) expect(voted).toContain(`question ${i}`);
  }, 30_000);
});
