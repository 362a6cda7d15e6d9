import { describe, expect, test } from 'vitest';
import { createLogger, logUnexpectedError } from '../src/logger.ts';

/**
 * Shaped like a bot token (the bot's id in base64, a time stamp, the secret); made up, and assembled at run time
 * so no token-shaped text sits in the repository.
 */
const TOKEN = ['MTAwMDAwMDAwMDAwMDAwMDAwMQ', 'GhT2xQ', 'q7Vb0cLrZ3p9yWm4KfN1sE8uDa6Hj2ToXi5Rg'].join('.');
const OTHER_TOKEN = ['OTk5OTk5OTk5OTk5OTk5OTk5OQ', 'Ab-12_', 'ZZZZzzzzYYYYyyyyXXXXxxxxWWWWwwww-_01'].join('.');

function capture(secrets: readonly (string | null)[] = []) {
  const lines: string[] = [];
  return { log: createLogger('debug', secrets, (line) => lines.push(line)), lines };
}

describe('logUnexpectedError', () => {
  test('GIVEN an uncaught error carrying the configured token in its message, stack and cause THEN one error line, the token redacted everywhere', () => {
    const { log, lines } = capture([TOKEN]);
    const error = new Error(`Request to https://discord.com/api with Authorization: Bot ${TOKEN} failed`, {
      cause: new Error(TOKEN),
    });

    logUnexpectedError(log, error);

    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /ERROR coverage-bot stopped on an unexpected error: Error: Request to https:\/\/discord\.com\/api with Authorization: Bot \[redacted\] failed\n {4}at /,
    );
    expect(lines[0]).not.toContain(TOKEN);
    expect(lines[0]).not.toContain(TOKEN.split('.')[2]);
  });

  test('GIVEN a token-shaped string that is not the configured one (or before the config is read) THEN it is redacted too', () => {
    const { log, lines } = capture();
    logUnexpectedError(log, new Error(`login failed for ${OTHER_TOKEN}; retry with "${TOKEN}"`));
    expect(lines[0]).toContain('login failed for [redacted]; retry with "[redacted]"');
    expect(lines.join('\n')).not.toContain(OTHER_TOKEN.split('.')[2]);
    expect(lines.join('\n')).not.toContain(TOKEN.split('.')[2]);
  });

  test('GIVEN a thrown value that is not an Error THEN it is logged as text, redacted', () => {
    const { log, lines } = capture([TOKEN]);
    logUnexpectedError(log, `plain ${TOKEN}`);
    expect(lines[0]).toMatch(/ERROR coverage-bot stopped on an unexpected error: plain \[redacted\]$/);
  });
});

describe('createLogger', () => {
  test.each([
    'Loaded the search index from .index/engine.json (seeds unchanged since it was written)',
    '/add-article: user 200000000000000001 added added_0123456789abcdef.md ("Volunteers relight the Skerryvale lighthouse", 4 passages)',
    'Vote up -> down on answer 0123456789abcdef by user 200000000000000003',
    'Skipped seed file 000_f71c56816dc1f524.pdf.backup.tmp: not a text file',
    'GET https://cdn.discordapp.com/attachments/123456789012345678/123456789012345678/a_very_long_file_name_of_an_article.txt',
  ])('GIVEN an ordinary line (%s) THEN nothing in it is redacted', (message) => {
    const { log, lines } = capture([TOKEN]);
    log.info(message);
    expect(lines[0]?.endsWith(message)).toBe(true);
  });

  test.each([
    ['a megabyte of letters', 'a'.repeat(1_000_000)],
    ['a megabyte of letters with a dot every 50', `${'a'.repeat(49)}.`.repeat(20_000)],
  ])('GIVEN a line of %s THEN it is logged in linear time', (_what, message) => {
    const { log, lines } = capture([TOKEN]);
    const started = performance.now();
    log.warn(message);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(lines).toHaveLength(1);
  });
});
