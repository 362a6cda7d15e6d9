import { describe, expect, test } from 'vitest';
import { ask, RANKING_RULES } from '../../src/search/ask.ts';
import { createSearchEngine } from '../../src/search/engine.ts';
import { articleOf, corpusOfArticles } from '../attribution/fixtures.ts';

// A question naming one outlet is answered from that outlet's passages; which of them are kept is judged against
// the best of that outlet, not against another outlet's passage that answers better but will not be shown.
describe('the floor of a question asked of one outlet', () => {
  const engine = createSearchEngine(
    corpusOfArticles([
      articleOf(
        'a',
        'Summit talks',
        [
          'The missile launch on Wednesday came as President Yoon and other leaders were in Lithuania for the summit, his office said.',
          'The weather in the capital was mild.',
        ],
        'Alpha Times',
      ),
      articleOf(
        'b',
        'Missile fired',
        [
          'North Korea carried out a launch on Wednesday, hours before President Yoon arrived in Lithuania.',
          'Yoon convened an emergency meeting of the security council by video link from the summit.',
          'Markets were calm on Thursday.',
        ],
        'Beta Post',
      ),
    ]),
  );
  const question =
    'According to the Beta Post, what did Yoon do about the missile launch while he was still at the summit in Lithuania?';
  const texts = () => ask(engine, question, { limit: 5 }).passages.map((passage) => passage.text);

  test('GIVEN another outlet answers better THEN the named outlet’s passage on what Yoon did is still kept', () => {
    const shown = texts();
    expect(shown.some((text) => text.includes('convened an emergency meeting'))).toBe(true);
    expect(shown.every((text) => !text.includes('other leaders were in Lithuania'))).toBe(true);
  });

  test('GIVEN the rule off THEN it falls below the other outlet’s best and is cut', () => {
    RANKING_RULES.outletFloor = false;
    try {
      expect(texts().some((text) => text.includes('convened an emergency meeting'))).toBe(false);
    } finally {
      RANKING_RULES.outletFloor = true;
    }
  });
});
