import fc from 'fast-check';
import { beforeAll, describe, expect, test } from 'vitest';
import { ANSWER_RULES, answerQuestion } from '../../src/answer/answerQuestion.ts';
import { loadCorpus } from '../../src/corpus/loadCorpus.ts';
import { foldWord, splitWords, termOf, tokensOf } from '../../src/search/analyzer.ts';
import { ANALYSIS_RULES, analyzeQuestion, correctedSpelling, type Concept } from '../../src/search/analyzeQuestion.ts';
import { ask, conceptMatch } from '../../src/search/ask.ts';
import { createSearchEngine, type SearchEngine } from '../../src/search/engine.ts';
import { isListedWord } from '../../src/search/englishWords.ts';
import { factAsked } from '../../src/search/factKinds.ts';
import { knownWordsOf } from '../../src/search/knownWords.ts';
import { corpusOf } from '../attribution/fixtures.ts';
import { withRuleOff } from '../ruleSwitch.ts';

const SEEDS = new URL('../../seeds/', import.meta.url).pathname;

/** Made-up names: no English word or name of the coverage is within two edits of one ("Zorquax", "Blixvan"). */
const madeUpName = fc
  .tuple(
    fc.constantFrom('Zor', 'Qax', 'Blix', 'Vux', 'Krz', 'Jop', 'Xel'),
    fc.constantFrom('quax', 'vanq', 'zirk', 'oxq', 'ulzy', 'ekx'),
  )
  .map(([head, tail]) => head + tail);

/** What a passage's text gives `conceptMatch`: its stems, and its stems in order. */
function matchIn(concept: Concept, text: string): number {
  const sequence = tokensOf(text).map((token) => token.stem);
  return conceptMatch(concept, new Set(sequence), () => sequence);
}

/** Runs with one of ANALYSIS_RULES off, so that a test can show what the rule does. */
const analysisRuleOff = (rule: keyof typeof ANALYSIS_RULES, run: () => void) => withRuleOff(ANALYSIS_RULES, rule, run);

