import { describe, expect, test } from 'vitest';
import {
  isPostgresUrl,
  schemeOf,
  secretsOf,
  shownDatabaseUrl,
  withoutPassword,
} from '../../src/feedback/databaseUrl.ts';
import { createLogger } from '../../src/logger.ts';

// Made at run time, so that no password-shaped text is committed and finding it anywhere means a leak.
const password = `pw-${Math.random().toString(36).slice(2)}`;

describe('databaseUrl', () => {
  test.each([
    [`postgresql://bot:${password}@db.example:5432/coverage`, 'postgresql://bot:***@db.example:5432/coverage'],
    ['postgres://bot@db.example/coverage', 'postgres://bot@db.example/coverage'],
    [
      `postgresql://db.example/coverage?user=bot&password=${password}&sslmode=require`,
      'postgresql://db.example/coverage?user=bot&password=***&sslmode=require',
    ],
    // Not percent-encoded, as people paste them: everything up to the last @ is the user part.
    [`postgresql://bot:${password}/#@x@db.example/coverage`, 'postgresql://bot:***@db.example/coverage'],
  ])('GIVEN %s THEN it is shown as %s', (url, shown) => {
    expect(isPostgresUrl(url)).toBe(true);
    expect(shownDatabaseUrl(url)).toBe(shown);
  });

  test('GIVEN an error quoting the URL, its password encoded or not THEN the password is in neither its message nor its stack, and its code is kept', () => {
    const encoded = `${password}%40x`;
    const url = `postgresql://bot:${encoded}@db.example/coverage`;
    const error = Object.assign(new Error(`cannot parse ${url} (password ${password}@x)`), { code: 'EINVAL' });
    const clean = withoutPassword(error, url) as Error & { code?: string };
    expect(`${clean.message}\n${clean.stack}`).not.toContain(password);
    expect(clean.message).toContain('postgresql://bot:***@db.example/coverage');
    expect(clean.code).toBe('EINVAL');
  });

  test.each([
    ['mysql://x', 'mysql:'],
    [`bot:${password}@db`, null],
    ['', null],
  ])('GIVEN %j THEN its scheme is %j', (text, scheme) => {
    expect(schemeOf(text)).toBe(scheme);
  });
});

describe('secretsOf: what a log must never show', () => {
  test('GIVEN a URL with a password in its user part and as a parameter THEN the URL and both passwords, raw and decoded, are secrets a logger redacts', () => {
    const encoded = `${password}%21x`;
    const url = `postgresql://bot:${encoded}@127.0.0.1:5432/coverage?password=another-long-one`;
    const secrets = secretsOf(url);
    expect(secrets).toEqual(expect.arrayContaining([url, encoded, `${password}!x`, 'another-long-one']));
    const lines: string[] = [];
    createLogger('info', secrets, (line) => lines.push(line)).error(
      `could not connect to ${url} (${password}!x rejected)`,
    );
    expect(lines.join('\n')).not.toContain(password);
    expect(lines.join('\n')).not.toContain('another-long-one');
  });
});
