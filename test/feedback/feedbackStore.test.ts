import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { createLogger } from '../../src/logger.ts';
import { writeFileAtomic } from '../../src/atomicFile.ts';
import { FEEDBACK_FILE, VoteNotSavedError, answerIdOf, openFeedbackStore, parseData, type ShownAnswer, type WriteFile } from '../../src/feedback/feedbackStore.ts';
import { feedbackReport } from '../../src/feedback/feedbackReport.ts';

const STORE_MODULE = new URL('../../src/feedback/feedbackStore.ts', import.meta.url).href;
const LOGGER_MODULE = new URL('../../src/logger.ts', import.meta.url).href;

const dirs: string[] = [];
async function dataDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'coverage-bot-feedback-'));
  dirs.push(dir);
  return dir;
}
afterEach(async () => {
  // A store still writing in the background could race the removal: retry rather than fail the test.
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 50 });
});

function quietLog(lines: string[] = []) {
  return createLogger('debug', [], (line) => lines.push(line));
}

const NATO: ShownAnswer = { question: 'NATO liaison office in Tokyo', outlet: null, context: null, passageIds: ['001_fe31f7d76e41631b#p2', '000_f71c56816dc1f524#p1'] };

describe('feedbackStore', () => {
  test('GIVEN a vote, a changed vote and a repeated click THEN the user has one vote that changes and then is cleared', async () => {
    const store = await openFeedbackStore(await dataDir(), quietLog());
    const id = store.recordAnswer(NATO);

    expect(await store.vote(id, 'u1', 'up')).toEqual({ vote: 'up', previous: null });
    expect(await store.vote(id, 'u1', 'down')).toEqual({ vote: 'down', previous: 'up' });
    expect(store.snapshot().answers.get(id)?.votes).toEqual(new Map([['u1', { vote: 'down', at: expect.any(String) }]]));
    expect(await store.vote(id, 'u1', 'down')).toEqual({ vote: null, previous: 'down' });
    expect(store.snapshot().answers.get(id)?.votes).toEqual(new Map());
  });

  test('GIVEN votes saved WHEN the store is opened again THEN the question, passage ids, votes and times are there', async () => {
    const dir = await dataDir();
    const first = await openFeedbackStore(dir, quietLog(), () => new Date('2024-01-02T03:04:05Z'));
    const id = first.recordAnswer(NATO);
    await first.vote(id, 'u1', 'up');
    await first.vote(id, 'u2', 'down');
    first.recordRefusal('population of Mars', 'Nothing in the coverage answers that question.');
    await first.flush();

    const again = await openFeedbackStore(dir, quietLog());
    expect(again.snapshot().answers.get(id)).toEqual({
      ...NATO,
      shown: '2024-01-02T03:04:05.000Z',
      votes: new Map([
        ['u1', { vote: 'up', at: '2024-01-02T03:04:05.000Z' }],
        ['u2', { vote: 'down', at: '2024-01-02T03:04:05.000Z' }],
      ]),
    });
    expect([...again.snapshot().refusals.values()]).toEqual([expect.objectContaining({ question: 'population of Mars', count: 1 })]);
  });

  test('GIVEN a vote for an answer the store never saw (shown just before a crash) THEN it is kept with what the message showed', async () => {
    const store = await openFeedbackStore(await dataDir(), quietLog());
    const id = answerIdOf(NATO);
    await store.vote(id, 'u1', 'down', { ...NATO, passageIds: [] });
    const record = store.snapshot().answers.get(id);
    expect(record).toMatchObject({ question: NATO.question });
    expect(record?.votes.get('u1')?.vote).toBe('down');
  });

  test('GIVEN unfinished temporary files from a crashed write (one truncated) WHEN the store opens THEN the stored votes are intact and the abandoned leftovers are removed', async () => {
    const dir = await dataDir();
    const store = await openFeedbackStore(dir, quietLog());
    const id = store.recordAnswer(NATO);
    await store.vote(id, 'u1', 'up');
    const saved = await readFile(join(dir, FEEDBACK_FILE), 'utf8');
    await writeFile(join(dir, `${FEEDBACK_FILE}.0123456789ab.tmp`), saved.slice(0, saved.length / 2));
    await writeFile(join(dir, `${FEEDBACK_FILE}.ba9876543210.tmp`), '');
    const crashTime = new Date(Date.now() - 5 * 60_000);
    for (const name of ['0123456789ab', 'ba9876543210']) await utimes(join(dir, `${FEEDBACK_FILE}.${name}.tmp`), crashTime, crashTime);
    // A write in progress in another process right now is not touched.
    await writeFile(join(dir, `${FEEDBACK_FILE}.fedcba987654.tmp`), '{');

    const lines: string[] = [];
    const again = await openFeedbackStore(dir, quietLog(lines));
    expect(again.snapshot().answers.get(id)?.votes.get('u1')?.vote).toBe('up');
    expect((await readdir(dir)).sort()).toEqual([FEEDBACK_FILE, `${FEEDBACK_FILE}.fedcba987654.tmp`]);
    expect(lines.join('\n')).toContain('Removed 2 unfinished write(s)');
  });

  test('GIVEN a damaged data file WHEN the store opens THEN it is kept aside, not overwritten, and the store starts empty', async () => {
    const dir = await dataDir();
    await writeFile(join(dir, FEEDBACK_FILE), '{"format":1,"answers":{"ab');
    const lines: string[] = [];
    const store = await openFeedbackStore(dir, quietLog(lines));
    expect(store.snapshot().answers).toEqual(new Map());
    const names = await readdir(dir);
    expect(names.some((name) => name.startsWith(`${FEEDBACK_FILE}.unreadable-`))).toBe(true);
    expect(lines.join('\n')).toMatch(/not readable feedback data; moved it to/);
  });

  test('GIVEN a process voting in a loop WHEN it is killed (SIGKILL) mid-write THEN the file on disk is whole and holds every vote it confirmed', async () => {
    const dir = await dataDir();
    const script = `
      const { openFeedbackStore } = await import(${JSON.stringify(STORE_MODULE)});
      const { createLogger } = await import(${JSON.stringify(LOGGER_MODULE)});
      const store = await openFeedbackStore(${JSON.stringify(dir)}, createLogger('error', [], () => {}));
      for (let i = 0; ; i += 1) {
        const id = store.recordAnswer({ question: 'question ' + i, outlet: null, context: null, passageIds: ['a#p' + i] });
        await store.vote(id, 'user', 'up');
        process.stdout.write(i + '\\n');
      }`;
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
    let confirmed = -1;
    await new Promise<void>((resolve) => {
      child.stdout.on('data', (chunk: Buffer) => {
        const last = chunk.toString().trim().split('\n').at(-1);
        confirmed = Number(last);
        if (confirmed >= 40) {
          child.kill('SIGKILL');
          resolve();
        }
      });
    });
    await new Promise((resolve) => child.once('exit', resolve));

    const data = parseData(await readFile(join(dir, FEEDBACK_FILE), 'utf8'));
    expect(data).not.toBeNull();
    const questions = [...data!.answers.values()].filter((answer) => answer.votes.get('user')?.vote === 'up').map((answer) => answer.question);
    for (let i = 0; i <= confirmed; i += 1) expect(questions).toContain(`question ${i}`);
    const store = await openFeedbackStore(dir, quietLog());
    expect(store.snapshot().answers.size).toBeGreaterThan(confirmed);
  }, 20_000);
});

