import { describe, expect, test } from 'vitest';
import { GatewayIntentBits } from 'discord.js';
import type { FakeDiscord, FakeMessage } from '../../fake-discord/index.ts';
import {
  buttonId,
  buttonsOf,
  embedOf,
  excerptsOf,
  expectWithinLimits,
  useHarness,
  type HarnessOptions,
} from './harness.ts';

const start = useHarness();

const THREAD_QUESTION = 'NATO liaison office in Tokyo';

async function askInChannel(fake: FakeDiscord, question = THREAD_QUESTION): Promise<FakeMessage> {
  const outcome = await fake.waitForInteractionReply(fake.sendInteraction({ name: 'ask', options: { question } }));
  if (!outcome.original) throw new Error('no answer');
  return outcome.original;
}

/** Clicks "Follow up in thread" and waits for the bot's note in the new thread. */
async function openThread(fake: FakeDiscord, answer: FakeMessage): Promise<string> {
  fake.sendComponent({ customId: buttonId(answer, 'Follow up in thread'), messageId: answer.id });
  const note = await fake.waitForMessage(
    (message) => message.channel_id === answer.id && message.author.id === fake.botUserId && message.type === 0,
  );
  return note.channel_id;
}

/** The bot's reply to a message (the "thread starter" system message Discord adds is not one). */
function botReplyTo(fake: FakeDiscord, to: FakeMessage): Promise<FakeMessage> {
  return fake.waitForMessage(
    (message) =>
      message.author.id === fake.botUserId && message.message_reference?.message_id === to.id && message.type === 19,
  );
}

