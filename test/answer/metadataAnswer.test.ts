import { beforeAll, describe, expect, test } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.ts';
import {
  METADATA_ANSWER_RULES,
  printedAnswer,
  printedFieldAsked,
  type PrintedField,
} from '../../src/answer/metadataAnswer.ts';
import { METADATA_RULES } from '../../src/corpus/extractMetadata.ts';
import { loadCorpus } from '../../src/corpus/loadCorpus.ts';
import { createSearchEngine, type SearchEngine } from '../../src/search/engine.ts';
import { withRuleOff, withRuleOffAsync } from '../ruleSwitch.ts';

const SEEDS = new URL('../../seeds/', import.meta.url).pathname;

describe('printedFieldAsked', () => {
  test.each<[string, PrintedField]>([
    ['What is the headline of the RT article?', 'headline'],
    ['How was the Al Mayadeen story titled?', 'headline'],
    ['When was the Al Mayadeen article published?', 'dateline'],
    ['What date and time does Al Mayadeen print?', 'dateline'],
    ['Which timestamp is on the Al Mayadeen piece?', 'dateline'],
    ['when did the RT piece go live?', 'dateline'],
    ['For my catalogue: on what date did Asia-Pacific Research repost the Countercurrents piece?', 'dateline'],
    // Keywords, no question word: the date beside a piece named as one.
    ['global research repost date asia-pacific research', 'dateline'],
    ['I need the publication date to cite the Global Research version. Is it the same as the original?', 'dateline'],
    ['hed on the Al Mayadeen piece?', 'headline'],
    // What tops the page: the headline, where the page prints no other line above the body.
    ["What's the one-line summary printed above the RT article?", 'headline'],
    ['What is the standfirst of the RT article?', 'headline'],
    ['What banner did the Moscow-backed broadcaster hoist above its dispatch?', 'headline'],
    ['What provenance does the Asia-Pacific Research page state for the article?', 'credit'],
    ['rt article date', 'dateline'],
    ['When did Al Mayadeen put its story up?', 'dateline'],
    ['When did the Nikkei report come out?', 'dateline'],
    ['Was the RT article dated the 16th of May?', 'dateline'],
    ['Who wrote the Asia-Pacific Research article?', 'byline'],
    // The piece named after its outlet is the page: "the author of the statement" is who made the statement.
    ['Who is the author of the Asia-Pacific Research piece?', 'byline'],
    ['Which reporter filed the RT story?', 'byline'],
    // Not the writer's own view: the writer's name.
    ["Who is the newsletter's author?", 'byline'],
    ['What does the photo caption say?', 'caption'],
    ['Which outlet has pictures of the summit?', 'caption'],
    ['Where is the main picture on the repost credited from?', 'caption'],
    // Image words come before "credit": a credit for an image is a caption.
    ['Who is credited for the featured image?', 'caption'],
    ['What is the original source of the Asia-Pacific Research article?', 'credit'],
    ['Which outlet republished the RT story?', 'credit'],
    ['Which subheadings does Asia-Pacific Research use?', 'section'],
    ['Under which heading does the Nikkei report appear?', 'section'],
    ['What did RT headline its story with?', 'headline'],
    ['Which words headed the Al Mayadeen article?', 'headline'],
  ])('GIVEN "%s" THEN it asks for the %s', (question, field) => {
    expect(printedFieldAsked(question)).toBe(field);
  });

  test.each([
    // "headed" as "led": the delegation's head, not a headline.
    'Who headed the NATO military delegation that went to Japan in late April?',
    // What the authors think is what the article says, not who wrote it.
    'How do the authors expect NATO ties with Asian partners to grow from here?',
    'According to the reporters, why did Paris object?',
    'What does the Harwell author want Tokyo and Washington to announce at the next 2+2?',
    // The writer as the one something suggests itself to: what the post says.
    "What did the speed of Beijing's reply suggest to the newsletter's author?",
    // A co-author in the story: not who wrote the page.
    "What warning did the professor's doctoral co-author give about Japan?",
    // A reporter in the story, spoken to or quoting: not who wrote the page.
    'What security aid from Tokyo was mentioned in reply to the Japanese wire reporter?',
    "Why is Tokyo paying close attention, according to the broadcaster's Taipei correspondent?",
    // A picture word after a content word is a figure of speech, no image.
    "Who said that in today's complicated security picture, ties with like-minded partners matter more?",
    "What's the bigger picture for Japan?",
    // Putting up an office is no publishing: no article is named.
    'When did NATO put up a liaison office?',
    // A creditor is no credit line.
    "According to The Ceylon Sentinel, which countries lead Sri Lanka's official creditor committee?",
    // Credited with a deed or a phrase: who said or did it, as the articles tell.
    'Which government is credited with having branded the Quad an Asian NATO?',
    'Do the outlets credit Beijing with the phrase?',
    // Keywords for the date of something reported, not of a piece.
    'nato tokyo office opening date',
  ])('GIVEN "%s" THEN it asks for no printed field', (question) => {
    expect(printedFieldAsked(question)).toBeNull();
  });

  test('GIVEN the rule off THEN "the author of the Asia-Pacific Research piece" reads as the author of something said', () => {
    withRuleOff(METADATA_ANSWER_RULES, 'pieceAfterName', () =>
      expect(printedFieldAsked('Who is the author of the Asia-Pacific Research piece?')).toBeNull(),
    );
    expect(printedFieldAsked('Who is the author of the statement on the Tokyo office?')).toBeNull();
  });

  test.each([
    "What is the writer's prediction for NATO and Japan at the Washington summit?",
    "What is the author's forecast for the office at the summit?",
  ])(
    'GIVEN "%s", what the writer holds THEN no printed field is asked, and the writer is with the rule off',
    (question) => {
      expect(printedFieldAsked(question)).toBeNull();
      withRuleOff(METADATA_ANSWER_RULES, 'writersPossessive', () => expect(printedFieldAsked(question)).toBe('byline'));
      // The writer's name is still the field.
      expect(printedFieldAsked("What is the writer's name on the RT story?")).toBe('byline');
    },
  );

  test.each(['whats the sub heading at the top of the rt peace', 'What subheading is on top of the RT story?'])(
    'GIVEN "%s", a subheading on top of the page THEN the line topping it is asked, and a heading inside the body with the rule off',
    (question) => {
      expect(printedFieldAsked(question)).toBe('headline');
      withRuleOff(METADATA_ANSWER_RULES, 'subheadingOnTop', () => expect(printedFieldAsked(question)).toBe('section'));
      // A subheading asked with no place on the page is still a heading inside the body.
      expect(printedFieldAsked('What sub headings does the Al Mayadeen article use?')).toBe('section');
    },
  );

  test.each([
    'Does the analyst think the headline number hides how little is new?',
    'What had the envoy told the author about the base talks?',
    'Why does the Sydney correspondent oppose the submarine deal?',
  ])(
    'GIVEN "%s", a field\'s word in prose THEN no printed field is asked, and one is with the rule off',
    (question) => {
      expect(printedFieldAsked(question)).toBeNull();
      // "told the author" is a writer spoken to as well (toldAnyWriter).
      withRuleOff(METADATA_ANSWER_RULES, 'fieldWordsInProse', () =>
        withRuleOff(METADATA_ANSWER_RULES, 'toldAnyWriter', () => expect(printedFieldAsked(question)).not.toBeNull()),
      );
      // The field asked for itself still is.
      expect(printedFieldAsked('Which correspondent wrote the Al Mayadeen story?')).toBe('byline');
    },
  );

  test.each([
    "What had a senior NATO diplomat reportedly told a wire-service reporter about allies' views on the Tokyo office?",
    'Which envoy told a correspondent about the base talks?',
  ])(
    'GIVEN "%s", a writer spoken to by any determiner THEN no printed field is asked, and the byline is with the rule off',
    (question) => {
      expect(printedFieldAsked(question)).toBeNull();
      withRuleOff(METADATA_ANSWER_RULES, 'toldAnyWriter', () => expect(printedFieldAsked(question)).toBe('byline'));
      // The field asked for itself still is.
      expect(printedFieldAsked('Which correspondent wrote the Al Mayadeen story?')).toBe('byline');
    },
  );

  // A date asked of the piece itself, of the piece as the outlet's own, and with "when" in the order of a statement.
  test.each([
    ['On what date did Asia-Pacific Research run its version of the Countercurrents piece?', 'pieceDated'],
    ['What date is on their version?', 'pieceDated'],
    ['When did Al Mayadeen carry its article on the office?', 'pieceDated'],
    ['when exactly did al mayadeen put theirs up? time too if its there', 'pieceAsTheirs'],
    ['When did the Global Research site run theirs?', 'pieceAsTheirs'],
    [
      'When the Countercurrents article was first published, and when Asia-Pacific Research did republish it?',
      'statementOrder',
    ],
    ['when the RT story got posted?', 'statementOrder'],
    ['What date does the Asia-Pacific Research repost carry?', 'pieceBearsDate'],
    ['Which date did the RT article show?', 'pieceBearsDate'],
    ['Which appeared first, the Countercurrents original or the Asia-Pacific Research repost?', 'piecesInOrder'],
    ['which version came out first, RT or Al Mayadeen?', 'piecesInOrder'],
    ['when it was publish?', 'baseFormPublished'],
    ['When the Countercurrents article was first print?', 'baseFormPublished'],
    ['Which day and hour the Al Mayadeen article was published?', 'timeOfPublishing'],
    ['At what hour was the RT story posted?', 'timeOfPublishing'],
  ] as const)('GIVEN "%s" THEN it asks for the date printed, and for none with %s off', (question, rule) => {
    expect(printedFieldAsked(question)).toBe('dateline');
    withRuleOff(METADATA_ANSWER_RULES, rule, () => expect(printedFieldAsked(question)).toBeNull());
  });

  test.each([
    'Where did the Global Research repost originally come from, and when did the original appear?',
    'where does the asia-pacific research article come from',
    'Where did the repost first appear?',
  ])('GIVEN "%s" (a piece\'s origin) THEN it asks for the credit, and for none with the rule off', (question) => {
    expect(printedFieldAsked(question)).toBe('credit');
    withRuleOff(METADATA_ANSWER_RULES, 'pieceOrigin', () => expect(printedFieldAsked(question)).not.toBe('credit'));
  });

  test.each([
    // Blind set 130, written blind: where a page took its piece.
    ['piecesTaken', 'From which publication did Asia-Pacific Research take the piece?'],
    ['piecesTaken', 'Where did Asia-Pacific Research get the article from?'],
    ['piecesTaken', 'Which site did the repost lift its text from?'],
    // Blind set 132: a page said to repeat a piece.
    ['repostingPages', 'Asia-Pacific Research is reposting this, right? Where did it first appear?'],
    ['repostingPages', "Asia-Pacific Research is republishing this, isn't it? Where did it originally come from?"],
  ] as const)('GIVEN (%s) "%s" THEN it asks for the credit, and for none with the rule off', (rule, question) => {
    expect(printedFieldAsked(question)).toBe('credit');
    withRuleOff(METADATA_ANSWER_RULES, rule, () => expect(printedFieldAsked(question)).toBeNull());
  });

  test("GIVEN where a speaker's remarks first appeared, no page said to repeat them THEN no credit is asked", () => {
    expect(printedFieldAsked("Where did Kim's remarks first appear?")).toBeNull();
  });

  test('GIVEN where a speaker got an idea from, no piece named THEN no credit is asked', () => {
    expect(printedFieldAsked('From which report did Kim take the claim about the office?')).toBeNull();
    expect(printedFieldAsked('Where did Kim get the idea from?')).toBeNull();
  });

  test("GIVEN where a speaker's words came from, no piece named THEN no credit is asked", () => {
    expect(printedFieldAsked('Where did the open secret remark come from?')).toBeNull();
  });

  test('GIVEN an order of events asked, no piece named THEN no date of the page is asked', () => {
    expect(printedFieldAsked('Which came first, the Brussels meeting or the KCNA statement?')).toBeNull();
  });

  test('GIVEN a day asked of something other than a page published ("the Tokyo post") THEN no date of the page is asked', () => {
    expect(printedFieldAsked('On what day will the Tokyo post open?')).toBeNull();
    expect(printedFieldAsked('At what time did Kim speak?')).toBeNull();
    // An agency putting out statements, in the active voice, is no page published.
    expect(printedFieldAsked('And in what day of the week it published them?')).toBeNull();
  });

  test('GIVEN "when" before a clause of something else done THEN no date of the page is asked', () => {
    expect(printedFieldAsked('When the office opens, who will staff it?')).toBeNull();
    expect(printedFieldAsked('When the plan was announced, what did Beijing say?')).toBeNull();
  });

  test.each([
    "What is Kim Seol-hwa's job title?",
    'Who called it an open secret? Need name and title.',
    "NK FM official w/ the 'open secret' line — name + title?",
    'Who urged vigilance? name/title pls',
    'What title does Kim Seol-hwa hold?',
  ])('GIVEN "%s" (a person\'s title) THEN it asks for no headline, and for one with the rule off', (question) => {
    expect(printedFieldAsked(question)).toBeNull();
    withRuleOff(METADATA_ANSWER_RULES, 'personsTitle', () => expect(printedFieldAsked(question)).toBe('headline'));
  });

  test('GIVEN "his formal title" in a question naming outlets THEN it is the person\'s title, and a headline with the rule off', () => {
    const question = 'Which outlets refer to Fumio Kishida by his formal title of Prime Minister?';
    expect(printedFieldAsked(question)).toBeNull();
    withRuleOff(METADATA_ANSWER_RULES, 'pronounTitles', () => expect(printedFieldAsked(question)).toBe('headline'));
    // A page's title is still its headline.
    expect(printedFieldAsked('What was the title of the RT article?')).toBe('headline');
  });

  test.each([
    'What was the title of the RT article?',
    'What title did RT use?',
    "What's the exact title Al Mayadeen ran?",
  ])('GIVEN "%s" (a page\'s title) THEN it asks for the headline', (question) =>
    expect(printedFieldAsked(question)).toBe('headline'),
  );

  test.each(['When did NATO put up its office in Tokyo?', 'What date is on the agenda of the summit?'])(
    'GIVEN "%s" (no piece of an outlet) THEN it asks for no printed field',
    (question) => expect(printedFieldAsked(question)).toBeNull(),
  );

  // "repost" as a noun names the article; asking what it leaves out is not asking for its credits.
  test('GIVEN "Looking at the Asia-Pacific Research repost, which material is absent from Al Mayadeen\'s article?" THEN it asks for no printed field', () => {
    expect(
      printedFieldAsked(
        "Looking at the Asia-Pacific Research repost, which material is absent from Al Mayadeen's article?",
      ),
    ).toBeNull();
  });

  test.each([
    "in the writer's view, which side would benefit more from a liaison office in Tokyo",
    'What does the author argue Japan gains, according to the writer?',
    'What did Mao Ning say about NATO?',
    'When did Stoltenberg meet Hayashi?',
    'When will the NATO liaison office open?',
    'Who said that Japan must fund the mission?',
    'What did Kim Seol-hwa say about the liaison office?',
  ])('GIVEN "%s", about what the articles say THEN it asks for no printed field', (question) => {
    expect(printedFieldAsked(question)).toBeNull();
  });
});