describe('analyzeQuestion on the seeds', () => {
  let engine: SearchEngine;
  const concepts = (question: string) => analyzeQuestion(question, engine);
  const conceptLabelled = (question: string, label: string) =>
    concepts(question).find((concept) => concept.label === label);

  beforeAll(async () => {
    engine = createSearchEngine(await loadCorpus(SEEDS));
  });

  test('GIVEN "... a dangerous phase? Name please." THEN the common word opening the second sentence is no name the coverage lacks, and is with the rule off; a run of names opening one stays a name', () => {
    const question = 'Which North Korean official thinks the Tokyo plan is entering a dangerous phase? Name please.';
    expect(conceptLabelled(question, 'Name')?.absent).toBe(false);
    expect(answerQuestion(engine, question).answered).toBe(true);
    analysisRuleOff('sentenceOpenings', () => {
      expect(conceptLabelled(question, 'Name')?.absent).toBe(true);
      expect(answerQuestion(engine, question).answered).toBe(false);
    });
    // A run of capitalised words opening a sentence ("Park Jin") is a name.
    expect(conceptLabelled('Who spoke for Seoul? Park Jin said little.', 'Park Jin')?.absent).toBe(true);
  });

  test('GIVEN "In which of the three news ...?" THEN the set picked from counts nothing the coverage must state, and is a count it lacks with the rule off; "three news" alone still is', () => {
    const question = 'In which of the three news appears the prime minister Kishida?';
    expect(answerQuestion(engine, question).answered).toBe(true);
    analysisRuleOff('partitiveCounts', () => expect(answerQuestion(engine, question).reason).toContain('"three news"'));
    expect(answerQuestion(engine, 'Did Kishida appear in three news on Monday?').reason).toContain('"three news"');
  });

  test('GIVEN "Which outlets spell out ...?" THEN the phrasal verb of saying after the coverage names no topic and the passage listing AUKUS\'s members is in the top 3, and not with the rule off', () => {
    const question = 'Which outlets spell out which countries make up AUKUS?';
    const listsMembers = () =>
      answerQuestion(engine, question)
        .passages.slice(0, 3)
        .some((passage) => /AUKUS pact between Australia/.test(passage.text));
    expect(listsMembers()).toBe(true);
    analysisRuleOff('phrasalSaying', () => expect(listsMembers()).toBe(false));
  });

  test('GIVEN "What are the four ...?" THEN the count shapes the list asked for and is no count the coverage must state, and is one it lacks with the rule off; after "why did ... the" it still is', () => {
    const projects = createSearchEngine(
      corpusOf([
        'The partners agreed flagship projects: support for Ukraine, cyber defence, countering disinformation and AI.',
        'The alliance plans a liaison office in the region.',
      ]),
    );
    const question = 'What are the four joint initiatives the partners agreed?';
    expect(answerQuestion(projects, question).passages[0]?.text).toMatch(/cyber defence/);
    analysisRuleOff('countsAskedAfterCopula', () =>
      expect(answerQuestion(projects, question).reason).toContain('"four joint"'),
    );
    expect(answerQuestion(projects, 'Why did the partners agree the four joint initiatives?').reason).toContain(
      '"four joint"',
    );
  });

  test('GIVEN "the rest of the world" THEN "rest" is no topic, only the world is, and not with the rule off; "rest" alone still is', () => {
    const question = 'How does the rest of the world see Japan teaming up with NATO?';
    expect(conceptLabelled(question, 'rest')).toBeUndefined();
    expect(conceptLabelled(question, 'world')).toBeDefined();
    analysisRuleOff('partitives', () => expect(conceptLabelled(question, 'rest')).toBeDefined());
    expect(conceptLabelled('Did the delegation rest in Tokyo?', 'rest')).toBeDefined();
  });

  test('GIVEN a word of WordNet or a prefixed everyday word the frequency list lacks ("republish", "reposted") THEN it is meant as typed, and corrected to a word of the coverage with the rule off; slips and names are still corrected', () => {
    const question = 'When did Asia-Pacific Research republish the Countercurrents piece?';
    expect(conceptLabelled(question, 'republish')?.ownStems).toEqual(['republish']);
    expect(answerQuestion(engine, question).answered).toBe(true);
    expect(correctedSpelling('Who reposted the statement?', engine)).toBe('Who reposted the statement?');
    analysisRuleOff('dictionaryWords', () => {
      expect(conceptLabelled(question, 'republish')?.ownStems).not.toEqual(['republish']);
      // The refusal names the word as typed; as read, it is the coverage's "republic".
      expect(answerQuestion(engine, question).reason).toContain('republish');
      withRuleOff(ANSWER_RULES, 'reasonsAsTyped', () =>
        expect(answerQuestion(engine, question).reason).toContain('republic'),
      );
    });
    // WordNet's "Tokio" is a name, and "discused" no form of the noun "discus": both are slips.
    expect(conceptLabelled('is nato opening an office in tokio', 'tokio')?.ownStems).toEqual(['tokyo']);
    expect(correctedSpelling('what they discused in Tokyo', engine)).toBe('what they discussed in Tokyo');
  });

  test('GIVEN "which journal" (a kind of news outlet the coverage never names) THEN it asks for an outlet, no topic', () => {
    const question = 'Which journal has reported the reaction of China to the reports about the office?';
    expect(conceptLabelled(question, 'journal')).toBeUndefined();
    // "TV" the coverage writes ("Russia 1 TV"): it stays a word of the question.
    expect(conceptLabelled('which tv channel aired the putin interview', 'tv')).toBeDefined();
    analysisRuleOff('newsMediaNouns', () => {
      expect(conceptLabelled(question, 'journal')).toBeDefined();
    });
  });

  test('GIVEN words in quotation marks THEN they are searched as written, without aliases, and not with the rule off', () => {
    const question = "Which one of these actually spells out the words 'North Atlantic Treaty Organization'?";
    const spelled = conceptLabelled(question, 'North Atlantic Treaty Organization');
    expect(spelled?.phrasings).toEqual([['north', 'atlant', 'treati', 'organ']]);
    expect(spelled?.related.size).toBe(0);
    // Unquoted, "NATO" stands in for the name.
    expect(
      conceptLabelled('Which one spells out North Atlantic Treaty Organization?', 'North Atlantic Treaty Organization')
        ?.phrasings,
    ).toContainEqual(['nato']);
    // A quoted word the coverage never writes keeps what relates to it.
    expect(conceptLabelled("Who called it 'enlarging'?", 'enlarging')?.related.size).toBeGreaterThan(0);
    const first = () => answerQuestion(engine, question, { limit: 3 }).passages[0]?.text ?? '';
    expect(first()).toContain('stands for the North Atlantic Treaty Organization');
    analysisRuleOff('quotedAsWritten', () => {
      expect(conceptLabelled(question, 'North Atlantic Treaty Organization')?.phrasings).toContainEqual(['nato']);
      expect(first()).not.toContain('stands for the North Atlantic Treaty Organization');
    });
  });

  test('GIVEN "dragged Putin into a story about North Korea and Japan" THEN what the story is about is a qualifier, Putin is asked', () => {
    const question = 'Which of these sites dragged Putin into a story about North Korea and Japan?';
    expect(conceptLabelled(question, 'North Korea')?.qualifier).toBe(true);
    expect(conceptLabelled(question, 'Japan')?.qualifier).toBe(true);
    expect(conceptLabelled(question, 'Putin')?.qualifier).toBe(false);
    const top3 = () =>
      answerQuestion(engine, question, { limit: 3 })
        .passages.map((passage) => passage.text)
        .join('\n');
    expect(top3()).toContain('Western countries are seeking to put together new global alliances');
    analysisRuleOff('storyTopics', () => {
      expect(conceptLabelled(question, 'North Korea')?.qualifier).toBe(false);
      expect(top3()).not.toContain('Western countries are seeking to put together new global alliances');
    });
  });

  test('GIVEN a country named in Korean ("Ilbon") THEN it is read in English, and not with the rule off', () => {
    const question = 'When did Stoltenberg sit down with the Ilbon foreign minister?';
    expect(correctedSpelling(question, engine)).toBe('When did Stoltenberg sit down with the Japan foreign minister?');
    expect(answerQuestion(engine, question, { limit: 1 }).passages[0]?.text).toContain('in Brussels on April 4');
    analysisRuleOff('koreanCountryNames', () => {
      expect(correctedSpelling(question, engine)).toBe(question);
      // The refusal names the word as typed.
      expect(answerQuestion(engine, question).reason).toContain('Ilbon');
    });
  });

  test('GIVEN "Why did Seoul choose to compensate ...?" THEN the verb of choosing is no word the answer must hold, and is with the rule off', () => {
    const question = 'Why did Japan choose to host the NATO delegation?';
    expect(conceptLabelled(question, 'choose')).toBeUndefined();
    expect(conceptLabelled(question, 'host')).toBeDefined();
    // Not before a noun: "choose to" needs a verb after it.
    expect(conceptLabelled('Which partners did NATO choose?', 'choose')).toBeDefined();
    analysisRuleOff('choiceFrames', () => expect(conceptLabelled(question, 'choose')).toBeDefined());
  });

  test('GIVEN "seem to put" THEN the hedge is no word the answer must hold, and is with the rule off', () => {
    const question = 'The two pieces seem to put Stoltenberg in Tokyo at different times. What does each say?';
    expect(conceptLabelled(question, 'seem')).toBeUndefined();
    expect(conceptLabelled(question, 'put')).toBeDefined();
    // Not before a noun: "seem to" needs a verb after it.
    expect(conceptLabelled('Why does the office seem so small to Tokyo?', 'seem')).toBeDefined();
    analysisRuleOff('seemFrames', () => expect(conceptLabelled(question, 'seem')).toBeDefined());
  });

  test('GIVEN "besides that one" THEN "one", standing for a noun said before, is no concept, and is with the rule off', () => {
    const question = 'Did he name any other grouping besides that one?';
    expect(conceptLabelled(question, 'one')).toBeUndefined();
    expect(conceptLabelled('Which ones did he name?', 'ones')).toBeUndefined();
    // A number before a noun stays: "that one person".
    expect(conceptLabelled('Who is that one person in the office?', 'one')).toBeDefined();
    analysisRuleOff('pronounOne', () => expect(conceptLabelled(question, 'one')).toBeDefined());
  });

  test('GIVEN an indefinite adverb or pronoun ("stated anywhere", "does everybody") THEN it is no concept, and is one with the rule off', () => {
    const question = 'Is the size of the planned office stated anywhere, or only reported by Nikkei?';
    expect(conceptLabelled(question, 'anywhere')).toBeUndefined();
    expect(conceptLabelled('Does everybody in Tokyo agree?', 'everybody')).toBeUndefined();
    analysisRuleOff('indefinites', () => expect(conceptLabelled(question, 'anywhere')).toBeDefined());
  });

  test('GIVEN "which of the medias" (the media, a word the coverage also writes) THEN it asks for outlets, no topic', () => {
    const question = 'Which of the medias explain who are the members of AUKUS?';
    expect(conceptLabelled(question, 'medias')).toBeUndefined();
    expect(conceptLabelled('Which media outlet first carried the remarks?', 'media')).toBeUndefined();
    analysisRuleOff('mediaNouns', () => {
      expect(conceptLabelled(question, 'medias')).toBeDefined();
    });
  });

  test('GIVEN "day to day" (an idiom WordNet hyphenates, typed with spaces) THEN "day" only qualifies, and is a topic with the rule off', () => {
    const question = 'What is the planned office actually supposed to do day to day?';
    expect(conceptLabelled(question, 'day')?.qualifier).toBe(true);
    analysisRuleOff('spacedIdioms', () => expect(conceptLabelled(question, 'day')?.qualifier).toBe(false));
  });

  test("GIVEN \"other alliances besides NATO\" THEN the alliances are found by the kind's words, not NATO's names, and by NATO's with the rule off", () => {
    const question = 'did they name any other alliances besides nato?';
    const phrasings = (concept: Concept | undefined) => concept?.phrasings.map((phrasing) => phrasing.join(' '));
    expect(phrasings(conceptLabelled(question, 'alliances'))).toEqual(expect.arrayContaining(['allianc', 'bloc']));
    expect(phrasings(conceptLabelled(question, 'alliances'))).not.toContain('nato');
    // A plain plural ("new blocs") and "the alliance" still stand for NATO.
    expect(phrasings(conceptLabelled('Who says the US is building new blocs?', 'blocs'))).toContain('nato');
    expect(phrasings(conceptLabelled('What did the alliance say?', 'alliance'))).toContain('nato');
    analysisRuleOff('othersNotAlias', () =>
      expect(phrasings(conceptLabelled(question, 'alliances'))).toContain('nato'),
    );
  });

  test('GIVEN "work together" (a phrase WordNet defines collaborate and cooperate by) THEN those verbs, as the coverage writes them, are a concept and the phrase\'s words only qualify; not with the rule off', () => {
    const question = 'Japan and NATO want to work together on internet security things, what exactly?';
    expect(conceptLabelled(question, 'work together')?.ownStems).toEqual(
      expect.arrayContaining(['collabor', 'cooper']),
    );
    expect(conceptLabelled(question, 'work')?.qualifier).toBe(true);
    expect(conceptLabelled('Do Japan and NATO want to work more together?', 'work more together')).toBeDefined();
    analysisRuleOff('definedPhrases', () => {
      expect(conceptLabelled(question, 'work together')).toBeUndefined();
      expect(conceptLabelled(question, 'work')?.qualifier).toBe(false);
    });
  });

  test('GIVEN "in response to" THEN "response" only ties what was done to its cause, and is a topic with the rule off', () => {
    const question = 'What did Seoul decide to do in response to the satellite launch?';
    expect(conceptLabelled(question, 'response')?.qualifier).toBe(true);
    analysisRuleOff('responseLinks', () => expect(conceptLabelled(question, 'response')?.qualifier).toBe(false));
  });

  test.each([
    ['What did Putin say about Gaza?', 'Gaza'],
    ['What did Kim Jong Un say about NATO?', 'Kim Jong Un'],
    ['Did Emmanuel Macron comment on the liaison office?', 'Emmanuel Macron'],
  ])('GIVEN "%s" THEN "%s", a name the coverage never mentions, is one absent concept', (question, label) => {
    const found = concepts(question);
    // Kim Jong Un is not Kim Seol-hwa: the words of a name phrase are not looked up one by one.
    expect(found.filter((concept) => concept.absent).map((concept) => concept.label)).toEqual([label]);
    expect(found.find((concept) => concept.label === label)?.name).toBe(label.includes(' '));
  });

  test.each([
    ['How long was the missile in the air?', 'long'],
    ['How far did the missile fly?', 'far'],
    ['How often do NATO and Japan meet?', 'often'],
  ])('GIVEN "%s" THEN "%s" only asks for a measure: it is no concept', (question, word) => {
    expect(concepts(question).map((concept) => concept.label.toLowerCase())).not.toContain(word);
    expect(concepts(question).length).toBeGreaterThan(0);
  });

  test('GIVEN a word the coverage never uses ("spokesperson") THEN a narrower kind it uses stands in; a word it uses gets no narrower kinds ("people" is no "nation")', () => {
    expect(conceptLabelled('What did the Chinese spokesperson say?', 'spokesperson')?.related.has('spokeswoman')).toBe(
      true,
    );
    expect(conceptLabelled('How many people would work there?', 'people')?.related.has('nation')).toBe(false);
  });

  test('GIVEN a role the coverage never names, whose only stand-ins are narrower roles THEN it stays vague: it weakens the question, as before', () => {
    withRuleOff(ANALYSIS_RULES, 'roleForms', () => {
      const concept = conceptLabelled('What did the Chinese spokesperson say?', 'spokesperson');
      expect(concept?.vague).toBe(true);
    });
  });

  test('GIVEN a role in its neutral form, which the coverage never writes ("spokesperson") THEN its gendered form that the coverage writes ("spokeswoman") is one of its phrasings, and not with the rule off; a gendered form ("spokesman") covers no other', () => {
    const question = 'Did any site quote a spokesperson in Beijing?';
    const concept = conceptLabelled(question, 'spokesperson');
    expect(concept?.phrasings).toContainEqual(['spokeswoman']);
    expect(concept?.vague).toBe(false);
    withRuleOff(ANALYSIS_RULES, 'roleForms', () =>
      expect(conceptLabelled(question, 'spokesperson')?.phrasings).not.toContainEqual(['spokeswoman']),
    );
    expect(conceptLabelled('Which Chinese spokesman was quoted?', 'spokesman')?.phrasings).not.toContainEqual([
      'spokeswoman',
    ]);
  });

  test('GIVEN negative contractions ("Isn\'t", "shouldn\'t", "doesn\'t") THEN what is left of them at the apostrophe is no concept, nor the modal "ought", nor "the ones", nor "and stuff"', () => {
    const labels = concepts("Isn't NATO meant for the Atlantic? Why shouldn't Asia matter, doesn't it?").map(
      (concept) => concept.label.toLowerCase(),
    );
    expect(labels).not.toContain('isn');
    expect(labels).not.toContain('shouldn');
    expect(labels).not.toContain('doesn');
    expect(labels).toContain('nato');
    expect(concepts('What ought Asia to be?').map((concept) => concept.label)).toEqual(['Asia']);
    expect(concepts('are the Americans the ones pushing NATO?').map((concept) => concept.label)).not.toContain('ones');
    expect(concepts('why make the drills and stuff permanent').map((concept) => concept.label)).not.toContain('stuff');
  });

  test('GIVEN a modal frame ("supposed to", "meant to", "going to" before a verb) THEN it is no concept; "going to Tokyo" is a trip and stays', () => {
    const labels = (question: string) => concepts(question).map((concept) => concept.label.toLowerCase());
    expect(labels('when is the liaison office supposed to open')).not.toContain('supposed');
    expect(labels('what is the station meant to do')).not.toContain('meant');
    expect(labels('is NATO going to open an office')).not.toContain('going');
    expect(labels('who is going to Tokyo')).toContain('going');
  });

  test('GIVEN a possessive between capitalised words ("NATO\'s Asian ambitions") THEN the name ends there: NATO and Asian are concepts of their own', () => {
    const labels = concepts("What did Putin say about NATO's Asian ambitions?").map((concept) => concept.label);
    expect(labels).toContain('NATO');
    expect(labels).toContain('Asian');
    expect(labels).not.toContain("NATO's Asian");
  });

  test('GIVEN "long" as a word of the topic ("the long-range missile") THEN it stays a concept', () => {
    expect(concepts('What did the long report say about Japan?').map((concept) => concept.label)).toContain('long');
  });

  test('GIVEN a compound written otherwise than the coverage writes it THEN it is read as the coverage writes it', () => {
    // The seeds write "buildup" and "Seol-hwa", "state-run".
    expect(
      concepts("What did Al Mayadeen say about Japan's military build-up?").map((concept) => concept.label),
    ).toContain('buildup');
    expect(concepts('What did Kim Seolhwa say?').map((concept) => concept.label)).toContain('Kim Seol-hwa');
    expect(concepts('Which staterun agency carried it?').map((concept) => concept.label)).toEqual(
      expect.arrayContaining(['state', 'run']),
    );
    expect(concepts('What about the follow-up?').map((concept) => concept.label)).toEqual(['follow']);
  });

  test.each([
    ['How did Japan resopnd to the accusations?', 'How did Japan respond to the accusations?'],
    [
      "How did the Japanese govrenment react to North Korea's criticism?",
      "How did the Japanese government react to North Korea's criticism?",
    ],
    ['What did the Chinese ambsasador say?', 'What did the Chinese ambassador say?'],
    ['What did Stoltenbreg say?', 'What did Stoltenberg say?'],
    ['WHAT DID THE NATO STRATEGIC CONSEPT SAY', 'WHAT DID THE NATO STRATEGIC CONCEPT SAY'],
    // A letter dropped or doubled, into an English word the coverage does not use.
    [
      "How did the Japanese goverment react to North Korea's criticism?",
      "How did the Japanese government react to North Korea's criticism?",
    ],
    ['How did Australia resond to the plans?', 'How did Australia respond to the plans?'],
    ['What did the NATO spokeserson say?', 'What did the NATO spokesperson say?'],
    // The question word that opens it, in chat shorthand or with a slip, before the verb or the noun it asks for.
    ['wat did china say', 'what did china say'],
    ['so wen did the delegation visit', 'so when did the delegation visit'],
    ['wich agency carried the statement?', 'which agency carried the statement?'],
    ['Wich two contries does the concept name?', 'Which two countries does the concept name?'],
    ['hw many staff would it have', 'how many staff would it have'],
  ])('GIVEN the misspelt "%s" THEN the question is read as "%s"', (typed, meant) => {
    expect(correctedSpelling(typed, engine)).toBe(meant);
  });

  test.each([
    // One of the commonest words missing a letter.
    ['what did putin say befor the war', 'what did putin say before the war', 'droppedLetters'],
    ['was it becaus of the office', 'was it because of the office', 'droppedLetters'],
    // An idiom WordNet gives as an example of a sense, its object never in the coverage.
    ['Who will foot the bill for the Tokyo post?', 'Who will pay for the Tokyo post?', 'exampleIdioms'],
    ['Is Tokyo picking up the tab for it?', 'Is Tokyo paying for it?', 'exampleIdioms'],
  ] as const)('GIVEN "%s" THEN it reads "%s", and as typed with %s off', (typed, meant, rule) => {
    expect(correctedSpelling(typed, engine)).toBe(meant);
    analysisRuleOff(rule, () => expect(correctedSpelling(typed, engine)).toBe(typed));
  });

  test.each([
    'What did Stolt say?',
    'Why did Lecornu resign?',
    'Did Kishida attend the 2022 summit?',
    'What did Biden say?',
    'what did joe biden say about the office?',
    // Close to two question words ("where", "when"), or before no verb: left as typed.
    'wher did putin say it',
    'Wang said what?',
  ])('GIVEN "%s" (a fragment, an unknown name, English words) THEN it is left as typed', (typed) => {
    expect(correctedSpelling(typed, engine)).toBe(typed);
  });

  test('GIVEN a year the coverage never mentions THEN it is absent; a year it mentions is not', () => {
    expect(
      concepts('Did the Tokyo office finally open in 2024?')
        .filter((concept) => concept.absent)
        .map((concept) => concept.label),
    ).toEqual(['2024']);
    expect(concepts('What did NATO approve in 2022?').some((concept) => concept.absent)).toBe(false);
  });

  test('GIVEN an acronym the coverage never uses that WordNet lists ("HQ") THEN it stands for what it abbreviates, not an absent name', () => {
    const hq = concepts('Who met at alliance HQ on April 4?').find((concept) => concept.label === 'HQ');
    expect(hq?.absent).toBe(false);
    expect(hq && matchIn(hq, 'at the alliance’s headquarters in Brussels')).toBeGreaterThan(0);
  });

  test('GIVEN a made-up capitalised name, alone or of two words, inside a question about known things THEN it is the one absent concept, labelled as typed', () => {
    fc.assert(
      fc.property(
        madeUpName,
        fc.option(madeUpName, { nil: null }),
        fc.constantFrom('NATO', 'the liaison office', 'Japan', 'Stoltenberg'),
        (first, second, topic) => {
          const name = second ? `${first} ${second}` : first;
          const found = analyzeQuestion(`What did ${name} say about ${topic}?`, engine);
          const absent = found.filter((concept) => concept.absent);
          expect(absent.map((concept) => concept.label)).toEqual([name]);
          expect(absent[0]?.name).toBe(second !== null);
        },
      ),
      { numRuns: 60 },
    );
  });

  test.each([
    ['what did stoltenbreg say', 'stoltenbreg', 'stoltenberg'],
    ['what did hayahsi say about brussels', 'hayahsi', 'hayashi'],
    ['what about the anti-russia encriclement', 'encriclement', 'encircl'],
    ['nato colluson with japan', 'colluson', 'collus'],
  ])(
    'GIVEN the lower-case typo in "%s" THEN "%s" is read as the coverage word it misspells, not as absent',
    (question, label, stem) => {
      const concept = conceptLabelled(question, label);
      expect(concept?.absent).toBe(false);
      expect(concept?.ownStems).toEqual([stem]);
    },
  );

  test.each([
    ['What did European officials say about the office?', 'European'],
    ['What did Indian officials say about the office?', 'Indian'],
  ])('GIVEN "%s" THEN the adjective-like capital "%s" the coverage lacks is not absent', (question, label) => {
    expect(conceptLabelled(question, label)?.absent).toBe(false);
  });

  test('GIVEN a made-up capital in the same place as "European" THEN it is absent: only adjectives are let off', () => {
    expect(conceptLabelled('What did Zorquax officials say about the office?', 'Zorquax')?.absent).toBe(true);
  });

  test.each([
    ['What did NATO say according to the Guardian report?', ['Guardian'], ['NATO']],
    ['What did NATO say in the Zorquax Times report?', ['Zorquax Times'], ['NATO']],
    ['What did Japan agree to, per Blixvan?', ['Blixvan'], ['Japan', 'agree']],
  ])(
    'GIVEN "%s" THEN the words naming the source, %j, are qualifiers and never absent; %j are not qualifiers',
    (question, qualifiers, topics) => {
      const found = concepts(question);
      for (const label of qualifiers) {
        const concept = found.find((candidate) => candidate.label === label);
        expect(concept?.qualifier).toBe(true);
        expect(concept?.absent).toBe(false);
      }
      for (const label of topics) expect(found.find((candidate) => candidate.label === label)?.qualifier).toBe(false);
    },
  );

  test.each([
    ['Which of these articles actually covers how China reacted?', ['covers'], ['China', 'reacted']],
    ['What stories discussed the office in Tokyo?', ['discussed'], ['office']],
    ['Did the papers criticise the office?', [], ['criticise', 'office']],
    ['Does Russia object too, or is it just Pyongyang and Beijing?', ['Pyongyang', 'Beijing'], ['Russia', 'object']],
    ['Did Japan object, or only China?', ['China'], ['Japan', 'object']],
    ['Why does the blogger think the timing of the statement matters?', ['blogger'], ['timing', 'statement']],
    ['What do the authors propose instead of the office?', ['authors', 'propose'], ['office']],
    ['hey, quick one: when did the office open?', ['quick', 'one'], ['office', 'open']],
    ['Why did France in particular object to the office?', ['particular'], ['France', 'object', 'office']],
    ['How current is the information in this policy paper?', ['policy', 'paper'], ['current', 'information']],
    ['What did the first poster in the thread say about Paris?', ['thread'], ['poster', 'Paris']],
    ['Which city hosted the summit, going by the slideshow captions?', ['slideshow', 'captions'], ['city', 'summit']],
  ])(
    'GIVEN "%s" THEN %j only frame the question (qualifiers) and %j are what it asks about',
    (question, qualifiers, topics) => {
      const found = concepts(question);
      for (const label of qualifiers) expect(found.find((concept) => concept.label === label)?.qualifier).toBe(true);
      for (const label of topics) expect(found.find((concept) => concept.label === label)?.qualifier).toBe(false);
    },
  );

  test('GIVEN "bit by bit" THEN the coverage\'s one-word adverb for it ("gradually") is a concept of the question', () => {
    const found = concepts('Who said the US is pulling NATO into Asia bit by bit?');
    const adverb = found.find((concept) => concept.label === 'bit by bit');
    expect(adverb?.phrasings).toContainEqual([termOf('gradually')?.stem]);
    expect(adverb?.qualifier).toBe(false);
  });

  test('GIVEN "the Second World War" THEN the name as the coverage writes it ("World War II") is a phrasing of it', () => {
    const war = concepts("Which outlet ties it to Tokyo's biggest rearmament since the Second World War?").find(
      (concept) => concept.label === 'Second World War',
    );
    expect(war?.phrasings.map((phrasing) => phrasing.join(' '))).toContain('world war ii');
  });

  test.each(['Which sites ran the statement?', 'Which of the papers ran the statement?', 'What outlets ran it?'])(
    'GIVEN "%s" THEN the pages asked for are no concept of the question',
    (question) => {
      expect(concepts(question).map((concept) => concept.label)).not.toContainEqual(
        expect.stringMatching(/^(?:sites|papers|outlets)$/),
      );
    },
  );

  test.each([
    ['What did Kim say abuot Japan?', ['Kim', 'Japan']],
    ['What did NATO say accordng to Kim?', ['NATO', 'Kim']],
    ['What did Mao Ning say befor the summit?', ['Mao Ning', 'summit']],
    ['Whihc office did NATO plan in Tokyo?', ['office', 'NATO', 'plan', 'Tokyo']],
  ])('GIVEN the misspelt stop word in "%s" THEN it yields no concept', (question, labels) => {
    expect(concepts(question).map((concept) => concept.label)).toEqual(labels);
  });

  test.each([
    ['wat did kim say abt japan', ['kim', 'japan']],
    ['wht did nato plan in tokyo', ['nato', 'plan', 'tokyo']],
  ])('GIVEN the chat shorthand of a stop word in "%s" THEN it yields no concept', (question, labels) => {
    expect(concepts(question).map((concept) => concept.label)).toEqual(labels);
  });

  test('GIVEN a short word that drops a consonant of a stop word ("abe" / "above") THEN it is kept', () => {
    expect(concepts('what did abe say').map((concept) => concept.label)).toContain('abe');
  });

  test('GIVEN names in a list ("China, Pyongyang and Moscow") THEN each is a concept of its own, not one name', () => {
    const found = concepts('Did he warn against China, Pyongyang and Moscow?');
    expect(found.map((concept) => concept.label)).toEqual(expect.arrayContaining(['China', 'Pyongyang', 'Moscow']));
    expect(found.some((concept) => concept.name)).toBe(false);
    expect(concepts('What did Mao Ning say?').map((concept) => concept.label)).toEqual(['Mao Ning']);
  });

  test.each([
    ['What part of NATO sent a delegation to Japan?', 'part'],
    ['Which kind of office will NATO open?', 'kind'],
  ])('GIVEN the frame in "%s" THEN "%s" asks for a category and is no concept; the rest are', (question, frame) => {
    const labels = concepts(question).map((concept) => concept.label);
    expect(labels).not.toContain(frame);
    expect(labels).toContain('NATO');
  });

  test('GIVEN "historically speaking" THEN "speaking" is a manner of speaking, no concept; "Who was speaking for Beijing?" keeps it', () => {
    const labels = concepts("How big is Tokyo's planned rearmament, historically speaking?").map(
      (concept) => concept.label,
    );
    expect(labels).toEqual(expect.arrayContaining(['historically', 'rearmament']));
    expect(labels).not.toContain('speaking');
    expect(concepts('Who was speaking for Beijing?').map((concept) => concept.label)).toContain('speaking');
  });

  test('GIVEN two names joined by a hyphen the coverage never writes ("Japan-NATO") THEN each is a concept; "Asia-Pacific", which it writes, stays one', () => {
    const labels = concepts('How many areas does the Japan-NATO programme list?').map((concept) => concept.label);
    expect(labels).toEqual(expect.arrayContaining(['Japan', 'NATO']));
    expect(concepts('Is NATO moving into the Asia-Pacific?').map((concept) => concept.label)).toContain('Asia-Pacific');
  });

  test('GIVEN two countries joined by a hyphen that a page writes so ("Japan-South Korea") THEN each is a concept, and one with the rule off', () => {
    const paired = createSearchEngine(
      corpusOf([
        'The Japan-South Korea thaw continued this week.',
        'A senior Japanese defence official said the breakthrough had been prepared over about six months of talks.',
      ]),
    );
    const labels = () =>
      analyzeQuestion('How long had the Japan-South Korea breakthrough been in the works?', paired).map(
        (concept) => concept.label,
      );
    expect(labels()).toEqual(expect.arrayContaining(['Japan', 'South Korea']));
    analysisRuleOff('placePairs', () => expect(labels()).toContain('Japan-South Korea'));
    // A region the page writes hyphenated stays one.
    expect(concepts('Is NATO moving into the Asia-Pacific?').map((concept) => concept.label)).toContain('Asia-Pacific');
  });

  test.each(['Stoltenberg–Hayashi', 'Stoltenberg—Hayashi', 'Stoltenberg‐Hayashi'])(
    'GIVEN two names joined by a dash ("the %s meeting") THEN each is a concept, as with a hyphen',
    (pair) => {
      const labels = concepts(`Is the ${pair} meeting described the same way everywhere?`).map((c) => c.label);
      expect(labels).toEqual(expect.arrayContaining(['Stoltenberg', 'Hayashi']));
    },
  );

  test('GIVEN a real word one slip from a stop word ("form" / "from") THEN it is kept', () => {
    expect(concepts('What form would the NATO office take?').map((concept) => concept.label)).toContain('form');
  });

  test('GIVEN "STOLTENBERG HAYASHI" in capitals THEN it is two concepts, not one name', () => {
    const found = concepts('STOLTENBERG HAYASHI');
    expect(found.map((concept) => concept.label)).toEqual(['STOLTENBERG', 'HAYASHI']);
    expect(found.some((concept) => concept.name)).toBe(false);
  });

  test('GIVEN any question of coverage names typed all in capitals THEN no concept is a name phrase and none is absent', () => {
    const names = [
      'STOLTENBERG',
      'HAYASHI',
      'KISHIDA',
      'TOKYO',
      'BRUSSELS',
      'PUTIN',
      'BEIJING',
      'MOSCOW',
      'AUKUS',
      'QUAD',
    ];
    fc.assert(
      fc.property(fc.uniqueArray(fc.constantFrom(...names), { minLength: 2, maxLength: 4 }), (words) => {
        const found = analyzeQuestion(`WHAT DID ${words.join(' ')} SAY`, engine);
        expect(found).toHaveLength(words.length);
        expect(found.some((concept) => concept.name || concept.absent)).toBe(false);
      }),
      { numRuns: 40 },
    );
  });

  test('GIVEN "South Korea" THEN it is one concept that matches a passage naming South Korea, not one saying "North Korea"', () => {
    const found = concepts('What did South Korea say about the office?');
    const southKorea = found.find((concept) => concept.label === 'South Korea');
    expect(found.map((concept) => concept.label)).toEqual(['South Korea', 'office']);
    if (!southKorea) throw new Error('no South Korea concept');
    // RT ¶1 and ¶4, as printed.
    expect(
      matchIn(
        southKorea,
        'North Korea’s Foreign Ministry has claimed NATO is seeking to increase its influence in Asia',
      ),
    ).toBe(0);
    expect(
      matchIn(
        southKorea,
        'consultations with Japan and key partners in the region such as South Korea, Australia and New Zealand',
      ),
    ).toBe(1);
    // Both words, not together: the name does not match.
    expect(matchIn(southKorea, 'North Korea moved troops to the south of the border')).toBe(0);
  });

  test('GIVEN "South Korea" THEN it matches none of the passages of the seeds that name only North Korea', () => {
    const southKorea = concepts('South Korea').find((concept) => concept.label === 'South Korea');
    if (!southKorea) throw new Error('no South Korea concept');
    const northOnly = engine.corpus.passages.filter(
      (passage) => /North Korea/.test(passage.text) && !/South Korea|Seoul/.test(passage.text),
    );
    expect(northOnly.length).toBeGreaterThan(0);
    for (const passage of northOnly) expect(matchIn(southKorea, passage.text)).toBe(0);
  });
});

