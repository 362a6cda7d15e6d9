// The bot token never leaves the process in text: not in a log line, an error message, a stack or a cause.
// The token is made at run time (makeToken), so finding it anywhere means the code leaked it.

import { afterEach, describe, expect, test } from 'vitest';
import { SlashCommandBuilder } from 'discord.js';
import { ConfigError, loadConfig } from '../../src/config.ts';
import { createLogger } from '../../src/logger.ts';
import { startBot } from '../../src/bot/startBot.ts';
import type { Command } from '../../src/bot/types.ts';
import { buttonId, repoCommands, seedsEngine } from '../bot/harness.ts';
import { startFakeDiscord } from '../../fake-discord/index.ts';
import { makeToken, SEEDS_DIR, startHardened, watchProcess, type Hardened } from './harness.ts';

const watched = watchProcess();
let h: Hardened | null = null;

afterEach(async () => {
  await h?.close();
  h = null;
  expect(watched.failures).toEqual([]);
});

/** Everything an error carries as text: message, stack, and the same for its causes. */
function errorText(error: unknown, depth = 0): string {
  if (!(error instanceof Error) || depth > 5) return String(error);
  return [
    error.message,
    error.stack ?? '',
    JSON.stringify(error, Object.getOwnPropertyNames(error)),
    errorText(error.cause, depth + 1),
  ].join('\n');
}

describe('the bot token', () => {
  test('GIVEN a full session (answers, paging, a thread, a failing command, REST faults, a gateway close, shutdown) THEN the token is in no log line', async () => {
    const failing: Command = {
      data: new SlashCommandBuilder().setName('broken').setDescription('Always fails'),
      async execute() {
        throw new Error('index exploded');
      },
    };
    h = await startHardened({ bot: { commands: new Map([...(await repoCommands()), ['broken', failing]]) } });
    const { fake, logs, token } = h;
    const answer = (
      await fake.waitForInteractionReply(
        fake.sendInteraction({ name: 'ask', options: { question: 'NATO liaison office in Tokyo' } }),
      )
    ).original!;
    await fake.waitForInteractionReply(
      fake.sendComponent({ customId: buttonId(answer, 'Next'), messageId: answer.id }),
    );
    fake.sendComponent({ customId: buttonId(answer, 'Follow up in thread'), messageId: answer.id });
    const thread = await fake.waitUntil(() => fake.threads()[0]);
    fake.failNext({ method: 'GET', path: '/channels/:channel/messages*', status: 500, count: 4 });
    fake.sendMessage({ channelId: thread.id, content: 'what did China say?' });
    await fake.waitForInteractionReply(fake.sendInteraction({ name: 'broken' }));
    fake.failNext({
      method: 'POST',
      path: '/interactions/:interaction/:token/callback',
      status: 429,
      retryAfterSeconds: 0.1,
    });
    await fake.waitForInteractionReply(fake.sendInteraction({ name: 'sources' }));
    fake.closeGateway(4000);
    await fake.waitForResume();
    await fake.waitForInteractionReply(fake.sendInteraction({ name: 'help' }));
    await h.close();
    h = null;

    expect(logs.some((line) => line.includes('/broken failed'))).toBe(true);
    expect(logs.length).toBeGreaterThan(10);
    for (const line of logs) expect(line).not.toContain(token);
    // Nor any of its three parts (the first one is the bot's user id in base64, the last the secret).
    for (const part of token.split('.').filter((piece) => piece.length >= 6))
      expect(logs.join('\n')).not.toContain(part);
  });

  test('GIVEN a token Discord refuses (401) THEN the error thrown and everything logged name the problem but never the token', async () => {
    const fake = await startFakeDiscord({ token: makeToken() });
    const token = makeToken();
    const logs: string[] = [];
    try {
      const config = Object.freeze({
        ...loadConfig({
          DISCORD_TOKEN: token,
          DISCORD_CLIENT_ID: fake.applicationId,
          DISCORD_API_URL: fake.apiUrl,
          SEEDS_DIR,
        }),
        cooldownSeconds: 0,
      });
      const error = await startBot(
        config,
        await seedsEngine(),
        createLogger('debug', [], (line) => logs.push(line)),
        { commands: await repoCommands() },
      ).then(
        () => null,
        (thrown: unknown) => thrown,
      );
      expect(error).toBeInstanceOf(Error);
      expect((error as Error).message).toMatch(/401/);
      // The logger here redacts nothing: what is written is what the code chose to write.
      expect(errorText(error)).not.toContain(token);
      expect(logs.join('\n')).not.toContain(token);
    } finally {
      await fake.close();
    }
  });

  test.each([
    ['too short', (token: string) => token.slice(0, 30)],
    ['two parts', (token: string) => token.split('.').slice(0, 2).join('.')],
    ['with a space inside', (token: string) => token.replace('.', ' .')],
    ['quoted', (token: string) => `"${token}"`],
    ['with "Bot " in front', (token: string) => `Bot ${token}`],
    ['with a line break', (token: string) => token.replace('.', '.\n')],
  ])("GIVEN DISCORD_TOKEN %s THEN loadConfig's error names the variable but not the value", (_how, spoil) => {
    const bad = spoil(makeToken());
    let thrown: unknown = null;
    try {
      loadConfig({ DISCORD_TOKEN: bad, DISCORD_CLIENT_ID: '110000000000000000', LOG_LEVEL: 'loud' });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ConfigError);
    expect((thrown as ConfigError).message).toMatch(/DISCORD_TOKEN: does not look like a bot token/);
    expect((thrown as ConfigError).message).toMatch(/LOG_LEVEL/);
    const text = errorText(thrown);
    for (const piece of bad.split(/[\s."]+/).filter((part) => part.length >= 6 && part !== 'Bot'))
      expect(text).not.toContain(piece);
  });
});
