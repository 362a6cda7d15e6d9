import { describe, expect, test } from 'vitest';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { startFakeDiscord } from '../discord/fakeDiscord.ts';
import { excerptsOf, SEEDS_DIR, TOKEN } from './harness.ts';

const REPO = fileURLToPath(new URL('../../', import.meta.url));

describe('npm start with a token', () => {
  test.each(['SIGTERM', 'SIGINT'] as const)(
    'GIVEN the bot running as a process WHEN it gets %s THEN it disconnects from the gateway and exits with 0',
    async (signal) => {
      const fake = await startFakeDiscord();
      try {
        const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
          cwd: REPO,
          env: {
            PATH: process.env.PATH,
            DISCORD_TOKEN: TOKEN,
            DISCORD_CLIENT_ID: fake.applicationId,
            DISCORD_GUILD_ID: fake.guildId,
            DISCORD_API_URL: fake.apiUrl,
            SEEDS_DIR,
            LOG_LEVEL: 'info',
            COOLDOWN_SECONDS: '0',
          },
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        let stderr = '';
        child.stderr.on('data', (chunk: Buffer) => {
          stderr += chunk.toString();
        });
        const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
        await fake.waitUntil(() => (stderr.includes('Invite link:') ? true : undefined), 15_000, 'the bot to connect');

        const answered = await fake.waitForInteractionReply(fake.sendInteraction({ name: 'ask', options: { question: 'What did Kim Seol-hwa say?' } }));
        expect(excerptsOf(answered.original).length).toBeGreaterThan(0);

        child.kill(signal);
        expect(await exited).toBe(0);
        expect(fake.gatewayConnections.at(-1)).toMatchObject({ closedBy: 'client', closeCode: 1000 });
        expect(stderr).toContain(`${signal} received: disconnecting from Discord`);
        expect(stderr).toContain('Disconnected from Discord.');
        expect(stderr).not.toContain(TOKEN);
      } finally {
        await fake.close();
      }
    },
    30_000,
  );
});
