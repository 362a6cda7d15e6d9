import { beforeAll, describe, expect, test } from 'vitest';
import { loadCorpus } from '../../src/corpus/loadCorpus.ts';
import { ask } from '../../src/search/ask.ts';
import { createSearchEngine, type SearchEngine } from '../../src/search/engine.ts';
import { GUESS_RULES, onlyInBackground, onlyInLikening } from '../../src/search/guessClause.ts';
import { withRuleOff } from '../ruleSwitch.ts';

const ACQUAINTANCE =
  'A friend of mine lives in Yokohama and swears Stoltenberg was in town. Where was the NATO chief in April?';
const BEFORE_COLON =
  'My dad spent twenty years in Sapporo and loves this stuff, so I will pass it on: what did Nikkei say about the office?';

describe('onlyInBackground', () => {
  test.each([
    [ACQUAINTANCE, 'Yokohama', true],
    [ACQUAINTANCE, 'NATO', false],
    [BEFORE_COLON, 'Sapporo', true],
    [BEFORE_COLON, 'Nikkei', false],
    ['My nephew lives in Wellington. Which outlets name New Zealand?', 'Wellington', true],
    // A sentence passing on what was heard is a premise of the question, whoever opens it.
    ['A friend of mine told me Kim Jong Un spoke. What did he say?', 'Kim Jong Un', false],
    // Someone not known to the asker is no background.
    ['A spokesman of the ministry was in Yokohama. Who was it?', 'Yokohama', false],
  ])('GIVEN "%s" THEN "%s" is only background: %s', (question, label, expected) => {
    expect(onlyInBackground(question, label)).toBe(expected);
  });

  test('GIVEN the rules off THEN a friend of the asker and a clause before the colon are premises', () => {
    withRuleOff(GUESS_RULES, 'acquaintances', () => expect(onlyInBackground(ACQUAINTANCE, 'Yokohama')).toBe(false));
    withRuleOff(GUESS_RULES, 'colonQuestion', () => expect(onlyInBackground(BEFORE_COLON, 'Sapporo')).toBe(false));
  });
});

describe('a question after words about the asker, over the seeds', () => {
  let engine: SearchEngine;
  beforeAll(async () => {
    engine = createSearchEngine(await loadCorpus(new URL('../../seeds/', import.meta.url).pathname));
  });
  const friend = `A friend of mine lives in Yokohama and swears Stoltenberg was in town that spring. Where was the NATO chief in April?`;
  const dad =
    'My dad spent twenty years in Sapporo and loves this stuff, so I will pass it on: what did Nikkei say about the office?';

  test('GIVEN a place only where a friend of the asker lives THEN the question is answered', () => {
    expect(ask(engine, friend).answered).toBe(true);
    withRuleOff(GUESS_RULES, 'acquaintances', () =>
      expect(ask(engine, friend).reason).toMatch(/never mentions "Yokohama"/),
    );
  });

  test('GIVEN a place only in what comes before "...: what did" THEN the question is answered', () => {
    expect(ask(engine, dad).answered).toBe(true);
    withRuleOff(GUESS_RULES, 'colonQuestion', () =>
      expect(ask(engine, dad).reason).toMatch(/never mentions .*"Sapporo"/),
    );
  });
});

describe('onlyInLikening', () => {
  const LIKENED =
    'The Quad gets called a mini-NATO sometimes, a bit like SEATO back in the day. Which outlets say Beijing labels it so?';

  test.each([
    [LIKENED, 'SEATO', true],
    [LIKENED, 'Beijing', false],
    ['It reminds me of something akin to the Warsaw Pact. What did Kim say?', 'Warsaw Pact', true],
    // Likened in the question itself: what the question asks about.
    ['Is the Quad like SEATO?', 'SEATO', false],
    // Named in an earlier sentence, but not as what something is likened to: a premise.
    ['SEATO was dissolved in 1977. What did Kim say about it?', 'SEATO', false],
  ])('GIVEN "%s" THEN "%s" is only a likening: %s', (question, label, expected) => {
    expect(onlyInLikening(question, label)).toBe(expected);
  });

  test('GIVEN the rule off THEN the name likened to is a premise', () => {
    withRuleOff(GUESS_RULES, 'likenedBefore', () => expect(onlyInLikening(LIKENED, 'SEATO')).toBe(false));
  });
});
