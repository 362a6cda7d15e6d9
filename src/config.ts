import { MAX_SEED_BYTES } from './corpus/readSeedFiles.ts';
import { isPostgresUrl, schemeOf } from './feedback/databaseUrl.ts';

/** Settings, read once at start-up from the environment and validated. Nothing else reads process.env. */
export interface Config {
  /** Absent: the bot answers in the terminal instead. */
  discordToken: string | null;
  discordClientId: string | null;
  discordGuildId: string | null;
  /** REST base override (a REST proxy, or the tests' loopback server). */
  discordApiUrl: string | null;
  seedsDir: string;
  dataDir: string;
  logLevel: LogLevel;
  /** Open a follow-up thread on every public answer without waiting for the button. */
  autoThread: boolean;
  /** Seconds a user waits between questions; 0 turns the cooldown off. */
  cooldownSeconds: number;
  /** Largest article file /add-article (and `npm start -- add`) accepts, in bytes. */
  maxArticleBytes: number;
  /**
   * PostgreSQL connection URL for the bot's state (votes, refusals). Absent or null: an SQLite file in
   * DATA_DIR. It may hold a password, so it is never logged or echoed (see src/feedback/databaseUrl.ts).
   */
  databaseUrl?: string | null;
  /**
   * SHARDS: run the bot as this many shards, each a process that discord.js's ShardingManager starts and watches
   * ('auto': as many as Discord recommends for the bot's servers). Absent or null: one process, no manager.
   */
  shards?: 'auto' | number | null;
  /**
   * Set in a shard process, which the ShardingManager starts with SHARDING_MANAGER, SHARDS (this shard's id) and
   * SHARD_COUNT in its environment. Absent or null: not a shard.
   */
  shard?: ShardOf | null;
}

/** One shard of several: it receives the events of the guilds whose `(guild_id >> 22) % count` is `id`. */
export interface ShardOf {
  id: number;
  count: number;
}

/**
 * Most shards SHARDS may ask for. Each shard is a process holding the whole search index (docs/scaling.md: 0.7 GiB
 * at 100,000 passages, 1.5 GiB while it loads a change), so a mistyped count would exhaust the machine before
 * Discord needed it: 64 shards serve up to 160,000 servers (Discord puts at most 2,500 on one).
 */
export const MAX_SHARDS = 64;

/** MAX_ARTICLE_BYTES when unset: 1 MiB, far more than any article's text. */
export const DEFAULT_MAX_ARTICLE_BYTES = 1024 * 1024;

export const LOG_LEVELS = ['debug', 'info', 'warn', 'error'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export class ConfigError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
    this.problems = problems;
  }
}

const SNOWFLAKE = /^\d{17,20}$/;
const TOKEN_SHAPE = /^[\w-]{20,}\.[\w-]{4,}\.[\w-]{20,}$/;

