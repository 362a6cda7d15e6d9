import { beforeAll, describe, expect, test } from 'vitest';
import { ANSWER_RULES, answerQuestion } from '../../src/answer/answerQuestion.ts';
import { otherReportersAsked } from '../../src/answer/outletsSetAside.ts';
import type { SearchEngine } from '../../src/search/engine.ts';
import { seedEngine } from '../attribution/fixtures.ts';
import { withRuleOff } from '../ruleSwitch.ts';

const RT_ASKED = "What did RT report about North Korea's criticism of the planned NATO office in Tokyo?";

describe('other outlets asked for in a follow-up ("who else reported it?")', () => {
  let engine: SearchEngine;
  beforeAll(async () => {
    engine = await seedEngine();
  });
  const shownOutlets = (question: string, context: string) =>
    answerQuestion(engine, question, { context, limit: 3 }).passages.map((passage) => passage.carriers[0]?.outlet);

  test.each(['who else reported it?', 'which other outlets carried that?', 'and anyone else cover it too?'])(
    'GIVEN "%s" after a question naming RT THEN RT is set aside and the question is the earlier one without it',
    (question) => {
      const asked = otherReportersAsked(question, RT_ASKED, engine.corpus.articles);
      expect(asked?.outlets).toEqual(['RT']);
      expect(asked?.rest).not.toMatch(/\bRT\b/);
    },
  );

  test.each(['what did the other sites say?', 'and the other outlets?', 'how did the other papers cover it?'])(
    'GIVEN "%s" after a question naming RT THEN the other outlets are asked for, and not with the rule off',
    (question) => {
      expect(otherReportersAsked(question, RT_ASKED, engine.corpus.articles)?.outlets).toEqual(['RT']);
      const outlets = shownOutlets(question, RT_ASKED);
      expect(outlets.length).toBeGreaterThan(0);
      expect(outlets).not.toContain('RT');
      withRuleOff(ANSWER_RULES, 'otherReporters', () => {
        expect(shownOutlets(question, RT_ASKED)).toContain('RT');
      });
    },
  );

  test.each([
    ['who else said it?', RT_ASKED],
    ['what did the others say?', RT_ASKED],
    ['who else reported it?', 'What did North Korea say about the office?'],
  ])('GIVEN "%s" after "%s" THEN no outlet is asked for', (question, context) => {
    expect(otherReportersAsked(question, context, engine.corpus.articles)).toBeNull();
  });

  test('GIVEN "who else reported it?" after RT THEN the other outlets\' copies of what RT reported answer, and not with the rule off', () => {
    const outlets = shownOutlets('who else reported it?', RT_ASKED);
    expect(outlets.length).toBeGreaterThan(0);
    expect(outlets).not.toContain('RT');
    const texts = answerQuestion(engine, 'who else reported it?', { context: RT_ASKED, limit: 3 }).passages.map(
      (passage) => passage.text,
    );
    expect(texts.join('\n')).toMatch(/Kim Seol-hwa|North Korean Foreign Ministry official/);
    withRuleOff(ANSWER_RULES, 'otherReporters', () => {
      expect(answerQuestion(engine, 'who else reported it?', { context: RT_ASKED }).answered).toBe(false);
    });
  });

  test('GIVEN "which other outlets carried that?" after Al Mayadeen THEN the passage is shown in another outlet\'s words', () => {
    const context = "What did Al Mayadeen say about Stoltenberg's meeting with Hayashi in Brussels?";
    const first = answerQuestion(engine, 'which other outlets carried that?', { context, limit: 3 }).passages[0];
    expect(first?.carriers[0]?.outlet).not.toBe('Al Mayadeen English');
    expect(first?.text).toMatch(/sat down with Japanese Foreign Minister Yoshimasa Hayashi/);
    withRuleOff(ANSWER_RULES, 'otherReporters', () => {
      const off = answerQuestion(engine, 'which other outlets carried that?', { context, limit: 3 }).passages[0];
      expect(off?.carriers[0]?.outlet).toBe('Al Mayadeen English');
    });
  });
});
