import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { loadCorpus } from '../../src/corpus/loadCorpus.ts';
import { SEEDS_DIR } from './normalize.ts';
import { readQuestions } from './questions.ts';
import { engineAsk, evaluate, HEADLINE, type Figures, type Headline } from './runEval.ts';

const floors = JSON.parse(readFileSync(new URL('./floors.json', import.meta.url), 'utf8')) as Record<Headline, number>;

describe('eval against floors', () => {
  let figures: Figures;

  beforeAll(async () => {
    const corpus = await loadCorpus(SEEDS_DIR);
    figures = evaluate(engineAsk(corpus), readQuestions(), corpus);
  });

  test('GIVEN floors.json THEN it sets a floor between 0 and 1 for every headline figure', () => {
    for (const key of HEADLINE) {
      expect(floors[key], key).toBeGreaterThanOrEqual(0);
      expect(floors[key], key).toBeLessThanOrEqual(1);
    }
  });

  test.each([...HEADLINE])('GIVEN the question set WHEN the engine answers it THEN %s is at or above its floor', (key) => {
    expect(figures[key]).toBeGreaterThanOrEqual(floors[key]);
  });
});
