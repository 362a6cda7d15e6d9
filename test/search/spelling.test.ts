import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { regionalSpellings, spellingVariants, withinOneEdit } from '../../src/search/spelling.ts';

/** Short lower-case words, so random pairs often land near each other. */
const word = fc.string({ unit: fc.constantFrom(...'abcdeklnorst'), minLength: 0, maxLength: 9 });

describe('withinOneEdit', () => {
  test.each([
    ['same word', 'nato', 'nato'],
    ['a letter left out', 'stoltenberg', 'stoltenbrg'],
    ['a letter added', 'liaison', 'liaisson'],
    ['a letter changed', 'hayashi', 'hayoshi'],
    ['neighbours swapped', 'stoltenberg', 'stoltenbreg'],
    ['neighbours swapped at the start', 'kishida', 'ikshida'],
    ['a letter added at the end', 'bloc', 'blocs'],
    ['a letter left out at the start', 'encirclement', 'ncirclement'],
    ['the empty word and one letter', '', 'a'],
  ])('GIVEN %s ("%s" / "%s") THEN they are within one edit', (_name, a, b) => {
    expect(withinOneEdit(a, b)).toBe(true);
    expect(withinOneEdit(b, a)).toBe(true);
  });

  test.each([
    ['two letters changed', 'hayashi', 'hoyoshi'],
    ['two letters left out', 'stoltenberg', 'stoltnbrg'],
    ['two letters added', 'nato', 'natoes'],
    ['a swap of letters that are not neighbours', 'hayashi', 'yahashi'],
    ['a swap plus a change', 'stoltenberg', 'stoltenbrex'],
    ['a letter left out and one added elsewhere', 'kishida', 'ishidaa'],
    ['different words', 'nato', 'asia'],
  ])('GIVEN %s ("%s" / "%s") THEN they are not within one edit', (_name, a, b) => {
    expect(withinOneEdit(a, b)).toBe(false);
    expect(withinOneEdit(b, a)).toBe(false);
  });

  test('GIVEN any two words THEN the answer is the same both ways round', () => {
    fc.assert(fc.property(word, word, (a, b) => withinOneEdit(a, b) === withinOneEdit(b, a)));
  });

  test('GIVEN a word and any single insertion, deletion or substitution of it THEN they are within one edit', () => {
    const letter = fc.constantFrom(...'abcdeklnorst');
    fc.assert(
      fc.property(word, fc.nat(), letter, fc.constantFrom('insert', 'delete', 'substitute'), (base, at, char, edit) => {
        const i = base.length === 0 ? 0 : at % (base.length + (edit === 'insert' ? 1 : 0));
        const edited =
          edit === 'insert'
            ? base.slice(0, i) + char + base.slice(i)
            : edit === 'delete'
              ? base.slice(0, i) + base.slice(i + 1)
              : base.slice(0, i) + char + base.slice(i + 1);
        expect(withinOneEdit(base, edited)).toBe(true);
      }),
    );
  });

  test('GIVEN two words whose lengths differ by two or more THEN they are never within one edit', () => {
    fc.assert(
      fc.property(word, fc.string({ unit: fc.constantFrom(...'xyz'), minLength: 2, maxLength: 4 }), (base, extra) => {
        expect(withinOneEdit(base, base + extra)).toBe(false);
        expect(withinOneEdit(extra + base, base)).toBe(false);
      }),
    );
  });
});

describe('spellingVariants', () => {
  test('GIVEN "hybird" THEN the variants are each neighbouring pair swapped, "hybrid" among them', () => {
    expect(spellingVariants('hybird')).toEqual(['yhbird', 'hbyird', 'hyibrd', 'hybrid', 'hybidr']);
  });

  test.each([
    ['', []],
    ['a', []],
    ['ab', ['ba']],
  ])('GIVEN the short word "%s" THEN its variants are %j', (input, expected) => {
    expect(spellingVariants(input)).toEqual(expected);
  });

  test('GIVEN "nikkie" THEN "nikkei" is one of its variants', () => {
    expect(spellingVariants('nikkie')).toContain('nikkei');
  });

  test('GIVEN any word THEN every variant is within one edit of it, has its letters, and there is one per neighbouring pair', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), (input) => {
        const variants = spellingVariants(input);
        expect(variants).toHaveLength(Math.max(0, input.length - 1));
        for (const variant of variants) {
          expect(withinOneEdit(input, variant)).toBe(true);
          expect([...variant].sort()).toEqual([...input].sort());
        }
      }),
    );
  });
});

describe('regionalSpellings', () => {
  test.each([
    ['Programme', 'program'],
    ['neighbours', 'neighbors'],
    ['organisation', 'organization'],
    ['centre', 'center'],
    ['defence', 'defense'],
    ['analysed', 'analyzed'],
    ['travelled', 'traveled'],
    ['catalogue', 'catalog'],
  ])('GIVEN "%s" THEN the other side of the Atlantic spells it "%s", and back', (british, american) => {
    expect(regionalSpellings(british)).toContain(american);
    expect(regionalSpellings(american)).toContain(british.toLowerCase());
  });

  test('GIVEN any word THEN its own spelling is never among the others', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z]{1,12}$/), (word) => {
        expect(regionalSpellings(word)).not.toContain(word);
      }),
    );
  });
});
