import { describe, expect, test } from 'vitest';
import { threadAddress } from '../../src/bot/followUps.ts';

const message = (text: string, overrides: Partial<{ toBot: boolean; toOthers: boolean; fromAsker: boolean }> = {}) => ({
  text,
  toBot: false,
  toOthers: false,
  fromAsker: false,
  ...overrides,
});

describe('threadAddress: whom a message in a follow-up thread is for', () => {
  test.each([
    ['a mention of the bot, whatever it says', message('thanks!', { toBot: true }), 'bot'],
    [
      'a mention of the bot beside another member',
      message('what did China say?', { toBot: true, toOthers: true }),
      'bot',
    ],
    ['a question from the asker', message('when was that?', { fromAsker: true }), 'asker'],
    ['a follow-up from the asker without a question mark', message('and Russia', { fromAsker: true }), 'asker'],
    ['a question about the coverage from another member', message('what did Putin say?'), 'member'],
  ] as const)('GIVEN %s THEN it is answered (%s)', (_what, input, expected) => {
    expect(threadAddress(input)).toBe(expected);
  });

  test.each([
    ['thanks from the asker', message('thanks, that helps', { fromAsker: true })],
    ['a question to another member', message('what did you think of it?', { toOthers: true, fromAsker: true })],
    ['a question in the second person from another member', message('did you see the RT one?')],
    ['chatter from another member', message('lol, classic KCNA')],
  ])('GIVEN %s THEN the bot stays quiet', (_what, input) => {
    expect(threadAddress(input)).toBe('quiet');
  });
});
