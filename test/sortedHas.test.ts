import fc from 'fast-check';
import { expect, test } from 'vitest';
import { sortedHas } from '../src/sortedHas.ts';

test('GIVEN any sorted array of 32-bit numbers and any value THEN sortedHas answers as includes does', () => {
  fc.assert(
    fc.property(fc.array(fc.nat({ max: 2 ** 32 - 1 })), fc.nat({ max: 2 ** 32 - 1 }), (values, value) => {
      const sorted = Uint32Array.from(values).sort();
      expect(sortedHas(sorted, value)).toBe(sorted.includes(value));
      for (const present of values.slice(0, 5)) expect(sortedHas(sorted, present)).toBe(true);
    }),
  );
});
