import { beforeAll, describe, expect, test } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.ts';
import { FRONTED_SUBJECT_RULES, frontedSubjectResumed } from '../../src/answer/frontedSubject.ts';
import type { SearchEngine } from '../../src/search/engine.ts';
import { seedEngine } from '../attribution/fixtures.ts';
import { withRuleOff } from '../ruleSwitch.ts';

describe('frontedSubjectResumed', () => {
  test.each([
    [
      'The government in Seoul, how did they respond to the accusation?',
      'how did the government in Seoul respond to the accusation?',
    ],
    ['Putin, how he explain the Russia-China ties?', 'how Putin explain the Russia-China ties?'],
    ['RT and Al Mayadeen, how are they different?', 'how are RT and Al Mayadeen different?'],
    ['South Korea president Yoon, what did he say?', 'what did South Korea president Yoon say?'],
  ])('GIVEN "%s" THEN it is read as "%s"', (question, read) => {
    expect(frontedSubjectResumed(question)).toBe(read);
  });

  test.each([
    // A phrase opening with a function word is no subject.
    'In the NATO document of 2022, how they classify Moscow?',
    'what about kishida, when did he meet him',
    // No pronoun taking the subject up.
    'Al Mayadeen article, what date and time it is published?',
    'Quick one, how many languages can you read it in?',
    'What did Kim say about the office?',
  ])('GIVEN "%s" THEN it is not so built', (question) => {
    expect(frontedSubjectResumed(question)).toBeNull();
  });
});

describe('frontedSubjectResumed on the seeds', () => {
  let engine: SearchEngine;

  beforeAll(async () => {
    engine = await seedEngine();
  });

  test('GIVEN a subject the coverage never quotes, set before the question THEN it is refused as such, and answered with the rule off', () => {
    const question = 'The government in Seoul, how did they respond to the North Korean accusation?';
    const answer = answerQuestion(engine, question);
    expect(answer.answered).toBe(false);
    expect(answer.reason).toContain('government in Seoul');
    withRuleOff(FRONTED_SUBJECT_RULES, 'resumed', () => expect(answerQuestion(engine, question).answered).toBe(true));
  });
});
