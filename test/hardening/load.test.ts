// Bursts of use through the loopback server. The only time asserted is Discord's own rule (acknowledge within
// 3 s, or the interaction fails for the user); the acknowledgement times are printed, never asserted otherwise.

import { describe, expect, test } from 'vitest';
import { excerptsOf, messageBodies } from '../bot/harness.ts';
import type { FakeDiscord, InjectedInteraction } from '../../fake-discord/index.ts';
import { percentile, requestsOf, useHardened, type Hardened, type HardenedOptions } from './harness.ts';
import { WAITING_MAX } from '../../src/bot/cooldown.ts';

/** Discord's acknowledgement window: a correctness rule, not a performance target. */
const ACK_WINDOW_MS = 3000;
const CHANNELS = ['news', 'politics', 'asia', 'europe', 'offtopic'].map((name) => ({ name }));
const USERS = Array.from({ length: 20 }, (_, index) => ({
  id: `11000000000000${String(index).padStart(4, '0')}`,
  username: `reader${index}`,
}));
const QUESTIONS = [
  'NATO liaison office in Tokyo',
  'What did Kim Seol-hwa say?',
  'What did Mao Ning say?',
  'When did Stoltenberg meet Hayashi?',
  'Where will NATO summit be held in July?',
  'What does Pyongyang say Washington is doing with the alliance in Asia?',
  'What does NATO stand for?',
  'who said what about the Tokyo liaison office?',
];

const hardened = useHardened((closed) => expect(closed.logs.filter((line) => / (ERROR|WARN) /.test(line))).toEqual([]));

function start(options: HardenedOptions): Promise<Hardened> {
  return hardened.start({ ...options, fake: { channels: CHANNELS, ...options.fake } });
}

/** Exactly one accepted acknowledgement and one visible message per interaction, none refused. */
function expectAnsweredOnce(fake: FakeDiscord, interaction: InjectedInteraction): void {
  const outcome = fake.interactionOutcome(interaction);
  expect(outcome.errors).toEqual([]);
  const own = requestsOf(fake, interaction);
  const callbacks = own.filter((request) => request.route === 'POST /interactions/:interaction/:token/callback');
  expect(callbacks).toHaveLength(1);
  expect(callbacks[0]!.status).toBeLessThan(300);
  // One message: the reply itself, or a deferral ("thinking…") and the one edit that answers it.
  expect(messageBodies(fake).filter(({ request }) => own.includes(request))).toHaveLength(1);
  expect(outcome.followUps).toEqual([]);
  expect(outcome.original).not.toBeNull();
}

function report(name: string, times: readonly number[]): string {
  return `${name}: ${times.length} acknowledgements, p50 ${percentile(times, 50)} ms, p99 ${percentile(times, 99)} ms, max ${Math.max(...times)} ms`;
}

describe('a burst of questions', () => {
  test("GIVEN 200 /ask from 20 users in 5 channels at once THEN every one is acknowledged within Discord's 3 s and answered exactly once, none lost", async ({
    annotate,
  }) => {
    const { fake } = await start({ config: { cooldownSeconds: 0 } });
    const interactions = Array.from({ length: 200 }, (_, index) =>
      fake.sendInteraction({
        name: 'ask',
        options: { question: QUESTIONS[index % QUESTIONS.length]! },
        user: USERS[index % USERS.length]!,
        channelId: fake.channelIds[index % CHANNELS.length]!,
      }),
    );

    await fake.waitUntilAnswered(interactions);

    const times = interactions.map((interaction) => fake.acknowledgedAfter(interaction));
    expect(times.every((time) => time !== null && time <= ACK_WINDOW_MS)).toBe(true);
    for (const interaction of interactions) {
      expectAnsweredOnce(fake, interaction);
      const answer = fake.interactionOutcome(interaction).original!;
      expect(answer.channel_id).toBe(interaction.channelId);
      expect(excerptsOf(answer).length).toBeGreaterThan(0);
    }
    expect(new Set(interactions.map((interaction) => fake.interactionOutcome(interaction).original!.id)).size).toBe(
      200,
    );
    const line = report('burst of 200', times as number[]);
    process.stdout.write(`${line}\n`);
    await annotate(line);
  });

  test('GIVEN a per-user cooldown WHEN one user floods 60 questions among 19 others asking once THEN the flooder gets an answer now and two after waiting their turn, polite ephemeral notes for the rest, and everyone else is answered', async ({
    annotate,
  }) => {
    const { fake } = await start({ config: { cooldownSeconds: 1 } });
    const [flooder, ...others] = USERS;
    const flood: InjectedInteraction[] = [];
    const fair: InjectedInteraction[] = [];
    for (let index = 0; index < 60; index += 1) {
      flood.push(
        fake.sendInteraction({
          name: 'ask',
          options: { question: QUESTIONS[index % QUESTIONS.length]! },
          user: flooder!,
          channelId: fake.channelIds[index % CHANNELS.length]!,
        }),
      );
      const other = others[index / 3];
      if (index % 3 === 0 && other) {
        fair.push(
          fake.sendInteraction({
            name: 'ask',
            options: { question: QUESTIONS[index % QUESTIONS.length]! },
            user: other,
            channelId: fake.channelIds[index % CHANNELS.length]!,
          }),
        );
      }
    }
    expect(fair).toHaveLength(19);

    await fake.waitUntilAnswered([...flood, ...fair]);

    const times = [...flood, ...fair].map((interaction) => fake.acknowledgedAfter(interaction));
    expect(times.every((time) => time !== null && time <= ACK_WINDOW_MS)).toBe(true);
    for (const interaction of [...flood, ...fair]) expectAnsweredOnce(fake, interaction);
    const outcomes = flood.map((interaction) => fake.interactionOutcome(interaction));
    const answered = outcomes.filter((outcome) => !outcome.ephemeral);
    expect(answered).toHaveLength(1 + WAITING_MAX);
    for (const outcome of answered) expect(excerptsOf(outcome.original).length).toBeGreaterThan(0);
    for (const refused of outcomes.filter((outcome) => outcome.ephemeral)) {
      expect(refused.original?.content).toMatch(
        /^You have questions waiting already: please wait \d+ seconds? before asking again\.$/,
      );
    }
    for (const outcome of fair.map((interaction) => fake.interactionOutcome(interaction))) {
      expect(outcome.ephemeral).toBe(false);
      expect(excerptsOf(outcome.original).length).toBeGreaterThan(0);
    }
    const line = report('flood of 60 with 19 others', times as number[]);
    process.stdout.write(`${line}\n`);
    await annotate(line);
  });
});
