// The feedback store's behaviour, the same suite on SQLite and on a real PostgreSQL server (test/db/).

import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { createLogger } from '../../src/logger.ts';
import { FEEDBACK_FILE } from '../../src/feedback/feedbackFile.ts';
import {
  answerIdOf,
  openFeedbackStore,
  VoteNotSavedError,
  type FeedbackStore,
  type FeedbackStoreLocation,
  type ShownAnswer,
} from '../../src/feedback/feedbackStore.ts';
import { feedbackReport } from '../../src/feedback/feedbackReport.ts';
import { SchemaTooNewError } from '../../src/feedback/migrations.ts';
import { useBackends } from '../db/backends.ts';

const backends = useBackends();
const open: FeedbackStore[] = [];
afterEach(async () => {
  for (const store of open.splice(0)) await store.close().catch(() => undefined);
});

async function openStore(where: FeedbackStoreLocation, lines: string[] = [], now?: () => Date): Promise<FeedbackStore> {
  const store = await openFeedbackStore(
    where,
    createLogger('debug', [], (line) => lines.push(line)),
    now ? { now } : {},
  );
  open.push(store);
  return store;
}

/** Closes a store before the next open, as a restart does. */
async function restart(
  store: FeedbackStore,
  where: FeedbackStoreLocation,
  lines: string[] = [],
): Promise<FeedbackStore> {
  await store.close();
  open.splice(open.indexOf(store), 1);
  return openStore(where, lines);
}

const NATO: ShownAnswer = {
  question: 'NATO liaison office in Tokyo',
  outlet: null,
  context: null,
  passageIds: ['001_fe31f7d76e41631b#p2', '000_f71c56816dc1f524#p1'],
};
const AT = '2024-01-02T03:04:05.000Z';
const MARS = 'Nothing in the coverage answers that question.';

/** A feedback.json as the store before the database wrote it (format 1). */
function oldFeedbackFile(): { text: string; answerId: string } {
  const answerId = answerIdOf(NATO);
  const file = {
    format: 1,
    answers: {
      [answerId]: {
        ...NATO,
        shown: '2023-11-05T10:00:00.000Z',
        votes: {
          u1: { vote: 'up', at: '2023-11-05T10:01:00.000Z' },
          u2: { vote: 'down', at: '2023-11-05T10:02:00.000Z' },
        },
      },
      '00000000000000aa': {
        question: 'Who is Stoltenberg?',
        outlet: 'RT',
        context: 'What did NATO say?',
        passageIds: ['y#p3'],
        shown: '2023-11-06T10:00:00.000Z',
        votes: {},
      },
    },
    refusals: {
      'population of mars': {
        question: 'population of Mars',
        reason: MARS,
        count: 3,
        first: '2023-11-01T00:00:00.000Z',
        last: '2023-11-04T00:00:00.000Z',
      },
    },
  };
  return { text: `${JSON.stringify(file)}\n`, answerId };
}

/** Names an attacker can choose (a question, a user or answer id, a key in a hand-edited file) that plain objects treat specially. */
const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'prototype'];
const POLLUTED = ['count', 'first', 'last', 'reason', 'question', 'vote', 'at', 'votes', 'polluted'];
function expectPrototypeUntouched() {
  for (const name of POLLUTED) expect(Object.prototype).not.toHaveProperty(name);
}

