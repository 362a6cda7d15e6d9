import { describe, expect, test } from 'vitest';
import { decodePostings, encodePostings, type PostingsSource } from '../../src/search/postingsSection.ts';

/** Two passages, one field, two terms: the first in both passages `count` and 1 times, the second in the second once. */
function sourceWith(count: number): PostingsSource {
  return {
    passageCount: 2,
    fieldCount: 1,
    averageFieldLength: [3],
    fieldLengthOf: () => [3],
    postings: [
      new Map([
        [
          0,
          new Map([
            [0, count],
            [1, 1],
          ]),
        ],
      ]),
      new Map([[0, new Map([[1, 1]])]]),
    ],
    passageOf: (shortId) => shortId,
    termCount: 2,
    passageStems: [[0], [0, 1]],
    shortLines: Uint32Array.of(5, 9),
  };
}

const EXPECTED = { passages: 2, terms: 2, fields: 1, stems: 2 };

describe('postingsSection', () => {
  test.each([
    [3, Uint8Array],
    [255, Uint8Array],
    [256, Uint16Array],
    [70_000, Uint32Array],
  ])(
    'GIVEN a term counted %i times in a passage THEN the counts are kept as narrow as that needs and read back',
    (count, Column) => {
      const tables = decodePostings(encodePostings(sourceWith(count)), EXPECTED);
      expect(tables.postingCounts).toBeInstanceOf(Column);
      expect([...tables.postingCounts]).toEqual([count, 1, 1]);
      expect([...tables.postingPassages]).toEqual([0, 1, 1]);
      expect([...tables.stems]).toEqual([0, 0, 1]);
      expect([...tables.shortLines]).toEqual([5, 9]);
    },
  );

  test.each([
    ['a count width this code does not write', 6 * 4, 3],
    ['the word after the count width not zero', 7 * 4, 1],
  ])('GIVEN a section with %s THEN it is rejected', (_what, at, value) => {
    const bytes = Buffer.from(encodePostings(sourceWith(3)));
    bytes.writeUInt32LE(value, at);
    expect(() => decodePostings(bytes, EXPECTED)).toThrow(/head is not one this code writes/);
  });

  test('GIVEN the section cut short at any length THEN it is rejected', () => {
    const bytes = encodePostings(sourceWith(300));
    for (let length = 0; length < bytes.length; length++)
      expect(() => decodePostings(Uint8Array.from(bytes.subarray(0, length)), EXPECTED)).toThrow();
  });
});
