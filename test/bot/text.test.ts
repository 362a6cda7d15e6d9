import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
  ELLIPSIS,
  escapeMarkdown,
  fitEscaped,
  readFitted,
  searchTextOf,
  truncate,
  unescapeMarkdown,
  withoutMentionOf,
} from '../../src/bot/text.ts';

/** Strings rich in markdown, mention and line-start syntax, plus arbitrary unicode. */
const markdownish = fc.oneof(
  fc.string({
    unit: fc.constantFrom(
      '\\',
      '*',
      '_',
      '~',
      '`',
      '|',
      '[',
      ']',
      '(',
      ')',
      '<',
      '>',
      '@',
      '#',
      '-',
      '+',
      '.',
      '1',
      ':',
      '…',
      'a',
      ' ',
      '\n',
      'everyone',
      'here',
    ),
    maxLength: 60,
    size: 'max',
  }),
  fc.string({ unit: 'grapheme', maxLength: 60, size: 'max' }),
);

describe('escapeMarkdown', () => {
  test.each([
    ['**bold** and _italic_', '\\*\\*bold\\*\\* and \\_italic\\_'],
    ['<@123> and <@&456> and <#789>', '\\<\\@123> and \\<\\@&456> and \\<#789>'],
    ['@everyone @here', '\\@everyone \\@here'],
    ['# heading', '\\# heading'],
    ['-# subtext', '\\-# subtext'],
    ['- item', '\\- item'],
    ['> quote', '\\> quote'],
    ['1. first', '1\\. first'],
    ['||spoiler|| `code` ~~gone~~', '\\|\\|spoiler\\|\\| \\`code\\` \\~\\~gone\\~\\~'],
    ['[link](https://example.com)', '\\[link\\](https://example.com)'],
    ['U.S.-led, Asia-Pacific, 3 > 2', 'U.S.-led, Asia-Pacific, 3 > 2'],
    ['a \\ backslash', 'a \\\\ backslash'],
  ])('GIVEN %j THEN it shows as typed: %j', (text, escaped) => {
    expect(escapeMarkdown(text)).toBe(escaped);
  });

  test('GIVEN any text THEN unescaping the escaped text gives it back exactly', () => {
    fc.assert(fc.property(markdownish, (text) => unescapeMarkdown(escapeMarkdown(text)) === text));
  });

  test('GIVEN any text THEN every "@" and "<" in the escaped text is escaped, so no mention can render', () => {
    fc.assert(
      fc.property(markdownish, (text) => {
        const escaped = escapeMarkdown(text);
        for (const match of escaped.matchAll(/(\\*)[@<]/g)) expect((match[1] ?? '').length % 2).toBe(1);
      }),
    );
  });
});

describe('truncate', () => {
  test.each([
    ['short', 10, 'short'],
    ['the quick brown fox', 12, 'the quick…'],
    ['abcdefghijklmnop', 8, 'abcdefg…'],
  ])('GIVEN %j cut to %i THEN %j', (text, max, expected) => {
    expect(truncate(text, max)).toBe(expected);
  });

  test('GIVEN any text and limit THEN the result fits and never ends in half a surrogate pair', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), fc.integer({ min: 0, max: 300 }), (text, max) => {
        const cut = truncate(text, max);
        expect(cut.length).toBeLessThanOrEqual(max);
        expect(/[\uD800-\uDBFF]$/.test(cut.replace(new RegExp(`${ELLIPSIS}$`), ''))).toBe(false);
        if (text.length <= max) expect(cut).toBe(text);
      }),
    );
  });
});

describe('fitEscaped', () => {
  test('GIVEN any text and limit THEN the escaped text fits, reads back to the kept prefix, and says whether it was cut', () => {
    fc.assert(
      fc.property(markdownish, fc.integer({ min: 2, max: 120 }), (text, max) => {
        const fitted = fitEscaped(text, max);
        expect(fitted.shown.length).toBeLessThanOrEqual(max);
        expect(text.startsWith(fitted.kept)).toBe(true);
        expect(readFitted(fitted.shown)).toEqual({ text: fitted.kept, cut: fitted.cut });
        if (!fitted.cut) expect(fitted.kept).toBe(text);
      }),
    );
  });

  test('GIVEN a long question THEN it is cut at a word and marked with an ellipsis', () => {
    const fitted = fitEscaped('What did the **Chinese** Foreign Ministry say about the office', 40);
    expect(fitted).toEqual({
      shown: 'What did the \\*\\*Chinese\\*\\* Foreign…',
      kept: 'What did the **Chinese** Foreign',
      cut: true,
    });
  });

  test('GIVEN a question that really ends with an ellipsis THEN it is not read back as cut', () => {
    expect(readFitted(fitEscaped('and then…', 50).shown)).toEqual({ text: 'and then…', cut: false });
  });
});

describe('searchTextOf', () => {
  test.each([
    ['@everyone <@123> what did **Kim** say?', 'what did **Kim** say?'],
    ['<@!42> <@&7> <#9> @here NATO', 'NATO'],
    ['email me@example.com', 'email me@example.com'],
  ])('GIVEN %j THEN mentions are not searched for: %j', (question, searched) => {
    expect(searchTextOf(question)).toBe(searched);
  });

  test('GIVEN a message mentioning the bot THEN only that mention is removed', () => {
    expect(withoutMentionOf('42', '<@42> what did <@7> say? <@!42>')).toBe('what did <@7> say?');
  });
});