/** A full disk, as the write reports it. */
function diskFull(): NodeJS.ErrnoException {
  return Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
}

/** Writes as the store does, but each write waits until the test lets it finish or fail. */
function heldWrites() {
  const waiting: Array<{ data: string; finish: () => Promise<void>; fail: () => void }> = [];
  const write: WriteFile = (path, data) =>
    new Promise<void>((resolve, reject) => {
      waiting.push({ data, finish: () => writeFileAtomic(path, data).then(resolve, reject), fail: () => reject(diskFull()) });
    });
  /** The next write the store started, once it has started. */
  const next = async () => {
    await expect.poll(() => waiting.length).toBeGreaterThan(0);
    return waiting.shift()!;
  };
  return { write, next };
}

describe('feedbackStore when a write fails', () => {
  test('GIVEN a full disk WHEN a user votes THEN the vote is refused as not saved and not counted; the retry on a working disk is a new vote, not "taken back", and is on disk', async () => {
    const dir = await dataDir();
    let full = true;
    const write: WriteFile = async (path, data) => {
      if (full) throw diskFull();
      await writeFileAtomic(path, data);
    };
    const lines: string[] = [];
    const store = await openFeedbackStore(dir, quietLog(lines), undefined, write);
    const id = answerIdOf(NATO);

    await expect(store.vote(id, 'u1', 'up', NATO)).rejects.toBeInstanceOf(VoteNotSavedError);
    expect(store.snapshot().answers.get(id)?.votes.get('u1')).toBeUndefined();
    expect(lines.join('\n')).toContain('ENOSPC');

    full = false;
    expect(await store.vote(id, 'u1', 'up', NATO)).toEqual({ vote: 'up', previous: null });
    const again = await openFeedbackStore(dir, quietLog());
    expect(again.snapshot().answers.get(id)?.votes.get('u1')?.vote).toBe('up');
  });

  test.each([
    ['a changed vote', 'down', 'up'],
    ['a vote taken back', 'up', 'up'],
  ] as const)('GIVEN a saved 👍 WHEN %s cannot be saved THEN the user still has the saved 👍, in memory and on disk', async (_name, click, kept) => {
    const dir = await dataDir();
    let full = false;
    const store = await openFeedbackStore(dir, quietLog(), undefined, async (path, data) => {
      if (full) throw diskFull();
      await writeFileAtomic(path, data);
    });
    const id = store.recordAnswer(NATO);
    await store.vote(id, 'u1', 'up');
    full = true;

    await expect(store.vote(id, 'u1', click)).rejects.toBeInstanceOf(VoteNotSavedError);
    expect(store.snapshot().answers.get(id)?.votes.get('u1')?.vote).toBe(kept);
    full = false;
    store.recordRefusal('population of Mars', 'Nothing in the coverage answers that question.');
    await store.flush();
    expect((await openFeedbackStore(dir, quietLog())).snapshot().answers.get(id)?.votes.get('u1')?.vote).toBe(kept);
  });

  test('GIVEN clicks while a write is under way WHEN that write works and the next one (holding the later clicks) fails THEN exactly the clicks on disk count, and what is on disk is what the store holds', async () => {
    const dir = await dataDir();
    const { write, next } = heldWrites();
    const store = await openFeedbackStore(dir, quietLog(), undefined, write);
    const id = answerIdOf(NATO);

    const first = store.vote(id, 'u1', 'up', NATO);
    const firstWrite = await next();
    // Clicked while the first write is under way: u2 votes, u1 changes their mind, then changes it back again.
    const second = store.vote(id, 'u2', 'down');
    const third = store.vote(id, 'u1', 'down');
    const fourth = store.vote(id, 'u1', 'down');
    await firstWrite.finish();
    expect(await first).toEqual({ vote: 'up', previous: null });
    (await next()).fail();

    for (const later of [second, third, fourth]) await expect(later).rejects.toBeInstanceOf(VoteNotSavedError);
    const held = store.snapshot().answers.get(id)?.votes;
    expect([...(held?.entries() ?? [])]).toEqual([['u1', { vote: 'up', at: expect.any(String) }]]);
    expect(parseData(await readFile(join(dir, FEEDBACK_FILE), 'utf8'))?.answers.get(id)?.votes).toEqual(held);
    // A click after the failure starts from the saved vote: u1's 👎 changes 👍, it does not take anything back.
    const fifth = store.vote(id, 'u1', 'down');
    await (await next()).finish();
    expect(await fifth).toEqual({ vote: 'down', previous: 'up' });
  });

  test('GIVEN a click whose write fails while a later click on the same vote waits for the next write WHEN that write fails too THEN the vote is the one saved before both', async () => {
    const dir = await dataDir();
    const { write, next } = heldWrites();
    const store = await openFeedbackStore(dir, quietLog(), undefined, write);
    const id = store.recordAnswer(NATO);
    await (await next()).finish();
    const saved = store.vote(id, 'u1', 'up');
    await (await next()).finish();
    await saved;

    const change = store.vote(id, 'u1', 'down');
    const failing = await next();
    const takeBack = store.vote(id, 'u1', 'down');
    failing.fail();
    await expect(change).rejects.toBeInstanceOf(VoteNotSavedError);
    (await next()).fail();
    await expect(takeBack).rejects.toBeInstanceOf(VoteNotSavedError);

    expect(store.snapshot().answers.get(id)?.votes.get('u1')?.vote).toBe('up');
  });
});

