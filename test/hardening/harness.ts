// The hardening suite's harness: the real bot (startBot, commands/, router) against the loopback Discord
// server, like test/bot/harness.ts, but with a token made at run time (so no token-shaped literal is ever
// committed) that the fake server requires, every log line and process-level failure captured.

import { randomBytes } from 'node:crypto';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import type { Config } from '../../src/config.ts';
import type { BotOptions } from '../../src/bot/startBot.ts';
import type { FakeDiscord, FakeDiscordOptions, InjectedInteraction } from '../../fake-discord/index.ts';
import { SEEDS_DIR, expectDiscordRulesKept, startHarness, type Harness } from '../bot/harness.ts';

export { SEEDS_DIR };

/**
 * A bot token of Discord's shape (base64 of a user id, a 6-character timestamp, a 27-38 character HMAC),
 * random each run: a leak check then looks for a value nobody could have typed into the code.
 */
export function makeToken(): string {
  const userId = (10n ** 18n + BigInt(`0x${randomBytes(6).toString('hex')}`)).toString();
  return [
    Buffer.from(userId).toString('base64url'),
    randomBytes(4).toString('base64url'),
    randomBytes(28).toString('base64url'),
  ].join('.');
}

export interface HardenedOptions {
  fake?: FakeDiscordOptions;
  config?: Partial<Config>;
  bot?: BotOptions;
  token?: string;
}

export interface Hardened extends Harness {
  token: string;
}

/** test/bot/harness.ts's harness, with a run-time token that the fake server requires and its own data folder. */
export async function startHardened(options: HardenedOptions = {}): Promise<Hardened> {
  const token = options.token ?? makeToken();
  // Anything the bot keeps (votes, indexes) goes to a fresh folder, never the repository's data/.
  const harness = await startHarness({ ...options, token, dataDirPrefix: 'coverage-bot-hardening-' });
  return Object.assign(harness, { token });
}

/**
 * One hardened bot per test: `start` launches it; after each test it is closed, checked against Discord's
 * rules (and `check`, when given), and the file must have had no unhandled rejection or uncaught exception.
 */
export function useHardened(check?: (closed: Hardened) => void): {
  start: (options?: HardenedOptions) => Promise<Hardened>;
  current: () => Hardened | null;
} {
  const watched = watchProcess();
  let running: Hardened | null = null;
  afterEach(async () => {
    const done = running;
    running = null;
    if (done) {
      await done.close();
      expectDiscordRulesKept(done.fake);
      check?.(done);
    }
    expect(watched.failures).toEqual([]);
  });
  return {
    start: async (options = {}) => {
      running = await startHardened(options);
      return running;
    },
    current: () => running,
  };
}

/**
 * Collects unhandled rejections and uncaught exceptions for the whole file: a bot that "recovers" by leaving a
 * rejected promise behind crashes a production process (Node's default is to exit on them).
 */
export function watchProcess(): { failures: unknown[] } {
  const watched = { failures: [] as unknown[] };
  const onFailure = (error: unknown) => {
    watched.failures.push(error);
  };
  beforeAll(() => {
    process.on('unhandledRejection', onFailure);
    process.on('uncaughtException', onFailure);
  });
  afterAll(() => {
    process.off('unhandledRejection', onFailure);
    process.off('uncaughtException', onFailure);
  });
  return watched;
}

/** Requests about one interaction: its callback and every webhook call made with its token. */
export function requestsOf(fake: FakeDiscord, interaction: InjectedInteraction) {
  return fake.requests.filter(
    (request) => request.params.interaction === interaction.id || request.params.token === interaction.token,
  );
}

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;
}
