import { describe, expect, test } from 'vitest';
import { APPOSITIVE_RULES, appositiveRole } from '../../src/attribution/appositiveRole.ts';
import { attributionOf } from '../../src/attribution/attribution.ts';
import { askWithSpeakers, SPEAKER_RULES } from '../../src/attribution/askWithSpeakers.ts';
import { DESCRIPTION_RULES, describedSpeakers } from '../../src/attribution/speakerDescriptions.ts';
import { resolveSpeaker } from '../../src/attribution/whoSaid.ts';
import { createSearchEngine } from '../../src/search/engine.ts';
import { articleOf, corpusOf, corpusOfArticles } from './fixtures.ts';
import { withRuleOff } from '../ruleSwitch.ts';

// A page of other speakers than the seeds': people known by what the article says they are.
const engine = createSearchEngine(
  corpusOf([
    "China's mission to the European Union said in a statement that the alliance should stay out of Asia.",
    '"South Korea is now a partner, not a visitor," said Yoon Hae-rin, a director at the foreign ministry\'s European affairs bureau.',
    '"Pyongyang wants to show it is not intimidated," said Ahn Chan-il, a defector turned analyst in Seoul.',
    'Officials in Seoul described the mission as a modest administrative step.',
    'NATO Secretary General Jens Stoltenberg said the alliance was not seeking a military presence in Asia.',
    '"We cannot afford a gap of even a few minutes," said Lee Dong-hyun, deputy national security adviser at the presidential office.',
    "Russian foreign ministry spokeswoman Maria Zakharova said the plan exposed the alliance's global ambitions.",
    'Australian defence ministry spokesman Tom Reilly said Canberra would watch the talks closely.',
  ]),
);

