import { describe, expect, test } from 'vitest';
import { termsOf } from '../../src/search/analyzer.ts';
import { nearDuplicateGroups, termSimilarity } from '../../src/search/nearDuplicates.ts';

describe('termsOf', () => {
  test.each([
    ['U.S.-led alliance', 'US-led alliance'],
    ['Pyŏngyang’s “vigilance”', 'Pyongyang\'s "vigilance"'],
    ['NATO’S ATTEMPT', "nato's attempt"],
    ['partnerships', 'partnership'],
    ['the 1930s', "the '30s"],
    ['the Thirties', 'the 30s'],
  ])('GIVEN "%s" THEN it indexes like "%s"', (a, b) => {
    expect(termsOf(a)).toEqual(termsOf(b));
  });

  test('GIVEN "US" in capitals THEN it is the country, and "us" the pronoun is a stop word', () => {
    expect(termsOf('the US said')).toEqual(['usa']);
    expect(termsOf('not us')).toEqual([]);
  });

  test('GIVEN a year THEN it is not its decade', () => {
    expect(termsOf('1930')).not.toEqual(termsOf('1930s'));
  });
});

describe('nearDuplicateGroups', () => {
  const set = (id: string, articleId: string, text: string) => ({ id, articleId, terms: new Set(termsOf(text)) });

  test('GIVEN a sentence lightly reworded by another outlet THEN the two group; GIVEN another topic THEN not', () => {
    const rt = set(
      'rt#p2',
      'rt',
      'Kim Seol-hwa said Washington is gradually pushing NATO into Asia through partnerships with regional powers.',
    );
    const alm = set(
      'alm#p3',
      'alm',
      'Kim Seol-hwa said Washington is steadily pushing NATO into Asia through alliances with regional powers.',
    );
    const other = set('alm#p9', 'alm', 'Stoltenberg met Hayashi at the headquarters in Brussels on April 4.');
    expect(termSimilarity(rt.terms, alm.terms)).toBeGreaterThan(0.7);
    const groups = nearDuplicateGroups([rt, alm, other]);
    expect(groups.get('rt#p2')).toEqual(['rt#p2', 'alm#p3']);
    expect(groups.has('alm#p9')).toBe(false);
  });
});
