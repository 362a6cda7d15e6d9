// Discord failing under the bot: rate limits, server errors, gateway closes, interactions that arrive too late.
// Each scenario asserts what the user ends up seeing and that nothing crashed (no unhandled rejection, no
// uncaught exception, the bot still answers the next question).

import { describe, expect, test } from 'vitest';
import { buttonId, excerptsOf } from '../bot/harness.ts';
import type { FakeDiscord, InjectedInteraction } from '../../fake-discord/index.ts';
import { requestsOf, useHardened } from './harness.ts';

const QUESTION = 'NATO liaison office in Tokyo';
const APOLOGY = 'Sorry, something went wrong while answering that. It has been logged; please try again.';
const CALLBACK = { method: 'POST', path: '/interactions/:interaction/:token/callback' };
const EDIT_ORIGINAL = { method: 'PATCH', path: '/webhooks/:app/:token/messages/@original' };

const { start } = useHardened();

const errorLines = (logs: readonly string[]) => logs.filter((line) => / ERROR /.test(line));

/** The bot answers a plain question after whatever happened: it did not crash or wedge. */
async function expectStillAnswering(fake: FakeDiscord): Promise<void> {
  const outcome = await fake.waitForInteractionReply(
    fake.sendInteraction({ name: 'ask', options: { question: 'What did Kim Seol-hwa say?' } }),
  );
  expect(excerptsOf(outcome.original).length).toBeGreaterThan(0);
}

/** A follow-up thread on an answer: /ask inside it is deferred, then answered by editing the original response. */
async function followUpThread(fake: FakeDiscord): Promise<string> {
  const answer = (
    await fake.waitForInteractionReply(fake.sendInteraction({ name: 'ask', options: { question: QUESTION } }))
  ).original!;
  const click = fake.sendComponent({ customId: buttonId(answer, 'Follow up in thread'), messageId: answer.id });
  // The click ends by editing the answer to drop its button: wait for it, so faults set next do not hit it.
  await fake.waitUntil(() =>
    requestsOf(fake, click).find((request) => request.method === 'PATCH' && request.status === 200),
  );
  return fake.threads()[0]!.id;
}

function askInThread(fake: FakeDiscord, threadId: string): InjectedInteraction {
  return fake.sendInteraction({ name: 'ask', options: { question: 'what did China say?' }, channelId: threadId });
}

function attempts(fake: FakeDiscord, interaction: InjectedInteraction, route: { method: string; path: string }) {
  const pattern =
    route.path === CALLBACK.path
      ? 'POST /interactions/:interaction/:token/callback'
      : 'PATCH /webhooks/:app/:token/messages/:message';
  return requestsOf(fake, interaction)
    .filter((request) => request.route === pattern)
    .map((request) => request.status);
}

describe('REST rate limits (429)', () => {
  test.each([
    ['a route limit with its bucket headers', false],
    ['the global limit', true],
  ])(
    'GIVEN %s on the interaction callback THEN discord.js waits retry-after and the answer is posted once',
    async (_what, global) => {
      const { fake, logs } = await start();
      fake.failNext({ ...CALLBACK, status: 429, retryAfterSeconds: 0.3, global });

      const asked = fake.sendInteraction({ name: 'ask', options: { question: QUESTION } });
      const outcome = await fake.waitForInteractionReply(asked);

      expect(excerptsOf(outcome.original).length).toBeGreaterThan(0);
      expect(attempts(fake, asked, CALLBACK)).toEqual([429, 200]);
      const [refused, accepted] = requestsOf(fake, asked);
      expect(accepted!.at - refused!.at).toBeGreaterThanOrEqual(250);
      expect(errorLines(logs)).toEqual([]);
      await expectStillAnswering(fake);
    },
  );

  test('GIVEN a 429 on the edit of a deferred answer THEN the edit is retried after the wait and the answer shows', async () => {
    const { fake, logs } = await start();
    const threadId = await followUpThread(fake);
    fake.failNext({ ...EDIT_ORIGINAL, status: 429, retryAfterSeconds: 0.2 });

    const asked = askInThread(fake, threadId);
    const outcome = await fake.waitForInteractionReply(asked);

    expect(excerptsOf(outcome.original)[0]?.text).toContain('Chinese Foreign Ministry');
    expect(attempts(fake, asked, EDIT_ORIGINAL)).toEqual([429, 200]);
    expect(errorLines(logs)).toEqual([]);
  });

  test('GIVEN a rate limit longer than the 3 s window (scaled down here) THEN the late callback is refused by Discord, logged as expired and dropped', async () => {
    const { fake, logs } = await start({ fake: { interactionExpiryMs: 300 } });
    fake.failNext({ ...CALLBACK, status: 429, retryAfterSeconds: 0.5 });

    const asked = fake.sendInteraction({ name: 'ask', options: { question: QUESTION } });
    await fake.waitUntil(() => logs.find((line) => line.includes('/ask: the interaction expired')));

    expect(attempts(fake, asked, CALLBACK)).toEqual([429, 404]);
    expect(fake.interactionOutcome(asked).acknowledged).toBe(false);
    expect(errorLines(logs)).toEqual([]);
    await expectStillAnswering(fake);
    // Discord's 10062 for the late callback is the case under test, not a bot error.
    dropRequestsOf(fake, asked);
  });
});