describe('speakers described by what the article says they are', () => {
  test.each([
    ['said Park Ji-hoon, a professor at Hanseo University.', 'Park Ji-hoon', 'professor at Hanseo University'],
    [
      'Sato Kenta, the director of the policy division, said the plan was new.',
      'Sato Kenta',
      'director of the policy division',
    ],
    ['Jane Doe, the talks were over, said nothing.', 'Jane Doe', null],
    [
      'Haruka Sendai, who teaches international security at the Kobe Institute, joined us.',
      'Haruka Sendai',
      'teaches international security at the Kobe Institute',
    ],
    ['Ahn Chan-il, who is a researcher in Seoul, said so.', 'Ahn Chan-il', 'researcher in Seoul'],
    ['Kim Min-ji, who said the talks were over, left.', 'Kim Min-ji', null],
    [
      'said Choi Dong-hwan (최동환), a professor of North Korean studies in Seoul.',
      'Choi Dong-hwan',
      'professor of North Korean studies in Seoul',
    ],
    ['Tom Reilly (R-Texas), the committee chair, said so.', 'Tom Reilly', 'committee chair'],
    [
      'Dr Fenella Carrick, who studies European defence at an institute in London, said so.',
      'Fenella Carrick',
      'studies European defence at an institute in London',
    ],
    ['Kim Min-ji (a long and winding aside that runs on past forty letters), left.', 'Kim Min-ji', null],
    // The role, less a relative clause about the person.
    [
      'Daisuke Horikawa, a Liberal Democratic Party lawmaker who has long pushed for closer ties, welcomed the plan.',
      'Daisuke Horikawa',
      'Liberal Democratic Party lawmaker',
    ],
    [
      'said Rasa Vaitkute, a senior adviser at the Lithuanian foreign ministry who is coordinating the sessions.',
      'Rasa Vaitkute',
      'senior adviser at the Lithuanian foreign ministry',
    ],
  ])('GIVEN "%s" THEN %s is given the role %j', (text, mention, role) => {
    expect(appositiveRole(text, mention)).toBe(role);
  });

  test('GIVEN the rule off THEN a role with a relative clause after it is no role', () => {
    withRuleOff(APPOSITIVE_RULES, 'relativeClauseCut', () =>
      expect(
        appositiveRole(
          'Daisuke Horikawa, a Liberal Democratic Party lawmaker who has long pushed for closer ties, welcomed the plan.',
          'Daisuke Horikawa',
        ),
      ).toBeNull(),
    );
  });

  test.each([
    [
      'TPR spoke with Professor Renata Villaseñor, who teaches international relations at Bayshore State University and spent two years as a visiting scholar in Tokyo, a stint she often recalls on air.',
      'teaches international relations at Bayshore State University',
    ],
    [
      'TPR spoke with Professor Renata Villaseñor, who teaches law and trade at Bayshore State University and has written widely on the alliance in the region over three decades of work.',
      'teaches law and trade at Bayshore State University',
    ],
  ])(
    'GIVEN "%s" (a long clause of what someone does, another clause joined to it) THEN the role is %j, and none with the rule off',
    (text, role) => {
      expect(appositiveRole(text, 'Renata Villaseñor')).toBe(role);
      withRuleOff(APPOSITIVE_RULES, 'postClauseEnds', () =>
        expect(appositiveRole(text, 'Renata Villaseñor')).toBeNull(),
      );
    },
  );

  test('GIVEN an age set between commas after the name THEN the appositive after it is the role, and none with the rule off', () => {
    const text = 'Ayumi Tsurugaya, 41, an accountant in Yokohama, said she supported a stronger military.';
    expect(appositiveRole(text, 'Ayumi Tsurugaya')).toBe('accountant in Yokohama');
    expect(appositiveRole('Kenji Mori, 67, said the plan was unwise.', 'Kenji Mori')).toBeNull();
    withRuleOff(APPOSITIVE_RULES, 'ageBetweenCommas', () => expect(appositiveRole(text, 'Ayumi Tsurugaya')).toBeNull());
  });

  test('GIVEN two spokespeople of one ministry, one known to the directory, one only by the role the page gives THEN "the ministry spokesman" fits both; "China" alone neither', () => {
    const ministry = createSearchEngine(
      corpusOf([
        'Foreign ministry spokeswoman Mao Ning said Asia is no wrestling ground for geopolitical competition.',
        '"The Asia-Pacific is not a chessboard for military blocs," Chinese Foreign Ministry spokesperson Wang Wenbin told reporters.',
      ]),
    );
    const attribution = attributionOf(ministry);
    expect(describedSpeakers("China's foreign ministry spokesman", ['spokesman'], attribution).sort()).toEqual([
      'Mao Ning',
      'Wang Wenbin',
    ]);
    expect(describedSpeakers('China', ['government'], attribution)).not.toContain('Wang Wenbin');
  });

  test.each([
    ['What did the Colombo analyst say Sri Lanka cannot afford?', /Wijeratne of the Colombo Centre/],
    ['What did the Kazakh analyst say about the plan?', /Kazakh political scientist told/],
  ])(
    'GIVEN "%s", the page calling its commentator otherwise (a fellow of a centre, a political scientist) THEN it is answered',
    (question, passage) => {
      const commentators = createSearchEngine(
        corpusOf([
          'Dr Harsha Wijeratne of the Colombo Centre for Indian Ocean Affairs said Sri Lanka could not afford to be seen taking sides.',
          "NATO's plan reflects a gradual shift to Asia, a Kazakh political scientist told a Dala News correspondent.",
        ]),
      );
      const answer = askWithSpeakers(commentators, question);
      expect(answer.reason).toBeNull();
      expect(answer.passages[0]?.text).toMatch(passage);
    },
  );

  test('GIVEN a lede describing someone unnamed ("a Kazakh political scientist told ...") and the next paragraph naming who spoke THEN the description is theirs', () => {
    const lede = createSearchEngine(
      corpusOf([
        "NATO's plan reflects a gradual shift to Asia, a Kazakh political scientist told a Dala News correspondent.",
        '"The alliance is planting a flag in East Asia," said Nurlan Zhaksybekov, senior fellow at the Almaty-based Institute for Eurasian Policy Studies.',
        "Japan's foreign minister said talks were under way.",
      ]),
    );
    const attribution = attributionOf(lede);
    expect(attribution.speakers.find((s) => s.speaker === 'Nurlan Zhaksybekov')?.roles).toContain(
      'Kazakh political scientist',
    );
    expect(describedSpeakers('Kazakh analyst', ['analyst'], attribution)).toEqual(['Nurlan Zhaksybekov']);
    expect(attribution.speakers.find((s) => s.speaker === 'Japan')?.roles ?? []).not.toContain(
      'Kazakh political scientist',
    );
  });

  test('GIVEN a body the speakers table does not know that a state\'s adjective opens ("the Russian embassy in Vilnius") THEN asked about the state ("Moscow"), its words answer', () => {
    const embassy = createSearchEngine(
      corpusOf([
        'The Russian embassy in Vilnius said the partnership programme was part of an effort to drag Asian countries into a confrontation.',
        'The embassy said Moscow would take it into account in its military planning in the Far East.',
        'The alliance is a relic of the Cold War, the Kremlin said on Monday.',
      ]),
    );
    const answer = askWithSpeakers(embassy, 'What did Moscow say about the partnership programme?');
    expect(answer.reason).toBeNull();
    expect(answer.passages[0]?.text).toMatch(/Russian embassy in Vilnius said/);
  });

  test('GIVEN "the professor from Laval" THEN one who teaches at Université Laval fits', () => {
    const teaching = createSearchEngine(
      corpusOf([
        '"Ottawa has no appetite for a public fight," said Marie-Ève Tremblay, who teaches Asian security at Université Laval.',
      ]),
    );
    expect(describedSpeakers('Laval professor', ['professor'], attributionOf(teaching))).toEqual([
      'Marie-Ève Tremblay',
    ]);
  });

  test('GIVEN a body named with function words ("China\'s mission to the European Union") THEN "the" alone names nobody', () => {
    expect(resolveSpeaker(attributionOf(engine), 'the')).toBeNull();
  });

  test.each([
    [
      "How does the director at the foreign ministry's European affairs bureau describe South Korea's role?",
      'Yoon Hae-rin',
    ],
    ['What did the defector turned analyst in Seoul say North Korea wanted to show?', 'Ahn Chan-il'],
  ])(
    'GIVEN "%s" THEN %s answers: a name inside the description ("European", "Seoul") is not the speaker',
    (question, speaker) => {
      const answer = askWithSpeakers(engine, question);
      expect(answer.answered).toBe(true);
      expect(answer.passages[0]?.statement?.speaker).toBe(speaker);
    },
  );

  test('GIVEN "What did NATO\'s secretary general say about the alliance\'s intentions in Asia?" THEN what he conveyed answers: "intentions" need not be in his words', () => {
    const answer = askWithSpeakers(
      engine,
      "What did NATO's secretary general say about the alliance's intentions in Asia?",
    );
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]?.text).toContain('not seeking a military presence');
  });

  test.each([
    ['Canberra spokesman', 'spokesman', 'Tom Reilly'],
    ['Moscow spokeswoman', 'spokeswoman', 'Maria Zakharova'],
  ])('GIVEN "%s" THEN the capital describes its country\'s %s, %s', (phrase, role, speaker) => {
    expect(describedSpeakers(phrase, [role], attributionOf(engine))).toEqual([speaker]);
  });

  test.each([
    ['Moscow official', ['Maria Zakharova']],
    ['Canberra officials', ['Tom Reilly']],
    // Something else said of the official that no speaker's roles hold: not any officeholder of the state.
    ['Moscow defence official', []],
  ])('GIVEN "%s", where no article calls anyone an official, THEN it describes %j', (phrase, speakers) => {
    expect(describedSpeakers(phrase, [phrase.split(' ').at(-1) ?? ''], attributionOf(engine))).toEqual(speakers);
  });

  test('GIVEN a speaker described by every word of their role but placed where the article does not place them ("at Seoul\'s presidential office") THEN that speaker answers', () => {
    const answer = askWithSpeakers(
      engine,
      "What did the deputy national security adviser at Seoul's presidential office say?",
    );
    expect(answer.askedSpeaker).toBe('Lee Dong-hyun');
    expect(answer.passages[0]?.text).toContain('cannot afford a gap');
  });
});

