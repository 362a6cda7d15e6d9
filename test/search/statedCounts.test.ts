import { beforeAll, describe, expect, test } from 'vitest';
import { loadCorpus } from '../../src/corpus/loadCorpus.ts';
import { analyzeQuestion } from '../../src/search/analyzeQuestion.ts';
import { ask } from '../../src/search/ask.ts';
import { createSearchEngine, type SearchEngine } from '../../src/search/engine.ts';
import { cardinalForms, COUNT_RULES, countsStates, placeListsOf } from '../../src/search/statedCounts.ts';
import { corpusOf } from '../attribution/fixtures.ts';
import { withRuleOff } from '../ruleSwitch.ts';

describe('cardinalForms', () => {
  test.each([
    ['five', ['five', '5']],
    ['5', ['5', 'five']],
    ['thirty', ['thirty', '30']],
    ['1,000', ['1,000', 'thousand']],
    ['74', ['74']],
  ])('GIVEN "%s" THEN it is written %j', (word, forms) => {
    expect(cardinalForms(word)).toEqual(forms);
  });

  test.each(['one', '1', 'first', 'staff'])('GIVEN "%s" THEN it is no count from two up', (word) => {
    expect(cardinalForms(word)).toBeNull();
  });
});

describe('numbers in questions over the seeds', () => {
  let engine: SearchEngine;
  beforeAll(async () => {
    engine = createSearchEngine(await loadCorpus(new URL('../../seeds/', import.meta.url).pathname));
  });
  const conceptOf = (question: string, label: string) =>
    analyzeQuestion(question, engine).find((concept) => concept.label === label);

  test.each([
    ['why is nato planning to put five staff in its tokyo office', 'five staff'],
    ['why is nato planning to put 5 staff in its tokyo office', '5 staff'],
  ])(
    'GIVEN a count no passage states ("%s") THEN it is absent, and the question refused naming it',
    (question, label) => {
      expect(conceptOf(question, label)?.absent).toBe(true);
      const answer = ask(engine, question);
      expect(answer.answered).toBe(false);
      expect(answer.reason).toContain(`"${label}"`);
    },
  );

  test('GIVEN countries counted ("four Indo-Pacific democracies") THEN the passage listing four of them states the count, and not with the rule off', () => {
    const question =
      'Which body justified its closer ties with four Indo-Pacific democracies by pointing to a complex security environment?';
    expect(conceptOf(question, 'four Indo')?.absent).toBeUndefined();
    expect(ask(engine, question).passages[0]?.text).toContain('Japan, Australia, South Korea, and New Zealand');
    COUNT_RULES.placesListed = false;
    try {
      expect(conceptOf(question, 'four Indo')?.absent).toBe(true);
    } finally {
      COUNT_RULES.placesListed = true;
    }
  });

  test('GIVEN "the three navies" of a passage naming three states THEN the list states the count, and not with the rule off', () => {
    const drills = createSearchEngine(
      corpusOf(['The drills bring together the navies of the United States, Japan and South Korea off the coast.']),
    );
    const concept = () =>
      analyzeQuestion('What training are the three navies doing?', drills).find(
        (each) => each.label === 'three navies',
      );
    expect(concept()?.absent).toBeUndefined();
    withRuleOff(COUNT_RULES, 'stateBodies', () => expect(concept()?.absent).toBe(true));
  });

  test('GIVEN a count of countries no list in the coverage has ("seven democracies") THEN it is absent still', () => {
    const question = 'Which body justified its closer ties with seven Indo-Pacific democracies?';
    expect(conceptOf(question, 'seven Indo')?.absent).toBe(true);
  });

  test('GIVEN a count a passage states with other words between ("two senior officials" for "two officials") THEN it stands', () => {
    expect(conceptOf('What did the two officials say?', 'two')?.absent).toBe(false);
    expect(conceptOf('What did the two senior officials say?', 'two')?.absent).toBe(false);
  });

  test('GIVEN the outlets counted ("how do the three outlets differ") THEN the number is a qualifier and the question answered', () => {
    const question = 'how do the three outlets differ on the liaison office';
    expect(conceptOf(question, 'three')?.qualifier).toBe(true);
    expect(ask(engine, question).answered).toBe(true);
  });

  test('GIVEN a number after "which" ("which three countries form ...") THEN it shapes the answer: a qualifier, and the members listed answer it', () => {
    const question = 'Which three countries form the AUKUS pact?';
    expect(conceptOf(question, 'three')?.qualifier).toBe(true);
    const answer = ask(engine, question);
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]?.text).toContain('AUKUS pact between Australia, the UK and the US');
  });

  test.each(['Name the three countries that form the AUKUS pact.', 'List three countries that form the AUKUS pact.'])(
    'GIVEN a request for that many things ("%s") THEN the number shapes the answer as "which three" does',
    (question) => {
      expect(conceptOf(question, 'three')?.qualifier).toBe(true);
      expect(ask(engine, question).passages[0]?.text).toContain('AUKUS pact between Australia, the UK and the US');
    },
  );

  test('GIVEN the coverage counted in a hyphenated word ("which of the three write-ups ...") THEN the number is a qualifier', () => {
    const question = "which of the three write-ups actually got china's foreign ministry on the record?";
    expect(conceptOf(question, 'three')?.qualifier).toBe(true);
    expect(ask(engine, question).answered).toBe(true);
  });

  test.each([
    ['When is the three-way missile warning system up and running?', 'three'],
    ['Which outlets reported the April 4 meeting in Brussels?', '4'],
    ['Does Al Mayadeen say anything the other two leave out?', 'two'],
    ['Will Japan pay 6 billion yen for it?', '6'],
    ['What did NATO do in the past five years?', 'five'],
    // Before a verb or a function word, a number counts no noun.
    ["how did putin characterise moscow's dealings with beijing when people claim the two are ganging up", 'two'],
  ])(
    'GIVEN "%s" THEN "%s" is a compound, a date, a pronoun, an amount or a span, not a count to check',
    (question, label) => {
      expect(conceptOf(question, label)?.absent ?? false).toBe(false);
    },
  );
});

