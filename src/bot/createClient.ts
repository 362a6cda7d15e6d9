import { Client, GatewayIntentBits, Options } from 'discord.js';
import type { Config } from '../config.ts';
import { NO_MENTIONS } from './reply.ts';

/** Messages kept in memory per channel or thread (discord.js keeps 200 by default). */
export const MESSAGES_CACHED_PER_CHANNEL = 20;
/** Cached messages older than this are swept, every MESSAGE_SWEEP_SECONDS. */
export const MESSAGE_LIFETIME_SECONDS = 3600;
const MESSAGE_SWEEP_SECONDS = 600;

export interface ClientOptions {
  /** Ask for the privileged Message Content intent (only when it is enabled for the application). */
  messageContent: boolean;
}

/**
 * A discord.js client with the intents the bot uses: Guilds (channels, threads, interactions), Guild Messages
 * (follow-ups in threads) and, when enabled, Message Content (follow-ups without mentioning the bot).
 * DISCORD_API_URL points REST at a proxy or at the tests' loopback server.
 */
export function createClient(config: Readonly<Config>, options: ClientOptions): Client {
  const intents = [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages];
  if (options.messageContent) intents.push(GatewayIntentBits.MessageContent);
  return new Client({
    intents,
    allowedMentions: { ...NO_MENTIONS, parse: [] },
    // The bot reads a thread's history from the API when it answers, never from the cache: a few messages per
    // channel are enough, and those older than an hour are swept, so memory stays flat however busy the servers are.
    makeCache: Options.cacheWithLimits({
      ...Options.DefaultMakeCacheSettings,
      MessageManager: MESSAGES_CACHED_PER_CHANNEL,
      ReactionManager: 0,
      PresenceManager: 0,
    }),
    sweepers: {
      ...Options.DefaultSweeperSettings,
      messages: { interval: MESSAGE_SWEEP_SECONDS, lifetime: MESSAGE_LIFETIME_SECONDS },
    },
    ...(config.discordApiUrl ? { rest: { api: config.discordApiUrl } } : {}),
  });
}
