import { describe, expect, test } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.ts';
import { ANALYSIS_RULES, analyzeQuestion } from '../../src/search/analyzeQuestion.ts';
import { createSearchEngine } from '../../src/search/engine.ts';
import { corpusOf, seedEngine } from '../attribution/fixtures.ts';
import { withRuleOff } from '../ruleSwitch.ts';

describe('a relation asked with its other side ("ties with China")', () => {
  const engine = createSearchEngine(corpusOf(["Tokyo's arms buildup is intensifying tensions with China."]));

  test('GIVEN "ties with China" THEN the relation noun has China as its partner; without "with" it has none', () => {
    const ties = analyzeQuestion("How are Japan's ties with China?", engine).find(
      (concept) => concept.label === 'ties',
    );
    expect(ties?.partner).toBe('China');
    const alone = analyzeQuestion("How are Japan's ties to trade?", engine).find((concept) => concept.label === 'ties');
    expect(alone?.partner).toBeUndefined();
  });

  test('GIVEN the development follow-up on ties with China over the seeds THEN Al Mayadeen\'s "intensifying tensions with China" answers', async () => {
    const seeds = await seedEngine();
    const options = { context: "What did Al Mayadeen say about Japan's military plans?", limit: 3 };
    const top = () =>
      answerQuestion(seeds, 'And how is that affecting its ties with China?', options)
        .passages.map((passage) => passage.text)
        .join('\n');
    expect(top()).toContain('intensifying tensions with China');
    withRuleOff(ANALYSIS_RULES, 'relationPartners', () =>
      expect(top()).not.toContain('intensifying tensions with China'),
    );
  });
});
