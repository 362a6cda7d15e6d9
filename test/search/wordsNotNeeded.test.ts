import { beforeAll, describe, expect, test } from 'vitest';
import { printedFieldAsked } from '../../src/answer/metadataAnswer.ts';
import { outletDifference } from '../../src/answer/outletDifference.ts';
import { attributionOf } from '../../src/attribution/attribution.ts';
import { askWithSpeakers, speakerAskedAbout, unquotedSpeakerAsked } from '../../src/attribution/askWithSpeakers.ts';
import { describedSpeakers } from '../../src/attribution/speakerDescriptions.ts';
import { loadCorpus } from '../../src/corpus/loadCorpus.ts';
import { ANALYSIS_RULES, analyzeQuestion } from '../../src/search/analyzeQuestion.ts';
import { termOf } from '../../src/search/analyzer.ts';
import { ask } from '../../src/search/ask.ts';
import { createSearchEngine, type SearchEngine } from '../../src/search/engine.ts';
import { factAsked } from '../../src/search/factKinds.ts';
import { GUESS_RULES } from '../../src/search/guessClause.ts';
import { eventAskedAbout } from '../../src/search/plannedEvents.ts';
import { outletsNamedIn } from '../../src/search/outletNamedIn.ts';
import { articleOf, corpusOf, corpusOfArticles } from '../attribution/fixtures.ts';
import { withRuleOff } from '../ruleSwitch.ts';

/**
 * Questions worded so that one of their words is not needed for the answer, or is no speaker, or no page field:
 * each used to be refused or sent down the wrong route.
 */
