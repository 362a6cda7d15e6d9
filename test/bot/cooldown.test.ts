import { describe, expect, test } from 'vitest';
import { cooldownNote, createCooldown, WAITING_MAX } from '../../src/bot/cooldown.ts';

describe('createCooldown', () => {
  test('GIVEN a 10 s cooldown THEN a question inside it waits its turn instead of being dropped, and other users are not affected', () => {
    let now = 1_000_000;
    const cooldown = createCooldown(10, () => now);

    expect(cooldown.book('u1')).toEqual({ delayMs: 0 });
    now += 3_500;
    expect(cooldown.book('u1')).toEqual({ delayMs: 6_500 });
    expect(cooldown.book('u2')).toEqual({ delayMs: 0 });
  });

  test(`GIVEN ${WAITING_MAX} questions already waiting THEN the next is turned away with the seconds until a turn frees, and is not booked`, () => {
    let now = 0;
    const cooldown = createCooldown(10, () => now);
    cooldown.book('u');
    for (let i = 1; i <= WAITING_MAX; i++) expect(cooldown.book('u')).toEqual({ delayMs: i * 10_000 });
    now += 2_500;
    expect(cooldown.book('u')).toEqual({ full: true, wait: 8 });
    expect(cooldown.book('u')).toEqual({ full: true, wait: 8 });
    now += 8_000;
    expect(cooldown.book('u')).toEqual({ delayMs: 19_500 });
  });

  test('GIVEN the cooldown has passed THEN the user asks at once again', () => {
    let now = 0;
    const cooldown = createCooldown(10, () => now);
    cooldown.book('u');
    now += 10_000;
    expect(cooldown.book('u')).toEqual({ delayMs: 0 });
  });

  test('GIVEN 0 seconds THEN nobody ever waits', () => {
    const cooldown = createCooldown(0);
    expect([cooldown.book('u'), cooldown.book('u')]).toEqual([{ delayMs: 0 }, { delayMs: 0 }]);
  });

  test.each([
    [1, 'You have questions waiting already: please wait 1 second before asking again.'],
    [7, 'You have questions waiting already: please wait 7 seconds before asking again.'],
  ])('GIVEN %i s left THEN the note reads %j', (wait, note) => {
    expect(cooldownNote(wait)).toBe(note);
  });
});