describe('a count of states answered by a list of them', () => {
  test('GIVEN lists of places THEN each is counted, "the" before an item and a full stop or dots after it allowed', () => {
    expect(placeListsOf('the AUKUS pact between Australia, the UK and the U.S.')).toEqual([3]);
    expect(placeListsOf('Japan, South Korea and New Zealand sent ministers')).toEqual([3]);
    expect(placeListsOf('Kishida and Albanese met')).toEqual([]);
  });

  test('GIVEN "how many countries" THEN it counts states; "how many staff" does not', () => {
    expect(countsStates('How many countries are in the AUKUS pact?')).toBe(true);
    expect(countsStates('how many Asian nations took part')).toBe(true);
    expect(countsStates('How many staff would the office have?')).toBe(false);
  });

  test('GIVEN a count of countries a passage gives only as their list THEN that passage answers it', () => {
    const engine = createSearchEngine(
      corpusOf([
        'Officials pointed to the AUKUS pact between Australia, the UK and the US as a model.',
        'The pact has been criticised by China for months.',
      ]),
    );
    const question = 'How many countries are in the AUKUS pact?';
    expect(ask(engine, question).passages.map((passage) => passage.id)).toEqual(['a#p1']);
    withRuleOff(COUNT_RULES, 'listAnswersCount', () => expect(ask(engine, question).answered).toBe(false));
  });

  test('GIVEN a list further on from the name THEN it is the list of something else, and the count is refused', () => {
    const engine = createSearchEngine(
      corpusOf([
        'Kim pointed to the Quad bloc, which Beijing has decried as an Asian NATO, and the AUKUS pact between Australia, the UK and the US.',
      ]),
    );
    expect(ask(engine, 'How many countries are in the Quad?').answered).toBe(false);
    expect(ask(engine, 'How many countries are in AUKUS?').answered).toBe(true);
  });
});
