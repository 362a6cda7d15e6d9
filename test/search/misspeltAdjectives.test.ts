import { beforeAll, describe, expect, test } from 'vitest';
import { loadCorpus } from '../../src/corpus/loadCorpus.ts';
import { ANALYSIS_RULES, analyzeQuestion } from '../../src/search/analyzeQuestion.ts';
import { ask } from '../../src/search/ask.ts';
import { createSearchEngine, type SearchEngine } from '../../src/search/engine.ts';
import { misspeltPeoplesAdjective } from '../../src/search/misspeltAdjectives.ts';
import { withRuleOff } from '../ruleSwitch.ts';

const SEEDS = new URL('../../seeds/', import.meta.url).pathname;

describe('misspeltPeoplesAdjective', () => {
  test.each([
    ['Britsh', 'British'],
    ['Japanse', 'Japanese'],
    ['Russain', 'Russian'],
    ['Chinse', 'Chinese'],
  ])('GIVEN "%s" THEN it is "%s" typed a letter off', (typed, adjective) => {
    expect(misspeltPeoplesAdjective(typed)).toBe(adjective);
  });

  test.each(['Lai', 'Osaki', 'Vilnus', 'Biden', 'Lecornu', 'Stoltenbreg'])(
    'GIVEN "%s" (short, a place, or a name near no adjective) THEN it is left as typed',
    (typed) => expect(misspeltPeoplesAdjective(typed)).toBeNull(),
  );
});

describe('a people’s adjective typed a letter off, in a question', () => {
  let engine: SearchEngine;
  beforeAll(async () => {
    engine = createSearchEngine(await loadCorpus(SEEDS));
  });
  const question = 'What did Putin say about the Britsh and Japanese military agreement?';

  test('GIVEN "Britsh" THEN it stands for the UK and the UK-Japan access agreement answers first', () => {
    const britsh = analyzeQuestion(question, engine).find((concept) => concept.label === 'Britsh');
    expect(britsh?.absent).toBe(false);
    expect(britsh?.phrasings.map((phrasing) => phrasing.join(' '))).toContain('uk');
    expect(ask(engine, question).passages[0]?.text).toMatch(/UK and Japan recently signed/);
  });

  test('GIVEN the rule off THEN "Britsh" is a name the coverage never mentions, and the question is refused', () => {
    withRuleOff(ANALYSIS_RULES, 'misspeltAdjectives', () => {
      expect(ask(engine, question).answered).toBe(false);
      expect(ask(engine, question).reason).toContain('Britsh');
    });
  });
});
