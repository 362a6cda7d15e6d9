import { describe, expect, test } from 'vitest';
import { findDate } from '../../src/corpus/parseDate.ts';
import { passagesOf, PASSAGE_MAX_CHARS } from '../../src/corpus/passagesOf.ts';
import { splitSentences } from '../../src/corpus/splitSentences.ts';

describe('findDate', () => {
  test.each([
    ['Asia-Pacific Research, May 18, 2023', '2023-05-18'],
    ['16 May 2023 12:37', '2023-05-16'],
    ['Published 2023-05-16T10:00:00Z', '2023-05-16'],
    ['Tuesday, Sept. 5th, 2023', '2023-09-05'],
    ['on April 4', null],
    ['February 30, 2023', null],
    ['in 2022', null],
    // Day and month in figures: read only when one of them cannot be a month.
    ['Publié le 13/07/2023 à 07h12', '2023-07-13'],
    ['Posted 07/13/2023', '2023-07-13'],
    ['Posted 07/06/2023', null],
  ])('GIVEN "%s" THEN %s', (text, iso) => {
    expect(findDate(text)?.iso ?? null).toBe(iso);
  });
});

describe('splitSentences', () => {
  test('GIVEN abbreviations and quotes THEN only real sentence ends split', () => {
    expect(
      splitSentences(
        'The U.S. and the U.K. signed it. "It is done," Mr. Smith said. Talks resume on Jan. 5 in Geneva.',
      ),
    ).toEqual([
      'The U.S. and the U.K. signed it.',
      '"It is done," Mr. Smith said.',
      'Talks resume on Jan. 5 in Geneva.',
    ]);
  });
});

describe('passagesOf', () => {
  test('GIVEN short paragraphs THEN one passage each, numbered from 1', () => {
    expect(passagesOf('a', ['One sentence.', 'Another one.']).map((passage) => passage.id)).toEqual(['a#p1', 'a#p2']);
  });

  test('GIVEN a long paragraph THEN it splits at sentence ends into numbered parts that keep every word', () => {
    const sentence =
      'The delegation met senior officials to discuss cooperation, training and future joint exercises in the region.';
    const paragraph = Array.from({ length: 12 }, () => sentence).join(' ');
    const parts = passagesOf('a', ['Short.', paragraph]);
    expect(paragraph.length).toBeGreaterThan(PASSAGE_MAX_CHARS);
    expect(parts[1]?.id).toBe('a#p2.1');
    expect(parts.slice(1).every((part) => part.paragraph === 2 && part.text.endsWith('.'))).toBe(true);
    expect(
      parts
        .slice(1)
        .map((part) => part.text)
        .join(' '),
    ).toBe(paragraph);
  });
});