describe('speakers described in other words than their role', () => {
  const described = createSearchEngine(
    corpusOf([
      'Masaru Obata, head of the Sado Fisheries Cooperative, said 41 boats were at sea. “That is backwards,” he said.',
      'South Korean President Yoon Suk Yeol said the launch was "a threat not only to the peninsula but to the whole world".',
    ]),
  );

  test('GIVEN a person quoted as "he" and set in apposition by full name in the same passage THEN the apposition is their role', () => {
    const obata = attributionOf(described).speakers.find((summary) => summary.speaker === 'Masaru Obata');
    expect(obata?.roles).toContain('head of the Sado Fisheries Cooperative');
  });

  test.each([
    ['Why does the head of the Sado fishing cooperative think the warnings were backwards?', 'Masaru Obata'],
    ["How did Seoul's leader describe the threat?", 'Yoon Suk Yeol'],
    ['What did the South Korean leader say about the launch?', 'Yoon Suk Yeol'],
  ])('GIVEN %j THEN it is answered from %s, not refused', (question, speaker) => {
    const answer = askWithSpeakers(described, question);
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]?.speakers).toContain(speaker);
  });

  test('GIVEN a leader of a state nobody of whom is quoted THEN it is still refused', () => {
    expect(askWithSpeakers(described, "How did Tokyo's leader describe the threat?").answered).toBe(false);
  });
});