describe('analyzeQuestion: capitalised words are corrected only to names', () => {
  // "widen" and "bien" are lower case here; "Stoltenberg" is written as a name.
  const engine = createSearchEngine(
    corpusOf([
      'The allies agreed to widen the talks.',
      'They said the plan was bien received.',
      'Officials met Stoltenberg in Brussels.',
    ]),
  );
  const only = (question: string) => analyzeQuestion(question, engine)[0];

  test('GIVEN "Biden" THEN it is not corrected to "widen" or "bien" but is a name the coverage lacks', () => {
    const biden = only('What did Biden say?');
    expect(biden?.label).toBe('Biden');
    expect(biden?.ownStems).toEqual(['biden']);
    expect(biden?.phrasings.flat()).not.toContain('widen');
    expect(biden?.phrasings.flat()).not.toContain('bien');
    expect(biden?.absent).toBe(true);
  });

  test('GIVEN a capitalised misspelling of a name the coverage writes THEN it is corrected to it', () => {
    expect(only('What did Stoltenbreg say?')?.ownStems).toEqual(['stoltenberg']);
    expect(only('What did Stoltenbreg say?')?.absent).toBe(false);
  });

  test('GIVEN the same misspelling in lower case THEN it is corrected to the lower-case word; capitalised, it is not', () => {
    expect(only('what did wideen say')?.ownStems).toEqual(['widen']);
    expect(only('What did Wideen say?')?.ownStems).toEqual(['wideen']);
    expect(only('What did Wideen say?')?.absent).toBe(true);
  });
});

