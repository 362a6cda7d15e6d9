// Two bots on one DATA_DIR (an overlapping restart) overwrite each other's votes; the second refuses to start.

import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { LOCK_FILE } from '../../src/dataDirLock.ts';
import { startFakeDiscord } from '../../fake-discord/index.ts';
import { excerptsOf, spawnBotProcess, startBotProcess, TOKEN } from './harness.ts';

describe('npm start: one bot per data folder', () => {
  test('GIVEN a bot running on a data folder WHEN a second starts on it THEN the second exits with 1 and one line naming the folder and the first pid, and the first keeps answering; WHEN the first stops cleanly THEN the folder is free for the next', async () => {
    const fake = await startFakeDiscord();
    const dataDir = mkdtempSync(join(tmpdir(), 'coverage-bot-two-'));
    try {
      const first = await startBotProcess(fake, { token: TOKEN, logLevel: 'info', dataDir });
      expect(readdirSync(dataDir)).toContain(LOCK_FILE);

      const second = spawnBotProcess(fake, { token: TOKEN, logLevel: 'info', dataDir });
      let stderr = '';
      second.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
      });
      const code = await new Promise<number | null>((resolve) => second.once('exit', resolve));
      expect(code).toBe(1);
      const errors = stderr.split('\n').filter((line) => line.includes(' ERROR '));
      expect(errors).toEqual([
        expect.stringContaining(
          `The data folder "${dataDir}" is in use by another coverage-bot (pid ${first.child.pid})`,
        ),
      ]);
      expect(stderr).not.toContain('Invite link:');
      expect(stderr).not.toMatch(/\n\s+at /);

      const answered = await fake.waitForInteractionReply(
        fake.sendInteraction({ name: 'ask', options: { question: 'What did Kim Seol-hwa say?' } }),
      );
      expect(excerptsOf(answered.original).length).toBeGreaterThan(0);

      first.child.kill('SIGTERM');
      expect(await first.exited).toBe(0);
      expect(readdirSync(dataDir)).not.toContain(LOCK_FILE);

      const next = await startBotProcess(fake, { token: TOKEN, logLevel: 'info', dataDir });
      next.child.kill('SIGTERM');
      expect(await next.exited).toBe(0);
    } finally {
      await fake.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 60_000);
});