describe('what is no speaker in a question', () => {
  const engine = createSearchEngine({
    ...corpusOf(
      [
        'Takumi Hoshino, a professor of international politics at Meiji Gakuin University, said the office risked becoming a symbol without substance.',
        'In South Korea, 49 percent of respondents said the president was right to attend the summit, while 36 percent said he should stay away.',
        "North Korea's state news agency said the summit was a rehearsal for war.",
      ],
      'TBN Channel 4 News',
    ),
  });

  test('GIVEN a question naming an outlet with a word that names a speaker elsewhere ("4 News") THEN the outlet is no speaker and the question is answered', () => {
    const answer = askWithSpeakers(
      engine,
      'According to TBN Channel 4 News, why does a Meiji Gakuin professor doubt the office is needed?',
    );
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]?.text).toContain('Takumi Hoshino');
  });

  test('GIVEN "how do South Koreans feel" THEN a people is no unquoted speaker: it is answered from what is reported of it', () => {
    const answer = askWithSpeakers(engine, 'How do South Koreans feel about the president attending the summit?');
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]?.text).toContain('49 percent');
  });

  test('GIVEN "Which Sydney academic described X as Y?" THEN the one the description fits is found (an academic is a role, "described ... as" speech) and answers alone', () => {
    const page = createSearchEngine(
      corpusOf([
        'Canberra has kept its distance. But Dr Priya Raman, a lecturer at an institute in Sydney, said the office would be "a desk, one diplomat and a phone line".',
        'NATO leaders closed their summit in Vilnius without agreeing to open the planned liaison office in Tokyo, its first in Asia.',
        'French President Emmanuel Macron said the planned office in Tokyo was a mistake.',
      ]),
    );
    const answer = askWithSpeakers(
      page,
      'Which Sydney academic described the planned Tokyo office as little more than a desk?',
    );
    expect(answer.speakers.map((speaker) => speaker.speaker)).toEqual(['Priya Raman']);
    expect(answer.passages[0]?.text).toMatch(/Priya Raman/);
  });
});

describe('officials a wire story names by their title only', () => {
  // A story filed from Seoul names the president without his country; one filed from Paris names its own.
  const wire = createSearchEngine(
    corpusOfArticles([
      articleOf('seoul', 'President urges firm line', [
        'SEOUL, July 13 (Harbour Wire) -- President Kim Min-jun called on allies to respond firmly to the launch.',
        'He spoke after an emergency meeting, according to his office.',
      ]),
      articleOf('paris', 'Ministers meet', [
        'PARIS -- Foreign Minister Claire Dubois said the talks would go on.',
        'She added that the allies were united.',
      ]),
    ]),
  );
  const placed = attributionOf(wire);

  test.each([
    ["South Korea's president", ['president'], ['Kim Min-jun']],
    ['the Seoul president', ['president'], ['Kim Min-jun']],
    ["France's foreign minister", ['minister'], ['Claire Dubois']],
    ["Japan's president", ['president'], []],
  ])(
    'GIVEN "%s" THEN it is the titled speaker of stories filed from that country’s capital, if any',
    (phrase, roles, expected) => {
      expect(describedSpeakers(phrase, roles, placed)).toEqual(expected);
    },
  );
});