describe('analyzeQuestion: a capitalised word is never corrected to a word the coverage writes only in lower case', () => {
  let engine: SearchEngine;
  let lowerOnly: string[];

  beforeAll(async () => {
    engine = createSearchEngine(await loadCorpus(SEEDS));
    const { names } = knownWordsOf(engine);
    // Stems the coverage also writes as a name ("partnerships" / "Partnership") are left out: a correction to the name is right.
    const nameStems = new Set([...names].map((name) => termOf(name)?.stem));
    const words = new Set(engine.corpus.passages.flatMap((passage) => splitWords(passage.text).map(foldWord)));
    lowerOnly = [...words].filter((word) => /^[a-z]{6,}$/.test(word) && !nameStems.has(termOf(word)?.stem));
  });

  test('GIVEN a capitalised word one letter from such a word THEN its concept never takes that word’s stem', () => {
    expect(lowerOnly.length).toBeGreaterThan(50);
    fc.assert(
      fc.property(fc.nat(), fc.constantFrom(...'bcdfghjklmnpqrstvwxz'), (pick, letter) => {
        const word = lowerOnly[pick % lowerOnly.length] ?? '';
        const typed = letter.toUpperCase() + word.slice(1);
        fc.pre(letter !== word[0] && !isListedWord(typed.toLowerCase()) && !engine.vocabulary.has(typed.toLowerCase()));
        const concept = analyzeQuestion(`What did ${typed} say about NATO?`, engine).find(
          (candidate) => candidate.label === typed,
        );
        const stem = termOf(word)?.stem ?? '';
        // No concept at all is fine too: "Wecent" is one slip from the stop word "werent".
        expect(concept?.ownStems ?? []).not.toContain(stem);
        expect(concept?.phrasings.flat() ?? []).not.toContain(stem);
      }),
      { numRuns: 150 },
    );
  });
});

