import { describe, expect, test } from 'vitest';
import { combiningFormsSpelledOut, regionsJoined } from '../../src/search/combiningForms.ts';

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

describe('regionsJoined', () => {
  const everyPart = () => true;

  test.each([
    ['stakes in the Indian and Pacific Ocean region?', 'stakes in the Indo-Pacific region?'],
    ['across the Indian Ocean and Pacific region', 'across the Indo-Pacific region'],
    ['the Asian and Pacific countries', 'the Asia-Pacific countries'],
    ['European and Atlantic security', 'Euro-Atlantic security'],
  ])('GIVEN "%s" THEN it is read as "%s"', (question, read) => {
    expect(regionsJoined(question, everyPart)).toBe(read);
  });

  test('GIVEN a coverage that does not write the compound THEN the regions stay apart', () => {
    expect(regionsJoined('the Indian and Pacific oceans', () => false)).toBe('the Indian and Pacific oceans');
  });
});