describe('speakers of a continent and heads of state', () => {
  const continental = createSearchEngine(
    corpusOf([
      'French President Emmanuel Macron said the alliance should stay focused on the North Atlantic.',
      'Chinese Foreign Ministry spokeswoman Mao Ning said Asia was no wrestling ground for rival powers.',
      'Brazilian farm minister Carlos Favaro said grain exports would rise this year.',
    ]),
  );
  const attribution = attributionOf(continental);

  test.each([
    ['European leader', ['leader'], ['Emmanuel Macron']],
    ['Asian spokeswoman', ['spokeswoman'], ['Mao Ning']],
    ['European head of state', ['head'], ['Emmanuel Macron']],
    ['African leader', ['leader'], []],
  ])('GIVEN "%s" THEN the speakers whose country WordNet places there answer: %j', (phrase, roles, expected) => {
    expect(describedSpeakers(phrase, roles, attribution)).toEqual(expected);
  });

  test("GIVEN a head of something other than a state THEN a leader's title does not fit it", () => {
    expect(describedSpeakers('European head of division', ['head'], attribution)).toEqual([]);
  });

  test('GIVEN a description the coverage prints ("a European diplomat said") THEN it is no continent to look up', () => {
    const printed = createSearchEngine(
      corpusOfArticles([
        articleOf('a', 'Paris', ['French diplomat Anne Dupont said the talks had gone well.']),
        articleOf('b', 'Vilnius', [
          '"Nobody wanted a fight over a room with one desk in it," a European diplomat said after the summit.',
        ]),
      ]),
    );
    expect(describedSpeakers('the European diplomat', ['diplomat'], attributionOf(printed))).toEqual([]);
  });

  test('GIVEN "Which European head of state ..." THEN the description runs past "of" to "state", no verb there', () => {
    const answer = askWithSpeakers(continental, 'Which European head of state is against the alliance looking east?');
    expect(answer.reason ?? '').not.toContain('European head of”');
  });
});

describe("a body of another country's than the speaker's", () => {
  const engine = createSearchEngine(
    corpusOf([
      'The Chinese Foreign Ministry said the treaty was a bilateral matter between Russia and North Korea.',
      'A South Korean defense official said Seoul would review its policy on arming Ukraine.',
    ]),
  );
  const attribution = attributionOf(engine);
  const question = 'What does the South Korean foreign ministry say it will do about arming Ukraine?';

  test('GIVEN "the South Korean foreign ministry" and only the Chinese one speaking THEN it is not the Chinese one', () => {
    expect(askWithSpeakers(engine, question, {}, attribution).askedSpeaker).not.toBe('Chinese Foreign Ministry');
    withRuleOff(DESCRIPTION_RULES, 'otherPlaceNamed', () =>
      expect(askWithSpeakers(engine, question, {}, attribution).askedSpeaker).toBe('Chinese Foreign Ministry'),
    );
  });

  test('GIVEN "Beijing\'s foreign ministry" THEN the capital names the Chinese one', () => {
    const asked = askWithSpeakers(engine, "What did Beijing's foreign ministry say about the treaty?", {}, attribution);
    expect(asked.askedSpeaker).toBe('Chinese Foreign Ministry');
  });
});