describe('words a question does not need', () => {
  const engine = createSearchEngine(
    corpusOf([
      'Japan must agree to fund the operations of the mission before it can open, the newspaper said.',
      'Foreign ministry spokeswoman Mao Ning said Asia is no wrestling ground for geopolitical competition.',
      'Prime Minister Fumio Kishida attended the summit in 2022, a first for a Japanese prime minister.',
      'Putin spoke in an interview with Russia 1 TV aired in March 2023.',
      'Japan signed the programme, which sets out cooperation in 16 areas, including cyber defence and space.',
      'The Japan-NATO talks on it began in January.',
      'The 90-paragraph communique describes the region as important, diplomats said.',
    ]),
  );

  test('GIVEN "what prerequisite" (a noun for something required) the coverage never uses THEN the passage stating it answers', () => {
    const answer = ask(engine, 'What prerequisite does Japan have to meet before the mission can open?');
    expect(answer.reason).toBeNull();
    expect(answer.passages[0]?.text).toMatch(/must agree to fund/);
  });

  test('GIVEN a four-letter name typed with a letter dropped ("putn") THEN the name is meant', () => {
    const speaking = createSearchEngine(
      corpusOf([
        'The West is building new alliances, Putin said in an interview with Russia 1 TV.',
        'Japan said it would consider the proposal carefully, the foreign ministry said.',
      ]),
    );
    const answer = askWithSpeakers(speaking, 'wat did putn say in the interview');
    expect(answer.reason).toBeNull();
    expect(answer.passages[0]?.text).toMatch(/Putin said/);
    expect(askWithSpeakers(speaking, 'wat did ptun say in the interview').passages).toHaveLength(0);
  });

  test('GIVEN "in Pyongyang\'s foreign ministry" THEN the possessive capital is the government it stands for, no place asked about', () => {
    const north = createSearchEngine(
      corpusOf([
        '"It is an open secret that the United States wants an alliance," said Kim Seol-hwa, an official of the North Korean foreign ministry.',
      ]),
    );
    const answer = ask(north, "What did the official in Pyongyang's foreign ministry say was an open secret?");
    expect(answer.reason).toBeNull();
    expect(ask(north, 'Did NATO open an office in Pyongyang?').reason).toMatch(/never mentions "Pyongyang"/);
  });

  test('GIVEN "the three AUKUS countries" THEN the count describes what the name stands for; "five staff" is still a count stated', () => {
    const named = createSearchEngine(
      corpusOf([
        'AUKUS brings together Australia, the United Kingdom and the United States, the outlet said.',
        'The office would be staffed by one person.',
      ]),
    );
    expect(ask(named, 'Which outlet named the three AUKUS countries?').reason).toBeNull();
    expect(ask(named, 'Will the office have five staff?').reason).toMatch(/five staff/);
  });

  test('GIVEN "Tokyo and Seoul ... the two countries" THEN the count refers back to the names; "the five staff" named nowhere is still a count stated', () => {
    const wooed = createSearchEngine(
      corpusOf([
        "Kim said NATO's overtures to Japan and South Korea were part of plans to build an encirclement of China.",
        'The office would be staffed by one person.',
      ]),
    );
    const answer = ask(
      wooed,
      'The official distrusts the approaches to Tokyo and Seoul. What scheme did he say the overtures to the two countries belonged to?',
    );
    expect(answer.reason).toBeNull();
    expect(answer.passages[0]?.text).toMatch(/encirclement/);
    expect(ask(wooed, 'Where will the five staff of the office work?').reason).toMatch(/five staff/);
  });

  test('GIVEN a name in the other order, a short title before it ("FM Hayashi Yoshimasa") THEN it is the name the coverage writes', () => {
    const met = createSearchEngine(
      corpusOf(['Stoltenberg met Japanese Foreign Minister Yoshimasa Hayashi in Brussels on April 4.']),
    );
    const answer = ask(met, 'Where did Stoltenberg meet FM Hayashi Yoshimasa?');
    expect(answer.reason).toBeNull();
    expect(answer.passages[0]?.text).toMatch(/Brussels/);
  });

  test('GIVEN a question placing something "in Kenya" where the coverage says "in Nairobi" THEN the capital, inside the country, is no absent place', () => {
    const tour = createSearchEngine(
      corpusOf(['Kishida, who stopped in Nairobi in early May on an Africa tour, signed the partnership programme.']),
    );
    expect(ask(tour, 'Which leader had been in Kenya in early May?').reason ?? '').not.toMatch(
      /never mentions "Kenya"/,
    );
    expect(ask(tour, 'Which leader had been in Peru in early May?').reason).toMatch(/never mentions "Peru"/);
  });

  test('GIVEN "in Belgium" where the coverage says "in Brussels" THEN the capital, whose stem drops its s, is no absent place; Belgium is absent with the rule off', () => {
    const met = createSearchEngine(
      corpusOf(['Stoltenberg and Hayashi met in Brussels on April 4 and agreed to strengthen their partnership.']),
    );
    const question = 'Did they sit down in Belgium in April?';
    expect(ask(met, question).passages[0]?.text).toMatch(/Brussels/);
    withRuleOff(ANALYSIS_RULES, 'capitalsByStem', () =>
      expect(ask(met, question).reason).toMatch(/never mentions "Belgium"/),
    );
  });

  test('GIVEN a name the page writes as two ("Viet Nam", "Ha Noi") typed as one THEN it is the name, not one the coverage lacks', () => {
    const hanoi = createSearchEngine(
      corpusOf([
        'Dr Nguyen, a researcher at a Ha Noi-based institute, said Viet Nam prefers partnership to blocs.',
        'Leaders met in Vilnius on Tuesday.',
      ]),
    );
    const answer = ask(hanoi, 'What did the Hanoi researcher say about Vietnam?');
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]?.text).toMatch(/Viet Nam prefers/);
    expect(ask(hanoi, 'What did Hanoi say about Laos?').reason).toMatch(/never mentions "Laos"/);
  });

  describe("a government's voice placed in its capital, which the coverage never names", () => {
    const ministry = createSearchEngine(
      corpusOf([
        "North Korea's foreign ministry called the US drive for an Asian alliance an open secret.",
        'Diplomats met in Seoul on Monday.',
      ]),
    );

    test('GIVEN "someone in Pyongyang" where the coverage never names the capital THEN it is the government seated there, and "in Pyongyang" alone stays a place', () => {
      const answer = ask(ministry, 'Did someone in Pyongyang call the alliance an open secret?');
      expect(answer.answered).toBe(true);
      expect(answer.passages[0]?.text).toMatch(/open secret/);
      expect(ask(ministry, 'What happened in Pyongyang on Monday?').reason).toMatch(/never mentions "Pyongyang"/);
    });

    test('GIVEN "who over in Pyongyang", a casual placing of the voice THEN it is the government seated there too, and not with the rule off', () => {
      const question = 'lmao who over in Pyongyang called it an open secret?';
      expect(ask(ministry, question).passages[0]?.text).toMatch(/open secret/);
      withRuleOff(ANALYSIS_RULES, 'casualVoiceOfCapital', () =>
        expect(ask(ministry, question).reason).toMatch(/never mentions "Pyongyang"/),
      );
    });

    test('GIVEN "some desk officer in Pyongyang", any noun for a person placed in the capital THEN it is the government seated there, and not with the rule off; "the big man in Pyongyang" is someone in particular', () => {
      const question = 'Who called it an open secret? A minister, or some desk officer in Pyongyang?';
      expect(ask(ministry, question).passages[0]?.text).toMatch(/open secret/);
      withRuleOff(ANALYSIS_RULES, 'personNounVoice', () =>
        expect(ask(ministry, question).reason).toMatch(/never mentions "Pyongyang"/),
      );
      expect(ask(ministry, 'Did the big man in Pyongyang call it an open secret?').reason).toMatch(
        /never mentions "Pyongyang"/,
      );
    });

    test('GIVEN "the governments in Pyongyang", governing bodies in the plural placed in a capital THEN they are the government seated there, and not with the rule off', () => {
      const question = 'Did the governments in Pyongyang ever call the US drive an open secret?';
      expect(ask(ministry, question).passages[0]?.text).toMatch(/open secret/);
      withRuleOff(ANALYSIS_RULES, 'bodiesOfCapitals', () =>
        expect(ask(ministry, question).reason).toMatch(/never mentions "Pyongyang"/),
      );
    });

    test('GIVEN "the theory from Pyongyang", something said coming from the capital THEN it is the government seated there, and not with the rule off', () => {
      const question = 'So the theory from Pyongyang is that the US drive for an Asian alliance is an open secret?';
      expect(ask(ministry, question).passages[0]?.text).toMatch(/open secret/);
      withRuleOff(ANALYSIS_RULES, 'saidFromCapital', () =>
        expect(ask(ministry, question).reason).toMatch(/never mentions "Pyongyang"/),
      );
    });
  });

  test('GIVEN "Great Britain" where the coverage writes "the UK" (WordNet\'s other name) THEN it is no name the coverage lacks, and is with the rule off; "State Department" stays one (no "state" alone)', () => {
    const access = createSearchEngine(
      corpusOf([
        'The UK and Japan recently signed a reciprocal military access agreement.',
        'The state budget was not disclosed.',
      ]),
    );
    const question = 'Has Great Britain come to some military arrangement with Japan recently?';
    expect(ask(access, question).passages[0]?.text).toMatch(/reciprocal military access/);
    withRuleOff(ANALYSIS_RULES, 'listedNamesKnown', () =>
      expect(ask(access, question).reason).toMatch(/never mentions "Great Britain"/),
    );
    expect(ask(access, 'What did the State Department say about the access agreement?').reason).toMatch(
      /never mentions "State Department"/,
    );
  });

  describe('a name the coverage lacks that only says who asks, or which one is meant', () => {
    const blocs = createSearchEngine(
      corpusOf([
        'Beijing has denounced the Quad bloc as an Asian NATO.',
        'AUKUS groups the United States, Britain and Australia.',
      ]),
    );

    test('GIVEN "We in India have the Quad; ..." THEN where the asker stands is no topic, and vetoes with the rule off; "What did India say?" still refuses', () => {
      const question = 'We in India have the Quad; which countries are in AUKUS?';
      expect(ask(blocs, question).passages[0]?.text).toMatch(/AUKUS groups/);
      withRuleOff(ANALYSIS_RULES, 'askerPlaces', () =>
        expect(ask(blocs, question).reason).toMatch(/never mentions "India"/),
      );
      expect(ask(blocs, 'What did India say about the Quad?').answered).toBe(false);
    });

    test('GIVEN "the Quad, India\'s grouping with the US, ..." THEN the description after the name is no topic, and vetoes with the rule off', () => {
      const question = "Who calls the Quad, India's grouping with the US, Japan and Australia, an Asian NATO?";
      expect(ask(blocs, question).passages[0]?.text).toMatch(/Beijing has denounced/);
      withRuleOff(ANALYSIS_RULES, 'possessiveAppositives', () =>
        expect(ask(blocs, question).reason).toMatch(/never mentions "India"/),
      );
    });
  });

  test('GIVEN an acronym the coverage never writes whose WordNet synonym heads a group of aliases ("PRC" / China) THEN the group\'s names find it ("Beijing")', () => {
    const quad = createSearchEngine(
      corpusOf([
        "China's exports to Europe grew in May, the customs office said.",
        "He named the 'Quad' bloc, which Beijing has decried as an Asian NATO, and the AUKUS pact.",
      ]),
    );
    const prc = analyzeQuestion('How does the PRC label the Quad bloc?', quad).find(
      (concept) => concept.label === 'PRC',
    );
    expect(prc?.phrasings.flat()).toContain(termOf('Beijing')?.stem);
    expect(ask(quad, 'How does the PRC label the Quad bloc?').passages[0]?.text).toMatch(/Beijing has decried/);
  });

  test('GIVEN a short given name one letter off beside the family name the coverage writes with it THEN it is corrected ("Mao Ming")', () => {
    const answer = ask(engine, 'What did Mao Ming say about Asia?');
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]?.text).toMatch(/Mao Ning/);
  });

  test('GIVEN a short name one letter off beside a name the coverage never writes THEN it stays a name the coverage lacks', () => {
    const answer = ask(engine, 'What did Lee Ming say about Asia?');
    expect(answer.answered).toBe(false);
    expect(answer.reason).toContain('Lee Ming');
  });

  test('GIVEN "a Japanese PM" THEN the acronym WordNet spells out is a word, not part of a name the coverage lacks', () => {
    const answer = ask(engine, 'What year did Kishida attend the summit, a first for a Japanese PM?');
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]?.text).toMatch(/2022/);
  });

  test('GIVEN a guess put after the question ("— was it on Rossiya 24?") THEN the question is answered; asked on its own, the name is missing', () => {
    const guessed = ask(engine, 'Where did Putin give the interview — was it on Rossiya 24?');
    expect(guessed.answered).toBe(true);
    expect(guessed.passages[0]?.text).toMatch(/Russia 1 TV/);
    expect(ask(engine, 'Did Putin give the interview on Rossiya 24?').answered).toBe(false);
  });

  test('GIVEN "which part of NATO" THEN a passage naming one of its units (a division) answers first', () => {
    const bodies = createSearchEngine(
      corpusOf([
        'NATO officials said the alliance would keep talking to Japan about its plans.',
        'Japan hosted officials from the NATO Cooperative Security Division last month.',
        'The NATO officials and Japan talked about drills.',
      ]),
    );
    const answer = ask(bodies, 'Which part of NATO were the officials from?');
    expect(answer.passages[0]?.text).toMatch(/Division/);
    // "The particular unit within": the same question in other words.
    const within = ask(bodies, 'Which particular unit within NATO were the officials from?');
    expect(within.passages[0]?.text).toMatch(/Division/);
  });

  test('GIVEN a name only in a sentence about the one asking ("My nephew lives in Wellington.") THEN the question after it is answered; one passed on as read is still a premise', () => {
    const partners = createSearchEngine(
      corpusOf([
        'NATO is strengthening relations with Japan, Australia, South Korea and New Zealand, the bloc said.',
        'The office would hold regular talks with partners in the region such as New Zealand.',
      ]),
    );
    const answer = ask(partners, 'My nephew lives in Wellington. Which partners would the office hold talks with?');
    expect(answer.reason).toBeNull();
    expect(answer.passages[0]?.text).toMatch(/New Zealand/);
    expect(
      ask(partners, 'I read that Kim Jong Un criticised the office. Which partners would it talk with?').reason,
    ).toMatch(/Kim Jong Un/);
  });

  test('GIVEN a number the asker hedges ("back in 2021 I think?") before asking the real one THEN it is no premise; a hedged name still is', () => {
    const summit = createSearchEngine(
      corpusOf([
        'Kishida was the first Japanese premier to attend an alliance summit, in Madrid in 2022.',
        'The office would hold regular talks with partners in the region.',
      ]),
    );
    const answer = ask(summit, 'Kishida went to an alliance summit back in 2021, I think? Which year was it really?');
    expect(answer.reason).toBeNull();
    expect(answer.passages[0]?.text).toMatch(/2022/);
    // Without the hedge, or without asking for the real one, the year is a premise the coverage lacks.
    expect(ask(summit, 'Kishida went to an alliance summit in 2021. Which year was it really?').answered).toBe(false);
    expect(ask(summit, 'Kishida went to an alliance summit in 2021, I think? Who did he meet?').answered).toBe(false);
    expect(ask(summit, 'Kim Jong Un spoke about the summit, I think? What did he really say?').answered).toBe(false);
  });

  test('GIVEN a description set off by commas after a known name ("Hayashi, the Gaimusho\'s minister,") THEN its unknown word is no premise, and is with the rule off', () => {
    const met = createSearchEngine(
      corpusOf([
        'Stoltenberg sat down with Foreign Minister Yoshimasa Hayashi in Brussels on April 4.',
        'The office would hold regular talks with partners in the region.',
      ]),
    );
    const question = "On what date did Hayashi, the Gaimusho's minister, sit down with Stoltenberg?";
    expect(ask(met, question).passages[0]?.text).toMatch(/April 4/);
    withRuleOff(GUESS_RULES, 'appositives', () => expect(ask(met, question).reason).toMatch(/Gaimusho/));
    // After a name the coverage lacks, the description stays a premise.
    expect(ask(met, "On what date did Tanaka, the Gaimusho's minister, sit down with Stoltenberg?").answered).toBe(
      false,
    );
  });

  test('GIVEN a name passed on as heard and then doubted ("Was it really him? Correct me ...") THEN it is a guess, and a premise with the rule off', () => {
    const said = createSearchEngine(
      corpusOf([
        'Kim Seol-hwa, an official of the foreign ministry, said NATO wants to build a huge encirclement of the region.',
        'The office would hold regular talks with partners in the region.',
      ]),
    );
    const question =
      "I read that Kim Jong Un himself said NATO wants to build a huge encirclement. Was it really him? Correct me if I've got the wrong person.";
    expect(ask(said, question).passages[0]?.text).toMatch(/^Kim Seol-hwa/);
    withRuleOff(GUESS_RULES, 'doubtedAttribution', () => expect(ask(said, question).reason).toMatch(/Kim Jong Un/));
    // Passed on without a doubt, the name stays a premise.
    expect(
      ask(said, 'I read that Kim Jong Un himself said NATO wants to build a huge encirclement. Why?').answered,
    ).toBe(false);
  });

  test('GIVEN "who\'s the source on ..." THEN "source" is what is asked, and the passage naming who reported it answers', async () => {
    const seeds = createSearchEngine(await loadCorpus(new URL('../../seeds/', import.meta.url).pathname));
    const answer = ask(seeds, "who's the source on the one-man station?");
    expect(answer.passages[0]?.text).toMatch(/one-man station/);
  });

  test('GIVEN options offered after the question ("KCNA or Yonhap?") THEN one the coverage knows answers it; when it knows none, the question is refused naming them', () => {
    const wire = createSearchEngine(
      corpusOf([
        'The statement by the DPRK foreign ministry was carried by the state news agency KCNA on Monday.',
        'The ministry said the office would be a dangerous step, and warned of countermeasures.',
      ]),
    );
    const offered = ask(wire, 'Which agency carried the DPRK statement, KCNA or Yonhap?');
    expect(offered.answered).toBe(true);
    expect(offered.passages[0]?.text).toMatch(/KCNA/);
    const unknown = ask(wire, 'Which agency carried the DPRK statement, Yonhap or Kyodo?');
    expect(unknown.answered).toBe(false);
    expect(unknown.reason).toMatch(/Yonhap.*Kyodo/);
  });

  test('GIVEN a count asked of a "Japan-NATO" programme THEN a passage naming Japan alone is on its topic', () => {
    const answer = ask(engine, 'How many areas are in the new Japan-NATO programme?');
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]?.text).toMatch(/16 areas/);
  });

  test('GIVEN "how long is the communique" THEN a length in paragraphs answers it', () => {
    const answer = ask(engine, 'How long is the communique?');
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]?.text).toMatch(/90-paragraph/);
  });

  test('GIVEN "what annual cost" THEN a sum is asked for', () => {
    expect(factAsked('What annual cost would Japan bear?')).toBe('amount');
  });
});