describe('printedAnswer on the seeds', () => {
  let engine: SearchEngine;
  const answer = (question: string) => {
    const field = printedFieldAsked(question);
    if (!field) throw new Error(`"${question}" asks for no printed field`);
    return printedAnswer(engine, question, field);
  };

  beforeAll(async () => {
    engine = createSearchEngine(await loadCorpus(SEEDS));
  });

  // What each article prints about itself, read from the seeds.
  test.each([
    ['When was the Al Mayadeen article published?', 'Date as printed: 16 May 2023 12:37', 'Al Mayadeen English'],
    // The whole line the date is printed on, as a reader quotes it.
    [
      'When did Asia-Pacific Research put the article up?',
      'Date as printed: Asia-Pacific Research, May 18, 2023',
      'Asia-Pacific Research',
    ],
    [
      'What is the headline of the Asia-Pacific Research article?',
      'Headline: NATO Is Creeping Into Asia, Warns North Korea',
      'Asia-Pacific Research',
    ],
    [
      'What is the headline of the RT article?',
      'Headline: The DPRK slammed Tokyo’s plans to open the first Asia-based liaison office for the US-led military bloc',
      'RT',
    ],
    ['Who wrote the Asia-Pacific Research article?', 'Byline: by Countercurrents.org', 'Asia-Pacific Research'],
    // A verb asking what the page gives for the credit names no topic.
    [
      'What provenance does the Asia-Pacific Research page state for the article?',
      'Credits: The original source of this article is Countercurrents',
      'Asia-Pacific Research',
    ],
    [
      'Where is the featured image in the Asia-Pacific Research article from?',
      'Caption: Featured image is from Asia Media International',
      'Asia-Pacific Research',
    ],
  ])('GIVEN "%s" THEN "%s", cited with %s', (question, text, outlet) => {
    const printed = answer(question);
    expect(printed.answered).toBe(true);
    expect(printed.passages[0]?.text).toBe(text);
    expect(printed.passages[0]?.carriers.map((carrier) => carrier.outlet)).toEqual([outlet]);
    expect(printed.sources.map((source) => source.outlet)).toEqual([outlet]);
  });

  test.each([
    'Does the Asia-Pacific Research page say where the piece was first published?',
    'Where was the Asia-Pacific Research article first published?',
  ])(
    'GIVEN "%s" (a named page\'s origin) THEN its credit line answers, and none names a topic with the rule off',
    (question) => {
      const credit = 'Credits: The original source of this article is Countercurrents';
      expect(answer(question).passages[0]?.text).toBe(credit);
      withRuleOff(METADATA_ANSWER_RULES, 'originWords', () => expect(answer(question).answered).toBe(false));
    },
  );

  test('GIVEN "which publication does the page name as the original source?" THEN its credit line answers, and "name" is a topic no credit names with the rule off', () => {
    const question = 'Which publication does the Asia-Pacific Research page name as the original source of the piece?';
    expect(answer(question).passages[0]?.text).toBe('Credits: The original source of this article is Countercurrents');
    withRuleOff(METADATA_ANSWER_RULES, 'namingVerbs', () =>
      expect(answer(question).reason).toBe('No credit line the coverage prints names that.'),
    );
  });

  test('GIVEN where "that report" came from, no page named THEN no credit line answers (the report the story cites)', () => {
    expect(answer('where did that report come from').answered).toBe(false);
  });

  test('GIVEN a question about an image credit naming no outlet THEN the caption credit matching it comes first, cited with its outlet', () => {
    const printed = answer('Who is credited for the featured image?');
    expect(printed.passages[0]?.text).toMatch(/Featured image is from Asia Media International/);
    expect(printed.passages[0]?.carriers[0]?.outlet).toBe('Asia-Pacific Research');
  });

  test('GIVEN a question about the credits of one outlet THEN the caption credit is among them', () => {
    const printed = answer('What credits does the Asia-Pacific Research article give?');
    expect(printed.passages.map((passage) => passage.text)).toContain(
      'Credits: Featured image is from Asia Media International',
    );
  });

  test.each(['RT', 'Asia-Pacific Research', 'Al Mayadeen English'])(
    'GIVEN a headline question naming %s THEN every entry is cited with that outlet only',
    (outlet) => {
      const printed = answer(`What is the headline of the ${outlet} article?`);
      expect(printed.passages).toHaveLength(1);
      for (const passage of printed.passages)
        expect(passage.carriers.map((carrier) => carrier.outlet)).toEqual([outlet]);
    },
  );

  test('GIVEN a headline question naming no outlet THEN every article’s headline comes back once', () => {
    const printed = printedAnswer(engine, 'What are the headlines?', 'headline', { limit: 10 });
    expect(printed.total).toBe(3);
    expect(printed.passages.map((passage) => passage.carriers[0]?.outlet).sort()).toEqual([
      'Al Mayadeen English',
      'Asia-Pacific Research',
      'RT',
    ]);
  });

  test('GIVEN a field one outlet does not print THEN it is refused saying so', () => {
    // RT's article prints no date.
    const printed = printedAnswer(engine, 'When was the RT article published?', 'dateline');
    expect(printed.answered).toBe(false);
    expect(printed.reason).toBe('RT’s article prints no date.');
  });

  test('GIVEN "When was the RT article published?" asked of the whole engine THEN the reply says RT prints no date, not that RT carries nothing', () => {
    const asked = answerQuestion(engine, 'When was the RT article published?');
    expect(asked.answered).toBe(false);
    expect(asked.reason).toBe('RT’s article prints no date.');
  });

  test('GIVEN the credit line rule off THEN the credit is cited as "Source: <name>", not as the page prints it', async () => {
    await withRuleOffAsync(METADATA_RULES, 'creditLines', async () => {
      const plain = createSearchEngine(await loadCorpus(new URL('../../seeds/', import.meta.url).pathname));
      const printed = printedAnswer(plain, 'What source does Asia-Pacific Research credit?', 'credit');
      expect(printed.passages[0]?.text).toBe('Credits: Source: Countercurrents');
    });
  });

  test('GIVEN the writer of a report the coverage only cites (Nikkei Asia) THEN refused; an outlet of the coverage THEN its byline', () => {
    const question = 'Which Nikkei Asia reporter broke the story about the liaison office?';
    const refused = answerQuestion(engine, question);
    expect(refused.answered).toBe(false);
    expect(refused.reason).toContain('gives no writer of what “Nikkei Asia” reported');
    const own = answerQuestion(engine, 'What byline does Al Mayadeen English put on its DPRK story?');
    expect(own.passages[0]?.text).toBe('Byline: by Al Mayadeen English');
    withRuleOff(METADATA_ANSWER_RULES, 'citedWriters', () => {
      expect(answerQuestion(engine, question).answered).toBe(true);
    });
  });

  test('GIVEN the headline of a dispatch the coverage only cites (KCNA) THEN refused; a name describing an outlet THEN its headline', () => {
    const question = 'What was the headline of the original KCNA dispatch?';
    expect(answerQuestion(engine, question).reason).toContain('gives no headline of what “KCNA” reported');
    const described = answerQuestion(engine, 'What headline did the Moscow-backed broadcaster put above its dispatch?');
    expect(described.passages[0]?.text).toMatch(/^Headline: /);
    withRuleOff(METADATA_ANSWER_RULES, 'citedHeadlines', () => {
      expect(answerQuestion(engine, question).passages[0]?.text).toMatch(/^Headline: /);
    });
  });
});
