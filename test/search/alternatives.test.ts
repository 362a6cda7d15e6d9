import { beforeAll, describe, expect, test } from 'vitest';
import { loadCorpus } from '../../src/corpus/loadCorpus.ts';
import { ask } from '../../src/search/ask.ts';
import { createSearchEngine, type SearchEngine } from '../../src/search/engine.ts';
import { GUESS_RULES, onlyInAlternative } from '../../src/search/guessClause.ts';
import { withRuleOff } from '../ruleSwitch.ts';

const OFFERED =
  'Some Russian leader, Lavrov or Putin maybe, said the West is building something like the 1930s Axis of Germany, Italy and Japan. Which one was it?';

describe('onlyInAlternative', () => {
  const known = (option: string) => /Putin|Global Research/.test(option);

  test.each([
    [OFFERED, 'Lavrov', true],
    [
      "Who is the author of the Asia-Pacific Research piece - CounterPunch or Global Research's own staff?",
      'CounterPunch',
      true,
    ],
    // The name after "or" too.
    ['Did Putin or Lavrov compare the West to the Axis?', 'Lavrov', true],
    // Every alternative unknown: the question is about what the coverage lacks.
    ['What did Lavrov or Shoigu say about Japan?', 'Lavrov', false],
    // No alternative beside it.
    ['What did Lavrov say about the Axis?', 'Lavrov', false],
  ])('GIVEN "%s" THEN "%s" is one of alternatives another of which is known: %s', (question, label, expected) => {
    expect(onlyInAlternative(question, label, known)).toBe(expected);
  });
});

describe('alternatives on the seeds', () => {
  let engine: SearchEngine;

  beforeAll(async () => {
    engine = createSearchEngine(await loadCorpus(new URL('../../seeds/', import.meta.url).pathname));
  });

  test('GIVEN a name the coverage lacks offered beside one it quotes THEN the one it quotes answers', () => {
    const answer = ask(engine, OFFERED);
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]?.text).toMatch(/new axis/);
    withRuleOff(GUESS_RULES, 'alternatives', () =>
      expect(ask(engine, OFFERED).reason).toMatch(/never mentions "Lavrov"/),
    );
  });

  test('GIVEN only names the coverage lacks offered THEN it is refused for them', () => {
    expect(ask(engine, 'What did Lavrov or Shoigu say about Japan?').answered).toBe(false);
  });
});