describe('nouns of several words and the page named by its kind', () => {
  const engine = createSearchEngine(
    corpusOf([
      'President Emmanuel Macron has told allies he does not support the office in Tokyo.',
      'The state news agency said the head of the delegation met officials in Tokyo.',
    ]),
  );

  test('GIVEN "which head of state" THEN it is one thing, which a president is: not a head and a state', () => {
    const concepts = analyzeQuestion('Which head of state opposes the office in Tokyo?', engine);
    const headOfState = concepts.find((concept) => concept.label === 'head of state');
    expect(headOfState?.related.has('presid')).toBe(true);
    expect(concepts.some((concept) => concept.label === 'state')).toBe(false);
    expect(ask(engine, 'Which head of state opposes the office in Tokyo?').passages[0]?.text).toMatch(/Macron/);
  });

  test.each([
    'according to the policy brief',
    'according to the Harbour policy brief',
    'according to this research note',
  ])('GIVEN "%s" THEN its words name the page, not a topic', (phrase) => {
    const concepts = analyzeQuestion(`Who opposes the office, ${phrase}?`, engine);
    for (const word of ['policy', 'brief', 'research', 'note'])
      expect(concepts.find((concept) => concept.label === word)?.qualifier ?? true).toBe(true);
  });
});

describe('words that are no speaker and no page field', () => {
  const engine = createSearchEngine(
    corpusOf([
      'French President Emmanuel Macron said he would not back the office in Tokyo.',
      'The French president, Macron, visited China in April, seeking help over the war.',
      'Tomohiro Sakaguchi, a security researcher at the Senri Institute in Osaka, said the office would be symbolic.',
      'China said the plan would harm peace in Asia.',
      'Aroha Pennington, a defence analyst at the University of Otago in New Zealand, said the reaction in Beijing was predictable.',
    ]),
  );
  const attribution = attributionOf(engine);

  test('GIVEN "did Wellington get a say" THEN "say" is a noun and nobody is asked about', () => {
    const wellington = createSearchEngine(
      corpusOf(['In Wellington, a spokesperson said New Zealand had not been consulted on the office.']),
    );
    const question = 'Did Wellington get a say in the plan?';
    expect(speakerAskedAbout(question, attributionOf(wellington))).toBeNull();
    expect(unquotedSpeakerAsked(question, wellington, attributionOf(wellington))).toBeNull();
  });

  test.each(['advise', 'suggest', 'propose', 'recommend'])(
    'GIVEN "What did Macron %s ...?" THEN Macron is the speaker asked about: advice given is said',
    (verb) => {
      expect(speakerAskedAbout(`What did Macron ${verb} other allies do about the office?`, attribution)?.speaker).toBe(
        'Emmanuel Macron',
      );
    },
  );

  test('GIVEN a possessive inside what a described speaker said THEN its owner is not the speaker asked about', () => {
    const asked = speakerAskedAbout("Which New Zealand academic said Beijing's reaction was predictable?", attribution);
    expect(asked?.speaker).not.toBe('China');
  });

  test('GIVEN "an official at the Élysée" THEN the unnamed Élysée official the coverage quotes is meant', () => {
    const elysee = createSearchEngine(
      corpusOf(['An Élysée official told reporters that France does not see the added value of a permanent office.']),
    );
    const question = 'What did an official at the Élysée say about the office?';
    expect(unquotedSpeakerAsked(question, elysee, attributionOf(elysee))).toBeNull();
  });

  test('GIVEN an "Osaka-based researcher" THEN the researcher at an institute in Osaka fits', () => {
    expect(describedSpeakers('Osaka-based researcher', ['researcher'], attribution)).toContain('Tomohiro Sakaguchi');
  });

  test('GIVEN a question about what a quoted person did, not said THEN what the articles report of it answers', () => {
    const answer = askWithSpeakers(engine, 'When did the French president make his trip to China?', {}, attribution);
    expect(answer.answered).toBe(true);
    expect(answer.passages.map((passage) => passage.text).join(' ')).toMatch(/visited China in April/);
  });

  test('GIVEN "what does X expect" THEN X\'s own words are asked for, as with "what does X think"', () => {
    const huang = createSearchEngine(
      corpusOf([
        'Huang Chengzhi, a research fellow in Dalian, told reporters that Tokyo is using the alliance.',
        '"Once the door is opened, staff, exercises and intelligence-sharing will follow," Huang said.',
      ]),
    );
    const asked = speakerAskedAbout(
      'What does Huang Chengzhi expect to come after the office opens?',
      attributionOf(huang),
    );
    expect(asked?.speaker).toBe('Huang Chengzhi');
  });

  test('GIVEN what a quoted person said "about Japan joining NATO" THEN his words on Japan and NATO answer, "joining" or not', () => {
    const kishida = createSearchEngine(
      corpusOf([
        'Prime Minister Fumio Kishida said Japan has no plans to become a member of NATO, answering lawmakers.',
        'Kishida said the summit in Hiroshima would focus on the economy.',
        'Sweden is expected to join the alliance soon, officials said.',
      ]),
    );
    const answer = askWithSpeakers(kishida, 'What did Kishida tell parliament about Japan possibly joining NATO?');
    expect(answer.passages[0]?.text).toMatch(/become a member of NATO/);
    // Not a gerund after a determiner: "the meeting" is a noun, asked about.
    expect(askWithSpeakers(kishida, 'What did Kishida say about the meeting in Brussels?').answered).toBe(false);
  });

  test('GIVEN "make his trip" THEN the making is no event asked about; "make the decision" neither, "make" alone is', () => {
    expect(eventAskedAbout('When did the president make his trip to China?', () => false)).toBeNull();
    expect(eventAskedAbout('When did Finland become a NATO member?', () => false)).toBeNull();
    expect(eventAskedAbout('Did the ministers make the decision?', () => false)).toBeNull();
    expect(eventAskedAbout('Did the workers make it?', () => false)?.typed).toBe('make');
  });

  test('GIVEN a capital the coverage never names ("Wellington") THEN it stands for its country, of two words or one; "in Wellington" stays the place', () => {
    const ties = corpusOf([
      'NATO is strengthening relations with Japan, Australia, South Korea and New Zealand, the communique said.',
    ]);
    const tiesEngine = createSearchEngine(ties);
    const answer = ask(tiesEngine, 'Which alliance deepened its ties with Canberra and Wellington?');
    expect(answer.reason).toBeNull();
    expect(answer.passages[0]?.text).toMatch(/New Zealand/);
    expect(ask(tiesEngine, 'Did NATO open an office in Wellington?').reason).toMatch(/never mentions "Wellington"/);
  });

  test('GIVEN a country of two words the coverage never names, where it names its capital THEN the capital stands for it', () => {
    const hosting = createSearchEngine(
      corpusOf(['The debate is followed in Pretoria, which is preparing to host the BRICS summit in August.']),
    );
    const answer = ask(hosting, 'Which summit is South Africa about to host?');
    expect(answer.reason).toBeNull();
    expect(answer.passages[0]?.text).toMatch(/BRICS/);
    expect(ask(hosting, 'Which summit is Sri Lanka about to host?').reason).toMatch(/never mentions "Sri Lanka"/);
  });

  test.each([
    "Who is named as the author of the statement printed by North Korea's news agency?",
    "What annual cost do the think tank's authors put on Japan hosting the office?",
  ])('GIVEN "%s" THEN no byline is asked for', (question) => {
    expect(printedFieldAsked(question)).toBeNull();
  });

  test('GIVEN "who is named as the author of the statement" THEN no holder of a post is asked for', () => {
    expect(factAsked('Who is named as the author of the statement?')).not.toBe('holder');
    expect(printedFieldAsked('Who wrote the article?')).toBe('byline');
  });
});

