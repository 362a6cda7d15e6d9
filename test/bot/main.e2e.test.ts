import { describe, expect, test } from 'vitest';
import { startFakeDiscord } from '../discord/fakeDiscord.ts';
import { excerptsOf, startBotProcess, TOKEN } from './harness.ts';

describe('npm start with a token', () => {
  test.each(['SIGTERM', 'SIGINT'] as const)(
    'GIVEN the bot running as a process WHEN it gets %s THEN it disconnects from the gateway and exits with 0',
    async (signal) => {
      const fake = await startFakeDiscord();
      try {
        const bot = await startBotProcess(fake, { token: TOKEN, logLevel: 'info' });

        const answered = await fake.waitForInteractionReply(fake.sendInteraction({ name: 'ask', options: { question: 'What did Kim Seol-hwa say?' } }));
        expect(excerptsOf(answered.original).length).toBeGreaterThan(0);

        bot.child.kill(signal);
        expect(await bot.exited).toBe(0);
        expect(fake.gatewayConnections.at(-1)).toMatchObject({ closedBy: 'client', closeCode: 1000 });
        expect(bot.stderr).toContain(`${signal} received: disconnecting from Discord`);
        expect(bot.stderr).toContain('Disconnected from Discord.');
        expect(bot.stderr).not.toContain(TOKEN);
      } finally {
        await fake.close();
      }
    },
    30_000,
  );
});
