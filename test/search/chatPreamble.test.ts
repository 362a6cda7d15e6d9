import { describe, expect, test } from 'vitest';
import { withoutPreamble } from '../../src/search/chatPreamble.ts';

describe('withoutPreamble', () => {
  test.each([
    ['hey, quick one: on what date did the office open?', 'on what date did the office open?'],
    ['Question for the bot: who said it?', 'who said it?'],
    ['ok so: did Japan agree?', 'did Japan agree?'],
  ])('GIVEN "%s" THEN the question proper is "%s"', (question, proper) => {
    expect(withoutPreamble(question)).toBe(proper);
  });

  test.each([
    'What did Kim say: that NATO was expanding?',
    'RT reported: NATO plans an office. Is that so?',
    'one two three four five six seven: who said it?',
    'Who said it?',
  ])('GIVEN "%s" THEN it has no preamble and is kept whole', (question) => {
    expect(withoutPreamble(question)).toBe(question);
  });
});
