import { beforeAll, describe, expect, test } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.ts';
import { CLEFT_RULES, cleftOfUnknown } from '../../src/answer/cleftQuestion.ts';
import type { SearchEngine } from '../../src/search/engine.ts';
import { seedEngine } from '../attribution/fixtures.ts';
import { withRuleOff } from '../ruleSwitch.ts';

describe('cleftOfUnknown on the seeds', () => {
  let engine: SearchEngine;

  beforeAll(async () => {
    engine = await seedEngine();
  });

  test.each([
    ["Was it Yonhap, the South Korean agency, that published Kim's remarks?", "Which agency published Kim's remarks?"],
    ["Wasn't it Zorquax who published Kim's remarks?", "Who published Kim's remarks?"],
  ])('GIVEN "%s" (a name the coverage never mentions, checked) THEN it is asked as "%s"', (question, asked) => {
    expect(cleftOfUnknown(question, engine)).toBe(asked);
  });

  test.each(["Was it Hayashi who said Japan and NATO must stay 'united and firm'?", 'Was it really so?'])(
    'GIVEN "%s" (a name the coverage has, or none) THEN it is left to be checked as asked',
    (question) => expect(cleftOfUnknown(question, engine)).toBeNull(),
  );

  test('GIVEN the check of an unknown agency THEN the agency that did carry the remarks answers, and nothing with the rule off', () => {
    const question = "Was it Yonhap, the South Korean agency, that published Kim's remarks on NATO?";
    expect(answerQuestion(engine, question, { limit: 3 }).passages[0]?.text).toContain('Korean Central News Agency');
    withRuleOff(CLEFT_RULES, 'unknownChecked', () =>
      expect(answerQuestion(engine, question, { limit: 3 }).answered).toBe(false),
    );
  });
});
