import { describe, expect, test } from 'vitest';
import { ANALYSIS_RULES } from '../../src/search/analyzeQuestion.ts';
import { ask } from '../../src/search/ask.ts';
import { createSearchEngine } from '../../src/search/engine.ts';
import { numeralVariants } from '../../src/search/numeralNames.ts';
import { corpusOf } from '../attribution/fixtures.ts';

describe('numeralVariants', () => {
  test('GIVEN a name numbered in Roman numerals THEN it is also numbered in words and digits', () => {
    expect(numeralVariants(['world', 'war', 'ii'])).toEqual([
      ['world', 'war', '2'],
      ['world', 'war', 'two'],
    ]);
  });

  test.each([[['world', 'war']], [['g7', 'summit']], [['world', 'war', 'i']], [['forc', 'x']]])(
    'GIVEN %j THEN it has no other numbering',
    (stems) => {
      expect(numeralVariants(stems)).toEqual([]);
    },
  );
});

describe('a name asked with its number written otherwise', () => {
  const engine = createSearchEngine(
    corpusOf([
      'Putin said Western countries are forming alliances reminiscent of those forged before World War Two.',
      'The alliances met in Vilnius before the summit, and the war in Ukraine was the main topic of the world leaders.',
    ]),
  );
  const question = 'Which alliances were forged before the Second World War?';
  const texts = () => ask(engine, question).passages.map((passage) => passage.text);

  test('GIVEN "the Second World War" THEN only the passage saying "World War Two" answers', () => {
    expect(texts()).toEqual([expect.stringMatching(/World War Two/)]);
  });

  test('GIVEN the rule off THEN a passage naming no such war answers too', () => {
    ANALYSIS_RULES.numeralNames = false;
    try {
      expect(texts()).toContainEqual(expect.stringMatching(/met in Vilnius/));
    } finally {
      ANALYSIS_RULES.numeralNames = true;
    }
  });
});
