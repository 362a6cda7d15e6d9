// SIGTERM while questions are being answered, on the real process (npm start's src/main.ts): answers already
// on their way finish, the others are never half-sent, the gateway is closed by the client and the exit code is 0.

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { startFakeDiscord, type InjectedInteraction } from '../../fake-discord/index.ts';
import { startBotProcess } from '../bot/harness.ts';
import { makeToken, requestsOf } from './harness.ts';

describe('SIGTERM during a burst of questions', () => {
  test('GIVEN 40 questions in flight (Discord slow to take the answers) WHEN the process gets SIGTERM THEN each is answered whole or not at all, the client disconnects and the exit code is 0', async () => {
    const token = makeToken();
    const fake = await startFakeDiscord({ token });
    try {
      const bot = await startBotProcess(fake, {
        token,
        logLevel: 'debug',
        dataDir: mkdtempSync(join(tmpdir(), 'coverage-bot-shutdown-')),
      });

      // Every answer takes 400 ms to reach Discord, so the signal lands while they are in flight.
      fake.setDelay(400, { method: 'POST', path: '/interactions/:interaction/:token/callback' });
      const burst: InjectedInteraction[] = Array.from({ length: 40 }, (_, index) =>
        fake.sendInteraction({
          name: 'ask',
          options: { question: index % 2 ? 'NATO liaison office in Tokyo' : 'What did Kim Seol-hwa say?' },
          user: { id: `1100000000000001${String(index).padStart(2, '0')}` },
        }),
      );
      await fake.waitUntil(
        () => (burst.filter((one) => bot.stderr.includes(`Interaction ${one.id}`)).length >= 20 ? true : undefined),
        10_000,
        'the bot to take up half the burst',
      );
      bot.child.kill('SIGTERM');

      expect(await bot.exited).toBe(0);
      expect(bot.stderr).toContain('SIGTERM received: disconnecting from Discord');
      expect(bot.stderr).toContain('Disconnected from Discord.');
      expect(fake.gatewayConnections.at(-1)).toMatchObject({ closedBy: 'client', closeCode: 1000 });
      let answered = 0;
      for (const interaction of burst) {
        const outcome = fake.interactionOutcome(interaction);
        // Whole or nothing: no refused request, no "thinking…" left behind, no half-sent answer.
        expect(requestsOf(fake, interaction).filter((request) => request.status >= 400)).toEqual([]);
        expect(outcome.pending).toBe(false);
        if (outcome.acknowledged) {
          answered += 1;
          expect(outcome.original?.embeds.length ?? 0).toBe(1);
        }
      }
      expect(answered).toBeGreaterThanOrEqual(20);
      expect(bot.stderr).not.toMatch(/ ERROR /);
      expect(bot.stderr).not.toContain(token);
    } finally {
      await fake.close();
    }
  }, 30_000);
});
