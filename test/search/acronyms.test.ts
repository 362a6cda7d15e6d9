import { describe, expect, test } from 'vitest';
import { askWithSpeakers } from '../../src/attribution/askWithSpeakers.ts';
import { answerQuestion } from '../../src/answer/answerQuestion.ts';
import { ACRONYM_RULES, acronymsOf, prepareAcronyms, withAcronymsSpelledOut } from '../../src/search/acronyms.ts';
import { ANALYSIS_RULES, analyzeQuestion, typedAsAcronym } from '../../src/search/analyzeQuestion.ts';
import { createSearchEngine } from '../../src/search/engine.ts';
import type { Corpus } from '../../src/corpus/types.ts';
import { corpusOf, seedEngine } from '../attribution/fixtures.ts';
import { withRuleOff } from '../ruleSwitch.ts';

// Acronyms the articles define or whose names they spell out, and one they use without ever spelling it out.
const corpus = corpusOf([
  'On the morning of the 12th, North Korea launched an intercontinental ballistic missile (ICBM) that fell into the sea outside the exclusive economic zone.',
  'Hours earlier a solid-fuel intercontinental ballistic missile flew for about 74 minutes before falling into the Sea of Japan.',
  'Anneliese Takahara, a lecturer at the Australian National University, said the dispute was "far more about Paris than about Tokyo".',
  'The Ministry of Foreign Affairs said the talks with the North Atlantic Treaty Organization would continue.',
  'Officials at the UNHCR declined to comment on the report.',
]);
const engine = createSearchEngine(corpus);

describe('acronymsOf', () => {
  test('GIVEN an acronym in brackets after its words ("intercontinental ballistic missile (ICBM)") THEN it stands for them, letters inside a word counted', () => {
    expect(
      acronymsOf(corpus)
        .get('icbm')
        ?.map((spelled) => spelled.words),
    ).toEqual(['intercontinental ballistic missile']);
  });

  test('GIVEN names of capitalised words THEN their initials stand for them, with and without the small words', () => {
    const acronyms = acronymsOf(corpus);
    expect(acronyms.get('anu')?.[0]?.words).toBe('australian national university');
    expect(acronyms.get('nato')?.[0]?.words).toBe('north atlantic treaty organization');
    expect(acronyms.get('mfa')?.[0]?.words).toBe('ministry of foreign affairs');
    expect(acronyms.get('mofa')?.[0]?.words).toBe('ministry of foreign affairs');
  });

  test('GIVEN a body named only inside a post ("the President of the Atlantic-Pacific Parliamentary Assembly") THEN its initials stand for it', () => {
    const posts = corpusOf([
      'The President of the Atlantic-Pacific Parliamentary Assembly, Ingrid Aasmundsen, welcomed the plan.',
    ]);
    expect(acronymsOf(posts).get('appa')?.[0]?.words).toBe('atlantic pacific parliamentary assembly');
  });

  test('GIVEN a name only ever written as an owner ("North Korea’s Foreign Ministry") THEN its initials stand for it too', () => {
    const owned = () => acronymsOf(corpusOf(['North Korea’s Foreign Ministry said the plan would harm the region.']));
    expect(owned().get('nk')?.[0]?.words).toBe('north korea');
    expect(owned().get('nkfm')?.[0]?.words).toBe('north korea foreign ministry');
    ACRONYM_RULES.possessiveOwners = false;
    try {
      expect(owned().has('nk')).toBe(false);
    } finally {
      ACRONYM_RULES.possessiveOwners = true;
    }
  });

  test('GIVEN an acronym the coverage never spells out THEN it stands for nothing', () => {
    expect(acronymsOf(corpus).has('unhcr')).toBe(false);
  });
});

describe('an acronym in a question', () => {
  test.each([
    ['ICBM', true],
    ['icbm', true],
    ['anu', true],
    // Common words are words, whatever their letters spell.
    ['us', false],
    // Two lower-case letters are as often a part of a name ("kim jong un").
    ['un', false],
    ['EU', true],
    ['man', false],
    ['Tokyo', false],
  ])('GIVEN "%s" THEN it is read as an acronym: %s', (typed, expected) => {
    expect(typedAsAcronym(typed)).toBe(expected);
  });

  test('GIVEN "icbm" THEN a passage that spells the words out answers too', () => {
    const concept = analyzeQuestion('how long was the icbm in the air', engine).find((entry) => entry.label === 'icbm');
    expect(concept?.phrasings).toContainEqual(['intercontinent', 'ballist', 'missil']);
    const answer = askWithSpeakers(engine, 'how long was the icbm in the air');
    expect(answer.passages.slice(0, 2).some((passage) => passage.text.includes('74 minutes'))).toBe(true);
  });

  test('GIVEN an acronym the coverage writes more often than the words it stands for ("CSIS") THEN they are not searched beside it', () => {
    const many = createSearchEngine(
      corpusOf([
        'A fellow at the Center for Strategic and International Studies (CSIS) said the office would open.',
        'CSIS analysts said talks with Japan continued.',
        'A CSIS report declined to give a date.',
      ]),
    );
    const concept = analyzeQuestion('what did CSIS say', many).find((entry) => entry.label === 'CSIS');
    expect(concept?.phrasings).toEqual([['csi']]);
  });

  test('GIVEN "the anu academic", never named so THEN the lecturer at the Australian National University is who is meant', () => {
    const answer = askWithSpeakers(engine, 'what did the anu academic say the dispute was about');
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]?.text).toContain('far more about Paris');
  });
});

