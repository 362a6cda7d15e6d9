import { describe, expect, test } from 'vitest';
import { DiscordAPIError, type AnyThreadChannel } from 'discord.js';
import { createLogger } from '../../src/logger.ts';
import { createThreadQuestions, threadNameFor } from '../../src/bot/threads.ts';

const BOT = '100';
const USER = '200';

interface FakeMessageShape {
  author: { id: string };
  interactionMetadata?: { user: { id: string } };
  embeds: Array<{ title?: string; footer?: { text: string } }>;
  createdTimestamp: number;
}

function answer(title: string, footer: string, at = 1): FakeMessageShape {
  return { author: { id: BOT }, embeds: [{ title, footer: { text: footer } }], createdTimestamp: at };
}

/** Only what ThreadQuestions reads of a thread. */
function thread(options: {
  id?: string;
  name?: string;
  ownerId?: string;
  starter?: FakeMessageShape | null | Error;
  history?: FakeMessageShape[];
}) {
  const calls = { starter: 0, history: 0 };
  const channel = {
    id: options.id ?? '1',
    name: options.name ?? 'thread',
    ownerId: options.ownerId ?? BOT,
    async fetchStarterMessage() {
      calls.starter += 1;
      if (options.starter === null) throw unknownMessage();
      if (options.starter instanceof Error) throw options.starter;
      return options.starter ?? null;
    },
    messages: {
      async fetch() {
        calls.history += 1;
        return new Map((options.history ?? []).map((message, index) => [String(index), message]));
      },
    },
  };
  return { channel: channel as unknown as AnyThreadChannel, calls };
}

function unknownMessage(): DiscordAPIError {
  return new DiscordAPIError(
    { code: 10008, message: 'Unknown Message' },
    10008,
    404,
    'GET',
    '/channels/1/messages/1',
    {},
  );
}

const questions = () => createThreadQuestions(() => BOT, createLogger('error'));

