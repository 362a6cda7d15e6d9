import { beforeAll, describe, expect, test } from 'vitest';
import { loadCorpus } from '../../src/corpus/loadCorpus.ts';
import { ANALYSIS_RULES, analyzeQuestion } from '../../src/search/analyzeQuestion.ts';
import { ask } from '../../src/search/ask.ts';
import { createSearchEngine, type SearchEngine } from '../../src/search/engine.ts';
import { withRuleOff } from '../ruleSwitch.ts';

const SEEDS = new URL('../../seeds/', import.meta.url).pathname;
const QUESTION = 'whats that other pacific security club with the aussies and the brits they bring up';

describe('a people named in an everyday word, as their country', () => {
  let engine: SearchEngine;
  const phrasingsOf = (question: string, label: string) =>
    analyzeQuestion(question, engine)
      .find((concept) => concept.label === label)
      ?.phrasings.map((phrasing) => phrasing.join(' '));

  beforeAll(async () => {
    engine = createSearchEngine(await loadCorpus(SEEDS));
  });

  test.each([
    ['aussies', 'australia'],
    ['brits', 'uk'],
  ])('GIVEN "%s" THEN the coverage’s "%s" stands in for it', (label, country) => {
    expect(phrasingsOf(QUESTION, label)).toContain(country);
  });

  test('GIVEN "Taiwan", whose WordNet synonym "Republic of China" is not China first of all THEN China does not stand in', () => {
    const taiwan = analyzeQuestion('Did anyone mention Taiwan?', engine).find((concept) => concept.label === 'Taiwan');
    expect(taiwan?.absent).toBe(true);
    expect(taiwan?.phrasings.flat()).not.toContain('china');
  });

  test('GIVEN the question about "the aussies and the brits" THEN the AUKUS passage answers first', () => {
    expect(ask(engine, QUESTION).passages[0]?.text).toMatch(/AUKUS pact between Australia, the UK/);
  });

  test('GIVEN the rule off THEN it is not answered so', () => {
    ANALYSIS_RULES.peoplesCountries = false;
    try {
      expect(ask(engine, QUESTION).passages[0]?.text ?? '').not.toMatch(/AUKUS pact between Australia, the UK/);
    } finally {
      ANALYSIS_RULES.peoplesCountries = true;
    }
  });

  test('GIVEN "the yanks", a kind of American by WordNet with no place of its own THEN the United States stands in, and not with the rule off', () => {
    const question = 'why does north korea reckon the yanks are the ones dragging nato into asia?';
    expect(phrasingsOf(question, 'yanks')).toContain('unit state');
    withRuleOff(ANALYSIS_RULES, 'peoplesKinds', () => {
      expect(phrasingsOf(question, 'yanks')).not.toContain('unit state');
    });
  });

  test.each([
    ['What did the Texans say about the Tokyo office?', 'Texans'],
    ['What did Biden sign at the retreat in Maryland?', 'Maryland'],
  ])('GIVEN "%s", a people of a place of its own or a place THEN its kind does not stand in', (question, label) => {
    const concept = analyzeQuestion(question, engine).find((found) => found.label === label);
    expect(concept?.absent).toBe(true);
    expect(concept?.phrasings.map((phrasing) => phrasing.join(' '))).not.toContain('unit state');
  });
});