describe('REST server errors (500, 503)', () => {
  test.each([500, 503])(
    'GIVEN one %i on the interaction callback THEN discord.js retries and the answer is posted once',
    async (status) => {
      const { fake, logs } = await start();
      fake.failNext({ ...CALLBACK, status });

      const asked = fake.sendInteraction({ name: 'ask', options: { question: QUESTION } });
      const outcome = await fake.waitForInteractionReply(asked);

      expect(excerptsOf(outcome.original).length).toBeGreaterThan(0);
      expect(attempts(fake, asked, CALLBACK)).toEqual([status, 200]);
      expect(errorLines(logs)).toEqual([]);
    },
  );

  test.each([500, 503])(
    'GIVEN one %i on the edit of a deferred answer THEN it is retried and the answer shows',
    async (status) => {
      const { fake, logs } = await start();
      const threadId = await followUpThread(fake);
      fake.failNext({ ...EDIT_ORIGINAL, status });

      const asked = askInThread(fake, threadId);
      const outcome = await fake.waitForInteractionReply(asked);

      expect(excerptsOf(outcome.original)[0]?.text).toContain('Chinese Foreign Ministry');
      expect(attempts(fake, asked, EDIT_ORIGINAL)).toEqual([status, 200]);
      expect(errorLines(logs)).toEqual([]);
    },
  );

  test("GIVEN the edit of a deferred answer failing past discord.js's retries THEN the user is told to try again, and the next question is answered", async () => {
    const { fake, logs } = await start();
    const threadId = await followUpThread(fake);
    const outage = fake.failNext({ ...EDIT_ORIGINAL, status: 503, count: Infinity });

    const asked = askInThread(fake, threadId);
    const outcome = await fake.waitForInteractionReply(asked);

    // The apology is a follow-up; after a deferral Discord shows it in place of "thinking…".
    expect(outcome.original?.content).toBe(APOLOGY);
    expect(attempts(fake, asked, EDIT_ORIGINAL)).toEqual([503, 503, 503, 503]);
    expect(errorLines(logs)).toEqual([expect.stringMatching(/\/ask failed: HTTPError: Service Unavailable/)]);
    outage.clear();
    await expectStillAnswering(fake);
  });

  test("GIVEN the interaction callback failing past discord.js's retries THEN nothing can reach the user; it is logged once, and the bot answers once Discord recovers", async () => {
    const { fake, logs } = await start();
    const outage = fake.failNext({ ...CALLBACK, status: 500, count: Infinity });

    const asked = fake.sendInteraction({ name: 'ask', options: { question: QUESTION } });
    await fake.waitUntil(() => logs.find((line) => line.includes('could not send the apology either')));

    expect(fake.interactionOutcome(asked).acknowledged).toBe(false);
    expect(errorLines(logs)).toEqual([expect.stringMatching(/\/ask failed: HTTPError: Internal Server Error/)]);
    outage.clear();
    await expectStillAnswering(fake);
  });
});

