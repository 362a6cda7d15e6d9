import { describe, expect, test } from 'vitest';
import { ANALYSIS_RULES } from '../../src/search/analyzeQuestion.ts';
import { ask } from '../../src/search/ask.ts';
import { coverageAdjectivesOf } from '../../src/search/countryAdjectives.ts';
import { createSearchEngine } from '../../src/search/engine.ts';
import { corpusOf } from '../attribution/fixtures.ts';

describe('a country the coverage names only by its people’s adjective', () => {
  const engine = createSearchEngine(
    corpusOf([
      'NATO shelved the plan after French President Emmanuel Macron objected that the alliance should stay focused on the North Atlantic.',
      'Diplomats of the Spanish and German missions said the question would return next year.',
      'Officials in Tokyo declined to comment on the decision.',
    ]),
  );
  const question = "What was France's objection to the NATO plan?";

  test('GIVEN "France" THEN the coverage’s "French" stands for it, and "Spain" has "Spanish"; "Tokyo" has none', () => {
    expect(coverageAdjectivesOf('France', engine)).toEqual(['french']);
    expect(coverageAdjectivesOf('Spain', engine)).toEqual(['spanish']);
    expect(coverageAdjectivesOf('Tokyo', engine)).toEqual([]);
  });

  test('GIVEN the question about France THEN the French president’s objection answers it', () => {
    expect(ask(engine, question).passages[0]?.text).toContain('Macron objected');
  });

  test('GIVEN the rule off THEN it is refused: the coverage never writes "France"', () => {
    ANALYSIS_RULES.countryAdjectives = false;
    try {
      expect(ask(engine, question).reason).toContain('never mentions "France"');
    } finally {
      ANALYSIS_RULES.countryAdjectives = true;
    }
  });
});
