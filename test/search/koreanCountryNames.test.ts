import { describe, expect, test } from 'vitest';
import { countriesNamedInEnglish, KOREAN_NAME_RULES, romanisedHangul } from '../../src/search/koreanCountryNames.ts';
import { withRuleOff } from '../ruleSwitch.ts';
import { isListedWord } from '../../src/search/englishWords.ts';

/** A coverage naming these countries and no other words of the questions below. */
const COVERAGE = new Set(['Japan', 'North', 'Korea', 'South', 'United', 'States', 'China', 'Russia']);
const written = (word: string) => COVERAGE.has(word);
const english = (word: string) => isListedWord(word.toLowerCase());
const read = (question: string) => countriesNamedInEnglish(question, written, english);

describe('romanisedHangul', () => {
  test.each([
    ['일본', 'ilbon'],
    ['북한', 'bukhan'],
    ['대한민국', 'daehanminguk'],
    ['러시아', 'reosia'],
    // A final consonant before a vowel is carried over, as Revised Romanization writes it.
    ['한국어', 'hangugeo'],
  ])('GIVEN "%s" THEN it is written "%s"', (hangul, latin) => {
    expect(romanisedHangul(hangul)).toBe(latin);
  });
});

describe('countriesNamedInEnglish', () => {
  test.each([
    ["What did Bukhan's foreign ministry say about Ilbon?", "What did North Korea's foreign ministry say about Japan?"],
    ['what does bukhan think', 'what does North Korea think'],
    ['Miguk and Jungguk', 'United States and China'],
    ['Reosia and Daehanminguk', 'Russia and South Korea'],
  ])('GIVEN "%s" THEN it is read as "%s"', (question, inEnglish) => {
    expect(read(question)).toBe(inEnglish);
  });

  test.each([
    // Names in other languages are not read: only Korean's, which CLDR writes in Hangul, are romanised.
    'the office in Japão',
    'What did China, Paris and Tokyo say?',
    'Is Ilbonese a word?',
  ])('GIVEN "%s" THEN it is unchanged', (question) => {
    expect(read(question)).toBe(question);
  });

  test('GIVEN a name the coverage writes, or an English word THEN it stays as typed', () => {
    expect(countriesNamedInEnglish('What did Ilbon say?', (word) => word === 'Ilbon' || written(word), english)).toBe(
      'What did Ilbon say?',
    );
    expect(countriesNamedInEnglish('What did Ilbon say?', written, (word) => word === 'Ilbon')).toBe(
      'What did Ilbon say?',
    );
  });

  test("GIVEN a country the coverage never names THEN its name stays as typed, to be refused in the asker's words", () => {
    // "Dogil" is Germany, which this coverage never names.
    expect(read('What did Dogil say?')).toBe('What did Dogil say?');
  });

  describe('GIVEN a romanised name typed a letter off', () => {
    test.each([
      ['the countries around Junguk', 'the countries around China'],
      ['what did Buhkan say', 'what did North Korea say'],
    ])('GIVEN "%s" THEN it is read as "%s", and not with the rule off', (question, inEnglish) => {
      expect(read(question)).toBe(inEnglish);
      withRuleOff(KOREAN_NAME_RULES, 'oneSlipOff', () => expect(read(question)).toBe(question));
    });

    test('GIVEN a word too short to tell apart ("Migk") THEN it stays as typed', () => {
      expect(read('What did Migk say?')).toBe('What did Migk say?');
    });

    test('GIVEN an English word a letter off a name the coverage writes ("gambit", "Gambia") THEN it is the word', () => {
      const withGambia = (word: string) => word === 'Gambia' || written(word);
      expect(countriesNamedInEnglish('What did the gambit say?', withGambia, english)).toBe('What did the gambit say?');
      // Not English to the reader, it would be the country: the English test is what keeps it.
      expect(countriesNamedInEnglish('What did the gambit say?', withGambia, () => false)).toBe(
        'What did the Gambia say?',
      );
    });
  });
});
