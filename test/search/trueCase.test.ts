import { beforeAll, describe, expect, test } from 'vitest';
import { loadCorpus } from '../../src/corpus/loadCorpus.ts';
import { createSearchEngine, type SearchEngine } from '../../src/search/engine.ts';
import { absentNamesCased, speakerNamesCased, TRUE_CASE_RULES, typedInLowerCase } from '../../src/search/trueCase.ts';
import { refusedOnlyByRule } from '../attribution/fixtures.ts';
import { withRuleOff } from '../ruleSwitch.ts';

describe('absentNamesCased on the seeds', () => {
  let engine: SearchEngine;
  beforeAll(async () => {
    engine = createSearchEngine(await loadCorpus(new URL('../../seeds/', import.meta.url).pathname));
  });

  test.each([
    ['how did the european union react?', 'how did the European Union react?'],
    ['did kim seol-hwa mention taiwan?', 'did kim seol-hwa mention Taiwan?'],
    // WordNet keeps senses by stem, and "france" shares one with "franc": the word's own sense decides.
    ['why did france object to the tokyo office?', 'why did France object to the tokyo office?'],
    ['Did anyone mention taiwan?', 'Did anyone mention Taiwan?'],
  ])(
    'GIVEN "%s" typed without capitals THEN a name the coverage never mentions is written as one: "%s"',
    (typed, cased) => {
      expect(absentNamesCased(typed, engine)).toBe(cased);
    },
  );

  test.each([
    'What did the European Union say?',
    'what did kim jong un say about nato',
    'what did mao ning say about china',
    'may the office open in may?',
    'WHAT DID NATO SAY?',
    // A body of people WordNet names, a letter off a name the coverage has: "Ming" (a dynasty) for "Mao Ning".
    'mao ming vigilence regional countrys quote',
    // The Kremlin is first a building.
    'what does the kremlin think of nato moving into asia',
  ])(
    'GIVEN "%s" (cased already, names the coverage has, a surname alone, everyday words) THEN it is left as typed',
    (typed) => {
      expect(absentNamesCased(typed, engine)).toBe(typed);
    },
  );

  test.each([
    ['are the hamas talks going well', 'are the Hamas talks going well'],
    ['is the taliban worried about the tokyo office', 'is the Taliban worried about the tokyo office'],
  ])(
    'GIVEN "%s", a body of people the coverage never mentions THEN it is a name: "%s", and left as typed with the rule off',
    (typed, cased) => {
      expect(absentNamesCased(typed, engine)).toBe(cased);
      withRuleOff(TRUE_CASE_RULES, 'groupNames', () => expect(absentNamesCased(typed, engine)).toBe(typed));
    },
  );

  test('GIVEN "are the hamas talks going well" THEN it is refused naming Hamas, and answered with the rule off', () => {
    expect(refusedOnlyByRule(engine, 'are the hamas talks going well', 'Hamas', TRUE_CASE_RULES, 'groupNames')).toEqual(
      {
        refused: true,
        named: true,
        answeredWithRuleOff: true,
      },
    );
  });
});

describe('speakerNamesCased', () => {
  test.each([
    ["what did south korea's president say?", "what did South Korea's president say?"],
    ['how did the japanese government respond', 'how did the Japanese government respond'],
    ['what did china say about nato', 'what did China say about NATO'],
    ['what did mao ning say', 'what did Mao ning say'],
  ])('GIVEN "%s" typed without capitals THEN the names a speaker may be called by are cased: "%s"', (typed, cased) => {
    expect(speakerNamesCased(typed)).toBe(cased);
  });

  test.each([
    'what did kim jong un say about nato',
    'what does the alliance hope to do?',
    'what is the major arms buildup?',
    'What did the Chinese spokeswoman say?',
    // "state" and "western": common first, though WordNet has "State" and the film genre "Western".
    'which head of state argued for the western alliance?',
  ])(
    'GIVEN "%s" (a short abbreviation, everyday words, or cased already) THEN those words are left as typed',
    (typed) => {
      const cased = speakerNamesCased(typed);
      expect(cased.toLowerCase()).toBe(typed.toLowerCase());
      expect(cased).not.toMatch(/\bUN\b|\bHope\b|\bMajor\b|\bState\b|\bWestern\b/);
      if (/\p{Lu}/u.test(typed)) expect(cased).toBe(typed);
    },
  );
});

describe('typedInLowerCase', () => {
  test.each([
    ['what did kishida say', true],
    ['What did kishida say', true],
    ['WHAT DID KISHIDA SAY', true],
    ['What did Kishida say', false],
    ['what did NATO say', false],
  ])('GIVEN "%s" THEN its case says nothing of names: %s', (question, expected) => {
    expect(typedInLowerCase(question)).toBe(expected);
  });
});

describe('speakerNamesCased with the coverage', () => {
  let engine: SearchEngine;
  beforeAll(async () => {
    engine = createSearchEngine(await loadCorpus(new URL('../../seeds/', import.meta.url).pathname));
  });

  test('GIVEN a name the coverage writes with a capital and English does not have ("kishida") THEN it is cased too', () => {
    expect(speakerNamesCased('what did kishida say about the liaison office?', engine)).toBe(
      'what did Kishida say about the liaison office?',
    );
  });

  test('GIVEN words the coverage capitalises inside names but English has ("foreign", "security") THEN they stay as typed', () => {
    expect(speakerNamesCased('what did the security official say about foreign policy', engine)).toBe(
      'what did the security official say about foreign policy',
    );
  });

  test('GIVEN a name already cased among lower-case words THEN only the lower-case run is cased', () => {
    expect(speakerNamesCased("how did the south korean president respond to Pyongyang's warning", engine)).toBe(
      "how did the South Korean president respond to Pyongyang's warning",
    );
  });
});
