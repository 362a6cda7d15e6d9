import { describe, expect, test } from 'vitest';
import { combiningFormsSpelledOut } from '../../src/search/combiningForms.ts';

describe('combiningFormsSpelledOut', () => {
  test.each([
    ['What did Putin say about Sino-Russian ties?', 'What did Putin say about Chinese-Russian ties?'],
    ['the franco-german plan', 'the french-german plan'],
    ['Was the Russo-Japanese war mentioned?', 'Was the Russian-Japanese war mentioned?'],
  ])('GIVEN "%s" THEN it is read as "%s"', (question, read) => {
    expect(combiningFormsSpelledOut(question)).toBe(read);
  });

  test.each([
    'Which outlets mention the Indo-Pacific?',
    'What is a casino?',
    'Did Sino Group comment?',
    'Euro-Atlantic',
  ])('GIVEN "%s", with no combining form before a hyphen THEN it is unchanged', (question) => {
    expect(combiningFormsSpelledOut(question)).toBe(question);
  });
});