describe('English words in their rarer forms', () => {
  test.each(['cozying', 'stopping', 'parties', 'hurried'])(
    'GIVEN "%s" THEN it is an English word, not a misspelling',
    (word) => {
      expect(isListedWord(word)).toBe(true);
    },
  );

  test.each(['cozyng', 'qwzing'])('GIVEN "%s" THEN it is no English word', (word) => {
    expect(isListedWord(word)).toBe(false);
  });
});

describe('analyzeQuestion: a word the coverage writes as a phrase', () => {
  const engine = createSearchEngine(
    corpusOf([
      'About 24,000 police officers from across Japan have been deployed to Hiroshima for the summit.',
      'The Individually Tailored Partnership Program covers 16 areas.',
    ]),
  );
  const conceptOf = (question: string, label: string) =>
    analyzeQuestion(question, engine).find((concept) => concept.label === label);

  test('GIVEN "cops", whose kind WordNet names "police officer" THEN the phrase stands in for it and it is no vague word', () => {
    const cops = conceptOf('how many cops were guarding hiroshima', 'cops');
    expect(cops?.phrasings).toContainEqual(['polic', 'offic']);
    expect(cops?.vague).toBe(false);
  });

  test('GIVEN a British spelling of a word the coverage spells the American way ("Programme") THEN it is that word', () => {
    const programme = conceptOf('What does the Partnership Programme cover?', 'Partnership Programme');
    expect(programme?.ownStems).toContain(termOf('program')?.stem);
    expect(programme?.absent).toBe(false);
  });

  test('GIVEN a word whose kind is a thing, not a person ("hours": a time unit) THEN no phrase of its kind stands in', () => {
    expect(conceptOf('What are the opening hours of the office?', 'hours')?.phrasings ?? []).not.toContainEqual([
      'time',
      'unit',
    ]);
  });
});

describe('correctedSpelling: contractions typed as chat types them', () => {
  const engine = createSearchEngine(corpusOf(['NATO plans to open a liaison office in Tokyo next year.']));

  test.each([
    ['whos gonna run the tokyo office', "who's going to run the tokyo office"],
    ['Whats NATO planning? They didnt say', "What's NATO planning? They didn't say"],
  ])('GIVEN "%s" THEN it reads "%s"', (typed, meant) => {
    expect(correctedSpelling(typed, engine)).toBe(meant);
  });

  test('GIVEN the contraction written out THEN the route reading it finds who will hold the post', () => {
    expect(factAsked(correctedSpelling('whos gonna run the tokyo office', engine))).toBe('holder');
  });

  test.each([
    ['nato wants 2 like surround china', 'nato wants to like surround china'],
    ['they plan 2 open an office', 'they plan to open an office'],
    // Counts stay: after a verb of having or sending, or before a plural.
    ['nato has 2 staff in tokyo', 'nato has 2 staff in tokyo'],
    ['japan sent 2 ships', 'japan sent 2 ships'],
  ])('GIVEN "%s" THEN chat\'s digit reads "%s", and stays with the rule off', (typed, meant) => {
    expect(correctedSpelling(typed, engine)).toBe(meant);
    analysisRuleOff('chatDigits', () => expect(correctedSpelling(typed, engine)).toBe(typed));
  });

  test.each([
    ['nato is going two develop relations', 'nato is going to develop relations'],
    // Counts stay as they do for digits.
    ['nato has two staff in tokyo', 'nato has two staff in tokyo'],
    ['they opened two offices', 'they opened two offices'],
  ])('GIVEN dictated "%s" THEN it reads "%s", and stays with the rule off', (typed, meant) => {
    expect(correctedSpelling(typed, engine)).toBe(meant);
    analysisRuleOff('spokenDigits', () => expect(correctedSpelling(typed, engine)).toBe(typed));
  });
});

describe('correctedSpelling: a name dictated or typed as two words ("stolen berg")', () => {
  const engine = createSearchEngine(
    corpusOf([
      'NATO Secretary-General Jens Stoltenberg visited Tokyo, and Prime Minister Fumio Kishida met him there.',
      'The stolen documents were returned.',
    ]),
  );

  test.each([
    ['who said it was that stolen berg', 'who said it was that stoltenberg'],
    ['did stolten berg visit tokyo', 'did stoltenberg visit tokyo'],
    // The second word is the coverage's own, or together they are no name: left as typed.
    ['were the stolen documents returned', 'were the stolen documents returned'],
    ['did kishida meet him', 'did kishida meet him'],
  ])('GIVEN "%s" THEN it reads "%s"', (typed, meant) => {
    expect(correctedSpelling(typed, engine)).toBe(meant);
  });

  test('GIVEN the rule off THEN "stolen berg" stays two words', () => {
    analysisRuleOff('splitNamesJoined', () =>
      expect(correctedSpelling('who said it was that stolen berg', engine)).toBe('who said it was that stolen berg'),
    );
  });
});

describe('correctedSpelling: everyday words typed as consonants ("yrs", "ppl")', () => {
  const engine = createSearchEngine(
    corpusOf(['NATO plans to open a liaison office in Tokyo next year, RT reported; the DPRK objected.']),
  );

  test.each([
    ['what % of ppl want closer ties now vs two yrs ago', 'what % of people want closer ties now vs two years ago'],
    ['will it open in a few wks', 'will it open in a few weeks'],
  ])('GIVEN "%s" THEN it reads "%s"', (typed, meant) => {
    expect(correctedSpelling(typed, engine)).toBe(meant);
  });

  test.each([
    // Two letters are too few to tell; a name the coverage has stays, owned or not; a word read several ways stays.
    'what did they say rn',
    'what did the dprk say',
    'what does rts version have',
    'sth about the office',
  ])('GIVEN "%s" THEN it reads as typed', (typed) => {
    expect(correctedSpelling(typed, engine)).toBe(typed);
  });

  test('GIVEN the rule off THEN the shorthand stays as typed (what the tests above measure)', () => {
    analysisRuleOff('shorthandWords', () => {
      expect(correctedSpelling('two yrs ago', engine)).toBe('two yrs ago');
    });
  });
});

describe('correctedSpelling over the seeds: words of the coverage made otherwise', () => {
  let seeds: SearchEngine;
  beforeAll(async () => {
    seeds = createSearchEngine(await loadCorpus(new URL('../../seeds/', import.meta.url).pathname));
  });

  test('GIVEN "trilateral" where the coverage writes "bilateral" THEN it stays as typed, and is corrected with the rule off', () => {
    expect(correctedSpelling('the trilateral AUKUS arrangement', seeds)).toBe('the trilateral AUKUS arrangement');
    expect(correctedSpelling('the bilaterl ties', seeds)).toBe('the bilateral ties');
    // WordNet's "trilateral" is kept by dictionaryWords as well: with both off, only the prefix is seen.
    analysisRuleOff('dictionaryWords', () =>
      analysisRuleOff('prefixesKept', () => {
        expect(correctedSpelling('the trilateral AUKUS arrangement', seeds)).toBe('the bilateral AUKUS arrangement');
      }),
    );
  });

  test('GIVEN "the Indian and Pacific Ocean region" THEN it reads as the Indo-Pacific, and as typed with the rule off', () => {
    const question = 'Has NATO owned up to stakes in the Indian and Pacific Ocean region?';
    expect(correctedSpelling(question, seeds)).toBe('Has NATO owned up to stakes in the Indo-Pacific region?');
    analysisRuleOff('regionsJoined', () => {
      expect(correctedSpelling(question, seeds)).toBe(question);
    });
  });
});

