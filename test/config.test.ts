import { describe, expect, test } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.ts';

const tokenLike = ['MTEwMDAwMDAwMDAwMDAwMDAwMA', 'GaBcDe', 'abcdefghijklmnopqrstuvwxyz0123456789AB'].join('.');

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
    return [];
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
}

describe('loadConfig', () => {
  test('GIVEN no settings THEN terminal mode with defaults, frozen', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      discordToken: null,
      seedsDir: 'seeds',
      dataDir: 'data',
      logLevel: 'info',
      autoThread: false,
      cooldownSeconds: 3,
    });
    expect(Object.isFrozen(config)).toBe(true);
  });

  test('GIVEN every mistake at once THEN one line per variable, each naming it', () => {
    const problems = problemsOf({
      DISCORD_TOKEN: 'abc',
      DISCORD_GUILD_ID: 'abc',
      DISCORD_API_URL: 'ftp:/x',
      LOG_LEVEL: 'loud',
      AUTO_THREAD: 'maybe',
      COOLDOWN_SECONDS: '-1',
    });
    expect(problems.map((problem) => problem.split(':')[0]).sort()).toEqual([
      'AUTO_THREAD',
      'COOLDOWN_SECONDS',
      'DISCORD_API_URL',
      'DISCORD_CLIENT_ID',
      'DISCORD_GUILD_ID',
      'DISCORD_TOKEN',
      'LOG_LEVEL',
    ]);
    expect(problems.find((problem) => problem.startsWith('DISCORD_GUILD_ID'))).toBe(
      'DISCORD_GUILD_ID: expected a numeric Discord id (17-20 digits), got "abc"',
    );
  });

  test('GIVEN a token pasted into the wrong setting THEN the error does not echo it', () => {
    const problems = problemsOf({ DISCORD_CLIENT_ID: tokenLike, LOG_LEVEL: tokenLike });
    expect(problems.length).toBe(2);
    for (const problem of problems) expect(problem).not.toContain(tokenLike.slice(0, 12));
  });

  test('GIVEN a token and client id THEN the bot settings are read', () => {
    const config = loadConfig({
      DISCORD_TOKEN: tokenLike,
      DISCORD_CLIENT_ID: '123456789012345678',
      DISCORD_API_URL: 'http://127.0.0.1:9/api/',
      AUTO_THREAD: 'yes',
    });
    expect(config).toMatchObject({
      discordToken: tokenLike,
      discordClientId: '123456789012345678',
      discordApiUrl: 'http://127.0.0.1:9/api',
      autoThread: true,
    });
  });

  describe('DATABASE_URL', () => {
    // Made at run time, so that no password-shaped text is committed and finding it anywhere means a leak.
    const password = `pw-${Math.random().toString(36).slice(2)}-${Date.now()}`;

    test.each([
      'postgres://bot@db.example:5432/coverage',
      'postgresql://bot:secret@127.0.0.1/coverage?sslmode=require',
      'postgresql:///coverage?host=/run/postgresql',
    ])('GIVEN %s THEN it is the database URL', (url) => {
      expect(loadConfig({ DATABASE_URL: url }).databaseUrl).toBe(url);
    });

    test('GIVEN no DATABASE_URL THEN none: the SQLite file in DATA_DIR', () => {
      expect(loadConfig({ DATABASE_URL: ' ' }).databaseUrl).toBeNull();
    });

    test.each([
      [
        'another scheme',
        `mysql://bot:${password}@db/coverage`,
        'DATABASE_URL: expected a postgres:// or postgresql:// URL (postgresql://user:password@host:5432/database), got a mysql: URL',
      ],
      [
        'no scheme',
        `bot:${password}@db/coverage`,
        /^DATABASE_URL: expected a postgres:\/\/ .*, got \d+ characters that are not a URL$/,
      ],
      [
        'a space inside',
        `postgresql://bot:${password} x@db/coverage`,
        /^DATABASE_URL: expected a postgres:\/\/ .*, got a postgresql: URL$/,
      ],
    ])('GIVEN %s THEN one line names DATABASE_URL and never the password', (_what, url, expected) => {
      const problems = problemsOf({ DATABASE_URL: url });
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatch(expected);
      expect(problems[0]).not.toContain(password);
    });
  });

  describe('SHARDS', () => {
    const bot = { DISCORD_TOKEN: tokenLike, DISCORD_CLIENT_ID: '123456789012345678' };

    test.each([
      ['auto', 'auto'],
      ['AUTO', 'auto'],
      ['1', 1],
      [' 4 ', 4],
      ['64', 64],
    ] as const)('GIVEN SHARDS=%s THEN that many shards', (raw, expected) => {
      expect(loadConfig({ ...bot, SHARDS: raw })).toMatchObject({ shards: expected, shard: null });
    });

    test('GIVEN no SHARDS THEN one process', () => {
      expect(loadConfig(bot)).toMatchObject({ shards: null, shard: null });
    });

    test.each(['0', '-1', '1.5', '2 shards', '65', 'none'])(
      'GIVEN SHARDS=%s THEN one line saying what it takes',
      (raw) => {
        expect(problemsOf({ ...bot, SHARDS: raw })).toEqual([
          `SHARDS: expected auto or a whole number of shards from 1 to 64, got "${raw}"`,
        ]);
      },
    );

    test('GIVEN SHARDS without a token THEN one line: shards connect to Discord', () => {
      expect(problemsOf({ SHARDS: '2' })).toEqual([
        'SHARDS: needs DISCORD_TOKEN (shards are connections to Discord; without a token the bot answers in the terminal)',
      ]);
    });

    test('GIVEN the environment a ShardingManager gives a shard THEN it is that shard, not a manager', () => {
      expect(loadConfig({ ...bot, SHARDING_MANAGER: 'true', SHARDS: '1', SHARD_COUNT: '2' })).toMatchObject({
        shards: null,
        shard: { id: 1, count: 2 },
      });
    });

    test.each([
      ['2', '2', 'SHARDS: expected this shard\'s number, from 0 to 1, set by the ShardingManager, got "2"'],
      ['[0,1]', '2', 'SHARDS: expected this shard\'s number, from 0 to 1, set by the ShardingManager, got "[0,1]"'],
      ['0', '', 'SHARD_COUNT: expected the number of shards, set by the ShardingManager, got ""'],
    ])(
      'GIVEN a shard process with SHARDS=%s and SHARD_COUNT=%s THEN one line names the variable',
      (shards, count, expected) => {
        expect(problemsOf({ ...bot, SHARDING_MANAGER: 'true', SHARDS: shards, SHARD_COUNT: count })).toEqual([
          expected,
        ]);
      },
    );
  });
});