describe('a description whose only name is an English word', () => {
  const engine = createSearchEngine(
    corpusOf([
      'A South Korean defense official told the station that Russia had "very likely" provided technical help.',
      'One Defence official, speaking on condition of anonymity, said the questions about the office reflected "a lot of confusion about what NATO actually is".',
      "Japan's defence ministry said the launch posed no threat to its territory.",
    ]),
  );
  const attribution = attributionOf(engine);
  const asked = (question: string) => askWithSpeakers(engine, question, {}, attribution).askedSpeaker;

  test('GIVEN "a Defence official" and the one speaker with "defense" in a role a South Korean official THEN nobody is asked for', () => {
    const question = 'What did a Defence official say about the questions on NATO?';
    expect(asked(question)).not.toBe('South Korea');
    withRuleOff(DESCRIPTION_RULES, 'commonWordsUnnamed', () => expect(asked(question)).toBe('South Korea'));
  });

  test('GIVEN "the Defence ministry" and a speaker so named THEN the word still names it', () => {
    expect(asked('What did the Defence ministry say about the launch?')).toBe("Japan's defence ministry");
  });
});

describe('a source the page quotes unnamed, described in other words', () => {
  const engine = createSearchEngine(
    corpusOf([
      'Foreign Minister Park Jin said the summit at Camp David had been a success for Seoul.',
      'A diplomat at a European embassy in Seoul, speaking on condition of anonymity, put it plainly: "Everyone in this city is asking the same question: what happens the day after a Taiwan crisis begins?"',
      'The three leaders agreed to hold the summit every year.',
    ]),
  );
  const attribution = attributionOf(engine);
  const answer = (question: string) => askWithSpeakers(engine, question, {}, attribution);
  const question = "What question did an anonymous European diplomat in Seoul say is on everyone's mind?";

  test('GIVEN "an anonymous European diplomat in Seoul" and "A diplomat at a European embassy in Seoul ... put it plainly" THEN that passage answers', () => {
    expect(answer(question).passages[0]?.text).toContain('Taiwan crisis');
    withRuleOff(SPEAKER_RULES, 'unnamedDescribed', () => expect(answer(question).answered).toBe(false));
  });

  test('GIVEN a description nothing on the page fits ("a Russian diplomat") THEN it is still refused', () => {
    const asked = answer("What question did an anonymous Russian diplomat in Seoul say is on everyone's mind?");
    expect(asked.answered).toBe(false);
    expect(asked.reason).toContain('quotes nobody as');
  });
});

describe('one at the head of something, by its acronym', () => {
  const attribution = attributionOf(
    createSearchEngine(
      corpusOf([
        'Australia narrowed its frigate competition to a design offered by Mitsubishi Heavy Industries (MHI) and one by TKMS.',
        '"We learned that a good ship is not enough," said Takuya Fujinami, who leads MHI\'s naval export programme.',
        'Mitsubishi Heavy Industries spokesperson Aiko Sato said the yard was busy.',
      ]),
    ),
  );

  test('GIVEN "the MHI export chief" THEN it is the one who leads MHI\'s export programme, and nobody with either rule off', () => {
    expect(describedSpeakers('MHI export chief', ['chief'], attribution)).toEqual(['Takuya Fujinami']);
    for (const rule of ['leadingVerbs', 'acronymsAsTyped'] as const)
      withRuleOff(DESCRIPTION_RULES, rule, () =>
        expect(describedSpeakers('MHI export chief', ['chief'], attribution)).not.toContain('Takuya Fujinami'),
      );
  });

  test('GIVEN "the MHI spokesperson" THEN the acronym still stands for the spelled-out company', () => {
    expect(describedSpeakers('MHI spokesperson', ['spokesperson'], attribution)).toEqual(['Aiko Sato']);
  });
});

describe('a description naming a people by its adjective', () => {
  const attribution = attributionOf(
    createSearchEngine(
      corpusOf([
        'Karin Ekdahl has served as Sweden’s ambassador to Japan since 2022. "Security is indivisible," Ekdahl said.',
        '"We will watch closely," said Marta Kowalska, a Polish defence analyst.',
      ]),
    ),
  );

  test('GIVEN "the Swedish envoy" and Sweden’s ambassador quoted THEN she fits, and with the rule off nobody does', () => {
    expect(describedSpeakers('Swedish envoy', ['envoy'], attribution)).toEqual(['Karin Ekdahl']);
    withRuleOff(DESCRIPTION_RULES, 'adjectiveCountries', () =>
      expect(describedSpeakers('Swedish envoy', ['envoy'], attribution)).toEqual([]),
    );
  });
});

