import { beforeAll, describe, expect, test } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.ts';
import type { SearchEngine } from '../../src/search/engine.ts';
import { SHORTHAND_RULES, withoutTitleShorthand } from '../../src/search/titleShorthand.ts';
import { seedEngine } from '../attribution/fixtures.ts';
import { withRuleOff } from '../ruleSwitch.ts';

describe('withoutTitleShorthand on the seeds', () => {
  let engine: SearchEngine;

  beforeAll(async () => {
    engine = await seedEngine();
  });

  test.each([
    ['what did FM Hayashi discuss with SecGen Stoltenberg', 'what did Hayashi discuss with Stoltenberg'],
    ['What did Amb. Kim say?', 'What did Kim say?'],
    ["Did SG Stoltenberg's visit come up?", "Did Stoltenberg's visit come up?"],
  ])('GIVEN "%s" (a post in shorthand before a name the coverage writes) THEN it reads "%s"', (question, read) => {
    expect(withoutTitleShorthand(question, engine)).toBe(read);
  });

  test.each([
    'What did the RT Kim quote say?', // an outlet's name
    'What did DPRK Kim say?', // a name the coverage writes
    'Did the US Navy take part?', // no name the coverage quotes after it
    'What did FM Zorquax say?', // a name the coverage never writes, which the refusal names
  ])('GIVEN "%s" THEN it is kept as typed', (question) => {
    expect(withoutTitleShorthand(question, engine)).toBe(question);
  });

  test('GIVEN "On what date did SecGen Stoltenberg meet Hayashi in Brussels?" THEN it is answered with the meeting, and refused with the rule off', () => {
    const question =
      'On what date did SecGen Stoltenberg and Foreign Minister Hayashi meet at alliance HQ in Brussels?';
    expect(answerQuestion(engine, question, { limit: 3 }).passages[0]?.text).toContain('April 4');
    withRuleOff(SHORTHAND_RULES, 'titlesDropped', () => {
      expect(answerQuestion(engine, question, { limit: 3 }).answered).toBe(false);
    });
  });
});
