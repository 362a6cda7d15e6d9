import fc from 'fast-check';
import { beforeAll, describe, expect, test } from 'vitest';
import { loadCorpus } from '../../src/corpus/loadCorpus.ts';
import { answerQuestion } from '../../src/answer/answerQuestion.ts';
import type { Concept } from '../../src/search/analyzeQuestion.ts';
import { ask, coverageOf, RANKING_RULES } from '../../src/search/ask.ts';
import { articleOf, corpusOf, corpusOfArticles } from '../attribution/fixtures.ts';
import { createSearchEngine, type SearchEngine } from '../../src/search/engine.ts';
import { withRuleOff } from '../ruleSwitch.ts';

const SEEDS = new URL('../../seeds/', import.meta.url).pathname;

describe('ask', () => {
  let engine: SearchEngine;
  beforeAll(async () => {
    engine = createSearchEngine(await loadCorpus(SEEDS));
  });

  const top = (question: string, options = {}) => ask(engine, question, options).passages[0]?.text ?? '';
  const topThree = (question: string, options = {}) =>
    ask(engine, question, { ...options, limit: 3 })
      .passages.map((passage) => passage.text)
      .join('\n');

  // Questions written from the articles; each names a phrase the answering passage must hold.
  test.each([
    ['who said what about the Tokyo liaison office?', /liaison office|one-man station|one-person station/],
    ['What did Mao Ning say?', /Mao Ning|Mao warned/],
    ['When did Stoltenberg meet Hayashi?', /Brussels on April 4/],
    ['Where will NATO summit be held in July?', /Lithuania in July/],
    ['What does NATO stand for?', /North Atlantic Treaty Organization/],
  ])('GIVEN "%s" THEN the top passage answers it', (question, answer) => {
    expect(top(question)).toMatch(answer);
  });

  test('GIVEN a date asked of a name the passage before writes ("the North Korean official\'s comments") THEN the name is read whole across both passages', () => {
    const question = "Which state outlet first carried the North Korean official's comments, and on which day?";
    expect(top(question)).toMatch(/Korean Central News Agency \(KCNA\) on Monday/);
  });

  test.each([
    ['What does Pyongyang say Washington is doing with the alliance in Asia?', /pushing NATO into Asia/],
    ['Which NATO division hosted talks in Japan last month?', /Cooperative Security Division/],
  ])('GIVEN "%s" THEN a passage in the top three answers it', (question, answer) => {
    expect(topThree(question)).toMatch(answer);
  });

  test.each([
    ['stoltenbreg hayashi brussels', /Brussels on April 4/],
    ['nato liason office', /liaison office|one-man station|one-person station/],
    ['kishda stoltenberg january', /late January/],
    ['individualy tailored partnership', /Individually Tailored Partnership Program/],
    ['STOLTENBERG HAYASHI', /Hayashi/],
  ])('GIVEN the misspelt or oddly cased "%s" THEN it still finds the passage', (question, answer) => {
    expect(top(question)).toMatch(answer);
  });

  test.each([
    'What is the weather forecast for Tokyo this weekend?',
    'What did Emmanuel Macron say about NATO?',
    'How many nuclear weapons does North Korea have?',
    'Who won the football world cup?',
    'Did indirect talks between Hamas and Israelis begin in Sharm el-Sheikh?',
    'How do I subscribe to the Global Research daily newsletter?',
    "What is Al Mayadeen's privacy policy?",
    'What did Tucker Carlson say about the Pentagon?',
  ])('GIVEN the out-of-scope or page-chrome question "%s" THEN it says nothing in the coverage answers', (question) => {
    const answer = ask(engine, question);
    expect(answer.answered).toBe(false);
    expect(answer.passages).toEqual([]);
    expect(answer.reason).toMatch(/coverage/);
  });

  test('GIVEN a question naming something the coverage never mentions THEN the reason names it', () => {
    expect(ask(engine, 'What did Putin say about Gaza?').reason).toMatch(/never mentions "gaza"/i);
  });

  test('GIVEN a statement three outlets carried THEN it comes back once, naming every outlet', () => {
    const answer = ask(engine, 'Kim argued NATO wants an anti-China and anti-Russia encirclement');
    const first = answer.passages[0];
    expect(first?.text).toMatch(/anti-China and anti-Russia encirclement/);
    expect(first?.carriers.map((carrier) => carrier.outlet).sort()).toEqual([
      'Al Mayadeen English',
      'Asia-Pacific Research',
      'RT',
    ]);
    const texts = answer.passages.map((passage) => passage.text);
    expect(texts.filter((text) => /encirclement/.test(text))).toHaveLength(1);
  });

  test('GIVEN an outlet named in the question or as an option THEN only that outlet is searched', () => {
    const named = ask(engine, 'What did Al Mayadeen report about Stoltenberg?');
    expect(named.passages.length).toBeGreaterThan(0);
    expect(named.passages.every((passage) => passage.carriers[0]?.outlet === 'Al Mayadeen English')).toBe(true);
    const option = ask(engine, 'Stoltenberg', { outlet: 'rt' });
    expect(option.passages.every((passage) => passage.carriers[0]?.outlet === 'RT')).toBe(true);
    expect(ask(engine, 'Stoltenberg', { outlet: 'Nowhere Times' }).reason).toMatch(/No outlet called "Nowhere Times"/);
  });

  test('GIVEN a follow-up with its thread question as context THEN it is answered in that context', () => {
    const context = "What did North Korea say about NATO's plan for an office in Tokyo?";
    const china = answerQuestion(engine, 'What did China say?', { context, limit: 3 });
    expect(china.passages.map((passage) => passage.text).join('\n')).toMatch(/Chinese Foreign Ministry/);
    expect(ask(engine, 'and then?', { context }).answered).toBe(true);
  });

  test('GIVEN paging THEN pages do not repeat and the total stays the same', () => {
    const first = ask(engine, 'NATO Japan', { limit: 3 });
    const second = ask(engine, 'NATO Japan', { limit: 3, offset: 3 });
    expect(first.total).toBe(second.total);
    expect(first.total).toBeGreaterThan(6);
    const ids = [...first.passages, ...second.passages].map((passage) => passage.id);
    expect(new Set(ids).size).toBe(6);
  });

  test.each([
    ['empty', ''],
    ['whitespace', '   \n\t '],
    ['punctuation only', '?!?'],
    ['stop words only', 'what is the'],
  ])('GIVEN an %s question THEN it asks politely for a real question', (_name, question) => {
    const answer = ask(engine, question);
    expect(answer.answered).toBe(false);
    expect(answer.reason).toMatch(/question|words/i);
  });

  test('GIVEN any text as a question THEN ask never throws and returns only corpus passages within the limit', () => {
    const texts = new Set(engine.corpus.passages.map((passage) => passage.text));
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 300 }),
          fc.string({ unit: 'binary', maxLength: 300 }),
          fc.constantFrom(
            '@everyone NATO',
            '<@123> Kim',
            '```js\nNATO\n```',
            '.*+?^${}()|[]\\',
            "'; DROP TABLE passages; --",
            '<script>alert(1)</script>',
            'NATO\u200B\u202Eoffice',
            'Pyo\u0301ngyang',
            '🇰🇵 NATO 🇯🇵',
            'x'.repeat(6000),
          ),
        ),
        fc.integer({ min: 1, max: 10 }),
        (question, limit) => {
          const answer = ask(engine, question, { limit });
          expect(answer.passages.length).toBeLessThanOrEqual(limit);
          for (const passage of answer.passages) expect(texts.has(passage.text)).toBe(true);
          expect(answer.answered || answer.reason !== null).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('ask: a question the page puts, answered by the passage after it', () => {
  const engine = createSearchEngine(
    corpusOf([
      'SPOKESPERSON: Good afternoon. I have two announcements before questions.',
      'Q (Mariano Dizon, Evening Ledger): Beijing says Manila promised long ago to tow the grounded ship away. Did the Philippines ever make that commitment?',
      'SPOKESPERSON: No such promise exists. We checked the records of every administration and found no agreement to remove it.',
      'Q (Hiroko Tanabe, Nippon Wire): Will the incident speed up the access agreement talks with Tokyo?',
      'SPOKESPERSON: The talks proceed on their own timetable.',
    ]),
  );
  const question = 'Did the Philippines ever commit to towing away the grounded ship, as Beijing claims?';

  test("GIVEN a reporter's question worded like the user's THEN the reply takes its place", () => {
    const passages = ask(engine, question).passages.map((passage) => passage.text);
    expect(passages[0]).toMatch(/^SPOKESPERSON: No such promise exists/);
    // The question reports Beijing's claim before it asks: it stays, after the reply (reportingQuestions).
    expect(passages.findIndex((text) => text.startsWith('Q (Mariano Dizon'))).toBeGreaterThan(0);
    withRuleOff(RANKING_RULES, 'reportingQuestions', () =>
      expect(ask(engine, question).passages.some((passage) => passage.text.startsWith('Q (Mariano Dizon'))).toBe(false),
    );
  });

  test('GIVEN the rule off THEN the question itself leads', () => {
    RANKING_RULES.repliesFollow = false;
    try {
      expect(ask(engine, question).passages[0]?.text).toMatch(/^Q \(Mariano Dizon/);
    } finally {
      RANKING_RULES.repliesFollow = true;
    }
  });
});

describe('ask: asked why, the quotation after the paragraph introducing its speaker', () => {
  const engine = createSearchEngine(
    corpusOf([
      'Every few weeks a small group of protesters gathers outside the base on Ishigaki. Their leader, a retired schoolteacher, has lived on the island all her life.',
      '"They tell us the missiles are there to protect us," she said. "The army did not protect the people before."',
      'The ministry says the missile units on the island are purely defensive and will stay.',
      'Tourism to Ishigaki rose last year despite the new base, the island said.',
    ]),
  );
  const question = 'Why does the retired teacher protesting at the base not trust assurances about the missiles?';
  const top3 = () =>
    ask(engine, question)
      .passages.slice(0, 3)
      .map((passage) => passage.text);

  test('GIVEN the introduction ranked THEN the quotation said by "she" follows it', () => {
    const passages = ask(engine, question).passages.map((passage) => passage.text);
    const intro = passages.findIndex((text) => text.includes('retired schoolteacher'));
    expect(passages[intro + 1]).toMatch(/^"They tell us/);
  });

  test('GIVEN the rule off THEN the quotation is not brought into the top three', () => {
    withRuleOff(RANKING_RULES, 'quotedReasonsFollow', () =>
      expect(top3().some((text) => text.startsWith('"They tell us'))).toBe(false),
    );
  });
});

describe("ask: a moderator's question, answered by the labelled turn after it", () => {
  const engine = createSearchEngine(
    corpusOf([
      'IMOGEN FELD: Good morning, and welcome. Ten days ago the AUKUS ministers said they would consult Japan on the second pillar.',
      'Admiral Amakawa, let me start with you. What does Tokyo actually want out of Pillar II?',
      'VICE ADM. SHOJI AMAKAWA: Thank you, Imogen. Japan is not joining AUKUS. What it wants is a seat at specific tables: hypersonic defence, undersea drones and electronic warfare.',
      'IMOGEN FELD: Callum, from Canberra, how does this look?',
      'CALLUM STRAITHE: Mostly fine. Pillar II has been slow, with many working groups and few prototypes.',
    ]),
  );
  const question = 'What does Tokyo actually want out of the second AUKUS pillar, according to the admiral?';

  test("GIVEN the moderator's question worded like the user's THEN the admiral's turn takes its place, and not with the rule off", () => {
    const first = () => ask(engine, question).passages[0]?.text ?? '';
    expect(first()).toMatch(/^VICE ADM\. SHOJI AMAKAWA/);
    withRuleOff(RANKING_RULES, 'turnQuestions', () => expect(first()).toMatch(/^Admiral Amakawa, let me start/));
  });
});

describe("ask: a reporter's labelled question, answered by the spokesperson's turn after it", () => {
  const engine = createSearchEngine(
    corpusOf([
      'Gao Ruiming: Good afternoon. I have no announcements to make today. The floor is open for questions.',
      'Kanto Broadcasting: Zhao Leji, chairman of the standing committee, is visiting Pyongyang this week. Will he raise the missile launches?',
      "Gao Ruiming: Chairman Zhao's visit is about friendship, as this year marks the 75th anniversary of diplomatic relations.",
      'Kanto Broadcasting: One more on Japan. Is there any change to the seafood ban?',
      'Gao Ruiming: The measures China has taken are entirely justified, reasonable and necessary.',
    ]),
  );
  const question = "What reason did the spokesperson give for Zhao Leji's trip to Pyongyang?";

  test("GIVEN the reporter's question worded like the user's THEN the reply takes its place, and not with the rule off", () => {
    const first = () => ask(engine, question).passages[0]?.text ?? '';
    expect(first()).toMatch(/^Gao Ruiming: Chairman Zhao's visit/);
    withRuleOff(RANKING_RULES, 'labelledQuestions', () => expect(first()).toMatch(/^Kanto Broadcasting: Zhao Leji/));
  });

  test('GIVEN a labelled turn that says much before its question THEN it stays, after the reply', () => {
    const anchored = createSearchEngine(
      corpusOf([
        'ANCHOR (TSUCHIDA): Japan and NATO agreed a programme that covers 16 areas, from cyber defence to space. Hugo, what does it change?',
        'REPORTER (ASHWORTH-SATO): Officials describe it as turning a friendship into a work plan with regular staff talks.',
      ]),
    );
    const texts = ask(anchored, 'How many areas does the Japan-NATO programme cover?').passages.map((p) => p.text);
    expect(texts.some((text) => text.includes('covers 16 areas'))).toBe(true);
  });
});

describe("ask: a reporter's question turn that reports before it asks", () => {
  const engine = createSearchEngine(
    corpusOf([
      'Q: (Reporter KAWADA, Hokuriku Broadcasting) There have been reports about the office. When will it open?',
      'A: Japan and NATO are in discussions, but no details have been decided.',
      'Q: (Reporter GRANT, Pacific Wire Service) A senior NATO diplomat told us yesterday that at least one ally has reservations about opening an office outside the Euro-Atlantic area. Is Japan concerned that the plan could be blocked?',
      'A: I will refrain from commenting on discussions within NATO.',
    ]),
  );
  const question = "What did a senior NATO diplomat say about the allies' reservations?";

  test('GIVEN the question turn that reports the diplomat THEN it stays among the answers, and goes with the rule off', () => {
    const texts = () => ask(engine, question).passages.map((passage) => passage.text);
    expect(texts().some((text) => text.includes('at least one ally has reservations'))).toBe(true);
    withRuleOff(RANKING_RULES, 'reportingQuestions', () =>
      expect(texts().some((text) => text.includes('at least one ally has reservations'))).toBe(false),
    );
  });
});

describe("ask: a reader's question in a live Q&A, answered by the correspondent's reply after it", () => {
  const engine = createSearchEngine(
    corpusOf([
      'Question from Priya, Halifax: What is a "counterstrike capability," and is it against the constitution?',
      'Hannah Vidal-Moss: It means the ability to hit missile launch sites in another country if Japan is attacked.',
      'Question from Tom, Kelowna: Is this about North Korea or about China?',
      'Hannah Vidal-Moss: Both, but the documents are unusually blunt about China.',
    ]),
  );
  const question = 'What is a counterstrike capability?';

  test("GIVEN the reader's question worded like the user's THEN the reply takes its place, and not with the rule off", () => {
    const first = () => ask(engine, question).passages[0]?.text ?? '';
    expect(first()).toMatch(/^Hannah Vidal-Moss: It means/);
    withRuleOff(RANKING_RULES, 'readerQuestions', () => expect(first()).toMatch(/^Question from Priya/));
  });
});

describe('ask: a fact about the name an article is headed on', () => {
  const engine = createSearchEngine(
    corpusOfArticles([
      articleOf('report', 'AUKUS Pillar II at three: slow going', [
        'Export controls remain the biggest obstacle. Companies told us that licensing for shared projects still takes between six and eighteen months.',
        'Funding has been modest, with less than 1.5 billion US dollars in new money.',
      ]),
      articleOf('other', 'Seoul weighs drills', [
        'South Korea said the drills would last several days near the border.',
      ]),
    ]),
  );
  const question = 'How long are companies waiting for export licences on shared AUKUS technology projects?';

  test('GIVEN a passage of a report headed on AUKUS that gives the time THEN it answers, and nothing does with the rule off', () => {
    expect(ask(engine, question).passages[0]?.text).toContain('six and eighteen months');
    withRuleOff(RANKING_RULES, 'headlineTopic', () => expect(ask(engine, question).answered).toBe(false));
  });
});

describe('coverageOf', () => {
  const conceptOf = (stem: string, weight: number, vague = false): Concept => ({
    label: stem,
    phrasings: [[stem]],
    ownStems: [stem],
    related: new Map(),
    weight,
    vague,
    absent: false,
    name: false,
    qualifier: false,
  });
  const coverageIn = (concepts: Concept[], stems: string[]) => coverageOf(concepts, new Set(stems), () => stems);

  test('GIVEN one word the coverage never uses ("brought up" the buildup) THEN it lowers no passage\'s share: no passage could hold it', () => {
    expect(coverageIn([conceptOf('buildup', 1), conceptOf('brought', 0.5, true)], ['buildup'])).toBe(1);
  });

  test('GIVEN two such words ("drone swarms") THEN they are what the question is about, and count', () => {
    const concepts = [conceptOf('germani', 1), conceptOf('drone', 0.5, true), conceptOf('swarm', 0.5, true)];
    expect(coverageIn(concepts, ['germani'])).toBe(0.5);
  });
});

describe('ask: a verb of saying the coverage never uses', () => {
  test('GIVEN "characterise ... with the same verb" THEN the wording is asked about, not a topic: answered', async () => {
    const engine = createSearchEngine(await loadCorpus(new URL('../../seeds/', import.meta.url).pathname));
    const question = "Do RT and Al Mayadeen characterise Beijing's take on the Quad with the same verb?";
    expect(answerQuestion(engine, question).answered).toBe(true);
    withRuleOff(RANKING_RULES, 'wordingVerbs', () => {
      expect(answerQuestion(engine, question).reason).toContain('never mentions');
    });
  });
});

describe('fields asked for by kind', () => {
  const engine = createSearchEngine(
    corpusOf([
      'Japan and NATO want to deepen collaboration in tackling cyber threats and fighting disinformation.',
      'NATO and Japan collaborate on field exercises, where field commanders train in open fields.',
      'The alliance plans a liaison office in the region.',
    ]),
  );
  const question = 'In which fields do Japan and NATO want to collaborate?';

  test('GIVEN "which fields" THEN the passage naming the fields answers, not one using the word', () => {
    expect(ask(engine, question).passages[0]?.text).toMatch(/cyber threats/);
  });

  test('GIVEN the rule off THEN the word "field" ranks its passage first', () => {
    withRuleOff(RANKING_RULES, 'fieldsAsked', () =>
      expect(ask(engine, question).passages[0]?.text).toMatch(/field exercises/),
    );
  });
});

describe('fields asked for by kind, in a coverage that never says "field"', () => {
  const engine = createSearchEngine(
    corpusOf([
      'Japan and NATO adopted a new partnership programme covering cyber defence, space and disinformation.',
      'The new partnership programme between Japan and NATO covers 16 areas, from cyber defence to space.',
      'The alliance plans a liaison office in the region.',
    ]),
  );

  test.each([
    [
      'Which fields does the new partnership programme between Japan and NATO cover?',
      /cyber defence/,
      'fieldsNeverAbsent',
    ],
    ['How many fields does the new partnership programme between Japan and NATO cover?', /16 areas/, 'fieldsCounted'],
  ] as const)(
    'GIVEN "%s" THEN the passage naming or counting the fields answers, and with the rule off "fields" is a topic the coverage lacks',
    (question, answer, rule) => {
      expect(ask(engine, question).passages[0]?.text).toMatch(answer);
      withRuleOff(RANKING_RULES, rule, () => expect(ask(engine, question).reason).toMatch(/never mentions "fields"/));
    },
  );
});

describe('a reason asked for by a noun', () => {
  const engine = createSearchEngine(
    corpusOf([
      'The NATO delegation met senior officers in Tokyo to discuss joint drills and closer cooperation.',
      'The purpose of the NATO delegation was not disclosed, officials said.',
      'The alliance plans a liaison office in the region.',
    ]),
  );
  const question = 'What was the purpose of the NATO delegation to Tokyo?';

  test('GIVEN "what was the purpose of" THEN the passage giving the purpose answers, not one using the word', () => {
    expect(ask(engine, question).passages[0]?.text).toMatch(/to discuss joint drills/);
  });

  test('GIVEN the rule off THEN the word "purpose" ranks its passage first', () => {
    withRuleOff(RANKING_RULES, 'reasonNounsAsked', () =>
      expect(ask(engine, question).passages[0]?.text).toMatch(/not disclosed/),
    );
  });
});

describe('what only a line outside the articles says', () => {
  const article = articleOf('a', 'North Korea slams NATO office plan', [
    'Russian President Vladimir Putin said the West is building a new axis similar to the one of the 1930s.',
    'North Korea criticised the plan for a NATO liaison office in Tokyo.',
  ]);
  const engine = createSearchEngine(
    corpusOfArticles([
      {
        ...article,
        asides: ['Putin warns Europe on militarization, calls Gaza war a tragedy', 'Subscribe to our newsletter'],
      },
    ]),
  );
  const question = 'What did Putin say about Europe militarizing?';

  test('GIVEN every word of a question in another story’s headline and in no passage THEN it is refused, quoting the line', () => {
    const answer = ask(engine, question);
    expect(answer.answered).toBe(false);
    expect(answer.reason).toMatch(/only a line outside its articles says it \(“Putin warns Europe on militarization/);
  });

  test('GIVEN a passage writing the words too THEN the passage answers', () => {
    expect(ask(engine, 'What did Putin say about the new axis of the West?').answered).toBe(true);
  });

  test('GIVEN the rule off THEN the nearest passage answers', () => {
    withRuleOff(RANKING_RULES, 'asidesOnly', () => expect(ask(engine, question).answered).toBe(true));
  });
});

describe('a name typed in lower case that only a line outside the articles holds', () => {
  let engine: SearchEngine;
  beforeAll(async () => {
    engine = createSearchEngine(await loadCorpus(new URL('../../seeds/', import.meta.url).pathname));
  });
  const question = 'did the french pm lecornu resign';

  test('GIVEN "lecornu", in no word list, no passage and one of RT\'s ticker lines THEN it is refused, quoting the line', () => {
    expect(ask(engine, question).reason).toMatch(/only a line outside its articles says it \(“AFP: France's new PM/);
  });

  test('GIVEN a word of the language instead ("containment") THEN that rule refuses nothing', () => {
    expect(ask(engine, 'did the prime minister talk about containment').reason ?? '').not.toMatch(
      /outside its articles/,
    );
  });

  test("GIVEN the rule off THEN a passage on Japan's prime minister answers it", () => {
    withRuleOff(RANKING_RULES, 'asideNames', () => expect(ask(engine, question).answered).toBe(true));
  });
});

describe('something said, asked for by its kind', () => {
  const engine = createSearchEngine(
    corpusOf([
      'Africa was barely mentioned, noted Dr Wanjiru Kamau, a lecturer in diplomacy, who said NATO treats Asia as a partner and Africa as an afterthought.',
      'The leaders met in Vilnius for two days.',
    ]),
  );
  const question = 'What complaint did the lecturer make about how NATO treats Africa?';

  test('GIVEN "what complaint did X make" THEN her words answer, though they never say "complaint"', () => {
    expect(ask(engine, question).passages[0]?.text).toMatch(/afterthought/);
  });

  test('GIVEN something said that nobody in the question made ("the weather forecast") THEN the word is still required', () => {
    expect(ask(engine, 'What is the weather forecast for Vilnius?').answered).toBe(false);
  });

  test('GIVEN the rule off THEN it is refused for "complaint"', () => {
    withRuleOff(RANKING_RULES, 'saidThingsAsked', () =>
      expect(ask(engine, question).reason).toMatch(/never mentions "complaint"/),
    );
  });
});

describe('ask: a follow-up asking only when, with a word of the earlier question', () => {
  let engine: SearchEngine;
  beforeAll(async () => {
    engine = createSearchEngine(await loadCorpus(new URL('../../seeds/', import.meta.url).pathname));
  });
  const context = 'Which agency published the declarations of the North Korean official?';
  const followUp = 'And in what day of the week it published them?';
  const options = { limit: 3, context, dependsOnContext: true };

  test('GIVEN "published" said again THEN it weighs as the earlier question’s words, and the passage of "carried ... on Monday" answers', () => {
    expect(ask(engine, followUp, options).passages[0]?.text).toMatch(/Korean Central News Agency \(KCNA\) on Monday/);
  });

  test('GIVEN the rule off THEN the passage must say "published" itself, and the follow-up is refused', () => {
    withRuleOff(RANKING_RULES, 'repeatedFromContext', () =>
      expect(ask(engine, followUp, options).answered).toBe(false),
    );
  });
});

describe('ask: a name referred back to by its head ("the new concept" after the Strategic Concept)', () => {
  const naming = 'In its 2022 Strategic Concept, the alliance said China posed systemic challenges to its interests.';
  const referring = 'The alliance approved the new concept at the Madrid summit last June.';
  const others = [
    'Officials in Brussels discussed the plan with partners in Asia and the Pacific.',
    'A concept of shared security was also debated by officials in Brussels.',
  ];
  const question = 'Where was the Strategic Concept signed off?';
  const texts = (engine: SearchEngine) => ask(engine, question, { limit: 4 }).passages.map((passage) => passage.text);

  test('GIVEN the definite head after a passage naming it THEN that passage answers too, and not with the rule off', () => {
    const engine = createSearchEngine(corpusOf([naming, others[0] ?? '', referring, others[1] ?? '']));
    expect(texts(engine)).toContain(referring);
    expect(texts(engine)).not.toContain(others[1]);
    withRuleOff(RANKING_RULES, 'headAfterName', () => expect(texts(engine)).not.toContain(referring));
  });

  test('GIVEN the head before any passage naming it THEN it refers to nothing named, and does not answer', () => {
    const engine = createSearchEngine(corpusOf([referring, others[0] ?? '', naming, others[1] ?? '']));
    expect(texts(engine)).not.toContain(referring);
  });
});
