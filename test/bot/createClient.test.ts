import { LimitedCollection, MessageManager, ReactionManager } from 'discord.js';
import { describe, expect, test } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { createClient, MESSAGE_LIFETIME_SECONDS, MESSAGES_CACHED_PER_CHANNEL } from '../../src/bot/createClient.ts';

describe('createClient', () => {
  const client = createClient(loadConfig({}), { messageContent: false });

  // The cache factory discord.js calls for each manager it makes; its types name every manager class.
  const cacheFor = (manager: unknown) =>
    (client.options.makeCache as unknown as (manager: unknown, holds: unknown, of: unknown) => unknown)(
      manager,
      {},
      {},
    );

  test('GIVEN the bot client THEN each channel keeps at most a few messages in memory and reactions none', () => {
    const messages = cacheFor(MessageManager);
    expect(messages).toBeInstanceOf(LimitedCollection);
    expect((messages as LimitedCollection<string, unknown>).maxSize).toBe(MESSAGES_CACHED_PER_CHANNEL);
    expect((cacheFor(ReactionManager) as LimitedCollection<string, unknown>).maxSize).toBe(0);
  });

  test('GIVEN the bot client THEN cached messages are swept after an hour', () => {
    expect(client.options.sweepers?.messages).toMatchObject({ lifetime: MESSAGE_LIFETIME_SECONDS });
  });

  test('GIVEN the bot client THEN it never pings anyone', () => {
    expect(client.options.allowedMentions?.parse).toEqual([]);
  });
});
