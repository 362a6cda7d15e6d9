// Constants and small helpers every part of the fake uses.
import type { FakeUser, FakeUserInput, JsonBody, RouteMatch } from './types.ts';
import { isObject, type JsonObject } from './validation.ts';

const DISCORD_EPOCH = 1420070400000n;
export const INTENT_GUILDS = 1 << 0;
export const INTENT_GUILD_MESSAGES = 1 << 9;
export const INTENT_MESSAGE_CONTENT = 1 << 15;
/** Application flags that enable the Message Content intent (GATEWAY_MESSAGE_CONTENT, _LIMITED). */
export const APP_FLAG_MESSAGE_CONTENT = 1 << 18;
export const APP_FLAG_MESSAGE_CONTENT_LIMITED = 1 << 19;
export const FLAG_EPHEMERAL = 1 << 6;
export const FLAG_LOADING = 1 << 7;

const P = {
  CreateInstantInvite: 1n << 0n,
  AddReactions: 1n << 6n,
  ViewChannel: 1n << 10n,
  SendMessages: 1n << 11n,
  EmbedLinks: 1n << 14n,
  AttachFiles: 1n << 15n,
  ReadMessageHistory: 1n << 16n,
  MentionEveryone: 1n << 17n,
  UseExternalEmojis: 1n << 18n,
  ChangeNickname: 1n << 26n,
  UseApplicationCommands: 1n << 31n,
  CreatePublicThreads: 1n << 35n,
  CreatePrivateThreads: 1n << 36n,
  SendMessagesInThreads: 1n << 38n,
};

/** Roughly what @everyone gets in a new guild. */
export const DEFAULT_MEMBER_PERMISSIONS =
  P.CreateInstantInvite |
  P.AddReactions |
  P.ViewChannel |
  P.SendMessages |
  P.EmbedLinks |
  P.AttachFiles |
  P.ReadMessageHistory |
  P.MentionEveryone |
  P.UseExternalEmojis |
  P.ChangeNickname |
  P.UseApplicationCommands |
  P.CreatePublicThreads |
  P.CreatePrivateThreads |
  P.SendMessagesInThreads;

export const DEFAULT_BOT_PERMISSIONS = DEFAULT_MEMBER_PERMISSIONS;

let snowflakeIncrement = 0n;
export function snowflake(at: number = Date.now()): string {
  snowflakeIncrement = (snowflakeIncrement + 1n) & 0xfffn;
  return (((BigInt(at) - DISCORD_EPOCH) << 22n) | snowflakeIncrement).toString();
}

export function snowflakeTime(id: string): number {
  return Number((BigInt(id) >> 22n) + DISCORD_EPOCH);
}

/** The shard that receives a guild's events, as Discord routes them: `(guild_id >> 22) % shard count`. */
export function shardOfGuild(guildId: string, shardCount: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(shardCount));
}

export const SNOWFLAKE = /^\d{15,21}$/;

export function asObject(body: JsonBody): JsonObject {
  return isObject(body) ? body : {};
}

export function clone<T>(value: T): T {
  return structuredClone(value);
}

/** A deep copy of an API object typed as plain JSON (our interfaces lack index signatures). */
export function json(value: object): JsonObject {
  return structuredClone(value) as JsonObject;
}

export function compilePath(pattern: string): RegExp {
  const parts = pattern.split('/').map((seg) => {
    if (seg === '*') return '.*';
    if (seg.startsWith(':')) return '[^/]+';
    return seg.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  });
  return new RegExp(`^${parts.join('/')}$`);
}

export function matches(rule: RouteMatch, method: string, path: string): boolean {
  if (rule.method && rule.method.toUpperCase() !== method) return false;
  const re = typeof rule.path === 'string' ? compilePath(rule.path) : rule.path;
  return re.test(path);
}

export function toUser(input: FakeUserInput | undefined, fallback: FakeUser): FakeUser {
  if (!input) return fallback;
  const id = input.id ?? snowflake();
  return {
    id,
    username: input.username ?? `user${id.slice(-4)}`,
    discriminator: '0',
    global_name: input.globalName ?? null,
    avatar: null,
    ...(input.bot ? { bot: true } : {}),
  };
}
