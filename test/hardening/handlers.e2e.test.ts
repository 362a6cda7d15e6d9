// The same hostile input as handlers.property.test.ts, fewer cases, through the real discord.js client and the
// loopback server, which refuses what Discord refuses (50035 over-long, 50006 empty, 40060 twice acknowledged).

import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { encodeCustomId } from '../../src/bot/customId.ts';
import { buttonId, expectDiscordRulesKept, messageBodies } from '../bot/harness.ts';
import type { InjectedInteraction } from '../../fake-discord/index.ts';
import { hostileOutlet, hostileQuestion } from './arbitraries.ts';
import { expectNoLiveMention, expectPayloadWithinLimits } from './checks.ts';
import { requestsOf, startHardened, watchProcess, type Hardened } from './harness.ts';

const watched = watchProcess();
let h: Hardened;
let threadId: string;

beforeAll(async () => {
  h = await startHardened();
  // A follow-up thread, so that questions asked in it take the deferred path (deferReply, then an edit).
  const answer = (
    await h.fake.waitForInteractionReply(
      h.fake.sendInteraction({ name: 'ask', options: { question: 'NATO liaison office in Tokyo' } }),
    )
  ).original!;
  h.fake.sendComponent({ customId: buttonId(answer, 'Follow up in thread'), messageId: answer.id });
  threadId = (await h.fake.waitUntil(() => h.fake.threads()[0])).id;
});

afterAll(async () => {
  await h.close();
  expectDiscordRulesKept(h.fake);
  expect(h.logs.filter((line) => / ERROR /.test(line))).toEqual([]);
  expect(watched.failures).toEqual([]);
});

/** The one visible answer of an interaction, checked as the server received it. */
function expectOneSafeAnswer(interaction: InjectedInteraction, where: string): void {
  const outcome = h.fake.interactionOutcome(interaction);
  expect(outcome.errors, where).toEqual([]);
  expect(outcome.acknowledged, where).toBe(true);
  const sent = messageBodies(h.fake).filter(({ request }) => requestsOf(h.fake, interaction).includes(request));
  expect(sent.length, where).toBe(1);
  for (const { body } of sent) {
    expect(body.allowed_mentions, where).toEqual({ parse: [], replied_user: false });
    expectPayloadWithinLimits(body as { content?: string; embeds?: unknown[] }, where);
    expectNoLiveMention(body as { content?: string; embeds?: unknown[] }, where);
  }
}

describe('/ask end to end over any input', () => {
  test('GIVEN any question, outlet and hide, in a channel or a follow-up thread THEN Discord accepts exactly one answer, pinging nobody', async () => {
    const outlets = ['Al Mayadeen English', 'Asia-Pacific Research', 'RT'];
    await fc.assert(
      fc.asyncProperty(
        hostileQuestion,
        hostileOutlet(outlets),
        fc.boolean(),
        fc.boolean(),
        async (question, outlet, hide, inThread) => {
          const options: Record<string, string | boolean> = { question, hide };
          if (outlet !== null) options.outlet = outlet;
          const asked = h.fake.sendInteraction({ name: 'ask', options, ...(inThread ? { channelId: threadId } : {}) });
          await h.fake.waitForInteractionReply(asked);
          expectOneSafeAnswer(asked, JSON.stringify({ question: question.slice(0, 80), outlet, hide, inThread }));
        },
      ),
      { numRuns: 60 },
    );
  });

  test('GIVEN any custom_id clicked on an answer (forged, stale, out of range) THEN the click gets one polite answer or a page, and nothing breaks', async () => {
    const answer = (
      await h.fake.waitForInteractionReply(h.fake.sendInteraction({ name: 'ask', options: { question: 'NATO' } }))
    ).original!;
    const arg = fc.oneof(
      fc.integer({ min: -5, max: 10_000 }).map(String),
      fc.string({ maxLength: 12 }),
      fc.constantFrom('-', '', '0', '1e9', 'NaN', '99999999999999999999'),
    );
    const customId = fc.oneof(
      // Forged: anything a modified client could send, not only what encodeCustomId would make.
      fc.array(arg, { maxLength: 4 }).map((args) => ['ask', 'more', ...args].join(':').slice(0, 100)),
      fc.array(arg, { maxLength: 3 }).map((args) => ['sources', 'more', ...args].join(':').slice(0, 100)),
      fc.nat({ max: 40 }).map((offset) => encodeCustomId('ask', 'more', [offset, 'ffffffff', '-'])),
      fc.constantFrom('ask:thread', 'ask', 'ask:', ':', 'help:more:1', 'ask:more:1:zzzzzzzz:0'),
      hostileQuestion.map((text) => text.slice(0, 100)).filter((text) => text.length > 0),
    );
    await fc.assert(
      fc.asyncProperty(customId, async (id) => {
        const clicked = h.fake.sendComponent({ customId: id, messageId: answer.id });
        await h.fake.waitForInteractionReply(clicked, { until: (outcome) => outcome.acknowledged && !outcome.pending });
        const outcome = h.fake.interactionOutcome(clicked);
        expect(outcome.errors, id).toEqual([]);
        // The click either pages the answer in place (7) or answers with a note only the clicker sees.
        if (outcome.callbackType !== 7)
          expect(outcome.ephemeral || outcome.followUps.every((one) => (one.flags & 64) !== 0), id).toBe(true);
      }),
      { numRuns: 40 },
    );
  });
});