describe('analyzeQuestion: an acronym before a place ("the DPRK FM Japan-desk official")', () => {
  const engine = createSearchEngine(
    corpusOf([
      "An official with the Foreign Ministry's Japan Research Center, Kim Seol-hwa, said the talks were over.",
    ]),
  );
  const labels = (question: string) => analyzeQuestion(question, engine).map((concept) => concept.label);

  test('GIVEN an acronym before a place written as a word THEN each is a name of its own, and one name with the rule off', () => {
    expect(labels('What did the FM Japan-desk official say?')).toEqual(expect.arrayContaining(['FM', 'Japan']));
    // "FM" the coverage spells out ("Foreign Ministry"), so coverageInitials splits it off too.
    analysisRuleOff('acronymBeforePlace', () =>
      analysisRuleOff('coverageInitials', () => {
        expect(labels('What did the FM Japan-desk official say?')).toContain('FM Japan');
      }),
    );
  });

  test('GIVEN acronyms in a row ("AU UK US") THEN they are not split by this rule', () => {
    const question = 'Which outlets spell out the AU UK US pact?';
    let off: string[] = [];
    analysisRuleOff('acronymBeforePlace', () => {
      off = labels(question);
    });
    expect(labels(question)).toEqual(off);
  });
});

describe('analyzeQuestion: a place before an acronym ("the Hiroshima G7 meeting")', () => {
  const engine = createSearchEngine(
    corpusOf([
      'Ri linked the office to the Group of Seven summit that ended in Hiroshima, describing the G7 and NATO.',
    ]),
  );
  const labels = () =>
    analyzeQuestion('How did the piece tie the office to the Hiroshima G7 meeting?', engine).map(
      (concept) => concept.label,
    );

  test('GIVEN a place before an acronym THEN each is a name of its own, which a passage may give apart', () => {
    expect(labels()).toEqual(expect.arrayContaining(['Hiroshima', 'G7']));
  });

  test('GIVEN the rule off THEN they are one name, which the passage never writes together', () => {
    analysisRuleOff('placeBeforeAcronym', () => {
      expect(labels()).toContain('Hiroshima G7');
    });
  });

  test('GIVEN a place inside a longer name of words ("New York Times") THEN the name stays whole', () => {
    expect(analyzeQuestion('What did the New York Times report?', engine).map((concept) => concept.label)).toContain(
      'New York Times',
    );
  });
});

describe('analyzeQuestion: a title before a name ("Secretary General Stoltenberg")', () => {
  const engine = createSearchEngine(
    corpusOf([
      'NATO Secretary General Jens Stoltenberg sat down with Japanese Foreign Minister Yoshimasa Hayashi in Brussels.',
      'The State Department declined to comment.',
    ]),
  );
  const labels = (question: string) => analyzeQuestion(question, engine).map((concept) => concept.label);
  const question = 'What did Secretary General Stoltenberg and Minister Hayashi promise in Brussels?';

  test('GIVEN a title typed before a surname THEN each is a concept, as the coverage puts a first name between', () => {
    expect(labels(question)).toEqual(
      expect.arrayContaining(['Secretary General', 'Stoltenberg', 'Minister', 'Hayashi']),
    );
  });

  test('GIVEN a title before a word of English ("State Department") THEN the name stays whole', () => {
    expect(labels('What did the State Department say?')).toContain('State Department');
  });

  test('GIVEN the rule off THEN the title and the surname are one run, which the passage never writes', () => {
    // With the name ending where the coverage's ends off too: it parts them as well when the passage writes the title.
    analysisRuleOff('titlesApart', () =>
      analysisRuleOff('heldNamePrefix', () => {
        expect(labels(question)).toContain('Secretary General Stoltenberg');
      }),
    );
  });
});

describe('analyzeQuestion: a size asked ("how big is the office")', () => {
  const engine = createSearchEngine(
    corpusOf([
      'NATO wants a one-person station in Tokyo rather than a big regional base.',
      'The liaison office would handle consultations with partners in the region.',
    ]),
  );
  const labels = (question: string) => analyzeQuestion(question, engine).map((concept) => concept.label);

  test('GIVEN "how big" THEN the adjective asks for the size, which no passage need repeat', () => {
    expect(labels('How big is the Tokyo office going to be?')).not.toContain('big');
    expect(factAsked('how big is this office supposed to be')).toBe('count');
  });

  test('GIVEN the rule off THEN "big" is a word the answer must hold', () => {
    analysisRuleOff('sizeAsked', () => {
      expect(labels('How big is the Tokyo office going to be?')).toContain('big');
    });
  });
});

describe('analyzeQuestion: a run of capitals longer than the name the coverage writes', () => {
  const engine = createSearchEngine(
    corpusOf([
      'Tokyo plans to sign an Individually Tailored Partnership Program with the bloc before the summit.',
      'Japan and NATO want to deepen collaboration on cyber threats.',
    ]),
  );
  const labels = (question: string) => analyzeQuestion(question, engine).map((concept) => concept.label);
  const question = 'What is the Individually Tailored Partnership Program Japan wants to sign?';

  test('GIVEN a name the coverage writes, then a name of its own THEN they are two concepts', () => {
    expect(labels(question)).toEqual(expect.arrayContaining(['Individually Tailored Partnership Program', 'Japan']));
    // A run whose later word is no name of the coverage stays whole: it may be a name the coverage never mentions.
    expect(labels('What is the Individually Tailored Partnership Program Ukraine signed?')).toContain(
      'Individually Tailored Partnership Program Ukraine',
    );
  });

  test('GIVEN the rule off THEN the run is one name, which no passage writes', () => {
    analysisRuleOff('heldNamePrefix', () => {
      expect(labels(question)).toContain('Individually Tailored Partnership Program Japan');
    });
  });
});

describe('analyzeQuestion: persons counted with a noun the coverage never uses ("how many employees")', () => {
  const engine = createSearchEngine(
    corpusOf([
      'NATO wants a one-person station in Tokyo rather than a big regional base.',
      'Two officials attended the meeting in Brussels.',
    ]),
  );
  const person = termOf('person')?.stem ?? '';
  const counted = (question: string, label: string) =>
    analyzeQuestion(question, engine).find((concept) => concept.label === label);

  test('GIVEN a counted noun of people the coverage never uses THEN it is counted as persons, which a passage states', () => {
    expect(counted('How many employees would the station in Tokyo have?', 'employees')?.phrasings).toContainEqual([
      person,
    ]);
    expect(ask(engine, 'How many employees would the station in Tokyo have?').answered).toBe(true);
    // A counted noun the coverage uses is counted as itself.
    expect(counted('How many officials attended the meeting?', 'officials')?.phrasings).not.toContainEqual([person]);
  });

  test('GIVEN the rule off THEN the noun is one the coverage never mentions', () => {
    analysisRuleOff('countedPersonNouns', () => {
      expect(counted('How many employees would the station in Tokyo have?', 'employees')?.phrasings).not.toContainEqual(
        [person],
      );
      expect(ask(engine, 'How many employees would the station in Tokyo have?').answered).toBe(false);
    });
  });
});

describe('analyzeQuestion: a people named where the coverage names its country ("the Americans")', () => {
  const engine = createSearchEngine(
    corpusOf([
      'The purchases include up to 400 Tomahawk cruise missiles from the United States.',
      'South Korea declined to comment on the plan.',
    ]),
  );
  const concept = (question: string, label: string) =>
    analyzeQuestion(question, engine).find((each) => each.label === label);

  test('GIVEN "the Americans" THEN the country the coverage names stands in for them', () => {
    const americans = concept('How many Tomahawks is Japan buying from the Americans?', 'Americans');
    expect(americans?.absent).toBe(false);
    expect(americans?.phrasings).toContainEqual(['unit', 'state']);
  });

  test('GIVEN a place, not a people THEN it keeps to its own name ("in Seoul" is not South Korea)', () => {
    expect(concept("Who will pay for NATO's office in Seoul?", 'Seoul')?.absent).toBe(true);
  });

  test('GIVEN the rule off THEN "Americans" is a name the coverage never mentions', () => {
    analysisRuleOff('peoplesPlaceNames', () => {
      expect(concept('How many Tomahawks is Japan buying from the Americans?', 'Americans')?.absent).toBe(true);
    });
  });
});

describe('analyzeQuestion: whether something "ended up" happening', () => {
  const engine = createSearchEngine(
    corpusOf([
      'NATO is in talks to open a liaison office in Tokyo.',
      'If Tokyo ends up funding the station, it would mark a new phase.',
    ]),
  );
  const labels = (question: string) => analyzeQuestion(question, engine).map((concept) => concept.label);

  test('GIVEN "did ... end up opening" THEN only the opening is asked about', () => {
    expect(labels('did the nato office in tokyo end up opening')).not.toContain('end');
  });

  test('GIVEN "if ... ends up funding" THEN the case stated keeps its words', () => {
    expect(labels('why would it matter if tokyo ends up funding the office?')).toContain('ends');
  });

  test('GIVEN the rule off THEN "end" is a word the answer must hold', () => {
    analysisRuleOff('endUpDoing', () => {
      expect(labels('did the nato office in tokyo end up opening')).toContain('end');
    });
  });
});