/** A frozen, typed config, or one ConfigError naming every variable that is wrong. */
export function loadConfig(env: Readonly<Record<string, string | undefined>>): Readonly<Config> {
  const problems: string[] = [];
  const value = (name: string) => {
    const raw = env[name]?.trim();
    return raw ? raw : null;
  };
  const snowflake = (name: string) => {
    const raw = value(name);
    if (raw !== null && !SNOWFLAKE.test(raw))
      problems.push(`${name}: expected a numeric Discord id (17-20 digits), got "${printable(raw)}"`);
    return raw;
  };

  const discordToken = value('DISCORD_TOKEN');
  // The token itself is never echoed, not even in an error.
  if (discordToken !== null && !TOKEN_SHAPE.test(discordToken)) {
    problems.push(
      `DISCORD_TOKEN: does not look like a bot token (three dot-separated parts; got ${discordToken.length} characters)`,
    );
  }
  const discordClientId = snowflake('DISCORD_CLIENT_ID');
  const discordGuildId = snowflake('DISCORD_GUILD_ID');
  if (discordToken !== null && discordClientId === null) {
    problems.push('DISCORD_CLIENT_ID: required with DISCORD_TOKEN (the application id, from the Developer Portal)');
  }

  const discordApiUrl = value('DISCORD_API_URL');
  if (discordApiUrl !== null && !/^https?:\/\/[^\s/]+/.test(discordApiUrl)) {
    problems.push(`DISCORD_API_URL: expected an http(s) URL, got "${printable(discordApiUrl)}"`);
  }

  const logLevel = (value('LOG_LEVEL') ?? 'info').toLowerCase();
  if (!(LOG_LEVELS as readonly string[]).includes(logLevel)) {
    problems.push(`LOG_LEVEL: expected one of ${LOG_LEVELS.join(', ')}, got "${printable(logLevel)}"`);
  }

  const autoThread = (value('AUTO_THREAD') ?? 'false').toLowerCase();
  if (!['true', 'false', '1', '0', 'yes', 'no'].includes(autoThread)) {
    problems.push(`AUTO_THREAD: expected true or false, got "${printable(autoThread)}"`);
  }

  const cooldownRaw = value('COOLDOWN_SECONDS') ?? '3';
  const cooldownSeconds = Number(cooldownRaw);
  if (!Number.isFinite(cooldownSeconds) || cooldownSeconds < 0 || cooldownSeconds > 3600) {
    problems.push(`COOLDOWN_SECONDS: expected a number of seconds from 0 to 3600, got "${printable(cooldownRaw)}"`);
  }

  const maxArticleRaw = value('MAX_ARTICLE_BYTES') ?? String(DEFAULT_MAX_ARTICLE_BYTES);
  const maxArticleBytes = Number(maxArticleRaw);
  // Seed files above MAX_SEED_BYTES are skipped when the folder is read, so an article added must stay below it.
  if (!Number.isInteger(maxArticleBytes) || maxArticleBytes < 1 || maxArticleBytes > MAX_SEED_BYTES) {
    problems.push(
      `MAX_ARTICLE_BYTES: expected a whole number of bytes from 1 to ${MAX_SEED_BYTES}, got "${printable(maxArticleRaw)}"`,
    );
  }

  const databaseUrl = value('DATABASE_URL');
  if (databaseUrl !== null && !isPostgresUrl(databaseUrl)) {
    // Only the scheme is echoed: the rest may hold a password.
    const scheme = schemeOf(databaseUrl);
    problems.push(
      `DATABASE_URL: expected a postgres:// or postgresql:// URL (postgresql://user:password@host:5432/database), got ${scheme ? `a ${printable(scheme)} URL` : `${databaseUrl.length} characters that are not a URL`}`,
    );
  }

  const { shards, shard } = shardingOf(value, problems);
  if (shards !== null && discordToken === null)
    problems.push(
      'SHARDS: needs DISCORD_TOKEN (shards are connections to Discord; without a token the bot answers in the terminal)',
    );

  if (problems.length > 0) throw new ConfigError(problems);
  return Object.freeze({
    discordToken,
    discordClientId,
    discordGuildId,
    discordApiUrl: discordApiUrl?.replace(/\/+$/, '') ?? null,
    seedsDir: value('SEEDS_DIR') ?? 'seeds',
    dataDir: value('DATA_DIR') ?? 'data',
    logLevel: logLevel as LogLevel,
    autoThread: ['true', '1', 'yes'].includes(autoThread),
    cooldownSeconds,
    maxArticleBytes,
    databaseUrl,
    shards,
    shard,
  });
}

/**
 * SHARDS as the user sets it ('auto' or a count), or, in a process the ShardingManager started (SHARDING_MANAGER
 * set), the shard it is: discord.js reuses SHARDS for the shard's id there, with SHARD_COUNT beside it.
 */
function shardingOf(
  value: (name: string) => string | null,
  problems: string[],
): { shards: 'auto' | number | null; shard: ShardOf | null } {
  const raw = value('SHARDS');
  if (value('SHARDING_MANAGER') !== null) {
    const id = raw !== null && /^\d{1,4}$/.test(raw) ? Number(raw) : NaN;
    const countRaw = value('SHARD_COUNT');
    const count = countRaw !== null && /^\d{1,4}$/.test(countRaw) ? Number(countRaw) : NaN;
    if (!(count >= 1))
      problems.push(
        `SHARD_COUNT: expected the number of shards, set by the ShardingManager, got "${printable(countRaw ?? '')}"`,
      );
    else if (!(id < count))
      problems.push(
        `SHARDS: expected this shard's number, from 0 to ${count - 1}, set by the ShardingManager, got "${printable(raw ?? '')}"`,
      );
    return { shards: null, shard: id < count ? { id, count } : null };
  }
  if (raw === null) return { shards: null, shard: null };
  if (raw.toLowerCase() === 'auto') return { shards: 'auto', shard: null };
  const count = /^\d{1,4}$/.test(raw) ? Number(raw) : NaN;
  if (!(count >= 1 && count <= MAX_SHARDS)) {
    problems.push(`SHARDS: expected auto or a whole number of shards from 1 to ${MAX_SHARDS}, got "${printable(raw)}"`);
    return { shards: null, shard: null };
  }
  return { shards: count, shard: null };
}

/** The config for a command-line entry point, or null after writing the ConfigError's lines to `report`. */
export function configOrReport(
  env: Readonly<Record<string, string | undefined>>,
  report: (text: string) => void,
): Readonly<Config> | null {
  try {
    return loadConfig(env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    report(error.message);
    return null;
  }
}

/** A value safe to echo: never anything that could be a pasted token or other secret. */
function printable(text: string): string {
  if (text.length > 40 || TOKEN_SHAPE.test(text)) return `<${text.length} characters, not shown>`;
  const shown = text.length > 40 ? `${text.slice(0, 40)}…` : text;
  return shown.replace(/[^\x20-\x7E]/g, '?');
}