describe('follow-up threads', () => {
  test('GIVEN an answer WHEN Follow up in thread is clicked THEN a thread named after the question opens on it for a day, and the button goes', async () => {
    const { fake } = await start();
    const answer = await askInChannel(fake);

    const threadId = await openThread(fake, answer);

    expect(threadId).toBe(answer.id);
    expect(fake.getChannel(threadId)).toMatchObject({
      type: 11,
      name: THREAD_QUESTION,
      parent_id: fake.channelId,
      thread_metadata: { auto_archive_duration: 1440 },
    });
    const note = fake
      .messagesIn(threadId)
      .find((message) => message.author.id === fake.botUserId && message.type === 0);
    expect(note?.content).toContain(`in the context of “${THREAD_QUESTION}”`);
    await fake.waitUntil(() => (buttonsOf(fake.getMessage(answer.id)).length === 4 ? true : undefined));
    expect(buttonsOf(fake.getMessage(answer.id)).map((button) => button.label)).toEqual([
      'Previous',
      'Next',
      '👍',
      '👎',
    ]);
    expect(embedOf(fake.getMessage(answer.id))).toEqual(embedOf(answer));
  });

  test('GIVEN two members clicking Follow up in thread on one answer at once THEN one thread opens, Discord is asked once, and both clicks are answered', async () => {
    const { fake } = await start();
    const answer = await askInChannel(fake);
    const clicks = [1, 2].map(() =>
      fake.sendComponent({ customId: buttonId(answer, 'Follow up in thread'), messageId: answer.id }),
    );
    for (const click of clicks)
      await fake.waitForInteractionReply(click, { until: (outcome) => outcome.acknowledged && !outcome.pending });
    await fake.waitForMessage(
      (message) => message.channel_id === answer.id && message.author.id === fake.botUserId && message.type === 0,
    );

    expect(clicks.map((click) => fake.interactionOutcome(click).errors)).toEqual([[], []]);
    expect(fake.requests.filter((request) => request.path.endsWith(`/messages/${answer.id}/threads`))).toHaveLength(1);
    expect(fake.threads().map((thread) => thread.id)).toEqual([answer.id]);
  });

  test('GIVEN a thread on "NATO liaison office in Tokyo" WHEN a user writes "what did China say?" THEN the answer quotes the Chinese Foreign Ministry', async () => {
    const { fake } = await start();
    const threadId = await openThread(fake, await askInChannel(fake));

    const followUp = fake.sendMessage({ channelId: threadId, content: 'what did China say?' });
    const reply = await botReplyTo(fake, followUp);

    expectWithinLimits(reply);
    expect(reply.message_reference?.message_id).toBe(followUp.id);
    const { title, description, footer } = embedOf(reply);
    expect(title).toBe('what did China say?');
    expect(description).toContain(`Read as a follow-up to “${THREAD_QUESTION}”`);
    expect(footer.split('\n')[0]).toBe(`Follow-up to: ${THREAD_QUESTION}`);
    // Asia-Pacific Research: "The Chinese Foreign Ministry has urged its Asian neighbors to exercise "high vigilance"
    // in response to media reports claiming that NATO is planning to open its first liaison office in the region".
    const first = excerptsOf(reply)[0];
    expect(first?.text).toContain('Chinese Foreign Ministry');
    expect(first?.text).toContain('liaison office');
    expect(buttonsOf(reply).map((button) => button.label)).not.toContain('Follow up in thread');
  });

  test('GIVEN the bot restarts between the question and the follow-up THEN the follow-up is still answered in the thread’s context, read from Discord', async () => {
    const h = await start();
    const threadId = await openThread(h.fake, await askInChannel(h.fake));

    await h.restart();
    const before = h.fake.requests.length;
    const followUp = h.fake.sendMessage({ channelId: threadId, content: 'what did China say?' });
    const reply = await botReplyTo(h.fake, followUp);

    expect(embedOf(reply).footer.split('\n')[0]).toBe(`Follow-up to: ${THREAD_QUESTION}`);
    expect(excerptsOf(reply)[0]?.text).toContain('Chinese Foreign Ministry');
    // Nothing was remembered across the restart: the new client read the answer the thread was started on.
    const reads = h.fake.requests
      .slice(before)
      .filter((request) => request.route === 'GET /channels/:channel/messages/:message');
    expect(reads.map((request) => request.params.message)).toContain(threadId);
  });

  test('GIVEN /ask inside a follow-up thread THEN it is deferred and answered as a follow-up, with paging that keeps the context', async () => {
    const { fake } = await start();
    const threadId = await openThread(fake, await askInChannel(fake));

    // Kim Seol-hwa speaks on the office in nine passages: more than one page.
    const asked = fake.sendInteraction({
      name: 'ask',
      options: { question: 'what did Kim say?' },
      channelId: threadId,
    });
    const outcome = await fake.waitForInteractionReply(asked);

    expect(outcome.callbackType).toBe(5);
    expect(outcome.ephemeral).toBe(false);
    expect(excerptsOf(outcome.original)[0]?.text).toContain('Kim');
    const more = fake.sendComponent({ customId: buttonId(outcome.original, 'Next'), messageId: outcome.original!.id });
    await fake.waitForInteractionReply(more);
    const paged = fake.getMessage(outcome.original!.id);
    expect(embedOf(paged).description).toContain(`Read as a follow-up to “${THREAD_QUESTION}”`);
    expect(excerptsOf(paged)[0]?.number).toBe(6);
  });

  test('GIVEN a thread someone else opened on a user message WHEN users write in it THEN the bot stays out of it', async () => {
    const { fake } = await start();
    const starter = fake.sendMessage({ content: 'Anyone read about the NATO office?' });
    const thread = fake.createThread({ name: 'NATO office chat', id: starter.id });

    fake.sendMessage({ channelId: thread.id, content: 'what did China say?' });
    // Events are handled in order: once a later question is answered, the thread message was looked at.
    await askInChannel(fake, 'What did Kim Seol-hwa say?');

    expect(fake.messagesIn(thread.id).filter((message) => message.author.id === fake.botUserId)).toEqual([]);
  });

  test('GIVEN @everyone and a user mention in a follow-up addressed to the bot WHEN answered THEN the reply pings nobody, not even the asker', async () => {
    const { fake } = await start();
    const threadId = await openThread(fake, await askInChannel(fake));

    const followUp = fake.sendMessage({
      channelId: threadId,
      content: `<@${fake.botUserId}> @everyone <@123> what did China say?`,
    });
    const reply = await botReplyTo(fake, followUp);

    const sent = fake.requests.find(
      (request) =>
        request.route === 'POST /channels/:channel/messages' &&
        request.params.channel === threadId &&
        request.response !== null &&
        (request.response as { id?: string }).id === reply.id,
    );
    expect((sent?.body as { allowed_mentions: unknown }).allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(embedOf(reply).title).toBe('\\@everyone \\<\\@123> what did China say?');
    expect(reply.mentions).toEqual([]);
  });
});

describe('a conversation in a follow-up thread', () => {
  const OTHER = { id: '990000000000000001', username: 'alice' };

  /** Waits until the bot has handled `after` (a later question of the asker is answered) and returns its replies to `message`. */
  async function repliesTo(fake: FakeDiscord, threadId: string, message: FakeMessage): Promise<FakeMessage[]> {
    const probe = fake.sendMessage({ channelId: threadId, content: `<@${fake.botUserId}> who is Kim Seol-hwa?` });
    await botReplyTo(fake, probe);
    return fake
      .messagesIn(threadId)
      .filter((reply) => reply.author.id === fake.botUserId && reply.message_reference?.message_id === message.id);
  }

  test('GIVEN Follow up in thread is clicked THEN the clicker is added to the thread', async () => {
    const { fake } = await start();
    const threadId = await openThread(fake, await askInChannel(fake));

    await fake.waitUntil(() => (fake.threadMembersAdded(threadId).length > 0 ? true : undefined));
    expect(fake.threadMembersAdded(threadId)).toEqual([fake.defaultUser.id]);
  });

  test('GIVEN the default 3 s cooldown WHEN the asker writes a follow-up one second after opening the thread THEN it waits its turn, typing, and is answered', async () => {
    const { fake } = await start({ config: { cooldownSeconds: 3 } });
    const threadId = await openThread(fake, await askInChannel(fake));
    await new Promise((resolve) => setTimeout(resolve, 1000));

    const followUp = fake.sendMessage({ channelId: threadId, content: 'what did China say?' });
    const reply = await botReplyTo(fake, followUp);

    expect(excerptsOf(reply)[0]?.text).toContain('Chinese Foreign Ministry');
    expect(
      fake.requests.some(
        (request) => request.route === 'POST /channels/:channel/typing' && request.params.channel === threadId,
      ),
    ).toBe(true);
    expect(fake.messagesIn(threadId).some((message) => /wait/i.test(message.content ?? ''))).toBe(false);
  });

  test('GIVEN "and what did China say?" THEN "when did she say that?" is answered from it: the spokeswoman’s briefing on Thursday', async () => {
    const { fake } = await start();
    const threadId = await openThread(fake, await askInChannel(fake));

    const first = fake.sendMessage({ channelId: threadId, content: 'and what did China say?' });
    expect(excerptsOf(await botReplyTo(fake, first))[0]?.text).toMatch(/Chinese Foreign Ministry|Mao/);
    const second = fake.sendMessage({ channelId: threadId, content: 'when did she say that?' });
    const reply = await botReplyTo(fake, second);

    expect(
      excerptsOf(reply)
        .slice(0, 3)
        .map((excerpt) => excerpt.text)
        .join('\n'),
    ).toContain('during a briefing on Thursday');
    expect(embedOf(reply).footer.split('\n')[0]).toBe(`Follow-up to: and what did China say? (${THREAD_QUESTION})`);
  });

  test('GIVEN "and Russia?" after "what did China say about NATO in Asia?" THEN Russia’s criticism answers, not China’s words again', async () => {
    const { fake } = await start();
    const threadId = await openThread(fake, await askInChannel(fake, 'What did China say about NATO in Asia?'));

    const reply = await botReplyTo(fake, fake.sendMessage({ channelId: threadId, content: 'and Russia?' }));

    expect(excerptsOf(reply)[0]?.text).toContain('Russia, which strongly opposes NATO');
  });

  test.each([
    ['another member thanks the bot', 'thanks!', OTHER],
    ['another member chats', 'lol, classic KCNA', OTHER],
    ['another member asks a member something', 'did you see the RT one?', OTHER],
    ['a member mentions another member', '<@990000000000000002> did you see the RT one?', OTHER],
    ['the asker thanks the bot', 'thanks, that helps', undefined],
  ])('GIVEN %s in the thread THEN the bot stays quiet', async (_what, content, author) => {
    const { fake } = await start();
    const threadId = await openThread(fake, await askInChannel(fake));

    const chatter = fake.sendMessage({ channelId: threadId, content, ...(author ? { author } : {}) });

    expect(await repliesTo(fake, threadId, chatter)).toEqual([]);
  });

  test('GIVEN another member asks a question about the coverage THEN it is answered; one the coverage cannot answer gets no reply', async () => {
    const { fake } = await start();
    const threadId = await openThread(fake, await askInChannel(fake));

    const asked = fake.sendMessage({
      channelId: threadId,
      content: 'what did Putin say about the Strategic Concept?',
      author: OTHER,
    });
    expect(excerptsOf(await botReplyTo(fake, asked))[0]?.text).toMatch(/Putin|Strategic Concept/);
    const unanswerable = fake.sendMessage({
      channelId: threadId,
      content: 'what is the weather in Oslo?',
      author: OTHER,
    });
    expect(await repliesTo(fake, threadId, unanswerable)).toEqual([]);
  });

  test('GIVEN the asker asks what the coverage cannot answer THEN the reply is one short line', async () => {
    const { fake } = await start();
    const threadId = await openThread(fake, await askInChannel(fake));

    const reply = await botReplyTo(
      fake,
      fake.sendMessage({ channelId: threadId, content: 'what is the weather in Oslo?' }),
    );

    expect(reply.embeds).toEqual([]);
    expect(reply.content?.split('\n')).toHaveLength(1);
    expect(reply.content).toMatch(/coverage/i);
  });
});

describe('follow-up threads without permission', () => {
  test('GIVEN the bot may not create threads WHEN Follow up in thread is clicked THEN the answer stays in the channel and the clicker is told why', async () => {
    const { fake } = await start();
    const answer = await askInChannel(fake);
    fake.denyThreadCreation();

    const click = fake.sendComponent({ customId: buttonId(answer, 'Follow up in thread'), messageId: answer.id });
    const outcome = await fake.waitForInteractionReply(click, { until: (o) => o.followUps.length > 0 });

    const refused = fake.requests.find(
      (request) => request.route === 'POST /channels/:channel/messages/:message/threads',
    );
    expect(refused).toMatchObject({ status: 403, fault: true });
    expect(outcome.followUps[0]?.flags).toBe(64);
    expect(outcome.followUps[0]?.content).toContain(
      'I could not open a follow-up thread here: I need the **Create Public Threads**',
    );
    expect(fake.threads()).toEqual([]);
    expect(fake.getMessage(answer.id)?.embeds).toEqual(answer.embeds);
  });

  test('GIVEN AUTO_THREAD and no permission to create threads WHEN asked THEN the answer is posted in the channel and the asker is told why', async () => {
    const { fake } = await start({ config: { autoThread: true } });
    fake.denyThreadCreation();

    const asked = fake.sendInteraction({ name: 'ask', options: { question: THREAD_QUESTION } });
    const outcome = await fake.waitForInteractionReply(asked, { until: (o) => o.followUps.length > 0 });

    expect(outcome.ephemeral).toBe(false);
    expect(excerptsOf(outcome.original).length).toBe(5);
    expect(buttonsOf(outcome.original).map((button) => button.label)).toEqual(['Previous', 'Next', '👍', '👎']);
    expect(outcome.followUps[0]?.flags).toBe(64);
    expect(outcome.followUps[0]?.content).toContain('The answer stays in the channel');
  });

  test('GIVEN AUTO_THREAD WHEN asked THEN the thread opens by itself and follow-ups in it are answered', async () => {
    const { fake } = await start({ config: { autoThread: true } });
    const answer = await askInChannel(fake);

    const note = await fake.waitForMessage(
      (message) => message.channel_id === answer.id && message.author.id === fake.botUserId && message.type === 0,
    );
    expect(fake.getChannel(answer.id)?.name).toBe(THREAD_QUESTION);
    const followUp = fake.sendMessage({ channelId: note.channel_id, content: 'what did China say?' });
    const reply = await botReplyTo(fake, followUp);
    expect(excerptsOf(reply)[0]?.text).toContain('Chinese Foreign Ministry');
  });
});

describe('follow-up threads without the Message Content intent', () => {
  const intentOff: HarnessOptions = { fake: { applicationFlags: 1 << 23 } };

  test('GIVEN the intent is off WHEN the bot connects THEN it does not ask for it, and says in the log how to enable it', async () => {
    const { fake, logs } = await start(intentOff);

    const identify = await fake.waitForIdentify();
    expect(identify.intents & GatewayIntentBits.MessageContent).toBe(0);
    expect(identify.intents & (GatewayIntentBits.Guilds | GatewayIntentBits.GuildMessages)).toBe(
      GatewayIntentBits.Guilds | GatewayIntentBits.GuildMessages,
    );
    expect(logs.join('\n')).toContain('Privileged Gateway Intents > Message Content Intent');
  });

  test('GIVEN the application settings cannot be read and the intent is off THEN Discord’s refusal (4014) makes the bot connect without it', async () => {
    const { fake, logs } = await start({
      ...intentOff,
      before: (server) => server.failNext({ method: 'GET', path: '/applications/@me', status: 500, count: 4 }),
    });

    expect(fake.gatewayConnections[0]).toMatchObject({ closeCode: 4014, closedBy: 'server' });
    expect(fake.identifies).toHaveLength(1);
    expect(fake.identifies[0]!.intents & GatewayIntentBits.MessageContent).toBe(0);
    expect(logs.join('\n')).toContain(
      'Discord refused the Message Content intent (close code 4014); connecting without it.',
    );
    const answered = await fake.waitForInteractionReply(
      fake.sendInteraction({ name: 'ask', options: { question: THREAD_QUESTION } }),
    );
    expect(excerptsOf(answered.original)).toHaveLength(5);
  });

  test('GIVEN the intent is off WHEN follow-ups arrive without text THEN the bot says once how to reach it, and answers a follow-up that mentions it', async () => {
    const { fake } = await start(intentOff);
    const threadId = await openThread(fake, await askInChannel(fake));

    const plain = fake.sendMessage({ channelId: threadId, content: 'what did China say?' });
    const notice = await botReplyTo(fake, plain);
    expect(notice.content).toContain('Message Content');
    expect(notice.content).toContain(`Mention me (<@${fake.botUserId}>)`);
    fake.sendMessage({ channelId: threadId, content: 'and Russia?' });

    const mentioning = fake.sendMessage({ channelId: threadId, content: `${fake.botMention} what did China say?` });
    const reply = await botReplyTo(fake, mentioning);

    expect(excerptsOf(reply)[0]?.text).toContain('Chinese Foreign Ministry');
    const notices = fake.messagesIn(threadId).filter((message) => message.content.includes('Message Content'));
    expect(notices).toHaveLength(1);
  });
});
