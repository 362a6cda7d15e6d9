import { beforeAll, describe, expect, test } from 'vitest';
import { loadCorpus } from '../../src/corpus/loadCorpus.ts';
import { analyzeQuestion } from '../../src/search/analyzeQuestion.ts';
import { ask } from '../../src/search/ask.ts';
import { createSearchEngine, type SearchEngine } from '../../src/search/engine.ts';
import { INSTANCE_RULES, instancesAsked, instancesNamed } from '../../src/search/namedInstances.ts';
import { withRuleOff } from '../ruleSwitch.ts';

describe('instancesNamed', () => {
  test('GIVEN names of the kind written as names THEN each is counted once', () => {
    const text = 'a new axis like the fascist regimes in Germany and Italy, and in Germany again';
    expect(instancesNamed(text, new Set(['germani', 'itali', 'japan']))).toBe(2);
  });

  test('GIVEN a lower-case word of the same stem ("provides" for Providence) THEN it is no name', () => {
    expect(instancesNamed('the host nation provides the office', new Set(['provid']))).toBe(0);
  });
});

describe('which named ones a question asks for, over the seeds', () => {
  let engine: SearchEngine;
  const inCorpus = (stem: string) => engine.documentFrequency.has(stem);
  const asked = (question: string) => instancesAsked(question, analyzeQuestion(question, engine), inCorpus);
  beforeAll(async () => {
    engine = createSearchEngine(await loadCorpus(new URL('../../seeds/', import.meta.url).pathname));
  });

  test('GIVEN "which cities ..." THEN the kind is the word asked for and its instances are the cities the coverage names', () => {
    const found = asked('which cities did the alliance chief visit?');
    expect(found?.kind.label).toBe('cities');
    expect(found?.instances).toContain('tokyo');
  });

  test('GIVEN "in which other cities ..." (a preposition before, "other" after) THEN the kind is still the word asked for, and not with the rule off', () => {
    const question = 'In which other cities does the alliance chief stop?';
    expect(asked(question)?.kind.label).toBe('cities');
    withRuleOff(INSTANCE_RULES, 'otherAfterPreposition', () => expect(asked(question)).toBeNull());
  });

  test('GIVEN a country the question names itself THEN it is no answer to "which countries"', () => {
    const found = asked('which countries besides Japan does NATO court?');
    expect(found?.instances).toContain('australia');
    expect(found?.instances).not.toContain('japan');
  });

  test('GIVEN a question asking for no named kind THEN none', () => {
    expect(asked('what did the spokeswoman say?')).toBeNull();
    expect(asked('why is North Korea angry?')).toBeNull();
  });

  test('GIVEN "which country said ..." in other words than the report THEN the passage naming the country answers, not only those saying "countries"', () => {
    const answer = ask(
      engine,
      "Which country said the alliance's latest strategy paper distorted reality and harked back to the era of superpower rivalry?",
      { limit: 3 },
    );
    expect(answer.passages.map((passage) => passage.text).join('\n')).toContain(
      'China has also denounced NATO’s Strategic Concept',
    );
  });
});