describe('gateway closes', () => {
  test('GIVEN the gateway closed with a resumable code (4000) WHEN a question is asked meanwhile THEN the client resumes, the missed interaction is replayed and answered', async () => {
    const { fake, logs } = await start();
    fake.closeGateway(4000);
    const asked = fake.sendInteraction({ name: 'ask', options: { question: QUESTION } });

    const resumed = await fake.waitForResume();
    const outcome = await fake.waitForInteractionReply(asked);

    expect(resumed.replayed).toBeGreaterThanOrEqual(1);
    expect(excerptsOf(outcome.original).length).toBeGreaterThan(0);
    expect(fake.identifies).toHaveLength(1);
    expect(errorLines(logs)).toEqual([]);
  });

  test.each([4007, 4009])(
    'GIVEN the gateway closed with a non-resumable code (%i) THEN the client identifies afresh and answers questions again',
    async (code) => {
      const { fake, logs } = await start();
      fake.closeGateway(code);

      // discord.js spaces IDENTIFYs 5 s apart (max_concurrency 1), as Discord requires: the fresh session takes that long.
      const identified = await fake.waitForIdentify(2, 10_000);
      await fake.waitUntil(() =>
        fake.dispatched.find((event) => event.t === 'GUILD_CREATE' && event.sessionId === identified.sessionId),
      );
      await expectStillAnswering(fake);

      expect(errorLines(logs)).toEqual([]);
    },
  );

  test('GIVEN the gateway closes while an answer is being sent THEN the answer still arrives (REST does not depend on the gateway)', async () => {
    const { fake, logs } = await start();
    const slow = fake.setDelay(400, CALLBACK);
    const asked = fake.sendInteraction({ name: 'ask', options: { question: QUESTION } });
    await fake.waitUntil(() => logs.find((line) => line.includes(`Interaction ${asked.id}`)));

    fake.closeGateway(4000);
    const outcome = await fake.waitForInteractionReply(asked);

    expect(excerptsOf(outcome.original).length).toBeGreaterThan(0);
    slow.clear();
    expect(errorLines(logs)).toEqual([]);
  });
});

describe('late interactions', () => {
  test('GIVEN an interaction that reaches the bot after its 3 s window (scaled down here) THEN Discord refuses the answer; it is logged as expired and dropped without an apology attempt', async () => {
    const { fake, logs } = await start({ fake: { interactionExpiryMs: 200 } });
    fake.setDelay(300, CALLBACK);

    const asked = fake.sendInteraction({ name: 'ask', options: { question: QUESTION } });
    await fake.waitUntil(() => logs.find((line) => line.includes('/ask: the interaction expired')));

    expect(attempts(fake, asked, CALLBACK)).toEqual([404]);
    expect(errorLines(logs)).toEqual([]);
    fake.clearFaults();
    await expectStillAnswering(fake);
    dropRequestsOf(fake, asked);
  });

  test('GIVEN an interaction whose token expired before its deferred answer was sent THEN it is logged as expired and dropped, with no error and no apology', async () => {
    const { fake, logs } = await start({ fake: { interactionTokenTtlMs: 300 } });
    const threadId = await followUpThread(fake);
    fake.setDelay(400, EDIT_ORIGINAL);

    const asked = askInThread(fake, threadId);
    await fake.waitUntil(() => logs.find((line) => line.includes('/ask: the interaction expired')));

    expect(attempts(fake, asked, EDIT_ORIGINAL)).toEqual([401]);
    expect(requestsOf(fake, asked).filter((request) => request.route === 'POST /webhooks/:app/:token')).toEqual([]);
    expect(errorLines(logs)).toEqual([]);
    fake.clearFaults();
    await expectStillAnswering(fake);
    dropRequestsOf(fake, asked);
  });
});

/** Discord's refusals of an interaction that a test let expire on purpose are excepted from the end-of-test check. */
function dropRequestsOf(fake: FakeDiscord, interaction: InjectedInteraction): void {
  const own = new Set(requestsOf(fake, interaction));
  fake.requests.splice(0, fake.requests.length, ...fake.requests.filter((request) => !own.has(request)));
}
