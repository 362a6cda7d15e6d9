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
    expect(config).toMatchObject({ discordToken: null, seedsDir: 'seeds', dataDir: 'data', logLevel: 'info', autoThread: false, cooldownSeconds: 3 });
    expect(Object.isFrozen(config)).toBe(true);
  });

  test('GIVEN every mistake at once THEN one line per variable, each naming it', () => {
    const problems = problemsOf({ DISCORD_TOKEN: 'abc', DISCORD_GUILD_ID: 'abc', DISCORD_API_URL: 'ftp:/x', LOG_LEVEL: 'loud', AUTO_THREAD: 'maybe', COOLDOWN_SECONDS: '-1' });
    expect(problems.map((problem) => problem.split(':')[0]).sort()).toEqual(
      ['AUTO_THREAD', 'COOLDOWN_SECONDS', 'DISCORD_API_URL', 'DISCORD_CLIENT_ID', 'DISCORD_GUILD_ID', 'DISCORD_TOKEN', 'LOG_LEVEL'],
    );
    expect(problems.find((problem) => problem.startsWith('DISCORD_GUILD_ID'))).toBe('DISCORD_GUILD_ID: expected a numeric Discord id (17-20 digits), got "abc"');
  });

  test('GIVEN a token pasted into the wrong setting THEN the error does not echo it', () => {
    const problems = problemsOf({ DISCORD_CLIENT_ID: tokenLike, LOG_LEVEL: tokenLike });
    expect(problems.length).toBe(2);
    for (const problem of problems) expect(problem).not.toContain(tokenLike.slice(0, 12));
  });

  test('GIVEN a token and client id THEN the bot settings are read', () => {
    const config = loadConfig({ DISCORD_TOKEN: tokenLike, DISCORD_CLIENT_ID: '123456789012345678', DISCORD_API_URL: 'http://127.0.0.1:9/api/', AUTO_THREAD: 'yes' });
    expect(config).toMatchObject({ discordToken: tokenLike, discordClientId: '123456789012345678', discordApiUrl: 'http://127.0.0.1:9/api', autoThread: true });
  });
});
