// The PostgreSQL store's connection, against the real server of test/db/ (its password made at run time).

import { describe, expect, test } from 'vitest';
import { createLogger } from '../../src/logger.ts';
import { openFeedbackStore } from '../../src/feedback/feedbackStore.ts';
import { DatabaseUnreachableError } from '../../src/feedback/postgresDatabase.ts';
import { passwordOf, useBackends } from '../db/backends.ts';

const postgres = useBackends().find((backend) => backend.name === 'PostgreSQL')!;

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

describe('the PostgreSQL store', () => {
  test('GIVEN DATABASE_URL with a password THEN the store’s location and everything it logs show the URL without it', async () => {
    const where = await postgres.fresh();
    const lines: string[] = [];
    const store = await openFeedbackStore(
      where,
      createLogger('debug', [], (line) => lines.push(line)),
    );
    await store.close();
    const password = passwordOf(where)!;
    expect(store.location).toMatch(/^postgresql:\/\/coverage_test:\*\*\*@127\.0\.0\.1:\d+\/store_\d+$/);
    expect(lines.join('\n')).toContain(store.location);
    expect(lines.join('\n')).not.toContain(password);
  });

  test('GIVEN a wrong password THEN opening fails in one line naming the URL without either password', async () => {
    const where = await postgres.fresh();
    const right = passwordOf(where)!;
    const wrong = `${right.slice(0, 6)}-wrong-${Date.now()}`;
    const error = await openFeedbackStore(
      { ...where, databaseUrl: where.databaseUrl!.replace(right, wrong) },
      createLogger('error', [], () => undefined),
    ).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(DatabaseUnreachableError);
    expect((error as Error).message).toMatch(
      /^Could not connect to the database at postgresql:\/\/coverage_test:\*\*\*@127\.0\.0\.1:\d+\/store_\d+ \(password authentication failed for user "coverage_test"\): check DATABASE_URL/,
    );
    expect(errorText(error)).not.toContain(wrong);
    expect(errorText(error)).not.toContain(right);
  });

  test('GIVEN no server at the address THEN opening fails in one line, saying so', async () => {
    const where = await postgres.fresh();
    const url = new URL(where.databaseUrl!);
    url.port = '1';
    const error = await openFeedbackStore(
      { ...where, databaseUrl: url.href },
      createLogger('error', [], () => undefined),
    ).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(DatabaseUnreachableError);
    expect((error as Error).message).toMatch(
      / \(.*ECONNREFUSED.*\): check DATABASE_URL and that the server is running\.$/,
    );
    expect(errorText(error)).not.toContain(passwordOf(where)!);
  });
});
