import { describe, expect, test } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.ts';
import { SPOKEN_RULES, withSpokenYearsInFigures } from '../../src/search/spokenYears.ts';
import { seedEngine } from '../attribution/fixtures.ts';
import { withRuleOff } from '../ruleSwitch.ts';

describe('years said in words', () => {
  test.each([
    [
      'how did natos twenty twenty two strategy paper describe moscow',
      'how did natos 2022 strategy paper describe moscow',
    ],
    ['what happened in nineteen ninety-nine', 'what happened in 1999'],
    ['an alliance like the nineteen thirties one', 'an alliance like the 1930s one'],
    ['the summit of Twenty-Twenty Three', 'the summit of 2023'],
    ['since twenty twelve', 'since 2012'],
  ])('GIVEN "%s" THEN the year is in figures', (question, read) => {
    expect(withSpokenYearsInFigures(question)).toBe(read);
  });

  test.each(['twenty one soldiers', 'nineteen countries', 'the twenty seven members', 'a twenty-year plan'])(
    'GIVEN "%s", a count and no year THEN it is kept as typed',
    (question) => {
      expect(withSpokenYearsInFigures(question)).toBe(question);
    },
  );

  test('GIVEN a year said in words THEN the passage on that year answers, where with the rule off its words vetoed the question', async () => {
    const seeds = await seedEngine();
    const question = 'how did natos twenty twenty two strategy paper describe moscow';
    const texts = answerQuestion(seeds, question, { limit: 3 }).passages.map((passage) => passage.text);
    expect(texts.join('\n')).toContain('most significant and direct threat');
    withRuleOff(SPOKEN_RULES, 'years', () => {
      expect(answerQuestion(seeds, question, { limit: 3 }).reason).toContain('never mentions');
    });
  });
});
