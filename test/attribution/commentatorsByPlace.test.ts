import { beforeAll, describe, expect, test } from 'vitest';
import { attributionOf } from '../../src/attribution/attribution.ts';
import { DESCRIPTION_RULES, describedSpeakers } from '../../src/attribution/speakerDescriptions.ts';
import { createSearchEngine, type SearchEngine } from '../../src/search/engine.ts';
import { withRuleOff } from '../ruleSwitch.ts';
import { corpusOf, inventedPagesEngine, topThreeTexts } from './fixtures.ts';

describe('a commentator asked by a role word no article gives them, and the place they work in', () => {
  // Tuned page batch 163: Dr. Yaron Efrati, "head of the Asia program at the Mediterranean Strategy Forum in
  // Herzliya Pituach", whom no article calls an analyst.
  let pages: SearchEngine;
  beforeAll(async () => {
    pages = await inventedPagesEngine('invented-pages-163.json');
  });
  const question =
    'According to the Herzliya analyst, why did allied agreement break down over this particular proposal?';
  const quoted = 'never agreed what that means in practice';

  test('GIVEN "the Herzliya analyst" THEN the one person placed there is asked, and their words answer', () => {
    expect(describedSpeakers('Herzliya analyst', ['analyst'], attributionOf(pages))).toEqual(['Yaron Efrati']);
    expect(topThreeTexts(pages, question)).toContain(quoted);
  });

  test('GIVEN the rule off THEN no speaker fits and the words are not in the top three', () => {
    withRuleOff(DESCRIPTION_RULES, 'commentatorsByPlace', () => {
      expect(describedSpeakers('Herzliya analyst', ['analyst'], attributionOf(pages))).toEqual([]);
      expect(topThreeTexts(pages, question)).not.toContain(quoted);
    });
  });

  test('GIVEN two people placed there, or one holding an office THEN no commentator is guessed', () => {
    const engine = createSearchEngine(
      corpusOf([
        'Dr. Mira Holt, head of the Asia program at the Harbour Strategy Forum in Bodo, said the plan was symbolic.',
        'Lars Eide, who directs the Arctic desk at the Polar Foundation in Bodo, said the office mattered little.',
        'Kari Lunde, deputy mayor of Bergen, said the city had no view on the plan.',
      ]),
    );
    const attribution = attributionOf(engine);
    expect(describedSpeakers('Bodo analyst', ['analyst'], attribution)).toEqual([]);
    expect(describedSpeakers('Bergen analyst', ['analyst'], attribution)).toEqual([]);
    // The same page with one person placed in Bodo: that person.
    const alone = attributionOf(createSearchEngine(corpusOf(engine.corpus.passages.slice(0, 1).map((p) => p.text))));
    expect(describedSpeakers('Bodo analyst', ['analyst'], alone)).toEqual(['Mira Holt']);
  });
});

describe('a place named in letters outside ASCII', () => {
  test.each([['Tromsø'], ['Malmö'], ['Øresund']])(
    'GIVEN a professor placed in %s THEN the professor of that place is them',
    (place) => {
      const attribution = attributionOf(
        createSearchEngine(
          corpusOf([`Mira Holt, a professor at a university in ${place}, said the office was a symbolic step.`]),
        ),
      );
      expect(describedSpeakers(`${place} professor`, ['professor'], attribution)).toEqual(['Mira Holt']);
    },
  );
});