describe("a description naming a country by another of WordNet's names for it", () => {
  const attribution = attributionOf(
    createSearchEngine(
      corpusOf([
        '"High vigilance among regional countries" is required, Chinese Foreign Ministry spokeswoman Mao Ning said on Thursday.',
        '"We will watch closely," said Marta Kowalska, a Polish defence analyst.',
      ]),
    ),
  );

  test('GIVEN "the PRC spokesperson" and the Chinese Foreign Ministry\'s spokeswoman quoted THEN she fits, and with the rule off nobody does', () => {
    expect(describedSpeakers('PRC spokesperson', ['spokesperson'], attribution)).toEqual(['Mao Ning']);
    withRuleOff(DESCRIPTION_RULES, 'countrySynonyms', () =>
      expect(describedSpeakers('PRC spokesperson', ['spokesperson'], attribution)).toEqual([]),
    );
  });
});

describe('a description read by its role words alone keeps its country ("an Indian foreign ministry official")', () => {
  const page = createSearchEngine(
    corpusOf([
      "An official at Japan's Ministry of Foreign Affairs said Tokyo had offered the office space free of charge.",
      'Indian officials were more guarded. An official at the Ministry of External Affairs, who did not wish to be named, said New Delhi would not be drawn into any alliance structure.',
      'Chinese foreign ministry spokeswoman Mao Ning said the alliance should not stoke bloc confrontation.',
    ]),
  );
  const attribution = attributionOf(page);
  const roles = ['ministry', 'official'];

  test("GIVEN another country than the speaker's own THEN the official of Japan's ministry is not described", () => {
    expect(describedSpeakers('an Indian foreign ministry official', roles, attribution)).toEqual([]);
  });

  test('GIVEN the same country by another name ("PRC") THEN the Chinese spokeswoman is still described', () => {
    expect(describedSpeakers('PRC foreign ministry spokeswoman', ['spokeswoman'], attribution)).toEqual(['Mao Ning']);
  });

  test('GIVEN an aside on how the official spoke THEN the unnamed Indian official answers', () => {
    const answer = askWithSpeakers(
      page,
      'What did an Indian foreign ministry official, speaking anonymously, say about alliances?',
    );
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]?.text).toContain('would not be drawn into any alliance structure');
  });

  test("GIVEN the country rule off THEN the official of Japan's ministry is taken for the Indian one", () => {
    withRuleOff(DESCRIPTION_RULES, 'roleCountries', () =>
      expect(describedSpeakers('an Indian foreign ministry official', roles, attribution)).toEqual([
        "Japan's Ministry of Foreign Affairs",
      ]),
    );
  });

  test('GIVEN the aside rule off THEN the aside is read as part of who is asked about, whom nobody is quoted as', () => {
    withRuleOff(SPEAKER_RULES, 'subjectAsides', () => {
      const answer = askWithSpeakers(
        page,
        'What did an Indian foreign ministry official, speaking anonymously, say about alliances?',
      );
      expect(answer.answered).toBe(false);
      expect(answer.reason).toContain('speaking anonymously');
    });
  });
});

describe('an indefinite appositive closing who is asked about ("the assembly\'s president, a Norwegian MP,")', () => {
  const page = createSearchEngine(
    corpusOf([
      'The President of the Parliamentary Assembly, Ingrid Aasmundsen MP (Norway), today welcomed reports that NATO intends to open a liaison office in Tokyo, calling it a sensible, modest and long overdue investment in dialogue.',
    ]),
  );
  const question = "How did the assembly's president, a Norwegian MP, describe NATO's idea of an office in Tokyo?";

  test('GIVEN the appositive THEN the president answers, as asked without it', () => {
    const answer = askWithSpeakers(page, question);
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]?.text).toContain('long overdue investment in dialogue');
  });

  test('GIVEN the rule off THEN nobody is quoted as the president and the MP in one', () => {
    withRuleOff(SPEAKER_RULES, 'appositiveAsides', () => {
      expect(askWithSpeakers(page, question).answered).toBe(false);
    });
  });
});