describe('outlets named by the partner whose story they republish', () => {
  test('GIVEN a page crediting "Indo-Pacific Dispatch" as its story\'s first publisher THEN the question naming it asks about that page', () => {
    const article = articleOf(
      'a',
      'China warns Asia',
      ['China called on countries to stay on guard.'],
      'Harbour Courier',
    );
    const corpus = corpusOfArticles([
      { ...article, meta: { ...article.meta, creditedSource: 'Indo-Pacific Dispatch' } },
      articleOf('b', 'Another story', ['Japan said talks would go on.'], 'Other Times'),
    ]);
    expect(outletsNamedIn('What did the Indo-Pacific Dispatch piece say?', corpus.articles)?.outlets).toEqual([
      'Harbour Courier',
    ]);
  });
});

describe('a question about what one outlet says', () => {
  test("GIVEN an outlet whose passage answers only with its article's headline around it THEN that passage answers, not a refusal", () => {
    const pages = createSearchEngine(
      corpusOfArticles([
        articleOf(
          'wire',
          'France blocks the Tokyo office',
          ['France voiced its opposition to the Tokyo office, diplomats said, and the office plan is now stalled.'],
          'Wire Daily',
        ),
        articleOf(
          'courier',
          'Macron blocks the Tokyo office plan',
          [
            'One senior European diplomat said France had set out its objections at a meeting of ambassadors in Brussels last week, leaving the office in limbo.',
          ],
          'The London Courier',
        ),
      ]),
    );
    const answer = ask(
      pages,
      'Where did France voice its opposition to the Tokyo office, according to The London Courier?',
    );
    expect(answer.reason).toBeNull();
    expect(answer.passages[0]?.text).toMatch(/meeting of ambassadors/);
  });
});

describe('what one outlet has that another lacks, on a topic', () => {
  let engine: SearchEngine;
  beforeAll(async () => {
    engine = createSearchEngine(await loadCorpus(new URL('../../seeds/', import.meta.url).pathname));
  });

  test('GIVEN a topic after the difference asked ("on China\'s reaction") THEN the claims on it come first', () => {
    const answer = outletDifference(
      engine,
      "What does the Asia-Pacific Research piece cover that RT's doesn't, on China's reaction?",
      ['Asia-Pacific Research', 'RT'],
    );
    expect(answer.passages[0]?.text).toMatch(/Chin/);
  });
});