describe('ThreadQuestions', () => {
  test('GIVEN a thread started on an answer THEN its question is the answer’s question, unescaped, and it is read once', async () => {
    const { channel, calls } = thread({ starter: answer('What did \\*\\*Kim\\*\\* say?', 'Coverage: 3 articles') });
    const threads = questions();

    expect(await threads.questionOf(channel)).toBe('What did **Kim** say?');
    expect(await threads.questionOf(channel)).toBe('What did **Kim** say?');
    expect(calls.starter).toBe(1);
  });

  // The turns of the conversation, as the engine's contextAfter carries them (here: the latest turn, then the one before).
  const carry = (question: string, context: string | null) => (context ? `${question} (${context})` : question);

  test('GIVEN the starter answer was deleted THEN the conversation is read from the bot’s latest answer in the thread', async () => {
    const { channel } = thread({
      starter: null,
      history: [
        { author: { id: USER }, embeds: [], createdTimestamp: 3 },
        answer('what did China say?', 'Follow-up to: NATO liaison office in Tokyo\nCoverage: 3 articles', 2),
      ],
    });
    expect(await createThreadQuestions(() => BOT, createLogger('error'), carry).questionOf(channel)).toBe(
      'what did China say? (NATO liaison office in Tokyo)',
    );
  });

  test('GIVEN several answers in a thread THEN the latest turn is where the conversation stands, not the thread’s first question', async () => {
    const { channel } = thread({
      starter: answer('NATO liaison office in Tokyo', 'Coverage: 3 articles'),
      history: [
        answer(
          'when did she say that?',
          'Follow-up to: what did China say? (NATO liaison office in Tokyo)\nCoverage: 3 articles',
          5,
        ),
        answer('what did China say?', 'Follow-up to: NATO liaison office in Tokyo\nCoverage: 3 articles', 2),
      ],
    });
    expect(await createThreadQuestions(() => BOT, createLogger('error'), carry).questionOf(channel)).toBe(
      'when did she say that? (what did China say? (NATO liaison office in Tokyo))',
    );
  });

  test('GIVEN a turn answered in the thread THEN the next question is read in the context it leaves, and the asker is kept', async () => {
    const { channel } = thread({ starter: answer('NATO liaison office in Tokyo', 'Coverage: 3 articles') });
    const threads = createThreadQuestions(() => BOT, createLogger('error'), carry);
    threads.remember(channel.id, 'NATO liaison office in Tokyo', USER);
    threads.advance(channel.id, 'and what did China say?', 'NATO liaison office in Tokyo');
    expect(await threads.conversationOf(channel)).toEqual({
      context: 'and what did China say? (NATO liaison office in Tokyo)',
      asker: USER,
    });
  });

  test('GIVEN a thread started on an answer to /ask THEN the member who asked it is the one the thread is for', async () => {
    const starter = {
      ...answer('NATO liaison office in Tokyo', 'Coverage: 3 articles'),
      interactionMetadata: { user: { id: USER } },
    };
    const { channel } = thread({ starter });
    expect(await questions().conversationOf(channel)).toEqual({ context: 'NATO liaison office in Tokyo', asker: USER });
  });

  test('GIVEN a thread the bot opened with nothing left in it THEN its name is the question, without the cut mark', async () => {
    const { channel } = thread({ starter: null, name: 'What did the Chinese Foreign Ministry…' });
    expect(await questions().questionOf(channel)).toBe('What did the Chinese Foreign Ministry');
  });

  test.each([
    [
      'a user opened on a user message',
      { ownerId: USER, starter: { author: { id: USER }, embeds: [], createdTimestamp: 1 } },
    ],
    ['a user opened without a starter message', { ownerId: USER, starter: null }],
  ])('GIVEN a thread %s THEN it is not a follow-up thread', async (_what, options) => {
    const { channel, calls } = thread(options);
    expect(await questions().questionOf(channel)).toBeNull();
    expect(calls.history).toBe(0);
  });

  test('GIVEN a thread a user opened on one of the bot’s answers THEN it is a follow-up thread too', async () => {
    const { channel } = thread({
      ownerId: USER,
      starter: answer('NATO liaison office in Tokyo', 'Coverage: 3 articles'),
    });
    expect(await questions().questionOf(channel)).toBe('NATO liaison office in Tokyo');
  });

  test('GIVEN the starter cannot be fetched for a network reason THEN the error propagates and nothing is remembered, so the next message tries again', async () => {
    const { channel, calls } = thread({ starter: new Error('socket hang up') });
    const threads = questions();

    await expect(threads.questionOf(channel)).rejects.toThrow('socket hang up');
    await expect(threads.questionOf(channel)).rejects.toThrow('socket hang up');
    expect(calls.starter).toBe(2);
  });

  test('GIVEN a question remembered when the bot opened the thread THEN Discord is not asked', async () => {
    const { channel, calls } = thread({});
    const threads = questions();
    threads.remember(channel.id, 'NATO liaison office in Tokyo');

    expect(await threads.questionOf(channel)).toBe('NATO liaison office in Tokyo');
    expect(calls.starter).toBe(0);
  });

  test('GIVEN a notice for a thread THEN it is given once', () => {
    const threads = questions();
    expect([threads.firstNotice('1'), threads.firstNotice('1'), threads.firstNotice('2')]).toEqual([true, false, true]);
  });
});

describe('threadNameFor', () => {
  test.each([
    ['NATO liaison office in Tokyo', 'NATO liaison office in Tokyo'],
    ['  two\nlines  ', 'two lines'],
    ['', 'Follow-up questions'],
  ])('GIVEN %j THEN the thread is named %j', (question, name) => {
    expect(threadNameFor(question)).toBe(name);
  });

  test('GIVEN a long question THEN the name is cut at a word within 100 characters', () => {
    const name = threadNameFor(
      'What did the Chinese Foreign Ministry spokeswoman say about the plan for a NATO liaison office in Tokyo, Japan?',
    );
    expect(name.length).toBeLessThanOrEqual(100);
    expect(name).toBe(
      'What did the Chinese Foreign Ministry spokeswoman say about the plan for a NATO liaison office in…',
    );
  });
});
