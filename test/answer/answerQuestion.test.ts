import { beforeAll, describe, expect, test } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.ts';
import { FOLLOW_UP_RULES } from '../../src/answer/followUp.ts';
import { cutQuestion, MAX_QUESTION_CHARS, RANKING_RULES } from '../../src/search/ask.ts';
import { attributionOf, type Attribution } from '../../src/attribution/attribution.ts';
import { loadCorpus } from '../../src/corpus/loadCorpus.ts';
import { createSearchEngine, type SearchEngine } from '../../src/search/engine.ts';
import { SPEAKER_RULES } from '../../src/attribution/askWithSpeakers.ts';
import { withRuleOff } from '../ruleSwitch.ts';

const SEEDS = new URL('../../seeds/', import.meta.url).pathname;

describe('answerQuestion on the seeds', () => {
  let engine: SearchEngine;
  let attribution: Attribution;
  const answer = (question: string, options = {}) => answerQuestion(engine, question, options, attribution);

  beforeAll(async () => {
    engine = createSearchEngine(await loadCorpus(SEEDS));
    attribution = attributionOf(engine);
  });

  test('GIVEN "which department is he in?" after a question naming nobody THEN "he" is the person the earlier answer led with', () => {
    const context = 'Who is the North Korean official quoted about NATO and Japan?';
    for (const question of ['And which department is he in?', 'And in which department works he?']) {
      const followUp = answer(question, { context, limit: 3 });
      expect(followUp.passages[0]?.text).toContain('Japan Research Center, Kim Seol-hwa');
    }
    withRuleOff(FOLLOW_UP_RULES, 'earlierPerson', () => {
      const alone = answer('And which department is he in?', { context, limit: 3 });
      expect(alone.passages[0]?.text ?? '').not.toContain('Japan Research Center, Kim Seol-hwa');
    });
  });

  test('GIVEN "which department is he attached to?" THEN it asks his post as "which department is he in?" does, and not with the rule off', () => {
    const context = 'Who is the North Korean official quoted about the NATO office in Japan?';
    const question = 'And which department is he attached to? The reports seem a bit vague about his title.';
    const top = (text: string) =>
      answer(text, { context, limit: 3 })
        .passages.map((passage) => passage.text)
        .join('\n');
    expect(top(question)).toContain('Japan Research Center, Kim Seol-hwa');
    withRuleOff(SPEAKER_RULES, 'bodyJoined', () =>
      expect(top(question)).not.toContain('Japan Research Center, Kim Seol-hwa'),
    );
  });

  test.each(['And which unit of the ministry is he with?', 'And which part of the government does he work for?'])(
    'GIVEN "%s" (a part of a body, then him) THEN it asks his post, and not with the rule off',
    (question) => {
      const context = "Who at North Korea's foreign ministry spoke out against the NATO office plan?";
      const first = () => answer(question, { context, limit: 3 }).passages[0]?.text ?? '';
      expect(first()).toContain('Japan Research Center, Kim Seol-hwa');
      withRuleOff(SPEAKER_RULES, 'partOfBody', () =>
        expect(first()).not.toContain('Japan Research Center, Kim Seol-hwa'),
      );
    },
  );

  test.each(['Kim Seol-hwa is working in which department, what is his job?', 'Kim Seol-hwa serves in which unit?'])(
    'GIVEN "%s" (the question word where the answer would stand) THEN it asks his post, and not with the rule off',
    (question) => {
      const first = () => answer(question, { limit: 3 }).passages[0]?.text ?? '';
      expect(first()).toContain('Japan Research Center, Kim Seol-hwa');
      withRuleOff(SPEAKER_RULES, 'bodyAskedInPlace', () =>
        expect(first()).not.toContain('Japan Research Center, Kim Seol-hwa'),
      );
    },
  );

  test.each([
    ["What's his actual job title there?", "Who in Pyongyang's foreign ministry went after the NATO office plan?"],
    [
      'ok but which department is the guy from exactly',
      "what did north korea's foreign ministry say about the nato office",
    ],
  ])(
    'GIVEN "%s" after a question on a body ("%s") THEN "his", "the guy" is the person the earlier answer led with',
    (question, context) => {
      const introduced = 'Japan Research Center, Kim Seol-hwa';
      expect(answer(question, { context, limit: 3 }).passages[0]?.text).toContain(introduced);
      withRuleOff(FOLLOW_UP_RULES, 'postOfPerson', () => {
        expect(answer(question, { context, limit: 3 }).passages[0]?.text ?? '').not.toContain(introduced);
      });
    },
  );

  // Kim Seol-hwa is the one speaker all three outlets quote on the office; these are the statements they all carry.
  test('GIVEN "who said what about the Tokyo liaison office?" THEN the first page quotes Kim Seol-hwa’s central statements, carried by all three outlets', () => {
    const first = answer('who said what about the Tokyo liaison office?', { limit: 5 });
    expect(first.answered).toBe(true);
    expect(first.asksWho).toBe(true);
    expect(first.passages.length).toBeLessThanOrEqual(5);
    const text = first.passages.map((passage) => passage.text).join('\n');
    const central = [/open secret/, /dangerous implementation phase/, /unprecedented military collusion/].filter(
      (statement) => statement.test(text),
    );
    expect(central.length).toBeGreaterThanOrEqual(2);
    expect(first.speakers[0]?.speaker).toBe('Kim Seol-hwa');
    const outlets = new Set(first.passages.flatMap((passage) => passage.carriers.map((carrier) => carrier.outlet)));
    expect([...outlets]).toEqual(expect.arrayContaining(['RT', 'Asia-Pacific Research', 'Al Mayadeen English']));
  });

  test('GIVEN "What did Kim Seol-hwa say about the war in Ukraine?" THEN it is refused: the coverage quotes Kim, not on that', () => {
    const refused = answer('What did Kim Seol-hwa say about the war in Ukraine?');
    expect(refused.answered).toBe(false);
    expect(refused.passages).toEqual([]);
    expect(refused.reason).toMatch(/Kim Seol-hwa/);
  });

  // Half a name is not a name: "Korea" out of "South Korea" is not North Korea, "Kim" out of "Kim Jong Un" is not Kim
  // Seol-hwa; a title may still be cut off a name ("Foreign Minister Yoshimasa Hayashi").
  test.each([
    ['What did South Korea say?', 'South Korea'],
    ["What did Kim Jong Un say about NATO's plans?", 'Kim Jong Un'],
  ])('GIVEN %j THEN it is refused: the coverage quotes nobody as %j', (question, name) => {
    const refused = answer(question);
    expect(refused.answered).toBe(false);
    expect(refused.reason).toContain(`quotes nobody as “${name}”`);
  });

  // Typed without capitals, the speaker is looked for as if typed with them; the refusal names the words as typed.
  test.each([
    ["what did south korea's president say about the liaison office?", "south korea's president"],
    ["what did new zealand's prime minister say about the office?", "new zealand's prime minister"],
    ['What did kishida say about the liaison office?', 'kishida'],
    ["HOW DID THE SOUTH KOREAN PRESIDENT RESPOND TO PYONGYANG'S WARNING?", 'SOUTH KOREAN PRESIDENT'],
  ])(
    'GIVEN %j typed without capitals (or all in them) THEN it is refused as typed with them, naming %j (in any case)',
    (question, name) => {
      const refused = answer(question);
      expect(refused.answered).toBe(false);
      expect(refused.reason?.toLowerCase()).toContain(`quotes nobody as “${name.toLowerCase()}”`);
    },
  );

  test('GIVEN "what did the chinese foreign ministry say about nato" typed without capitals THEN the quoted speaker answers', () => {
    const answered = answer('what did the chinese foreign ministry say about nato', { limit: 3 });
    expect(answered.answered).toBe(true);
    expect(answered.askedSpeaker).toBe('Chinese Foreign Ministry');
  });

  // A "which" question can describe its speaker by role before a verb of communication (WordNet's verb.communication).
  test('GIVEN "Which South Korean minister praised the plan for a NATO office?" THEN it is refused: the coverage quotes no such minister', () => {
    const refused = answer('Which South Korean minister praised the plan for a NATO office?');
    expect(refused.answered).toBe(false);
    expect(refused.reason).toContain('quotes nobody as “South Korean minister”');
  });

  test('GIVEN "Which Chinese spokeswoman warned about NATO\'s foray into the Asia-Pacific?" THEN Mao Ning answers: the description fits a quoted speaker', () => {
    const answered = answer("Which Chinese spokeswoman warned about NATO's foray into the Asia-Pacific?", { limit: 3 });
    expect(answered.answered).toBe(true);
    expect(answered.passages.map((passage) => passage.text).join('\n')).toContain('eastward foray');
  });

  // Twelve words in a reader's own words share less of themselves with the passage than three do.
  test('GIVEN a long question reworded throughout THEN the passage it paraphrases answers it, where a flat floor would refuse it', () => {
    const question =
      'Which spokeswoman told reporters at a regular press event that the continent should be a land of partnership and prosperity instead of a contest between great powers?';
    const answered = answer(question, { limit: 3 });
    expect(answered.answered).toBe(true);
    expect(answered.passages[0]?.text).toContain('not a wrestling ground for geopolitical competition');
    RANKING_RULES.lengthFloor = false;
    try {
      expect(answer(question).answered).toBe(false);
    } finally {
      RANKING_RULES.lengthFloor = true;
    }
  });

  // An island is not the country it belongs to: WordNet's "Taiwan" is part of China, and one of its senses even
  // lists "China" as a synonym (the Republic of China); neither makes a passage about China answer for Taiwan.
  test('GIVEN "Did anyone mention Taiwan?" THEN it is refused, naming Taiwan', () => {
    const refused = answer('Did anyone mention Taiwan?');
    expect(refused.answered).toBe(false);
    expect(refused.reason).toContain('never mentions "Taiwan"');
  });

  // A government speaks through its officials and ministries; the whole subject ("the Chinese government") is not the topic.
  test.each([
    [
      'What did the Chinese government say about the office?',
      /Chinese Foreign Ministry|Mao/,
      /liaison office|in response to media reports/,
    ],
    ['What did the Russian government say about NATO?', /Russia|Putin/, /NATO/],
    ['What did the Japanese government say about the partnership?', /Hayashi/, /partnership/],
  ])('GIVEN %j THEN that country’s officials answer it', (question, speaker, text) => {
    const answered = answer(question, { limit: 3 });
    expect(answered.answered).toBe(true);
    expect(answered.passages[0]?.speakers.join(' ')).toMatch(speaker);
    expect(answered.passages[0]?.text).toMatch(text);
  });

  // A country as the subject is its officials: Japan's only quoted official never answers North Korea.
  test.each([
    "How did Japan respond to North Korea's accusations?",
    'How did Tokyo respond to North Korea?',
    "What was Japan's response to North Korea?",
  ])('GIVEN %j THEN it is refused: no Japanese official is quoted responding', (question) => {
    const refused = answer(question);
    expect(refused.answered).toBe(false);
    expect(refused.reason).toContain('Yoshimasa Hayashi, but not on that');
  });

  test('GIVEN "What did the US government say?" THEN it is refused: the coverage quotes no US official', () => {
    expect(answer('What did the US government say?').reason).toContain('quotes nobody as “US government”');
  });

  // "..., or was that another site?": the question allows an outlet it does not name; those that carry it answer.
  test('GIVEN "Did RT bring Putin\'s Axis comparison into its story, or was that another site?" THEN the site that did answers', () => {
    const question = "Did RT bring Putin's Axis comparison into its story, or was that another site?";
    const answered = answer(question);
    expect(answered.answered).toBe(true);
    expect(answered.passages[0]?.carriers.map((carrier) => carrier.outlet)).toEqual(['Asia-Pacific Research']);
    expect(answered.passages[0]?.text).toContain('reminiscent of those forged by');
    // Asked of RT alone, RT carries nothing on it; with the rule off, neither does the question allowing another site.
    expect(answer("Did RT bring Putin's Axis comparison into its story?").reason).toContain(
      'from RT: it carries nothing',
    );
    withRuleOff(RANKING_RULES, 'otherOutletAsked', () => expect(answer(question).answered).toBe(false));
  });

  // The outlet filter holds on every route, the named-speaker one included.
  test.each([
    ['What did Kim Seol-hwa say?', 'BBC', 'No outlet called "BBC" is in the coverage.'],
    ['What did Putin say?', 'RT', 'Nothing in the coverage answers that from RT: it carries nothing on it.'],
  ])('GIVEN %j with the outlet %j THEN it is refused: %j', (question, outlet, reason) => {
    const refused = answer(question, { outlet });
    expect(refused.answered).toBe(false);
    expect(refused.passages).toEqual([]);
    expect(refused.reason).toBe(reason);
  });

  // "About the liaison office in Tokyo": the office is what the speaker must have spoken about; Putin's passages only
  // mention Japan. And a role after a name ("the Chinese ambassador") that no Chinese speaker has is someone else.
  test.each([
    ['What did Putin say about the liaison office in Tokyo?', 'The coverage quotes Vladimir Putin, but not on that.'],
    ['What did the Chinese ambassador to Japan say?', 'quotes nobody as “Chinese ambassador to Japan”'],
  ])('GIVEN %j THEN it is refused: %j', (question, reason) => {
    const refused = answer(question);
    expect(refused.answered).toBe(false);
    expect(refused.reason).toContain(reason);
  });

  test('GIVEN "What did Kim Seol-hwa say about NATO\'s plans in Asia?" THEN his statements on them answer', () => {
    const answered = answer("What did Kim Seol-hwa say about NATO's plans in Asia?", { limit: 3 });
    expect(answered.answered).toBe(true);
    expect(answered.passages[0]?.speakers).toContain('Kim Seol-hwa');
  });

  // A response names what it responds to: China's Foreign Ministry spoke "in response to media reports"; nothing
  // NATO's people said refers to North Korea's words.
  test('GIVEN "How did China react to the reports of a NATO office in Tokyo?" THEN the Foreign Ministry\'s response answers', () => {
    const reacted = answer('How did China react to the reports of a NATO office in Tokyo?', { limit: 3 });
    expect(reacted.passages.map((passage) => passage.text).join('\n')).toContain('in response to media reports');
  });

  test('GIVEN "How did NATO respond to North Korea\'s accusations?" THEN it is refused: NATO is quoted, never answering them', () => {
    expect(answer("How did NATO respond to North Korea's accusations?").answered).toBe(false);
  });

  test('GIVEN "What did Japanese Foreign Minister Yoshimasa Hayashi say?" THEN it is read as a question about Hayashi', () => {
    expect(answer('What did Japanese Foreign Minister Yoshimasa Hayashi say about the partnership?').askedSpeaker).toBe(
      'Yoshimasa Hayashi',
    );
  });

  test('GIVEN "What did Joe Biden say about the NATO office?" THEN it is refused: the coverage quotes nobody as Joe Biden (a caption shows him; nobody quotes him)', () => {
    const refused = answer('What did Joe Biden say about the NATO office?');
    expect(refused.answered).toBe(false);
    expect(refused.passages).toEqual([]);
    expect(refused.reason).toMatch(/quotes nobody as “Joe Biden”/);
  });

  test('GIVEN "Did he say anything about Moscow’s own ties with Beijing?" after a question about Putin THEN the passage on Moscow and Beijing not forming a military bloc answers', () => {
    const followUp = answer("Did he say anything about Moscow's own ties with Beijing?", {
      context: 'What did Putin say about Western countries forming new alliances?',
    });
    expect(followUp.answered).toBe(true);
    expect(followUp.question).toBe("Did he say anything about Moscow's own ties with Beijing?");
    expect(followUp.passages[0]?.text).toMatch(/dismissed claims that Moscow and Beijing are forming a military bloc/);
    expect(followUp.askedSpeaker).toMatch(/Putin/);
  });

  test('GIVEN "when was that?" alone THEN there is nothing to search for; after "When did Stoltenberg meet Hayashi?" THEN the Brussels meeting on April 4 answers', () => {
    expect(answer('when was that?').answered).toBe(false);
    const followUp = answer('when was that?', { context: 'When did Stoltenberg meet Hayashi?' });
    expect(followUp.passages[0]?.text).toMatch(/Brussels on April 4/);
  });

  test('GIVEN "which countries did Putin liken the new alliances to?" THEN his words naming them answer, though they do not name him', () => {
    const found = answer('which countries did Putin liken the new Western alliances to?');
    expect(found.askedSpeaker).toBe('Vladimir Putin');
    expect(
      found.passages
        .slice(0, 3)
        .map((passage) => passage.text)
        .join('\n'),
    ).toContain('fascist regimes in Germany and Italy, and militaristic Japan');
  });

  test('GIVEN "who said that?" after a question on what a country said THEN the person speaking in that answer, introduced with their post', () => {
    const followUp = answer('hmm, who actually said that?', {
      context: 'What did Pyongyang say about the liaison office?',
    });
    expect(followUp.answered).toBe(true);
    expect(followUp.speakers[0]?.speaker).toBe('Kim Seol-hwa');
    expect(followUp.passages[0]?.text).toMatch(/an official with the Foreign Ministry.s Japan Research Center/);
  });

  test('GIVEN "who said that the US ..." after another question THEN "that" opens what was said: it is asked alone', () => {
    const asked = answer('Who said that Asia is an anchor for peace?', {
      context: 'What did Pyongyang say about the liaison office?',
    });
    expect(asked.speakers[0]?.speaker).toBe('Mao Ning');
  });

  test('GIVEN a printed field question THEN it is answered from what the article prints, not from the passages', () => {
    const printed = answer('When was the Al Mayadeen article published?');
    expect(printed.passages.map((passage) => passage.text)).toEqual(['Date as printed: 16 May 2023 12:37']);
    expect(printed.speakers).toEqual([]);
  });

  test('GIVEN a question asking what one outlet has that another lacks THEN no passage is carried by the outlet that lacks it', () => {
    const difference = answer('What does Al Mayadeen report that is not in RT?', { limit: 10 });
    expect(difference.answered).toBe(true);
    for (const passage of difference.passages)
      expect(passage.carriers.map((carrier) => carrier.outlet)).not.toContain('RT');
    expect(difference.passages.some((passage) => /Tokyo eyes a major arms buildup/.test(passage.text))).toBe(true);
  });

  test('GIVEN a question longer than the limit THEN it is answered from its first 1,000 characters, and the question is returned as asked', () => {
    const long = `What did Mao Ning say about NATO? ${'x '.repeat(2000)}`;
    const answered = answer(long);
    expect(answered.question).toBe(long);
    expect(answered.passages.some((passage) => /Mao|Asia is an anchor/.test(passage.text))).toBe(true);
  });

  test('GIVEN "Compared with RT and Al Mayadeen, which version also covers ...?" THEN the answer is from the outlet not set aside', () => {
    const other = answer(
      'Compared with RT and Al Mayadeen, which version also covers how China and Russia reacted to NATO moving into Asia?',
      { limit: 3 },
    );
    expect(other.answered).toBe(true);
    expect(other.passages[0]?.carriers.map((carrier) => carrier.outlet)).toEqual(['Asia-Pacific Research']);
    expect(other.passages[0]?.text).toMatch(/Russia, which strongly opposes NATO|China has also denounced/);
  });

  test.each([
    [
      "RT and Asia-Pacific Research leave out Stoltenberg's call for unity with Japan. Which outlet carries it?",
      ['Al Mayadeen English'],
    ],
    ['Al Mayadeen does not mention the delegation Japan hosted. Which outlets do?', ['RT', 'Asia-Pacific Research']],
  ])('GIVEN outlets said to leave something out ("%s") THEN the answer is from the others', (question, outlets) => {
    const other = answer(question, { limit: 3 });
    expect(other.answered).toBe(true);
    expect(other.passages[0]?.carriers.map((carrier) => carrier.outlet).sort()).toEqual([...outlets].sort());
  });
  test('GIVEN "which pieces credit the Japanese business site for the description of the office" (crediting what no credit line names) THEN the passages attributing it answer, not the printed credits', () => {
    const credited = answer(
      'Which of the three pieces credit the Japanese business website for the description of the office?',
      { limit: 3 },
    );
    expect(credited.passages[0]?.printed).toBeUndefined();
    expect(credited.passages.some((passage) => /Nikkei Asia/.test(passage.text))).toBe(true);
    expect(answer('What source does Asia-Pacific Research credit?').passages[0]?.text).toBe(
      'Credits: The original source of this article is Countercurrents',
    );
  });
});

