import { beforeAll, describe, expect, test } from 'vitest';
import { ANSWER_RULES, answerQuestion } from '../../src/answer/answerQuestion.ts';
import { THREAT_RULES, threatAsked } from '../../src/answer/threatPremise.ts';
import { loadCorpus } from '../../src/corpus/loadCorpus.ts';
import { createSearchEngine, type SearchEngine } from '../../src/search/engine.ts';
import { withRuleOff } from '../ruleSwitch.ts';
import { corpusOf } from '../attribution/fixtures.ts';

const SEEDS = new URL('../../seeds/', import.meta.url).pathname;

describe('threatAsked', () => {
  test.each([
    ['Did North Korea threaten military action if NATO goes ahead?', 'threaten military action', 'action'],
    ['Is it true Pyongyang threatened military strikes on the office?', 'threatened military strikes', 'strikes'],
    ['Why did Kim threaten to make missile tests against Japan?', 'threaten to make missile tests', 'tests'],
    [
      'Did she threaten that Pyongyang would carry out missile tests if it opens?',
      'threaten that Pyongyang would carry out missile tests',
      'tests',
    ],
  ])('GIVEN "%s" THEN the threat is "%s", headed by "%s"', (question, typed, head) => {
    expect(threatAsked(question)).toEqual({ typed, head });
  });

  test.each([
    'what did the russian official threaten if nato sets up shop in tokyo',
    'What sanctions did Beijing threaten against Tokyo?',
    'Did Kim Jong Un threaten Japan over the office?',
    'Who said the bloc threatens the West?',
  ])('GIVEN "%s" THEN no thing threatened is named by a common noun', (question) => {
    expect(threatAsked(question)).toBeNull();
  });
});

describe('answerQuestion: a threat taken as made', () => {
  let seeds: SearchEngine;
  beforeAll(async () => {
    seeds = createSearchEngine(await loadCorpus(SEEDS));
  });

  test('GIVEN "Is it true North Korea threatened military strikes on the NATO office?" THEN refused, the threat unsaid, and answered with the rule off', () => {
    const question = 'Is it true that North Korea threatened military strikes on the NATO office if it opens?';
    expect(answerQuestion(seeds, question).reason).toMatch(/never say “threatened military strikes”/);
    withRuleOff(ANSWER_RULES, 'threatsSaid', () => expect(answerQuestion(seeds, question).answered).toBe(true));
  });

  test('GIVEN a thing threatened whose verb has a synonym the passages use ("launches": establish) THEN only its noun senses stand in, and the verb\'s do with the rule off', () => {
    const question = 'Did Kim Seol-hwa really threaten missile launches against Japan over the NATO office?';
    expect(answerQuestion(seeds, question).reason).toMatch(/never say “threaten missile launches”/);
    withRuleOff(THREAT_RULES, 'nounSenses', () => expect(answerQuestion(seeds, question).answered).toBe(true));
  });

  test('GIVEN a page saying what was threatened THEN the question is answered', () => {
    const page = createSearchEngine(
      corpusOf([
        'Pyongyang threatened military strikes on any NATO facility in Japan, its foreign ministry said on Monday.',
        'Tokyo said talks with the alliance would continue.',
      ]),
    );
    const answer = answerQuestion(page, 'Did North Korea threaten military strikes on the NATO office?');
    expect(answer.passages[0]?.text).toMatch(/threatened military strikes/);
  });
});