describe('analyzeQuestion: a year bounding a time ("before 1939")', () => {
  const engine = createSearchEngine(
    corpusOf([
      'Putin said the West is building a new axis like the one created back in the 30s by the fascist regimes.',
      'The office was first proposed in 2023.',
    ]),
  );
  const concept = (question: string, label: string) =>
    analyzeQuestion(question, engine).find((each) => each.label === label);
  const question = 'Did Putin liken the West to the pacts struck before 1939?';

  test('GIVEN a year after "before" THEN it qualifies the time and vetoes nothing', () => {
    expect(concept(question, '1939')).toMatchObject({ absent: false, qualifier: true });
  });

  test('GIVEN a year asked as the date ("in 2019") THEN the coverage lacking it still vetoes', () => {
    expect(concept('Did the office open in 2019?', '2019')?.absent).toBe(true);
  });

  test('GIVEN the rule off THEN the year the coverage never mentions vetoes the question', () => {
    analysisRuleOff('yearBounds', () => {
      expect(concept(question, '1939')?.absent).toBe(true);
    });
  });
});

describe('analyzeQuestion: a made thing known only by its kind ("missile" where the coverage writes "arms")', () => {
  const engine = createSearchEngine(
    corpusOf(['Tokyo eyes a major arms buildup since World War II, intensifying tensions with China.']),
  );
  const concept = (question: string, label: string) =>
    analyzeQuestion(question, engine).find((each) => each.label === label);
  const unknown = (question: string, label: string) => {
    const found = concept(question, label);
    return found !== undefined && (found.vague || found.absent);
  };

  test.each([
    ['After Pyongyang fired a missile over Japan, what did Tokyo say?', 'missile'],
    ['Since Japan is buying cruise missiles, what did China say about them?', 'missiles'],
  ])(
    'GIVEN "%s" THEN "%s" is a word the coverage lacks, and is known by its kind with the rule off',
    (question, label) => {
      expect(unknown(question, label)).toBe(true);
      analysisRuleOff('madeThingsByKind', () => expect(unknown(question, label)).toBe(false));
    },
  );

  test('GIVEN a made thing before the noun it qualifies ("missile defence") THEN its kind still stands in', () => {
    expect(unknown('Will Japan and NATO build missile defence together?', 'missile')).toBe(false);
  });
});

describe('analyzeQuestion: a span measuring a deed against its past ("in nearly eighty years")', () => {
  const engine = createSearchEngine(
    corpusOf([
      'Tokyo eyes a major arms buildup since World War II, intensifying tensions with China.',
      'The office was first proposed in 2023.',
    ]),
  );
  const spanConcepts = (question: string) =>
    analyzeQuestion(question, engine).filter((concept) => /years|decades|1940s/i.test(concept.label));

  test.each([
    'Is Japan planning its biggest arms buildup in nearly eighty years?',
    'Is Tokyo arming on a scale not seen in many decades?',
    'Is Japan building more weapons than at any point since the 1940s?',
  ])('GIVEN "%s" THEN the span only qualifies, and with the rule off it is asked about', (question) => {
    // A decade the coverage names a war of stands for that war (decadeEvents): here the span alone is tested.
    analysisRuleOff('decadeEvents', () => {
      expect(spanConcepts(question).length).toBeGreaterThan(0);
      expect(spanConcepts(question).every((concept) => concept.qualifier && !concept.absent)).toBe(true);
      analysisRuleOff('spanBounds', () => {
        expect(spanConcepts(question).some((concept) => !concept.qualifier)).toBe(true);
      });
    });
  });

  test('GIVEN a span asked as the time ("over the last ten years") THEN it is asked about', () => {
    const question = 'How much has Japan raised its defence budget over the last ten years?';
    expect(spanConcepts(question).some((concept) => !concept.qualifier)).toBe(true);
  });
});

describe('analyzeQuestion: a year standing for the war it began or ended ("since 1945")', () => {
  const engine = createSearchEngine(
    corpusOf([
      'Tokyo eyes a major arms buildup since World War II, intensifying tensions with China.',
      'Putin said the West is forging alliances like those of the Axis powers prior to World War Two.',
      'Japan and NATO are seeking to increase collaboration in cyberspace.',
    ]),
  );
  const concept = (question: string, label: string) =>
    analyzeQuestion(question, engine).find((each) => each.label === label);

  test.each([
    ['Is Japan planning its biggest military expansion since 1945?', '1945', 'world war ii'],
    ['Did Putin liken the West to the pacts struck before 1939?', '1939', 'world war two'],
  ])(
    'GIVEN "%s" THEN %s is asked about as the war the coverage names ("%s"), and only qualifies with the rule off',
    (question, year, war) => {
      const asked = concept(question, year);
      expect(asked).toMatchObject({ absent: false, qualifier: false });
      expect(asked?.phrasings.map((phrasing) => phrasing.join(' '))).toContain(
        tokensOf(war)
          .map((token) => token.stem)
          .join(' '),
      );
      analysisRuleOff('yearEvents', () => expect(concept(question, year)).toMatchObject({ qualifier: true }));
    },
  );

  test('GIVEN "since 1945" THEN the passage naming World War II answers first, and not with the rule off', () => {
    const question = 'Is Japan planning its biggest military expansion since 1945?';
    const first = () => ask(engine, question, { limit: 1 }).passages[0]?.text ?? '';
    expect(first()).toContain('World War II');
    analysisRuleOff('yearEvents', () => expect(first()).not.toContain('World War II'));
  });

  test('GIVEN a year of a war the coverage never names ("since 1953") THEN it only qualifies', () => {
    expect(concept('Has Japan armed like this since 1953?', '1953')).toMatchObject({ qualifier: true });
  });

  test('GIVEN a decade ("since the 1940s") THEN it is asked about as the war in it, and not with the rule off', () => {
    const question = 'Is Japan rearming on a scale unseen since the 1940s?';
    const wars = () => concept(question, '1940s')?.phrasings.map((phrasing) => phrasing.join(' ')) ?? ([] as string[]);
    const war = tokensOf('world war ii')
      .map((token) => token.stem)
      .join(' ');
    expect(wars()).toContain(war);
    analysisRuleOff('decadeEvents', () => expect(wars()).not.toContain(war));
  });
});

describe('analyzeQuestion: a request about the answer after the question', () => {
  const engine = createSearchEngine(
    corpusOf(['Putin said the United States is creating new alliances, citing the Strategic Concept as proof.']),
  );
  const concept = (question: string, label: string) =>
    analyzeQuestion(question, engine).find((each) => each.label === label);
  const question = 'What did Putin cite as proof of new alliances? Gist is fine, no need for the exact quote.';

  test('GIVEN "Gist is fine, no need for the exact quote." after the question THEN its words qualify, and veto nothing', () => {
    expect(concept(question, 'Gist')).toMatchObject({ absent: false, qualifier: true });
    expect(concept('What did Putin cite? Thanks in advance, Marguerite.', 'Marguerite')?.absent).toBe(false);
  });

  test('GIVEN a second question after the first THEN its words are asked about', () => {
    expect(concept('What did Putin cite? And did Biden reply?', 'Biden')?.absent).toBe(true);
  });

  test('GIVEN the rule off THEN "Gist", a word the coverage lacks, vetoes the question', () => {
    analysisRuleOff('answerRequests', () => {
      expect(concept(question, 'Gist')?.absent).toBe(true);
    });
  });
});

describe('analyzeQuestion: a whole word standing for longer words of the coverage', () => {
  const engine = createSearchEngine(
    corpusOf([
      'The ministry said it would maintain its current stance on the office.',
      'Critics pointed to the eastward push of the alliance and to the military buildup.',
    ]),
  );
  const phrasings = (question: string, label: string) =>
    analyzeQuestion(question, engine)
      .find((each) => each.label === label)
      ?.phrasings.flat();

  test('GIVEN "east" and "build" THEN the coverage’s "eastward" and "buildup" (an ending of the root, a compound) stand in', () => {
    expect(phrasings('What did critics say about the push east?', 'east')).toContain('eastward');
    expect(phrasings('Is the military going to build?', 'build')).toContain('buildup');
  });

  test('GIVEN "main" THEN "maintain" does not stand in: "tain" is no ending of its root', () => {
    expect(phrasings('What is the main complaint of critics?', 'main')).not.toContain('maintain');
  });

  test('GIVEN the rule off THEN "maintain" stands in for "main"', () => {
    analysisRuleOff('wordExtensions', () => {
      expect(phrasings('What is the main complaint of critics?', 'main')).toContain('maintain');
    });
  });
});