describe('cutQuestion', () => {
  test('GIVEN a question within the limit THEN it is kept whole', () => {
    expect(cutQuestion('What did Mao Ning say?')).toBe('What did Mao Ning say?');
  });

  test('GIVEN a question past the limit THEN it is cut at the last word boundary within it, never inside a word', () => {
    const question = `${'a '.repeat(498)}NATO office`;
    expect(question.length).toBeGreaterThan(MAX_QUESTION_CHARS);
    const cut = cutQuestion(question);
    expect(cut.length).toBeLessThanOrEqual(MAX_QUESTION_CHARS);
    expect(cut.endsWith('NATO')).toBe(true);
  });

  test('GIVEN one word longer than the limit THEN it is cut at the limit', () => {
    expect(cutQuestion('x'.repeat(5000))).toHaveLength(MAX_QUESTION_CHARS);
  });
});

describe('answerQuestion on pages that quote unnamed sources', () => {
  // Two invented pages: a wire story quoting "a NATO spokesperson" and a report quoting "two officials" in Seoul.
  let engine: SearchEngine;
  beforeAll(async () => {
    const { buildCorpus } = await import('../../src/corpus/loadCorpus.ts');
    engine = createSearchEngine(
      await buildCorpus([
        {
          name: 'wire.md',
          format: 'text',
          text: '---\noutlet: Harbour Wire\ntitle: Alliance eyes Tokyo post\n---\n\nJapan and the alliance are in talks to open a liaison office in Tokyo, two sources said on Wednesday.\n\nA NATO spokesperson said the alliance does not comment on speculation about new offices.\n',
        },
        {
          name: 'seoul.md',
          format: 'text',
          text: '---\noutlet: Morning Harbour\ntitle: Seoul studies the plan\n---\n\nSouth Korea is studying whether to join regular consultations from the new office, two officials said on Thursday.\n\nThe officials said no decision had been taken and that Seoul would first discuss the plan with Washington.\n',
        },
      ]),
    );
  });

  test.each([
    ['What did the NATO spokesperson say?', 'does not comment on speculation'],
    ['What did Seoul officials say about the plan?', 'no decision had been taken'],
  ])('GIVEN %j THEN the unnamed source answers, not a refusal that nobody is quoted', (question, text) => {
    const answered = answerQuestion(engine, question, { limit: 3 });
    expect(answered.answered).toBe(true);
    expect(answered.passages.map((passage) => passage.text).join('\n')).toContain(text);
  });

  test('GIVEN "What did the US ambassador say?" THEN it is still refused: no passage has an ambassador speaking', () => {
    expect(answerQuestion(engine, 'What did the US ambassador say?').reason).toContain('quotes nobody as');
  });
});
