import { beforeAll, describe, expect, test } from 'vitest';
import { SPEAKER_RULES } from '../../src/attribution/askWithSpeakers.ts';
import { answerQuestion } from '../../src/answer/answerQuestion.ts';
import { METADATA_ANSWER_RULES } from '../../src/answer/metadataAnswer.ts';
import { createSearchEngine, type SearchEngine } from '../../src/search/engine.ts';
import { withRuleOff } from '../ruleSwitch.ts';
import { corpusOf, seedEngine, topThreeTexts } from './fixtures.ts';

describe('a reply to words: the passage naming them and the one going on with it', () => {
  let seeds: SearchEngine;
  beforeAll(async () => {
    seeds = await seedEngine();
  });
  // Asia-Pacific Research: the ministry "urged ... in response to media reports", then Mao Ning's words "when
  // addressed on the issue", which name no report.
  const question = "Who gave Beijing's official reply to the reports about the Tokyo office?";
  const spokeswoman = 'not a wrestling ground for geopolitical competition';

  test('GIVEN who replied for Beijing to the reports THEN the spokeswoman going on from them is in the top three', () => {
    expect(topThreeTexts(seeds, question)).toContain(spokeswoman);
  });

  test('GIVEN the rule off THEN only the passage naming the reports answers', () => {
    withRuleOff(SPEAKER_RULES, 'responsesFollowing', () => {
      expect(topThreeTexts(seeds, question)).not.toContain(spokeswoman);
    });
  });

  test('GIVEN the same voice later on, not right after the reply THEN it is no reply, though it is on the plan', () => {
    const engine = createSearchEngine(
      corpusOf([
        "In response to the reports, Norway's foreign ministry said the office plan was a mistake.",
        'Shipping firms in Bergen said the office plan would raise their costs.',
        'The ministry also said the office plan would be studied by a panel of experts in Oslo.',
      ]),
    );
    expect(topThreeTexts(engine, 'What did Norway say about the office plan?')).toContain('would be studied');
    const reply = topThreeTexts(engine, 'How did Norway reply to the reports about the office plan?');
    expect(reply).toContain('was a mistake');
    expect(reply).not.toContain('would be studied');
  });
});

describe('"name and job title": a person\'s post, though the question names reports', () => {
  const question =
    "Name and job title of the person who gave Beijing's official reply to the reports about the Tokyo office?";

  test('GIVEN the question THEN it is answered with the spokeswoman, not refused for want of a headline', async () => {
    const seeds = await seedEngine();
    expect(answerQuestion(seeds, question, { limit: 10 }).answered).toBe(true);
    expect(topThreeTexts(seeds, question)).toContain('Chinese Foreign Ministry spokeswoman Mao Ning');
  });

  test('GIVEN the rule off THEN "title" beside "reports" asks for a headline, and the question is refused', async () => {
    const seeds = await seedEngine();
    const answer = withRuleOff(METADATA_ANSWER_RULES, 'jobTitles', () =>
      answerQuestion(seeds, question, { limit: 10 }),
    );
    expect(answer.answered).toBe(false);
    expect(answer.reason).toMatch(/headline/);
  });
});