/** Names an attacker can choose (a question, a user or answer id, a key in a hand-edited file) that plain objects treat specially. */
const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'prototype'];
const POLLUTED = ['count', 'first', 'last', 'reason', 'question', 'vote', 'at', 'votes', 'polluted'];

describe('feedbackStore against prototype pollution', () => {
  afterEach(() => {
    // If a regression pollutes Object.prototype, undo it so that it fails only this test.
    for (const name of POLLUTED) delete (Object.prototype as Record<string, unknown>)[name];
  });

  test.each(PROTOTYPE_KEYS)('GIVEN the unanswerable question %j, asked twice THEN Object.prototype is untouched and it is counted as an ordinary question, also after a restart', async (question) => {
    const dir = await dataDir();
    const store = await openFeedbackStore(dir, quietLog());
    store.recordRefusal(question, 'No outlet called "FREE NITRO at discord.gg/x".');
    store.recordRefusal(question, 'No outlet called "FREE NITRO at discord.gg/x".');
    await store.flush();

    for (const name of POLLUTED) expect(Object.prototype).not.toHaveProperty(name);
    expect(store.snapshot().refusals.get(question)).toMatchObject({ question, count: 2 });
    const again = await openFeedbackStore(dir, quietLog());
    expect([...again.snapshot().refusals.values()]).toEqual([expect.objectContaining({ question, count: 2, reason: 'No outlet called "FREE NITRO at discord.gg/x".' })]);
  });

  test.each(PROTOTYPE_KEYS)('GIVEN a vote by user %j on an answer of that id THEN Object.prototype is untouched and the vote is kept, also after a restart', async (key) => {
    const dir = await dataDir();
    const store = await openFeedbackStore(dir, quietLog());
    expect(await store.vote(key, key, 'up', NATO)).toEqual({ vote: 'up', previous: null });
    expect(await store.vote(key, 'u2', 'down')).toEqual({ vote: 'down', previous: null });

    for (const name of POLLUTED) expect(Object.prototype).not.toHaveProperty(name);
    const again = await openFeedbackStore(dir, quietLog());
    expect([...(again.snapshot().answers.get(key)?.votes.entries() ?? [])]).toEqual([
      [key, { vote: 'up', at: expect.any(String) }],
      ['u2', { vote: 'down', at: expect.any(String) }],
    ]);
  });

  test('GIVEN a hand-edited file with "__proto__" keys at every level THEN reading it sets no prototype and keeps the entries as ordinary data', () => {
    const entry = { question: 'q', reason: 'r', count: 3, first: 'f', last: 'l' };
    const text = `{"__proto__":{"polluted":1},"format":1,
      "answers":{"__proto__":{"question":"a","passageIds":["x#p1"],"shown":"s","votes":{"__proto__":{"vote":"up","at":"t"},"constructor":{"vote":"down","at":"t"}}}},
      "refusals":{"__proto__":${JSON.stringify(entry)},"constructor":${JSON.stringify(entry)}}}`;
    const data = parseData(text);

    expect(data).not.toBeNull();
    for (const name of POLLUTED) expect(Object.prototype).not.toHaveProperty(name);
    expect(Object.getPrototypeOf(data)).toBe(Object.prototype);
    expect([...data!.refusals.keys()]).toEqual(['__proto__', 'constructor']);
    expect(data!.refusals.get('__proto__')).toEqual(entry);
    expect([...(data!.answers.get('__proto__')?.votes.keys() ?? [])]).toEqual(['__proto__', 'constructor']);
  });
});

