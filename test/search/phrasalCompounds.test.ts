import { describe, expect, test } from 'vitest';
import { ANALYSIS_RULES, analyzeQuestion } from '../../src/search/analyzeQuestion.ts';
import { ask } from '../../src/search/ask.ts';
import { createSearchEngine } from '../../src/search/engine.ts';
import { phrasalCompoundOf } from '../../src/search/phrasalCompounds.ts';
import { corpusOf } from '../attribution/fixtures.ts';
import { withRuleOff } from '../ruleSwitch.ts';

const engine = createSearchEngine(
  corpusOf([
    'Tokyo eyes a major arms buildup, intensifying tensions with China.',
    'The alliance wants to build a new partnership with Tokyo on cyber defence.',
    'The standoff over the border continued for a week.',
  ]),
);
const inCoverage = (stem: string) => engine.documentFrequency.has(stem);

describe('phrasalCompoundOf', () => {
  test.each([
    ['building', 'build', ' up its military', 'buildup'],
    // An irregular form's base: "stood" is a form of "stand".
    ['stood', 'stood', ' off at the border', 'standoff'],
  ])('GIVEN "%s%s" THEN the coverage writes it %s', (surface, stem, after, compound) => {
    expect(phrasalCompoundOf({ surface, stem }, after, inCoverage)).toBe(compound);
  });

  test.each([
    // No particle after the verb, a particle the coverage never closes the verb with, a word between them.
    ['building', 'build', ' its military'],
    ['building', 'build', ' down its military'],
    ['building', 'build', ' a stock up'],
  ])('GIVEN "%s ...%s" THEN there is no compound', (surface, stem, after) => {
    expect(phrasalCompoundOf({ surface, stem }, after, inCoverage)).toBeNull();
  });

  test('GIVEN "Is Tokyo building up its weapons?" THEN the passage on its arms buildup answers first', () => {
    const answer = ask(engine, 'Is Tokyo building up its weapons?');
    expect(answer.passages[0]?.text).toMatch(/arms buildup/);
  });

  test('GIVEN the rule off THEN the same question leads with the passage that only says "build"', () => {
    ANALYSIS_RULES.phrasalCompounds = false;
    try {
      expect(ask(engine, 'Is Tokyo building up its weapons?').passages[0]?.text).not.toMatch(/arms buildup/);
    } finally {
      ANALYSIS_RULES.phrasalCompounds = true;
    }
  });
});

describe('analyzeQuestion: a verb and its particle that the coverage writes as one noun', () => {
  const phrasingsOf = (question: string) =>
    analyzeQuestion(question, engine).find((concept) => concept.label === 'building')?.phrasings;

  test('GIVEN "building up" THEN only the noun they close into ("buildup") answers, not the bare verb "build"; with the rule off "build" does too', () => {
    expect(phrasingsOf('Is Tokyo building up its weapons?')).toEqual([['buildup']]);
    withRuleOff(ANALYSIS_RULES, 'compoundOverVerb', () =>
      expect(phrasingsOf('Is Tokyo building up its weapons?')).toContainEqual(['build']),
    );
  });

  test('GIVEN the verb with no particle ("building a partnership") THEN it keeps its own phrasing', () => {
    expect(phrasingsOf('Is the alliance building a partnership with Tokyo?')).toContainEqual(['build']);
  });
});
