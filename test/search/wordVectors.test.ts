import { describe, expect, test } from 'vitest';
import { encodeTable, ensureWordVectors, readWordVectors, wordVectors } from '../../src/search/wordVectors.ts';

describe('word vectors', () => {
  test('GIVEN a table written THEN it reads back word by word, with each row and its length', () => {
    const rows = [Int8Array.from([127, 0, -64]), Int8Array.from([0, -127, 5])];
    const table = readWordVectors(encodeTable(['cyber', 'hacking'], rows, 3));
    expect(table.dimensions).toBe(3);
    expect([...table.rows]).toEqual([
      ['cyber', 0],
      ['hacking', 1],
    ]);
    expect([...table.vectors]).toEqual([127, 0, -64, 0, -127, 5]);
    expect(table.norms[0]).toBeCloseTo(Math.hypot(127, 64));
  });

  test('GIVEN a table cut short or another file THEN reading it fails with what is wrong', () => {
    const bytes = encodeTable(['cyber'], [Int8Array.from([1, 2, 3])], 3);
    expect(() => readWordVectors(bytes.subarray(0, bytes.length - 1))).toThrow(/cut short/);
    expect(() => readWordVectors(Buffer.from('{"words": []}'))).toThrow(/not a word-vector table/);
  });

  test('GIVEN the installed package THEN the table holds common English words, in lower case, most frequent first', () => {
    const table = wordVectors();
    expect(table).not.toBeNull();
    expect(table?.dimensions).toBe(100);
    expect(table?.rows.get('the')).toBe(0);
    expect(table?.rows.get('cyber')).toBeGreaterThan(table?.rows.get('government') ?? Infinity);
    expect(table?.rows.has('NATO')).toBe(false);
    // npm ci wrote it: a process starting finds nothing to write.
    expect(ensureWordVectors()).toBe(false);
  });
});