describe('feedbackReport', () => {
  test('GIVEN votes and refusals THEN it counts them, ranks disliked questions with their passages, and lists the most asked unanswered questions', async () => {
    const store = await openFeedbackStore(await dataDir(), quietLog());
    const good = store.recordAnswer({ ...NATO, question: 'What did North Korea say?', passageIds: ['x#p1'] });
    const bad = store.recordAnswer(NATO);
    const worse = store.recordAnswer({ ...NATO, question: 'Who is Stoltenberg?', passageIds: ['y#p3', 'y#p4'] });
    await store.vote(good, 'u1', 'up');
    await store.vote(good, 'u2', 'up');
    await store.vote(bad, 'u1', 'down');
    await store.vote(bad, 'u2', 'up');
    await store.vote(worse, 'u1', 'down');
    await store.vote(worse, 'u3', 'down');
    store.recordRefusal('population of Mars', 'Nothing in the coverage answers that question.');
    store.recordRefusal('Population of  MARS', 'Nothing in the coverage answers that question.');
    store.recordRefusal('weather in Oslo', 'Nothing in the coverage answers that question.');

    const report = feedbackReport(store.snapshot());
    expect(report).toMatchObject({ answersRated: 3, up: 3, down: 3, voters: 3, refusals: { distinct: 2, asked: 3 } });
    expect(report.worst.map((entry) => [entry.question, entry.up, entry.down, entry.passageIds])).toEqual([
      ['Who is Stoltenberg?', 0, 2, ['y#p3', 'y#p4']],
      ['NATO liaison office in Tokyo', 1, 1, NATO.passageIds],
    ]);
    expect(report.missing.map((entry) => [entry.question, entry.count])).toEqual([['population of Mars', 2], ['weather in Oslo', 1]]);
    await store.flush();
  });
});
