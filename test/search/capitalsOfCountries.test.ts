import { describe, expect, test } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.ts';
import { ANALYSIS_RULES, analyzeQuestion } from '../../src/search/analyzeQuestion.ts';
import { createSearchEngine } from '../../src/search/engine.ts';
import { corpusOf, inventedPagesEngine } from '../attribution/fixtures.ts';
import { withRuleOff } from '../ruleSwitch.ts';

describe('a country or its people stands near its capital ("French approval" / "lets Paris say yes")', () => {
  const engine = createSearchEngine(
    corpusOf([
      'Allies would look for a formula that lets Paris say yes, such as a rotating post shared among several partners.',
      'The summit was held in Madrid, and police sealed off the centre of the city.',
    ]),
  );
  const relatedOf = (question: string, label: string) =>
    analyzeQuestion(question, engine).find((concept) => concept.label === label)?.related ?? new Map();

  test.each([
    ['What would win French approval?', 'French', 'pari'],
    ['How was the Spanish capital secured?', 'Spanish', 'madrid'],
  ])('GIVEN "%s" THEN "%s" relates to the capital the coverage names (%s), below the word itself', (q, label, stem) => {
    expect(relatedOf(q, label).get(stem)).toBeLessThan(0.5);
    withRuleOff(ANALYSIS_RULES, 'capitalsOfCountries', () => expect(relatedOf(q, label).has(stem)).toBe(false));
  });

  test("GIVEN a country whose capital the coverage never names THEN no other country's capital is added", () => {
    const related = [...relatedOf('What would win German approval?', 'German').keys()];
    expect(related).not.toContain('pari');
    expect(related).not.toContain('madrid');
  });

  test('GIVEN tuned page batch 149 THEN the officers securing "the Spanish capital" are found, and not with the rule off', async () => {
    const pages = await inventedPagesEngine('invented-pages-149.json');
    const question = 'How many officers were deployed to secure the Spanish capital during the meeting?';
    const top = () =>
      answerQuestion(pages, question, { limit: 10 })
        .passages.slice(0, 3)
        .map((passage) => passage.text)
        .join('\n');
    expect(top()).toContain('some 10,000 police officers across the capital');
    withRuleOff(ANALYSIS_RULES, 'capitalsOfCountries', () =>
      expect(top()).not.toContain('some 10,000 police officers across the capital'),
    );
  });
});
