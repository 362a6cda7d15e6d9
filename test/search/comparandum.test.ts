import { describe, expect, test } from 'vitest';
import { ask } from '../../src/search/ask.ts';
import { createSearchEngine } from '../../src/search/engine.ts';
import { GUESS_RULES, onlyInComparandum } from '../../src/search/guessClause.ts';
import { corpusOf } from '../attribution/fixtures.ts';

const QUESTION = 'Where else does NATO have liaison offices like the one planned for Tokyo?';

describe('onlyInComparandum', () => {
  test.each([
    ['Tokyo', true],
    ['planned', true],
    ['like', true],
    ['NATO', false],
    ['liaison offices', false],
  ])('GIVEN "%s" in the question THEN it is only in what is likened to: %s', (label, expected) => {
    expect(onlyInComparandum(QUESTION, label)).toBe(expected);
  });

  test('GIVEN no "like the one" THEN nothing is likened to', () => {
    expect(onlyInComparandum('Where will NATO open an office like Tokyo?', 'Tokyo')).toBe(false);
  });
});

describe('a question likening what it asks about to something', () => {
  const engine = createSearchEngine(
    corpusOf([
      'NATO plans to open a liaison office in Tokyo next year, officials said.',
      'NATO has similar liaison offices in New York, Vienna and Kyiv, the report said.',
      'The liaison office planned for Tokyo would be the first in Asia.',
    ]),
  );
  const first = () => ask(engine, QUESTION).passages[0]?.text ?? '';

  test('GIVEN "offices like the one planned for Tokyo" THEN the passage on the other offices answers first', () => {
    expect(first()).toMatch(/similar liaison offices/);
  });

  test('GIVEN the rule off THEN a passage on the Tokyo office answers first', () => {
    GUESS_RULES.comparandum = false;
    try {
      expect(first()).not.toMatch(/similar liaison offices/);
    } finally {
      GUESS_RULES.comparandum = true;
    }
  });
});