describe('analyzeQuestion: the asker framing the question', () => {
  const engine = createSearchEngine(corpusOf(['Kim said the office would harm regional security.']));
  const qualifiers = (question: string) =>
    analyzeQuestion(question, engine)
      .filter((concept) => concept.qualifier)
      .map((concept) => concept.label);

  test.each([
    [
      'I seem to recall Kim said something about the office. Could you remind me what it was?',
      ['seem', 'recall', 'remind'],
    ],
    ['Do you happen to know what Kim said about the office?', ['happen']],
    ['I was wondering what Kim said about the office.', ['wondering']],
  ])('GIVEN %j THEN its framing words qualify: %j', (question, framing) => {
    expect(qualifiers(question)).toEqual(framing);
  });

  test.each([
    ['List the areas where Japan and NATO want to cooperate.', ['List']],
    ['Name the woman who spoke for the ministry.', ['Name']],
    ['Identify the official who spoke on the office.', ['Identify']],
  ])('GIVEN the command %j THEN its verb qualifies: %j', (question, framing) => {
    expect(qualifiers(question)).toEqual(framing);
  });

  test('GIVEN "Name of the spokeswoman?" THEN "Name" is asked about', () => {
    expect(qualifiers('Name of the spokeswoman who spoke on the office?')).toEqual([]);
  });

  test('GIVEN the command rule off THEN "List" is asked about', () => {
    analysisRuleOff('commandOpenings', () => {
      expect(qualifiers('List the areas where Japan and NATO want to cooperate.')).toEqual([]);
    });
  });

  test('GIVEN "Did Japan recall its ambassador?" THEN "recall" is what is asked', () => {
    expect(qualifiers('Did Japan recall its ambassador over the office?')).toEqual([]);
  });

  test('GIVEN the rule off THEN "seem" and "recall" are asked about', () => {
    analysisRuleOff('askerFrames', () => {
      expect(qualifiers('I seem to recall Kim said something about the office.')).toEqual([]);
    });
  });

  test('GIVEN the asker\'s purpose ("so I can introduce him correctly on air") THEN its words qualify, and not with the rule off', () => {
    const question = "What's Kim's exact affiliation, so I can introduce him correctly on air?";
    expect(qualifiers(question)).toEqual(expect.arrayContaining(['introduce', 'correctly']));
    analysisRuleOff('askerPurposes', () => expect(qualifiers(question)).not.toContain('introduce'));
  });

  // Blind set 130, written blind: a retired diplomat's "Who was it, if one may ask, that cast Asia as ...?".
  test.each([
    ['Who was it, if one may ask, that cast Asia as a place for joint endeavour?', ['one', 'may', 'ask']],
    ["What, if you don't mind my asking, did Putin say?", ['mind', 'asking']],
  ])('GIVEN "%s" (the asker asking leave) THEN %j qualify, and not with the rule off', (question, words) => {
    expect(qualifiers(question)).toEqual(expect.arrayContaining(words));
    analysisRuleOff('askerLeave', () => expect(qualifiers(question)).not.toContain(words.at(-1)));
  });

  test('GIVEN "if" opening a condition of the question THEN its words are asked about', () => {
    expect(qualifiers('Who would pay, if Japan may host the office?')).not.toContain('host');
  });
});

describe('analyzeQuestion: an everyday word is no shorthand of a stop word ("quit" / quite)', () => {
  const engine = createSearchEngine(
    corpusOf(['North Korea said Japan was turning into a base for NATO and warned of a new arms race in Asia.']),
  );
  const labels = (question: string) => analyzeQuestion(question, engine).map((concept) => concept.label);

  test('GIVEN "quit" and "sold", words the coverage never uses THEN each is asked about', () => {
    expect(labels('Why did Japan quit NATO?')).toContain('quit');
    expect(labels('What arms were sold to Japan?')).toContain('sold');
  });

  test('GIVEN a chat shorthand that is no everyday word ("abt") THEN it is still read as its stop word', () => {
    expect(labels('what did north korea say abt japan')).not.toContain('abt');
  });

  test('GIVEN the rule off THEN "quit" is read as "quite" and dropped', () => {
    analysisRuleOff('everydayWordsWhole', () => {
      expect(labels('Why did Japan quit NATO?')).not.toContain('quit');
    });
  });
});

describe('correctedSpelling: a word spelled as it sounds ("foto")', () => {
  const engine = createSearchEngine(
    corpusOf(['Kishida met Stoltenberg in Tokyo to discuss technology and cyber defence.']),
  );

  test('GIVEN "foto" and "teknology", in no dictionary THEN they are the everyday words "photo" and "technology"', () => {
    expect(correctedSpelling('who is in the foto', engine)).toBe('who is in the photo');
    expect(correctedSpelling('what did they say about teknology', engine)).toBe('what did they say about technology');
  });

  test('GIVEN a name inside a sentence typed with capitals THEN it is left as typed', () => {
    expect(correctedSpelling('What did Fotis say?', engine)).toBe('What did Fotis say?');
  });

  test('GIVEN the rule off THEN "foto" stays', () => {
    analysisRuleOff('soundAlikes', () => {
      expect(correctedSpelling('who is in the foto', engine)).toBe('who is in the foto');
    });
  });
});

describe('analyzeQuestion: an acronym of a country\'s name the coverage never writes ("the RF")', () => {
  const concept = (question: string, label: string, engine: SearchEngine) =>
    analyzeQuestion(question, engine).find((each) => each.label === label);

  test('GIVEN "the RF" over a coverage naming Russia THEN it is searched as Russia, and is a name the coverage never mentions with the rule off', () => {
    const engine = createSearchEngine(
      corpusOf(['The Strategic Concept described Russia as the most significant and direct threat to allies.']),
    );
    const rf = concept('How did the Strategic Concept characterise the RF?', 'RF', engine);
    expect(rf?.absent).toBe(false);
    expect(rf?.phrasings).toContainEqual(['russia']);
    analysisRuleOff('countryAcronyms', () =>
      expect(concept('How did the Strategic Concept characterise the RF?', 'RF', engine)?.absent).toBe(true),
    );
  });

  test('GIVEN "the RF" over a coverage naming Finland and Fiji but not Russia (each a "Republic of F...") THEN it stands for neither', () => {
    const engine = createSearchEngine(
      corpusOf(['Envoys from Finland and Fiji attended the talks on maritime security in Helsinki.']),
    );
    expect(concept('What did the RF envoy say?', 'RF', engine)?.absent).toBe(true);
  });
});

describe('analyzeQuestion: a verb of motion and its particle', () => {
  const engine = createSearchEngine(
    corpusOf([
      'The missile flew for 74 minutes before falling into the sea west of the island.',
      'Officials said they would return to the plan in July.',
    ]),
  );
  const stemsOf = (question: string) => analyzeQuestion(question, engine).map((concept) => concept.ownStems);
  /** The stems of the concepts a question is about, less those only qualifying it. */
  const topicsOf = (question: string) =>
    analyzeQuestion(question, engine)
      .filter((concept) => !concept.qualifier)
      .map((concept) => concept.ownStems);

  test('GIVEN "where did it come down?" THEN the phrase means its first sense, written "fall", and "come" only qualifies; with the rule off "come" is a topic', () => {
    const question = 'Where did the missile come down?';
    expect(topicsOf(question)).toContainEqual(['fall']);
    expect(topicsOf(question)).not.toContainEqual(['come']);
    analysisRuleOff('phrasalVerbs', () => {
      expect(topicsOf(question)).toContainEqual(['come']);
      expect(stemsOf(question)).not.toContainEqual(['fall']);
    });
  });

  test('GIVEN the verb with an object ("bring back the plan") THEN it is read word by word', () => {
    expect(topicsOf('Will they bring back the plan?')).toContainEqual(['bring']);
  });
});

describe('analyzeQuestion: an acronym of a state body the coverage never writes ("the DPRK MFA")', () => {
  const engine = createSearchEngine(
    corpusOf([
      'A spokeswoman for the Chinese Foreign Ministry urged regional countries to keep high vigilance.',
      'The North Korean Foreign Ministry said the alliance had entered a dangerous implementation phase.',
    ]),
  );
  const mfa = (question: string) => analyzeQuestion(question, engine).find((concept) => concept.label === 'MFA');

  test.each([
    'Who in the DPRK MFA warned of a dangerous implementation phase?',
    "Who at China's MFA urged high vigilance?",
  ])('GIVEN "%s" THEN the acronym qualifies and vetoes nothing; with the rule off it is absent', (question) => {
    expect(mfa(question)).toMatchObject({ absent: false, qualifier: true });
    analysisRuleOff('stateBodyAcronyms', () => expect(mfa(question)?.absent).toBe(true));
  });

  test('GIVEN a people\'s adjective before it ("the Chinese MFA") THEN the two are names apart and the acronym qualifies; with the rule off they are one name the coverage never mentions', () => {
    const question = 'Who at the Chinese MFA urged high vigilance?';
    expect(mfa(question)).toMatchObject({ absent: false, qualifier: true });
    analysisRuleOff('adjectiveBeforeAcronym', () => {
      expect(mfa(question)).toBeUndefined();
      expect(analyzeQuestion(question, engine).find((concept) => concept.label === 'Chinese MFA')?.absent).toBe(true);
    });
  });

  test.each(['Who at the MFA urged high vigilance?', "How did Japan's MFA reply to the North Korean statement?"])(
    'GIVEN "%s" (no state before it, or no who-question) THEN it stays a name the coverage never mentions',
    (question) => expect(mfa(question)?.absent).toBe(true),
  );
});

describe('analyzeQuestion: a phrasal verb\'s head made a noun ("in what setting")', () => {
  const engine = createSearchEngine(
    corpusOf([
      'NATO plans to open its first liaison office in Asia, in Tokyo.',
      'Mao Ning said so when addressed on the issue during a briefing on Thursday.',
    ]),
  );
  const phrasingsOf = (question: string, label: string) =>
    analyzeQuestion(question, engine)
      .find((concept) => concept.label === label)
      ?.phrasings.map((phrasing) => phrasing.join(' ')) ?? [];

  test('GIVEN "in what setting" THEN "setting" is not "set up" (no "open", "establish"), and is with the rule off', () => {
    const question = 'In what setting did the spokeswoman say it?';
    expect(phrasingsOf(question, 'setting')).not.toContain('open');
    analysisRuleOff('phrasalParticles', () => expect(phrasingsOf(question, 'setting')).toContain('open'));
  });

  test.each([
    ['Why does NATO want to set up a post in Tokyo?', 'set'],
    ['When is NATO setting up its Tokyo office?', 'setting'],
  ])('GIVEN "%s", the verb with its particle THEN it still stands for opening', (question, label) => {
    expect(phrasingsOf(question, label)).toContain('open');
  });
});
