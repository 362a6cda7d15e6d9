import { describe, expect, test } from 'vitest';
import { startFakeDiscord } from '../../fake-discord/index.ts';
import { excerptsOf, startBotProcess, TOKEN } from './harness.ts';

describe('npm start with a token', () => {
  test.each(['SIGTERM', 'SIGINT'] as const)(
    'GIVEN the bot running as a process WHEN it gets %s THEN it disconnects from the gateway and exits with 0',
    async (signal) => {
      const fake = await startFakeDiscord();
      try {
        const bot = await startBotProcess(fake, { token: TOKEN, logLevel: 'info' });

        const answered = await fake.waitForInteractionReply(
          fake.sendInteraction({ name: 'ask', options: { question: 'What did Kim Seol-hwa say?' } }),
        );
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

describe('npm start: the last resort', () => {
  test('GIVEN the running bot WHEN an exception carrying the token escapes every handler THEN it is logged through the logger with the token redacted, and the process exits with 1', async () => {
    const fake = await startFakeDiscord();
    try {
      // Loaded before src/main.ts: on SIGUSR2 it throws, outside any handler of the bot, an error naming the token.
      const throwOnSignal = `data:text/javascript,process.on('SIGUSR2', () => { throw new Error('Request failed for Authorization: Bot ' + process.env.DISCORD_TOKEN); });`;
      const bot = await startBotProcess(fake, {
        token: TOKEN,
        logLevel: 'info',
        nodeArgs: ['--import', throwOnSignal],
      });

      bot.child.kill('SIGUSR2');
      expect(await bot.exited).toBe(1);
      expect(bot.stderr).toMatch(
        /ERROR coverage-bot stopped on an unexpected error: Error: Request failed for Authorization: Bot \[redacted\]\n {4}at /,
      );
      expect(bot.stderr).not.toContain(TOKEN);
      expect(bot.stderr).not.toContain(TOKEN.split('.')[2]);
    } finally {
      await fake.close();
    }
  }, 30_000);
});