describe.each(backends)('feedbackStore on $name', (backend) => {
  afterEach(() => {
    // If a regression pollutes Object.prototype, undo it so that it fails only its own test.
    for (const name of POLLUTED) delete (Object.prototype as Record<string, unknown>)[name];
  });

  test('GIVEN a vote, a changed vote and a repeated click THEN the user has one vote that changes and then is cleared', async () => {
    const store = await openStore(await backend.fresh());
    const id = store.recordAnswer(NATO);

    expect(await store.vote(id, 'u1', 'up')).toEqual({ vote: 'up', previous: null });
    expect(await store.vote(id, 'u1', 'down')).toEqual({ vote: 'down', previous: 'up' });
    expect((await store.snapshot()).answers.get(id)?.votes).toEqual(
      new Map([['u1', { vote: 'down', at: expect.any(String) }]]),
    );
    expect(await store.vote(id, 'u1', 'down')).toEqual({ vote: null, previous: 'down' });
    expect((await store.snapshot()).answers.get(id)?.votes).toEqual(new Map());
    // Taken back, then voted again: a new vote.
    expect(await store.vote(id, 'u1', 'up')).toEqual({ vote: 'up', previous: null });
  });

  test('GIVEN two pages of one answer shown THEN they are one answer: one id, one set of votes, the passages of both pages gathered in order', async () => {
    const store = await openStore(await backend.fresh());
    const first = store.recordAnswer(NATO);
    const second = store.recordAnswer({ ...NATO, passageIds: ['000_f71c56816dc1f524#p1', '002_d1625408a4c11c81#p3'] });
    expect(second).toBe(first);
    await store.vote(second, 'u1', 'up');
    const answer = (await store.snapshot()).answers.get(first);
    expect(answer?.passageIds).toEqual([
      '001_fe31f7d76e41631b#p2',
      '000_f71c56816dc1f524#p1',
      '002_d1625408a4c11c81#p3',
    ]);
    expect(answer?.votes.get('u1')?.vote).toBe('up');
    // Another question, outlet or thread context is another answer.
    expect(store.recordAnswer({ ...NATO, outlet: 'RT' })).not.toBe(first);
    expect(store.recordAnswer({ ...NATO, context: 'What did China say?' })).not.toBe(first);
  });

  test('GIVEN votes and a refusal saved WHEN the store is opened again THEN the question, passage ids, votes and times are there', async () => {
    const where = await backend.fresh();
    const first = await openStore(where, [], () => new Date(AT));
    const id = first.recordAnswer(NATO);
    await first.vote(id, 'u1', 'up');
    await first.vote(id, 'u2', 'down');
    first.recordRefusal('population of Mars', MARS);
    await first.flush();

    const again = await restart(first, where);
    expect((await again.snapshot()).answers.get(id)).toEqual({
      ...NATO,
      shown: AT,
      votes: new Map([
        ['u1', { vote: 'up', at: AT }],
        ['u2', { vote: 'down', at: AT }],
      ]),
    });
    expect([...(await again.snapshot()).refusals.values()]).toEqual([
      { question: 'population of Mars', reason: MARS, count: 1, first: AT, last: AT },
    ]);
  });

  test('GIVEN a vote for an answer the store never saw (shown just before a crash) THEN it is kept with what the message showed', async () => {
    const store = await openStore(await backend.fresh());
    const id = answerIdOf(NATO);
    await store.vote(id, 'u1', 'down', { ...NATO, passageIds: [] });
    const record = (await store.snapshot()).answers.get(id);
    expect(record).toMatchObject({ question: NATO.question, passageIds: [] });
    expect(record?.votes.get('u1')?.vote).toBe('down');
  });

  test('GIVEN an unanswered question asked three times in other case and spacing THEN it is one question counted 3×, with the first wording, the latest reason and both times', async () => {
    const times = ['2024-03-01T00:00:00.000Z', '2024-03-02T00:00:00.000Z', '2024-03-03T00:00:00.000Z'];
    let time = times[0]!;
    const store = await openStore(await backend.fresh(), [], () => new Date(time));
    store.recordRefusal('population of Mars', MARS);
    time = times[1]!;
    store.recordRefusal('Population of  MARS', MARS);
    time = times[2]!;
    store.recordRefusal(' population of mars ', 'No outlet called "Mars".');
    store.recordRefusal('   ', MARS);
    await store.flush();
    expect([...(await store.snapshot()).refusals]).toEqual([
      [
        'population of mars',
        {
          question: 'population of Mars',
          reason: 'No outlet called "Mars".',
          count: 3,
          first: times[0],
          last: times[2],
        },
      ],
    ]);
  });

  test('GIVEN votes and refusals THEN the report counts them, ranks disliked questions with their passages, and lists the most asked unanswered questions', async () => {
    const store = await openStore(await backend.fresh());
    const good = store.recordAnswer({ ...NATO, question: 'What did North Korea say?', passageIds: ['x#p1'] });
    const bad = store.recordAnswer(NATO);
    const worse = store.recordAnswer({ ...NATO, question: 'Who is Stoltenberg?', passageIds: ['y#p3', 'y#p4'] });
    await store.vote(good, 'u1', 'up');
    await store.vote(good, 'u2', 'up');
    await store.vote(bad, 'u1', 'down');
    await store.vote(bad, 'u2', 'up');
    await store.vote(worse, 'u1', 'down');
    await store.vote(worse, 'u3', 'down');
    store.recordRefusal('population of Mars', MARS);
    store.recordRefusal('Population of  MARS', MARS);
    store.recordRefusal('weather in Oslo', MARS);
    store.recordRefusal('What did Kim say?', 'No outlet called "BBC" is in the coverage.');
    store.recordRefusal(
      'What did Putin say?',
      'Nothing in the coverage answers that from RT: it carries nothing on it.',
    );
    await store.flush();

    const report = feedbackReport(await store.snapshot());
    // An outlet filter that was wrong is not a gap in the coverage.
    expect(report.askedWrongly.map((entry) => entry.question).sort()).toEqual([
      'What did Kim say?',
      'What did Putin say?',
    ]);
    expect(report).toMatchObject({ answersRated: 3, up: 3, down: 3, voters: 3, refusals: { distinct: 2, asked: 3 } });
    expect(report.worst.map((entry) => [entry.question, entry.up, entry.down, entry.passageIds])).toEqual([
      ['Who is Stoltenberg?', 0, 2, ['y#p3', 'y#p4']],
      ['NATO liaison office in Tokyo', 1, 1, NATO.passageIds],
    ]);
    expect(report.missing.map((entry) => [entry.question, entry.count])).toEqual([
      ['population of Mars', 2],
      ['weather in Oslo', 1],
    ]);
  });

  test.each(PROTOTYPE_KEYS)(
    'GIVEN the unanswerable question %j, asked twice THEN Object.prototype is untouched and it is counted as an ordinary question, also after a restart',
    async (question) => {
      const where = await backend.fresh();
      const store = await openStore(where);
      store.recordRefusal(question, 'No outlet called "FREE NITRO at discord.gg/x".');
      store.recordRefusal(question, 'No outlet called "FREE NITRO at discord.gg/x".');
      await store.flush();

      expectPrototypeUntouched();
      expect((await store.snapshot()).refusals.get(question)).toMatchObject({ question, count: 2 });
      const again = await restart(store, where);
      expect([...(await again.snapshot()).refusals.values()]).toEqual([
        expect.objectContaining({ question, count: 2, reason: 'No outlet called "FREE NITRO at discord.gg/x".' }),
      ]);
    },
  );

  test.each(PROTOTYPE_KEYS)(
    'GIVEN a vote by user %j on an answer of that id THEN Object.prototype is untouched and the vote is kept, also after a restart',
    async (key) => {
      const where = await backend.fresh();
      const store = await openStore(where);
      expect(await store.vote(key, key, 'up', NATO)).toEqual({ vote: 'up', previous: null });
      expect(await store.vote(key, 'u2', 'down')).toEqual({ vote: 'down', previous: null });

      expectPrototypeUntouched();
      const again = await restart(store, where);
      expect((await again.snapshot()).answers.get(key)?.votes).toEqual(
        new Map([
          [key, { vote: 'up', at: expect.any(String) }],
          ['u2', { vote: 'down', at: expect.any(String) }],
        ]),
      );
    },
  );

  describe('import of an existing feedback.json', () => {
    test('GIVEN a feedback.json in DATA_DIR WHEN the store first opens THEN its answers, votes and refusals are in the database, the file is renamed .imported, and later opens import nothing more', async () => {
      const where = await backend.fresh();
      const { text, answerId } = oldFeedbackFile();
      await writeFile(join(where.dataDir, FEEDBACK_FILE), text);
      const lines: string[] = [];
      const store = await openStore(where, lines);

      const data = await store.snapshot();
      expect(data.answers.get(answerId)).toEqual({
        ...NATO,
        shown: '2023-11-05T10:00:00.000Z',
        votes: new Map([
          ['u1', { vote: 'up', at: '2023-11-05T10:01:00.000Z' }],
          ['u2', { vote: 'down', at: '2023-11-05T10:02:00.000Z' }],
        ]),
      });
      expect(data.answers.get('00000000000000aa')).toEqual({
        question: 'Who is Stoltenberg?',
        outlet: 'RT',
        context: 'What did NATO say?',
        passageIds: ['y#p3'],
        shown: '2023-11-06T10:00:00.000Z',
        votes: new Map(),
      });
      expect([...data.refusals]).toEqual([
        [
          'population of mars',
          {
            question: 'population of Mars',
            reason: MARS,
            count: 3,
            first: '2023-11-01T00:00:00.000Z',
            last: '2023-11-04T00:00:00.000Z',
          },
        ],
      ]);
      expect((await readdir(where.dataDir)).filter((name) => name.startsWith(FEEDBACK_FILE))).toEqual([
        `${FEEDBACK_FILE}.imported`,
      ]);
      expect(await readFile(join(where.dataDir, `${FEEDBACK_FILE}.imported`), 'utf8')).toBe(text);
      expect(lines.join('\n')).toMatch(
        /Imported .*feedback\.json into .*: 2 answer\(s\), 2 vote\(s\), 1 unanswered question\(s\)/,
      );

      // Votes go on from the imported ones; a restart does not import again.
      expect(await store.vote(answerId, 'u1', 'up')).toEqual({ vote: null, previous: 'up' });
      store.recordRefusal('population of Mars', MARS);
      const again = await restart(store, where);
      const after = await again.snapshot();
      expect(after.answers.get(answerId)?.votes.has('u1')).toBe(false);
      expect(after.refusals.get('population of mars')?.count).toBe(4);
    });

    test('GIVEN the same feedback.json put back (restored from a backup) WHEN the store opens THEN it is not imported twice, and is set aside under a name of its own', async () => {
      const where = await backend.fresh();
      const { text } = oldFeedbackFile();
      await writeFile(join(where.dataDir, FEEDBACK_FILE), text);
      const store = await openStore(where);
      await writeFile(join(where.dataDir, FEEDBACK_FILE), text);
      const lines: string[] = [];
      const again = await restart(store, where, lines);

      expect((await again.snapshot()).refusals.get('population of mars')?.count).toBe(3);
      expect(lines.join('\n')).toMatch(/was imported into .* before; renamed it to .*feedback\.json\.imported-/);
      const names = (await readdir(where.dataDir)).filter((name) => name.startsWith(FEEDBACK_FILE)).sort();
      expect(names).toEqual([`${FEEDBACK_FILE}.imported`, expect.stringMatching(/^feedback\.json\.imported-\d{4}-/)]);
    });

    test('GIVEN a database that already holds votes and refusals WHEN another feedback.json is imported THEN the database’s votes win and refusal counts add up', async () => {
      const where = await backend.fresh();
      const { text, answerId } = oldFeedbackFile();
      const store = await openStore(where, [], () => new Date('2024-02-01T00:00:00.000Z'));
      await store.vote(answerId, 'u1', 'down', NATO);
      store.recordRefusal('Population of Mars', 'No outlet called "Mars".');
      await store.flush();
      await writeFile(join(where.dataDir, FEEDBACK_FILE), text);

      const data = await (await restart(store, where)).snapshot();
      expect(data.answers.get(answerId)?.votes).toEqual(
        new Map([
          ['u1', { vote: 'down', at: '2024-02-01T00:00:00.000Z' }],
          ['u2', { vote: 'down', at: '2023-11-05T10:02:00.000Z' }],
        ]),
      );
      expect(data.refusals.get('population of mars')).toEqual({
        question: 'Population of Mars',
        reason: 'No outlet called "Mars".',
        count: 4,
        first: '2023-11-01T00:00:00.000Z',
        last: '2024-02-01T00:00:00.000Z',
      });
    });

    test('GIVEN a hand-edited feedback.json with "__proto__" keys at every level THEN importing it sets no prototype and keeps the entries as ordinary data', async () => {
      const where = await backend.fresh();
      const entry = { question: '__proto__', reason: 'r', count: 3, first: 'f', last: 'l' };
      await writeFile(
        join(where.dataDir, FEEDBACK_FILE),
        `{"__proto__":{"polluted":1},"format":1,
          "answers":{"__proto__":{"question":"a","passageIds":["x#p1"],"shown":"s","votes":{"__proto__":{"vote":"up","at":"t"},"constructor":{"vote":"down","at":"t"}}}},
          "refusals":{"__proto__":${JSON.stringify(entry)},"constructor":${JSON.stringify({ ...entry, question: 'constructor' })}}}`,
      );
      const data = await (await openStore(where)).snapshot();

      expectPrototypeUntouched();
      expect([...data.refusals.keys()].sort()).toEqual(['__proto__', 'constructor']);
      expect(data.refusals.get('__proto__')).toEqual(entry);
      expect(data.answers.get('__proto__')?.votes).toEqual(
        new Map([
          ['__proto__', { vote: 'up', at: 't' }],
          ['constructor', { vote: 'down', at: 't' }],
        ]),
      );
    });

    test('GIVEN a damaged feedback.json WHEN the store opens THEN it is kept aside, not imported, and the store starts empty', async () => {
      const where = await backend.fresh();
      await writeFile(join(where.dataDir, FEEDBACK_FILE), '{"format":1,"answers":{"ab');
      const lines: string[] = [];
      const store = await openStore(where, lines);
      expect((await store.snapshot()).answers).toEqual(new Map());
      expect((await readdir(where.dataDir)).some((name) => name.startsWith(`${FEEDBACK_FILE}.unreadable-`))).toBe(true);
      expect(lines.join('\n')).toMatch(/not readable feedback data; moved it to .* and did not import it/);
    });
  });

  describe('when the database refuses a write', () => {
    test('GIVEN the database refusing votes WHEN a user votes THEN the vote is refused as not saved and not counted; the retry once it accepts them is a new vote, not "taken back"', async () => {
      const where = await backend.fresh();
      const lines: string[] = [];
      const store = await openStore(where, lines);
      const id = answerIdOf(NATO);
      await store.vote(id, 'u0', 'up', NATO);
      await backend.refuseVotes(where);

      const refused = await store.vote(id, 'u1', 'up', NATO).catch((error: unknown) => error);
      expect(refused).toBeInstanceOf(VoteNotSavedError);
      expect(String((refused as Error).cause)).toContain('no space left on device');
      expect((await store.snapshot()).answers.get(id)?.votes.get('u1')).toBeUndefined();
      expect(lines.join('\n')).toMatch(
        /ERROR Could not save a vote on answer [0-9a-f]{16} to .*no space left on device/,
      );

      await backend.acceptVotes(where);
      expect(await store.vote(id, 'u1', 'up', NATO)).toEqual({ vote: 'up', previous: null });
      expect((await (await restart(store, where)).snapshot()).answers.get(id)?.votes.get('u1')?.vote).toBe('up');
    });

    test.each([
      ['a changed vote', 'down', 'up'],
      ['a vote taken back', 'up', 'up'],
    ] as const)(
      'GIVEN a saved 👍 WHEN %s cannot be saved THEN the user still has the saved 👍',
      async (_name, click, kept) => {
        const where = await backend.fresh();
        const store = await openStore(where);
        const id = store.recordAnswer(NATO);
        await store.vote(id, 'u1', 'up');
        await backend.refuseVotes(where);

        await expect(store.vote(id, 'u1', click)).rejects.toBeInstanceOf(VoteNotSavedError);
        expect((await store.snapshot()).answers.get(id)?.votes.get('u1')?.vote).toBe(kept);
        await backend.acceptVotes(where);
        // The next click starts from the saved 👍: 👎 changes it, it does not take anything back.
        expect(await store.vote(id, 'u1', 'down')).toEqual({ vote: 'down', previous: 'up' });
      },
    );
  });

  describe('migrations', () => {
    test('GIVEN a store opened twice THEN each schema step is recorded once', async () => {
      const where = await backend.fresh();
      await restart(await openStore(where), where);
      expect(await backend.sql(where, 'SELECT version, name FROM schema_migrations ORDER BY version')).toEqual([
        { version: 1, name: expect.stringContaining('votes') },
      ]);
    });

    test('GIVEN a database a newer coverage-bot migrated WHEN this one opens it THEN it refuses, naming both versions', async () => {
      const where = await backend.fresh();
      await (await openStore(where)).close();
      open.splice(0);
      await backend.sql(
        where,
        "INSERT INTO schema_migrations (version, name, applied_at) VALUES (99, 'from the future', '2030-01-01T00:00:00.000Z')",
      );
      const error = await openFeedbackStore(
        where,
        createLogger('error', [], () => undefined),
      ).catch((thrown: unknown) => thrown);
      expect(error).toBeInstanceOf(SchemaTooNewError);
      expect((error as Error).message).toMatch(
        /schema version 99, newer than this coverage-bot's 1: update coverage-bot/,
      );
    });
  });
});
