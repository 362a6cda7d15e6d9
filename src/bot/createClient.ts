import { Client, GatewayIntentBits } from 'discord.js';
import type { Config } from '../config.ts';
import { NO_MENTIONS } from './reply.ts';

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
    ...(config.discordApiUrl ? { rest: { api: config.discordApiUrl } } : {}),
  });
}
