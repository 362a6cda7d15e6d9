import { describe, expect, test } from 'vitest';
import { Faults } from '../faults.ts';
import type { Gateway } from '../gateway.ts';

// The rules alone, without a server: no gateway is needed until a close is asked for.
const faults = (): Faults => new Faults({} as Gateway);

describe('Faults', () => {
  test('GIVEN a rule for two requests THEN only the two next matching requests fail, then it is spent', () => {
    const f = faults();
    const handle = f.failNext({ method: 'POST', path: '/channels/:channel/messages', status: 500, count: 2 });
    expect(f.find('GET', '/channels/1/messages')).toBeUndefined();
    expect(f.find('POST', '/channels/1/messages/2')).toBeUndefined();
    for (const left of [1, 0]) {
      const rule = f.find('POST', '/channels/1/messages');
      expect(rule).toBeDefined();
      f.take(rule!);
      expect(handle.remaining()).toBe(left);
    }
    expect(f.find('POST', '/channels/1/messages')).toBeUndefined();
  });

  test('GIVEN a route rate limit THEN the 429 carries retry-after and the bucket headers Discord sends', () => {
    const f = faults();
    f.failNext({ path: '/interactions/*', status: 429, retryAfterSeconds: 2, bucket: 'b1' });
    const reply = f.take(f.find('POST', '/interactions/1/tok/callback')!);
    expect(reply.status).toBe(429);
    expect(reply.headers).toMatchObject({
      'retry-after': '2',
      'x-ratelimit-scope': 'user',
      'x-ratelimit-limit': '5',
      'x-ratelimit-remaining': '0',
      'x-ratelimit-reset-after': '2.000',
      'x-ratelimit-bucket': 'b1',
    });
    expect(reply.body).toEqual({ message: 'You are being rate limited.', retry_after: 2, global: false });
  });

  test('GIVEN a global rate limit THEN the 429 is marked global and has no bucket', () => {
    const f = faults();
    f.failNext({ path: '*', status: 429, global: true });
    const reply = f.take(f.find('GET', '/users/@me')!);
    expect(reply.headers).toMatchObject({
      'retry-after': '0.1',
      'x-ratelimit-global': 'true',
      'x-ratelimit-scope': 'global',
    });
    expect(reply.headers?.['x-ratelimit-bucket']).toBeUndefined();
  });

  test.each([
    [503, undefined, { message: '503: Service Unavailable', code: 0 }],
    [403, 50013, { message: '403: Error', code: 50013 }],
  ])('GIVEN a %i fault THEN its body is the one Discord sends', (status, code, body) => {
    const f = faults();
    f.failNext({ path: '*', status, ...(code === undefined ? {} : { code }) });
    expect(f.take(f.find('GET', '/x')!)).toMatchObject({ status, body });
  });

  test('GIVEN delays THEN matching ones add to the base, and clearFaults removes them and spends every rule', () => {
    const f = faults();
    f.setDelay(100);
    const slowPost = f.setDelay(50, { method: 'POST', path: '/channels/:channel/messages' });
    const rule = f.failNext({ path: '*', status: 500, count: Infinity });
    expect(f.delayFor('POST', '/channels/1/messages', 10)).toBe(160);
    expect(f.delayFor('GET', '/channels/1/messages', 10)).toBe(110);
    slowPost.clear();
    expect(f.delayFor('POST', '/channels/1/messages', 0)).toBe(100);
    f.clearFaults();
    expect(f.delayFor('POST', '/channels/1/messages', 0)).toBe(0);
    expect(rule.remaining()).toBe(0);
    expect(f.find('GET', '/x')).toBeUndefined();
  });

  test('GIVEN denied thread creation THEN both thread routes answer 403 code 50013 until cleared', () => {
    const f = faults();
    const handle = f.denyThreadCreation();
    for (const path of ['/channels/1/messages/2/threads', '/channels/1/threads']) {
      expect(f.take(f.find('POST', path)!)).toMatchObject({
        status: 403,
        body: { code: 50013, message: 'Missing Permissions' },
      });
    }
    handle.clear();
    expect(f.find('POST', '/channels/1/threads')).toBeUndefined();
  });
});
