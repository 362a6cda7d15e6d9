import { describe, expect, test } from 'vitest';
import { cooldownNote, createCooldown } from '../../src/bot/cooldown.ts';

describe('createCooldown', () => {
  test('GIVEN a 10 s cooldown THEN a user waits between questions, is refused with the time left, and others are not affected', () => {
    let now = 1_000_000;
    const cooldown = createCooldown(10, () => now);

    expect(cooldown.take('u1')).toEqual({ wait: 0, firstRefusal: false });
    now += 3_500;
    expect(cooldown.take('u1')).toEqual({ wait: 7, firstRefusal: true });
    expect(cooldown.take('u1')).toEqual({ wait: 7, firstRefusal: false });
    expect(cooldown.take('u2')).toEqual({ wait: 0, firstRefusal: false });
    now += 6_500;
    expect(cooldown.take('u1')).toEqual({ wait: 0, firstRefusal: false });
  });

  test('GIVEN 0 seconds THEN nobody ever waits', () => {
    const cooldown = createCooldown(0);
    expect([cooldown.take('u'), cooldown.take('u')]).toEqual([{ wait: 0, firstRefusal: false }, { wait: 0, firstRefusal: false }]);
  });

  test.each([[1, 'Please wait 1 second before asking again.'], [7, 'Please wait 7 seconds before asking again.']])('GIVEN %i s left THEN the note reads %j', (wait, note) => {
    expect(cooldownNote(wait)).toBe(note);
  });
});
