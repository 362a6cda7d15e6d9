import { beforeAll, describe, expect, test } from 'vitest';
import { attributionOf } from '../../src/attribution/attribution.ts';
import { SPEAKER_RULES } from '../../src/attribution/askWithSpeakers.ts';
import { DESCRIPTION_RULES, describedSpeakers } from '../../src/attribution/speakerDescriptions.ts';
import { createSearchEngine, type SearchEngine } from '../../src/search/engine.ts';
import { withRuleOff } from '../ruleSwitch.ts';
import { corpusOf, inventedPagesEngine, topThreeTexts } from './fixtures.ts';

describe('"the head of the Piraeus think tank": a judgement asked of someone described by the place they head', () => {
  // Tuned page batch 169: Dr Eleni Papadaki, "director of the Piraeus Institute for Strategic Studies", who "gave
  // the office a better than even chance of opening within two years".
  let pages: SearchEngine;
  beforeAll(async () => {
    pages = await inventedPagesEngine('invented-pages-169.json');
  });
  const question = 'How likely does the head of the Piraeus think tank consider it that the office eventually opens?';
  const judged = 'a better than even chance of opening within two years';

  test('GIVEN the question THEN the director is asked and her judgement is in the top three', () => {
    expect(describedSpeakers('the head of the Piraeus think tank', ['head'], attributionOf(pages))).toEqual([
      'Eleni Papadaki',
    ]);
    expect(topThreeTexts(pages, question)).toContain(judged);
  });

  test('GIVEN heading roles not taken for one another THEN no one is the head, and the judgement is not found', () => {
    withRuleOff(DESCRIPTION_RULES, 'headingRolesKin', () => {
      expect(describedSpeakers('the head of the Piraeus think tank', ['head'], attributionOf(pages))).toEqual([]);
      expect(topThreeTexts(pages, question)).not.toContain(judged);
    });
  });

  test('GIVEN "how likely does ... consider" not read as asking a view THEN the judgement is not found', () => {
    withRuleOff(SPEAKER_RULES, 'viewsConsidered', () => {
      expect(topThreeTexts(pages, question)).not.toContain(judged);
    });
  });

  test('GIVEN people heading things and one teaching THEN only one at the head is a head, chief or boss', () => {
    const attribution = attributionOf(
      createSearchEngine(
        corpusOf([
          'Dr Mira Holt, director of the Bodo Institute for Polar Studies, said the office would open in time.',
          'Lars Eide, who lectures at a university in Bergen, said the office mattered little.',
          'Kari Lunde, who chairs the Bergen Harbour Forum, said the plan was a mistake.',
        ]),
      ),
    );
    expect(describedSpeakers('the chief of the Bodo think tank', ['chief'], attribution)).toEqual(['Mira Holt']);
    expect(describedSpeakers('the Bergen boss', ['boss'], attribution)).toEqual(['Kari Lunde']);
    expect(describedSpeakers('the Bergen lecturer', ['lecturer'], attribution)).toEqual(['Lars Eide']);
  });
});