describe('an acronym the question spells out itself', () => {
  test.each([
    [
      'Which outlet covered the UK-Japan RAA (reciprocal access agreement)?',
      'Which outlet covered the UK-Japan reciprocal access agreement?',
    ],
    [
      'Which outlet covered the reciprocal access agreement (RAA)?',
      'Which outlet covered the reciprocal access agreement?',
    ],
    [
      'Who signed the Individually Tailored Partnership Programme (ITPP)?',
      'Who signed the Individually Tailored Partnership Programme?',
    ],
  ])('GIVEN "%s" THEN it reads "%s"', (question, read) => {
    expect(withAcronymsSpelledOut(question)).toBe(read);
  });

  test.each([
    'What did the KCNA (the North Korean news agency) report?', // the bracket does not spell the letters
    'Did the US (and Japan) agree?',
    'What did Kim (the official) say?',
  ])('GIVEN "%s" THEN it is kept as typed', (question) => {
    expect(withAcronymsSpelledOut(question)).toBe(question);
  });

  test('GIVEN an acronym the coverage never writes, spelled out by the question THEN the passage on the agreement answers, and with the rule off the acronym vetoes it', async () => {
    const seeds = await seedEngine();
    const question = 'Which outlet covered the UK-Japan RAA (reciprocal access agreement)?';
    expect(answerQuestion(seeds, question, { limit: 3 }).passages[0]?.text).toContain(
      'reciprocal military access agreement',
    );
    // With the state before it ("UK-Japan RAA"), the acronym would also read as a body of Japan's: that rule is off too.
    withRuleOff(ACRONYM_RULES, 'definedInQuestion', () =>
      withRuleOff(ANALYSIS_RULES, 'stateBodyAcronyms', () => {
        expect(answerQuestion(seeds, question, { limit: 3 }).reason).toContain('RAA');
      }),
    );
  });
});

describe('prepareAcronyms', () => {
  test('GIVEN a coverage of many articles read in steps THEN the event loop runs between them, and the acronyms are those read at once', async () => {
    // One article per paragraph: the steps are taken article by article.
    const coverage = (): Corpus => {
      const articles = Array.from({ length: 250 }, (_, i) => {
        const [article] = corpusOf([
          `The Korean Central News Agency (KCNA) said on day ${i} that the Asian Infrastructure Investment Bank met.`,
        ]).articles;
        if (!article) throw new Error('corpusOf made no article');
        return { ...article, meta: { ...article.meta, id: `a${i}` } };
      });
      return {
        articles,
        passages: articles.flatMap((article) => article.passages),
        skipped: [],
        shortLines: new Uint32Array(0),
      };
    };
    const stepped = coverage();
    const atOnce = coverage();
    let ticks = 0;
    const timer = setInterval(() => ticks++, 0);
    await prepareAcronyms(stepped);
    clearInterval(timer);
    expect(ticks).toBeGreaterThan(0);
    expect([...acronymsOf(stepped)]).toStrictEqual([...acronymsOf(atOnce)]);
    expect(acronymsOf(stepped).get('kcna')?.[0]?.words).toBe('korean central news agency');
  });
});

describe('initials of a phrase the coverage repeats', () => {
  const paragraphs = [
    'NATO plans a liaison office in Tokyo, its first in Asia.',
    'The liaison office would hold periodic consultations with partners.',
    'Japan would have to fund the liaison office, officials said.',
    'A military bloc was mentioned twice; the military bloc is not thrice.',
  ];

  test('GIVEN "liaison office" three times in an article THEN "LO" stands for it, and not with the rule off', () => {
    const corpus = corpusOf(paragraphs);
    expect(
      acronymsOf(corpus)
        .get('lo')
        ?.map((spelled) => spelled.words),
    ).toEqual(['liaison office']);
    // Twice is not enough: "military bloc".
    expect(acronymsOf(corpus).has('mb')).toBe(false);
    withRuleOff(ACRONYM_RULES, 'repeatedPhrases', () => expect(acronymsOf(corpusOf(paragraphs)).has('lo')).toBe(false));
  });

  test('GIVEN "the NATO LO" THEN "LO" is a name of its own, spelled out, and "NATO LO" is no name the coverage lacks', () => {
    const engine = createSearchEngine(corpusOf(paragraphs));
    const question = 'Who would pay for the NATO LO in Tokyo?';
    const lo = analyzeQuestion(question, engine).find((concept) => concept.label === 'LO');
    expect(lo?.phrasings).toContainEqual(['liaison', 'offic']);
    expect(answerQuestion(engine, question).passages[0]?.text).toContain('liaison office');
    withRuleOff(ANALYSIS_RULES, 'coverageInitials', () => {
      const off = createSearchEngine(corpusOf(paragraphs));
      expect(analyzeQuestion(question, off).some((concept) => concept.label === 'NATO LO' && concept.absent)).toBe(
        true,
      );
      expect(answerQuestion(off, question).reason).toContain('never mentions "NATO LO"');
    });
  });
});
