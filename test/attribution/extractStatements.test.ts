import fc from 'fast-check';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Corpus } from '../../src/corpus/types.ts';
import { EXTRACTION_RULES, extractStatements } from '../../src/attribution/extractStatements.ts';
import { RESOLUTION_RULES } from '../../src/attribution/speakerResolution.ts';
import { PHRASE_RULES } from '../../src/attribution/speakerPhrase.ts';
import { APPOSITIVE_RULES, appositiveRole } from '../../src/attribution/appositiveRole.ts';
import { withRuleOff } from '../ruleSwitch.ts';
import type { Statement } from '../../src/attribution/types.ts';
import { CUE_RULES } from '../../src/attribution/attributionCues.ts';
import { AM, APR, corpusOf, RT, seedCorpus } from './fixtures.ts';

type Row = [passage: string, speaker: string, kind: Statement['kind'], verb: string | null, text: string];

/*
 * Every attributed statement of the three seeds, written from reading them. The rules the spans follow:
 * - a quotation that stands alone spans the words inside the marks, without a trailing comma;
 * - reported speech spans the clause after the verb (and "that"), or before the attribution when it comes last,
 *   up to the sentence's end or to a participle clause (", adding that", ", citing"), which is its own statement;
 * - "X, according to Kim, ..." (attribution inside the clause) spans the whole sentence.
 * Left out on purpose: the unnamed quote in RT p6 ("discuss the current military cooperation ...": no speaker is
 * given), "reportedly" with no source (Asia-Pacific Research p18, p21's first sentence), "the outlet, which cited
 * both Japanese and NATO officials" (sourcing, not a statement), and anything said inside a quotation (Putin's
 * "Western analysts themselves ... are saying ...").
 */
const KIM_SHARED: Row[] = [
  ['#p1', 'North Korean Foreign Ministry', 'reported', 'claimed', 'NATO is seeking to increase its influence in Asia'],
  [
    '#p2',
    'Kim Seol-hwa',
    'reported',
    'said',
    'Washington is gradually pushing NATO into Asia through partnerships with regional powers',
  ],
];

const RT_ROWS: Row[] = [
  ...KIM_SHARED,
  [
    '#p1',
    'North Korean Foreign Ministry',
    'reported',
    'citing',
    'growing “military collusion” with Japan, which hosted a delegation from the military alliance last month to discuss ways to step up cooperation',
  ],
  [
    '#p3',
    'Kim Seol-hwa',
    'quote',
    'said',
    'It is an open secret that the United States… has been trying to create a military alliance like this in the Asia-Pacific region',
  ],
  [
    '#p3',
    'Kim Seol-hwa',
    'reported',
    'adding',
    'the “recent unprecedented military collusion between Japan and NATO is arousing great concern and alertness in the international community.”',
  ],
  [
    '#p4',
    'Kim Seol-hwa',
    'reported',
    'cite',
    'recent reports that NATO is now in talks to open a “liaison office” in Japan, its first such facility in Asia',
  ],
  [
    '#p4',
    'Nikkei Asia',
    'reported',
    'according to',
    'The office would be used to “conduct periodic consultations with Japan and key partners in the region such as South Korea, Australia and New Zealand,”',
  ],
  [
    '#p5',
    'Kim Seol-hwa',
    'quote',
    'continued',
    'All facts clearly show that NATO’s attempt to advance into the Asia-Pacific region through military collusion with Japan has entered a dangerous implementation phase',
  ],
  [
    '#p5',
    'Kim Seol-hwa',
    'reported',
    'pointing to',
    'other “confrontational alliances” such as the ‘Quad’ bloc – which Beijing has decried as an “Asian NATO” – and AUKUS pact between Australia, the UK and the US',
  ],
  ['#p5', 'China', 'quote', 'decried', 'Asian NATO'],
  ['#p7', 'Jens Stoltenberg', 'reported', 'vowed', 'to further strengthen their partnership'],
  ['#p7', 'Yoshimasa Hayashi', 'reported', 'vowed', 'to further strengthen their partnership'],
  [
    '#p8',
    'Kim Seol-hwa',
    'reported',
    'argued',
    'NATO’s overtures to countries like Japan and South Korea were part of plans to “build a huge anti-China and anti-Russia encirclement” in the broader region',
  ],
  [
    '#p8',
    'Kim Seol-hwa',
    'reported',
    'claiming',
    'the US-led alliance hopes to “keep neighboring countries in check” while expanding its military footprint across the continent',
  ],
];

const APR_ROWS: Row[] = [
  ...KIM_SHARED,
  [
    '#p1',
    'North Korean Foreign Ministry',
    'reported',
    'citing',
    'growing "military collusion" with Japan, which hosted a delegation from the military alliance last month to discuss ways to step up cooperation',
  ],
  [
    '#p3',
    'Kim Seol-hwa',
    'quote',
    'said',
    'It is an open secret that the United States has been trying to create a military alliance like this in the Asia-Pacific region',
  ],
  [
    '#p3',
    'Kim Seol-hwa',
    'reported',
    'adding',
    'the "recent unprecedented military collusion between Japan and NATO is arousing great concern and alertness in the international community."',
  ],
  [
    '#p4',
    'Kim Seol-hwa',
    'reported',
    'cite',
    'recent reports that NATO is now in talks to open a "liaison office" in Japan, its first such facility in Asia',
  ],
  [
    '#p4',
    'Nikkei Asia',
    'reported',
    'according to',
    'The office would be used to "conduct periodic consultations with Japan and key partners in the region such as South Korea, Australia and New Zealand,"',
  ],
  [
    '#p5',
    'Kim Seol-hwa',
    'quote',
    'continued',
    "All facts clearly show that NATO'S attempt to advance into the Asia-Pacific region through military collusion with Japan has entered a dangerous implementation phase",
  ],
  [
    '#p5',
    'Kim Seol-hwa',
    'reported',
    'pointing to',
    `other "confrontational alliances" such as the 'Quad' bloc – which Beijing has decried as an "Asian NATO" – and AUKUS pact between Australia, the UK and the U.S`,
  ],
  ['#p5', 'China', 'quote', 'decried', 'Asian NATO'],
  ['#p7', 'Jens Stoltenberg', 'reported', 'vowed', 'to further strengthen their partnership'],
  ['#p7', 'Yoshimasa Hayashi', 'reported', 'vowed', 'to further strengthen their partnership'],
  [
    '#p8',
    'Kim Seol-hwa',
    'reported',
    'argued',
    `NATO's overtures to countries like Japan and South Korea were part of plans to "build a huge anti-China and anti-Russia encirclement" in the broader region`,
  ],
  [
    '#p8',
    'Kim Seol-hwa',
    'reported',
    'claiming',
    'the U.S.-led alliance hopes to "keep neighboring countries in check" while expanding its military footprint across the continent',
  ],
  // The republished earlier reports: China's reaction, Nikkei Asia's report, Putin.
  [
    '#p9',
    'Chinese Foreign Ministry',
    'reported',
    'urged',
    `its Asian neighbors to exercise "high vigilance" in response to media reports claiming that NATO is planning to open its first liaison office in the region, in Japan's capital Tokyo`,
  ],
  // The opening quote mark was lost in the source: the quotation runs from the paragraph's start.
  [
    '#p10',
    'Mao Ning',
    'quote',
    'said',
    'Asia is an anchor for peace and stability and a promising land for cooperation and development, not a wrestling ground for geopolitical competition',
  ],
  [
    '#p11',
    'Mao Ning',
    'quote',
    'warned',
    "NATO's continued eastward foray into the Asia-Pacific and interference in regional affairs will inevitably undermine regional peace and stability and stoke camp competition.",
  ],
  [
    '#p12',
    'Mao Ning',
    'reported',
    'added',
    `"High vigilance among regional countries" is required in view of the U.S.-led military bloc's attempts to gain presence in Asia`,
  ],
  [
    '#p13',
    'Nikkei Asia',
    'reported',
    'According to',
    'NATO wants to establish a one-man station in Tokyo to be able to conduct periodic consultations with Japan and its other allies in the Asia-Pacific, such as Australia, New Zealand, and South Korea',
  ],
  [
    '#p14',
    'Nikkei Asia',
    'reported',
    'added',
    "Japan must agree to fund the operations of the bloc's mission in order for it to open in the country",
  ],
  ['#p15', 'NATO', 'reported', 'admitted', 'it also has interests in the Indo-Pacific'],
  [
    '#p16',
    'NATO',
    'reported',
    'said',
    'NATO is “strengthening relations” with Japan, Australia, South Korea, and New Zealand because “in today’s complex security environment, relations with like-minded partners across the globe are increasingly important to address cross-cutting security issues and global challenges, as well as to defend the rule-based international order,”',
  ],
  ['#p17', 'Russia', 'reported', 'criticized', 'the bloc’s attempts to spread its activities into Asia'],
  [
    '#p19',
    'Nikkei Asia',
    'reported',
    'According to',
    'the planned one-person station would allow, the bloc conduct periodic consultations with regional ‘partners’ such as Australia, New Zealand and South Korea',
  ],
  [
    '#p20',
    'Nikkei Asia',
    'reported',
    'noted',
    'similar NATO stations are usually provided by the host nation, and that if Tokyo ends up funding a Western military foothold in Japan, it would mark a new phase in defense cooperation for the country',
  ],
  [
    '#p21',
    'Nikkei Asia',
    'reported',
    'reported',
    'Japan and NATO are supposedly looking to deepen collaboration in tackling cyber threats, coordinate stances on emerging and disruptive technologies, and exchange notes on fighting disinformation',
  ],
  ['#p22', 'NATO', 'reported', 'outlined', 'its plans to increase cooperation in the Indo-Pacific region'],
  [
    '#p22',
    'NATO',
    'reported',
    'explained',
    'the need to create new alliances by emphasizing “systemic challenge” to Euro-Atlantic security posed by China and Russia, with Moscow described as the “most significant and direct threat” to NATO',
  ],
  ['#p23', 'China', 'reported', 'denounced', 'NATO’s Strategic Concept'],
  [
    '#p23',
    'China',
    'reported',
    'claiming',
    'it was filled with distorted facts and tainted with a Cold War mentality that smears Beijing’s foreign policy',
  ],
  [
    '#p24',
    'Vladimir Putin',
    'reported',
    'said',
    'Western countries are seeking to put together new global alliances reminiscent of those forged by the Axis powers prior to World War Two',
  ],
  [
    '#p25',
    'Vladimir Putin',
    'reported',
    'dismissed',
    'claims that Moscow and Beijing are forming a military bloc that could threaten the West',
  ],
  ['#p25', 'Vladimir Putin', 'reported', 'described', 'the cooperation between the two as “transparent,”'],
  [
    '#p25',
    'Vladimir Putin',
    'reported',
    'adding',
    'Russia and China make no secret about their ties in various spheres, including defense',
  ],
  ['#p26', 'Vladimir Putin', 'reported', 'continued', 'the U.S. is creating new alliances'],
  ['#p26', 'Vladimir Putin', 'reported', 'citing', 'NATO’s new Strategic Concept as an example of such efforts'],
  // Opened with a curly mark, closed with a straight one; split over two paragraphs in the raw page.
  [
    '#p26',
    'Vladimir Putin',
    'quote',
    'said',
    'It directly stipulates that NATO is going to develop relations with nations in the Asia-Pacific region, including New Zealand, Australia and South Korea',
  ],
  // As written, the bloc "announced"; "adding that ..." follows Putin's "global NATO" and continues his account.
  ['#p27', 'NATO', 'reported', 'announced', 'it would endeavor to create what Putin called "global NATO,"'],
  ['#p27', 'Vladimir Putin', 'quote', 'called', 'global NATO'],
  [
    '#p27',
    'Vladimir Putin',
    'reported',
    'adding',
    'the UK and Japan recently signed a reciprocal military access agreement',
  ],
  // A paragraph that is one quotation continues the last speaker (Putin: "not us" is Russia speaking).
  [
    '#p28',
    'Vladimir Putin',
    'quote',
    null,
    'That is why Western analysts themselves – not us – are saying that the West is starting to build a new axis similar to the one that was created back in the 30s by the fascist regimes in Germany and Italy, and militaristic Japan.',
  ],
  [
    '#p29',
    'NATO',
    'reported',
    'describing',
    'Russia as the "most significant and direct threat" to NATO amid the Ukraine conflict',
  ],
  [
    '#p29',
    'NATO',
    'reported',
    'claiming',
    `Beijing's "hybrid and cyber operations and its confrontational rhetoric" target the alliance's security`,
  ],
];

const AM_ROWS: Row[] = [
  // The standfirst.
  ['#p1', 'North Korea', 'reported', 'denounces', 'Japan for its plans to open a NATO liaison office'],
  [
    '#p1',
    'North Korea',
    'reported',
    'hints',
    "the bloc's greater meddling will harm the region's security and stability",
  ],
  ['#p2', 'North Korean Foreign Ministry', 'reported', 'accused', 'NATO of increasing its meddling in Asia'],
  ['#p2', 'North Korean Foreign Ministry', 'reported', 'referring to', 'growing “military collusion” with Japan'],
  [
    '#p3',
    'Kim Seol-hwa',
    'reported',
    'said',
    'Washington is steadily pushing NATO into Asia through alliances with regional countries',
  ],
  [
    '#p4',
    'Kim Seol-hwa',
    'quote',
    'said',
    'It is an open secret that the United States… has been trying to create a military alliance like this in the Asia-Pacific region',
  ],
  [
    '#p5',
    'Kim Seol-hwa',
    'reported',
    'added',
    'the “recent unprecedented military collusion between Japan and NATO is arousing great concern and alertness in the international community.”',
  ],
  [
    '#p6',
    'Kim Seol-hwa',
    'reported',
    'cited',
    'recent reports that NATO is now engaged in talks to open a “liaison office” in Japan',
  ],
  [
    '#p7',
    'Nikkei Asia',
    'reported',
    'as per',
    'The office would be reportedly used to “conduct periodic consultations with Japan and key partners in the region such as South Korea, Australia, and New Zealand,”',
  ],
  [
    '#p8',
    'Kim Seol-hwa',
    'quote',
    'continued',
    "All facts clearly show that NATO's attempt to advance into the Asia-Pacific region through military collusion with Japan has entered a dangerous implementation phase",
  ],
  [
    '#p9',
    'Kim Seol-hwa',
    'reported',
    'identified',
    'other “confrontational alliances” most notably the ‘Quad’ bloc – which Beijing has denounced as an “Asian NATO” – and AUKUS',
  ],
  ['#p9', 'China', 'quote', 'denounced', 'Asian NATO'],
  [
    '#p10',
    'Jens Stoltenberg',
    'reported',
    'stressing',
    `Japan and NATO must "remain united and firm" in the face of security Chinese, Democratic People's Republic of Korea (DPRK), and Russian "threats", especially given the situation of the war in Ukraine`,
  ],
  ['#p12', 'Jens Stoltenberg', 'reported', 'promised', 'to further boost their partnership'],
  ['#p12', 'Yoshimasa Hayashi', 'reported', 'promised', 'to further boost their partnership'],
  [
    '#p13',
    'Kim Seol-hwa',
    'reported',
    'according to',
    'The US-led alliance, according to Kim, hopes to "keep neighboring countries in check" while expanding its military presence across the continent',
  ],
  [
    '#p13',
    'Kim Seol-hwa',
    'reported',
    'stated',
    `NATO's outreach to nations like Japan and South Korea was part of plans to "build a huge anti-China and anti-Russia encirclement" in the larger region`,
  ],
];

const EXPECTED: Row[] = [
  ...RT_ROWS.map(([passage, ...rest]): Row => [`${RT}${passage}`, ...rest]),
  ...APR_ROWS.map(([passage, ...rest]): Row => [`${APR}${passage}`, ...rest]),
  ...AM_ROWS.map(([passage, ...rest]): Row => [`${AM}${passage}`, ...rest]),
];

/** Each statement extracted from these paragraphs as its speaker and its words. */
const saidBy = (paragraphs: string[]) => extractStatements(corpusOf(paragraphs)).map((s) => [s.speaker, s.text]);

const key = (passage: string, speaker: string, text: string) => `${passage}|${speaker}|${text}`;

describe('extractStatements on the seeds', () => {
  let corpus: Corpus;
  let statements: Statement[];

  beforeAll(async () => {
    corpus = await seedCorpus();
    statements = extractStatements(corpus);
  });

  test.each(EXPECTED)('GIVEN %s WHEN extracted THEN %s says (%s, "%s") %j', (passage, speaker, kind, verb, text) => {
    const found = statements.find(
      (statement) => key(statement.passageId, statement.speaker, statement.text) === key(passage, speaker, text),
    );
    expect(
      found,
      `${speaker} in ${passage}: ${text}\nfound there: ${JSON.stringify(
        statements.filter((s) => s.passageId === passage).map((s) => [s.speaker, s.text]),
        null,
        1,
      )}`,
    ).toBeDefined();
    expect(found?.kind).toBe(kind);
    expect(found?.verb).toBe(verb);
  });

  test('GIVEN the seeds THEN nothing is extracted beyond the statements read in them', () => {
    const expected = new Set(EXPECTED.map(([passage, speaker, , , text]) => key(passage, speaker, text)));
    const extra = statements.filter(
      (statement) => !expected.has(key(statement.passageId, statement.speaker, statement.text)),
    );
    expect(extra.map((statement) => `${statement.passageId} ${statement.speaker}: ${statement.text}`)).toEqual([]);
    expect(statements).toHaveLength(EXPECTED.length);
  });

  test('GIVEN every statement THEN its text is exactly its span of its passage, in its article', () => {
    const passages = new Map(corpus.passages.map((passage) => [passage.id, passage]));
    for (const statement of statements) {
      const passage = passages.get(statement.passageId);
      expect(passage?.text.slice(statement.span.start, statement.span.end)).toBe(statement.text);
      expect(passage?.articleId).toBe(statement.articleId);
    }
  });

  test.each([
    [`${RT}#p2`, 'Kim Seol-hwa', 'an official with the Foreign Ministry’s Japan Research Center'],
    [`${AM}#p3`, 'Kim Seol-hwa', 'An official with the Japan Research Center of the Foreign Ministry'],
    [`${AM}#p8`, 'Kim Seol-hwa', 'An official with the Japan Research Center of the Foreign Ministry'],
    [`${APR}#p10`, 'Mao Ning', 'Chinese Foreign Ministry spokeswoman'],
    [`${APR}#p12`, 'Mao Ning', 'Chinese Foreign Ministry spokeswoman'],
    [`${APR}#p24`, 'Vladimir Putin', 'Russian President'],
    [`${AM}#p10`, 'Jens Stoltenberg', 'NATO Secretary-General'],
    [`${RT}#p7`, 'Yoshimasa Hayashi', 'Japanese Foreign Minister'],
    [`${RT}#p4`, 'Nikkei Asia', 'news website'],
  ])('GIVEN %s THEN %s has the role the article gives: %s', (passage, speaker, role) => {
    expect(statements.find((statement) => statement.passageId === passage && statement.speaker === speaker)?.role).toBe(
      role,
    );
  });

  test.each([
    [`${RT}#p3`, 'he'],
    [`${RT}#p5`, 'the Foreign Ministry official'],
    [`${APR}#p5`, 'the North Korean Foreign Ministry official'],
    [`${AM}#p5`, 'The official'],
    [`${AM}#p9`, 'He'],
    [`${APR}#p11`, 'Mao'],
    [`${APR}#p12`, 'she'],
    [`${APR}#p25`, 'the Russian leader'],
    [`${APR}#p19`, 'the outlet'],
    [`${APR}#p29`, 'The U.S.-led military bloc'],
    [`${RT}#p7`, 'the two officials'],
  ])('GIVEN %s THEN the speaker is named there as "%s" and resolved back to a named speaker', (passage, mention) => {
    expect(statements.some((statement) => statement.passageId === passage && statement.mention === mention)).toBe(true);
  });

  test.each([
    [`${RT}#p2`, 'Korean Central News Agency'],
    [`${AM}#p3`, 'Korean Central News Agency'],
    [`${APR}#p25`, 'Russia 1'],
  ])('GIVEN %s THEN the statement was carried via %s', (passage, via) => {
    expect(statements.find((statement) => statement.passageId === passage)?.via).toBe(via);
  });
});

describe('extractStatements: a role with no article after a name ("Jane Doe, director of ..., said")', () => {
  const speakers = (text: string) => extractStatements(corpusOf([text])).map((s) => [s.speaker, s.text]);

  test.each([
    'John Smith, director of the institute, said Japan would wait.',
    'John Smith, senior fellow at the institute, said Japan would wait.',
    'John Smith, professor of politics at Keio, said Japan would wait.',
  ])('GIVEN %s THEN John Smith said it, and not with the rule off', (text) => {
    expect(speakers(text)).toEqual([['John Smith', 'Japan would wait']]);
    CUE_RULES.bareRoleAppositive = false;
    try {
      expect(speakers(text)).toEqual([]);
    } finally {
      CUE_RULES.bareRoleAppositive = true;
    }
  });

  // Manila's Senate "chair of the foreign relations committee", a committee's "vice chair": a chair is a role.
  test.each([
    'Imee Marcos, chair of the Senate foreign relations committee, said Japan would wait.',
    'Gerardo Salcedo, vice chair of the House defence committee, said Japan would wait.',
    'Ana Ruiz, chairperson of the port board, said Japan would wait.',
  ])('GIVEN %s THEN the chair said it', (text) => {
    expect(speakers(text)[0]).toEqual([text.split(',')[0], 'Japan would wait']);
  });

  test('GIVEN a comma aside that is no role ("Moscow, however, said") THEN no role is read into it', () => {
    expect(speakers('Moscow, however, said Japan would wait.')).toEqual([]);
  });
});

describe('extractStatements: two people of one family ("President Ferdinand Marcos", then "Senator Imee Marcos")', () => {
  const paragraphs = [
    'President Ferdinand Marcos Jr. said the pact would hold.',
    'Senator Imee Marcos, who chairs the foreign relations committee, said she would seek a briefing.',
    'Marcos added that the hearings would be quick.',
  ];
  const speakers = () => extractStatements(corpusOf(paragraphs)).map((statement) => statement.speaker);

  test('GIVEN another given name before the family name THEN another person, and "Marcos" is who spoke last', () => {
    expect(speakers()).toEqual(['Ferdinand Marcos', 'Imee Marcos', 'Imee Marcos']);
  });

  test('GIVEN the rule off THEN the senator was taken for the president', () => {
    withRuleOff(PHRASE_RULES, 'sharedFamilyNames', () => expect(speakers()[1]).toBe('Ferdinand Marcos'));
  });

  test.each([['Mr'], ['Dr'], ['Sir'], ['When']])('GIVEN "%s Marcos" THEN no other person', (before) => {
    const text = `${before} Marcos said the pact would hold.`;
    expect(extractStatements(corpusOf([paragraphs[0] ?? '', text])).map((s) => s.speaker)).toEqual([
      'Ferdinand Marcos',
      'Ferdinand Marcos',
    ]);
  });
});

describe('extractStatements: a person named in full without a title, then by one name', () => {
  const sworn = "China began drills three days after Lai Ching-te was sworn in as Taiwan's president.";

  test.each([
    'Lai, visiting a marine base on Friday, said Taiwan would not back down.',
    'Lai said on Saturday that Taiwan would not back down.',
  ])('GIVEN "%s" after the full name THEN Lai Ching-te said it, and nobody with the rule off', (said) => {
    expect(saidBy([sworn, said])).toEqual([['Lai Ching-te', 'Taiwan would not back down']]);
    withRuleOff(EXTRACTION_RULES, 'untitledNames', () => expect(saidBy([sworn, said])).toEqual([]));
  });

  test.each([
    ['a place', 'The ships passed through the Taiwan Strait on Monday.', 'Taiwan said it was watching.'],
    ['English words', 'Leaders met at Camp David on Friday.', 'Camp said it was watching.'],
  ])('GIVEN a run of %s THEN no person is introduced by it', (_kind, named, said) => {
    expect(saidBy([named, said]).filter(([speaker]) => speaker?.includes(' '))).toEqual([]);
  });

  test('GIVEN "X\'s address, in which he said" THEN the speech\'s owner said it, and not with the rule off', () => {
    const address =
      "Beijing tied the drills to Lai's inaugural address on Monday, in which he said the two sides were not subordinate to each other.";
    expect(saidBy([sworn, address])).toEqual([['Lai Ching-te', 'the two sides were not subordinate to each other']]);
    withRuleOff(RESOLUTION_RULES, 'speechOwners', () =>
      expect(saidBy([sworn, address]).map(([speaker]) => speaker)).not.toContain('Lai Ching-te'),
    );
  });
});

describe('extractStatements: a person brought in with a title, then called by it', () => {
  const talk = (title: string) => [
    `More than ninety members came to hear ${title} Douglas Fitch, who served in Seoul, speak on Japan and South Korea.`,
    'The ambassador opened with a story from 2019. "Two of our closest friends could not stand to be in the same room," he said.',
  ];
  const said = [['Douglas Fitch', 'Two of our closest friends could not stand to be in the same room']];

  test('GIVEN "Ambassador Douglas Fitch ..." then "The ambassador ... he said" THEN Fitch said it, and nobody with the rule off', () => {
    expect(saidBy(talk('Ambassador'))).toEqual(said);
    withRuleOff(RESOLUTION_RULES, 'titledAntecedent', () => expect(saidBy(talk('Ambassador'))).toEqual([]));
  });

  test('GIVEN "Ambassador (ret.) Douglas Fitch" THEN the mark of retirement stands in nobody\'s way, and does with the rule off', () => {
    expect(saidBy(talk('Ambassador (ret.)'))).toEqual(said);
    withRuleOff(EXTRACTION_RULES, 'retiredMarks', () => expect(saidBy(talk('Ambassador (ret.)'))).toEqual([]));
  });

  test('GIVEN two people brought in as ambassadors THEN "the ambassador" is neither', () => {
    const two = [
      'Ambassador Douglas Fitch and Ambassador Helen Marsh spoke to members on Japan and South Korea.',
      'The ambassador opened with a story. "Two of our closest friends could not stand to be in the same room," he said.',
    ];
    expect(saidBy(two)).toEqual([]);
  });
});

describe('extractStatements: a person on a topic, then a colon and their words', () => {
  const post = '4/ Our analyst Park Dae-hyun on why this one may have worked: "The timing is hard to ignore."';

  test('GIVEN "Our analyst Park Dae-hyun on why ...: "..."" THEN Park said it, and nobody with the rule off', () => {
    expect(saidBy([post])).toEqual([['Park Dae-hyun', 'The timing is hard to ignore.']]);
    withRuleOff(EXTRACTION_RULES, 'personOnTopic', () => expect(saidBy([post])).toEqual([]));
  });

  test('GIVEN a name the article has not brought in, before "on" THEN nobody said it', () => {
    expect(saidBy(['Experts on the launch: "The timing is hard to ignore."'])).toEqual([]);
  });
});

describe("extractStatements: a body named by its owner, plain words and its head ('presidential office')", () => {
  const speakers = (paragraphs: string[]) => extractStatements(corpusOf(paragraphs)).map((s) => s.speaker);

  test.each([
    [
      "South Korea's presidential office said it would suspend part of the 2018 agreement.",
      "South Korea's presidential office",
    ],
    ["Guam's homeland security office said it will test the island's sirens.", "Guam's homeland security office"],
  ])('GIVEN %j THEN %j said it, and nobody with the rule off', (paragraph, body) => {
    expect(speakers([paragraph])).toEqual([body]);
    withRuleOff(PHRASE_RULES, 'plainBodyModifiers', () => expect(speakers([paragraph])).toEqual([]));
  });
});

describe('extractStatements: a generational suffix closing a name ("Gilberto Teodoro Jr.")', () => {
  const paragraphs = [
    'The pact was signed by Interior Secretary Ramon Alcaraz Jr. and Japanese Foreign Minister Yoko Kamikawa.',
    '"This is a milestone," Alcaraz told reporters after the ceremony.',
  ];

  test('GIVEN "Ramon Alcaraz Jr." named, then "Alcaraz told reporters" THEN Ramon Alcaraz said it, and nobody with the rule off', () => {
    expect(saidBy(paragraphs)).toEqual([['Ramon Alcaraz', 'This is a milestone']]);
    withRuleOff(PHRASE_RULES, 'generationalSuffixes', () => expect(saidBy(paragraphs)).toEqual([]));
  });
});

describe('extractStatements: a capitalised role noun as a title ("National Security Adviser Kang Jae-won")', () => {
  const speakers = (paragraphs: string[]) =>
    extractStatements(corpusOf(paragraphs)).map((s) => [s.speaker, s.role, s.text]);

  test.each([
    [
      'Yoon will visit Hawaii first, Deputy National Security Adviser Kang Jae-won told a press briefing.',
      'Kang Jae-won',
      'Deputy National Security Adviser',
    ],
    [
      'The talks will resume in June, Senior Research Fellow Keiko Marchetti said.',
      'Keiko Marchetti',
      'Senior Research Fellow',
    ],
  ])('GIVEN %j THEN %s said it, as %s, and nobody with the rule off', (paragraph, speaker, role) => {
    expect(speakers([paragraph])).toEqual([[speaker, role, paragraph.slice(0, paragraph.indexOf(','))]]);
    // A name of name-only words after the title is found on its own too (openingWordsApart): both are turned off.
    withRuleOff(PHRASE_RULES, 'roleNounTitles', () =>
      withRuleOff(RESOLUTION_RULES, 'openingWordsApart', () => expect(speakers([paragraph])).toEqual([])),
    );
  });
});

describe('extractStatements: an unnamed person with a plain word before the role', () => {
  const paragraphs = [
    'Japan said it had conveyed its concerns to China.',
    'A senior Taiwanese security official said the drills were larger. "They want to see whether the new president blinks," the official said. "He will not."',
  ];

  test('GIVEN "a senior Taiwanese security official said" THEN Taiwan said it, its quotes too, and nobody with the rule off', () => {
    expect(saidBy(paragraphs).slice(1)).toEqual([
      ['Taiwan', 'the drills were larger'],
      ['Taiwan', 'They want to see whether the new president blinks'],
      ['Taiwan', 'He will not.'],
    ]);
    // The last quotation once went on to Japan: the official brought in since ends Japan's words (unnamedEndsQuote).
    withRuleOff(PHRASE_RULES, 'plainModifiers', () => expect(saidBy(paragraphs).slice(1)).toEqual([]));
  });

  test('GIVEN "Its mission to the European Union warned" THEN no speaker is named "Its mission ...", and one is with the rule off', () => {
    const paragraphs = [
      "China's response was swift. Its mission to the European Union warned against the eastward expansion of NATO.",
    ];
    expect(saidBy(paragraphs)).toEqual([]);
    withRuleOff(PHRASE_RULES, 'possessiveOpening', () =>
      expect(saidBy(paragraphs).map(([speaker]) => speaker)).toEqual(['Its mission to the European Union']),
    );
  });

  test.each([
    ['8 Li Haoran, a researcher at the academy, said the drills were a warning.', 'Li Haoran'],
    ['12.41pm Treasurer Grant Shapps said the budget would hold.', 'Treasurer Grant Shapps'],
    ["BEIJING TOKYO China's foreign ministry said the drills were a warning.", 'Chinese Foreign Ministry'],
  ])(
    'GIVEN "%s" THEN the number, time or dateline is no part of the speaker (%s), and is with the rule off',
    (text, who) => {
      expect(saidBy([text]).map(([speaker]) => speaker)).toEqual([who]);
      withRuleOff(PHRASE_RULES, 'leadingNoise', () =>
        expect(saidBy([text]).map(([speaker]) => speaker)).not.toEqual([who]),
      );
    },
  );

  test('GIVEN "Dr van Roon said" after a statement of Professor Sakuraba THEN van Roon said it, and names with particles are whole; with the rule off she did not', () => {
    const paragraphs = [
      'Dr Elise van Roon, a senior associate in Brussels, said the office was first raised in 2021.',
      'Professor Kenji Sakuraba said the office had always been symbolic.',
      'Dr van Roon said France had objected to the office.',
      'Ursula von der Leyen said Europe stood with Japan.',
      'President Luiz Inácio Lula da Silva has said the blocs divide the world.',
    ];
    const who = () => saidBy(paragraphs).map(([speaker]) => speaker);
    expect(who()).toEqual([
      'Elise van Roon',
      'Kenji Sakuraba',
      'Elise van Roon',
      'Ursula von der Leyen',
      'Luiz Inácio Lula da Silva',
    ]);
    withRuleOff(PHRASE_RULES, 'nameParticles', () => expect(who()[2]).not.toBe('Elise van Roon'));
  });

  test('GIVEN a person then a chain of the bodies they are of, longer than nine words THEN the person speaks; with the rule off the last body did', () => {
    const paragraphs = [
      'Professor Cho Hyun-woo of the Department of Political Science and Diplomacy in Hanul University said "The drills must become an institution".',
      'Assoc Prof Kittipong Saengthong of the Institute of Security and International Studies at Chulalongkorn University said the row mattered.',
    ];
    const said = () => extractStatements(corpusOf(paragraphs));
    expect(said().map((s) => s.speaker)).toEqual(['Cho Hyun-woo', 'Kittipong Saengthong']);
    expect(said()[0]?.role).toBe('Professor of the Department of Political Science and Diplomacy in Hanul University');
    withRuleOff(PHRASE_RULES, 'longAffiliations', () =>
      expect(said().map((s) => s.speaker)).not.toContain('Cho Hyun-woo'),
    );
  });

  test('GIVEN three plain words before the role THEN it is a clause, not a role', () => {
    expect(saidBy(['A day after the launch official figures said the launch failed.'])).toEqual([]);
  });
});

describe('extractStatements on the shapes news prose uses', () => {
  const one = (paragraphs: string[]) =>
    extractStatements(corpusOf(paragraphs)).map((s) => [s.passageId, s.speaker, s.kind, s.verb, s.text]);

  test.each([
    {
      shape: 'an unknown name after a title, reported speech with "that" after an adjunct',
      paragraphs: ['Canadian Defence Minister Bill Blair said on Tuesday that Ottawa would send more ships.'],
      expected: [['a#p1', 'Bill Blair', 'reported', 'said', 'Ottawa would send more ships']],
    },
    {
      shape:
        'a name then its role between commas; a quote split across sentences, with an ellipsis, and the surname alone',
      paragraphs: [
        'Jane Doe, a senior analyst at the institute, said the talks were over.',
        '"We will not back down," Doe said. "This is about principle ... and we will stay."',
      ],
      expected: [
        ['a#p1', 'Jane Doe', 'reported', 'said', 'the talks were over'],
        ['a#p2', 'Jane Doe', 'quote', 'said', 'We will not back down'],
        ['a#p2', 'Jane Doe', 'quote', null, 'This is about principle ... and we will stay.'],
      ],
    },
    {
      shape: 'a quotation split by its attribution: the words on either side are the quote, the attribution is not',
      paragraphs: ['“We will not back down,” John Smith said, “and we will not be moved.”'],
      expected: [
        ['a#p1', 'John Smith', 'quote', 'said', 'We will not back down'],
        ['a#p1', 'John Smith', 'quote', null, 'and we will not be moved.'],
      ],
    },
    {
      shape: 'a pronoun opening a paragraph after one about someone named, with nobody speaking since: them',
      paragraphs: [
        'Prime Minister Anthony Albanese said Australia would attend the summit.',
        'Jane Doe, a senior fellow at the institute, said Canberra was happy to let Tokyo lead.',
        "Albanese will fly to Paris on Friday to meet Macron, Australia's first such visit since 2021.",
        'He said the meeting would focus on the Pacific.',
      ],
      expected: [
        ['a#p1', 'Anthony Albanese', 'reported', 'said', 'Australia would attend the summit'],
        ['a#p2', 'Jane Doe', 'reported', 'said', 'Canberra was happy to let Tokyo lead'],
        ['a#p4', 'Anthony Albanese', 'reported', 'said', 'the meeting would focus on the Pacific'],
      ],
    },
    {
      shape: 'a sentence saying who put out the statement: theirs, reported, with its verb',
      paragraphs: [
        'The statement, carried by the state news agency KCNA, was attributed to Kim Seol-hwa, a researcher.',
        'The criticism came from Jane Doe, an official at the ministry.',
        'The new radar was made by Toyota for the navy.',
        'The accusation came in a statement carried by KCNA on Monday. It was issued by Kim Seol-hwa, an official.',
        'The drone entered service last year. It was made by Lockheed Martin for the navy.',
      ],
      expected: [
        [
          'a#p1',
          'Kim Seol-hwa',
          'reported',
          'was attributed to',
          'The statement, carried by the state news agency KCNA, was attributed to Kim Seol-hwa, a researcher.',
        ],
        ['a#p2', 'Jane Doe', 'reported', 'came from', 'The criticism came from Jane Doe, an official at the ministry.'],
        ['a#p4', 'Kim Seol-hwa', 'reported', 'was issued by', 'It was issued by Kim Seol-hwa, an official.'],
      ],
    },
    {
      shape: 'the passive "was quoted as saying": its subject speaks',
      paragraphs: ['Putin was quoted as saying that the West was building a new axis.'],
      expected: [['a#p1', 'Vladimir Putin', 'reported', 'quoted as saying', 'the West was building a new axis']],
    },
    {
      shape: 'a nested quotation in curly quotes, the verb before the speaker',
      paragraphs: ['“The talks were ‘constructive’ and ‘frank’,” said Mao.'],
      expected: [['a#p1', 'Mao Ning', 'quote', 'said', 'The talks were ‘constructive’ and ‘frank’']],
    },
    {
      shape: 'single quotation marks as the only quotation, a listener after the verb',
      paragraphs: ["'It is a provocation,' John Smith told reporters."],
      expected: [['a#p1', 'John Smith', 'quote', 'told', 'It is a provocation']],
    },
    {
      shape: '"X said in remarks reported by Y that ..." and a description referring back',
      paragraphs: [
        'Foreign Minister Anna Berg said in remarks reported by Reuters that the talks had stalled.',
        'The minister added that a deal was still possible.',
      ],
      expected: [
        ['a#p1', 'Anna Berg', 'reported', 'said', 'the talks had stalled'],
        ['a#p2', 'Anna Berg', 'reported', 'added', 'a deal was still possible'],
      ],
    },
    {
      shape: 'an institution in a statement, then "it" referring back to it',
      paragraphs: [
        'The bloc said in a statement that it would open the office.',
        'It also warned that the talks could fail.',
      ],
      expected: [
        ['a#p1', 'NATO', 'reported', 'said', 'it would open the office'],
        ['a#p2', 'NATO', 'reported', 'warned', 'the talks could fail'],
      ],
    },
    {
      shape: 'a person named with a title but not as a speaker, then by the family name alone before "said"',
      paragraphs: [
        'Spokesperson Tan Kefei made the remarks at a regular press conference.',
        '"We urge restraint," Tan said.',
        'Tan said Japan had increased its defense budget.',
      ],
      expected: [
        ['a#p2', 'Tan Kefei', 'quote', 'said', 'We urge restraint'],
        ['a#p3', 'Tan Kefei', 'reported', 'said', 'Japan had increased its defense budget'],
      ],
    },
    {
      shape: 'a listener of several words, and an adjunct carrying an aside, after the quotation',
      paragraphs: [
        'Defense Minister Yasukazu Hamada met his counterpart.',
        '"We have reached a new stage," Hamada told a joint press conference after the talks, the first in years.',
      ],
      expected: [['a#p2', 'Yasukazu Hamada', 'quote', 'told', 'We have reached a new stage']],
    },
    {
      shape: 'an unnamed spokesperson of a body named with "of", after what was said and before a weekday',
      paragraphs: ["Japan is a threat, a spokesperson for China's Ministry of National Defense said Thursday."],
      expected: [['a#p1', "China's Ministry of National Defense", 'reported', 'said', 'Japan is a threat']],
    },
    {
      shape: 'an unnamed official of a body the speakers table knows, and a body named with "of"',
      paragraphs: ['A NATO spokesperson said the office would open.', 'The Department of Defense said it would act.'],
      expected: [
        ['a#p1', 'NATO', 'reported', 'said', 'the office would open'],
        ['a#p2', 'Department of Defense', 'reported', 'said', 'it would act'],
      ],
    },
    {
      shape: 'an unnamed official of a body the speakers table does not know, then "the official"',
      paragraphs: [
        'A senior official at the Foreign Ministry said Japan was not in a hurry. "France is a partner," the official said.',
        'A senior DFA official, who asked not to be named, said Manila had been briefed.',
      ],
      expected: [
        ['a#p1', 'Foreign Ministry', 'reported', 'said', 'Japan was not in a hurry'],
        ['a#p1', 'Foreign Ministry', 'quote', 'said', 'France is a partner'],
        ['a#p2', 'DFA', 'reported', 'said', 'Manila had been briefed'],
      ],
    },
    {
      shape: '"the embassy", "the ministry" after the body was named in the same paragraph without speaking',
      paragraphs: [
        'NATO calls the four countries its partners.',
        "On Friday, China's embassy in Canberra issued a statement. The embassy said the alliance was a relic.",
        'The Japanese Foreign Ministry summoned the envoy. The ministry said the launch was a threat.',
      ],
      expected: [
        ['a#p1', 'NATO', 'reported', 'calls', 'the four countries its partners'],
        ['a#p2', "China's embassy in Canberra", 'reported', 'said', 'the alliance was a relic'],
        ['a#p3', 'Japanese Foreign Ministry', 'reported', 'said', 'the launch was a threat'],
      ],
    },
    {
      shape: 'someone unnamed travelling with a person named before, the person after the preposition',
      paragraphs: [
        'Japanese Prime Minister Fumio Kishida condemned the launch.',
        'A Japanese government official travelling with the prime minister, speaking on condition of anonymity, said the missile had made their case.',
      ],
      expected: [
        ['a#p1', 'Fumio Kishida', 'reported', 'condemned', 'the launch'],
        ['a#p2', 'Japan', 'reported', 'said', 'the missile had made their case'],
      ],
    },
  ])('GIVEN $shape THEN each statement is found', ({ paragraphs, expected }) => {
    expect(one(paragraphs)).toEqual(expected);
  });

  test.each([
    ['a passive', 'Moscow was described as the most significant threat.'],
    ['"continues to" (not a reporting verb here)', 'NATO continues to expand its presence in Asia.'],
    ['an unnamed plural subject', 'Officials said the meeting was cancelled.'],
    ['someone unnamed of no body named', 'An official said the talks went well.'],
    ['someone unnamed of a place, not a body', 'An official at the summit in Vilnius said the talks went well.'],
    ['a pronoun with nobody named before it', 'He said the office would open.'],
    [
      'a quoted phrase with no speaker',
      'The delegation met leaders to “discuss current military cooperation,” as well as drills.',
    ],
    [
      'an attribution inside a quotation',
      '“Analysts are saying that the West is building an axis,” is how the piece ends.',
    ],
  ])('GIVEN %s THEN no statement is extracted', (_shape, paragraph) => {
    expect(one([paragraph])).toEqual([]);
  });

  test.each([
    [
      'a paragraph of its own',
      [
        '"We are making progress," Deputy Chief Cabinet Secretary Akihiro Senda said.',
        'A senior official at the Élysée, briefing reporters in the press centre, said the office was off the table.',
        '"We do not need to open offices to do that," the official said.',
      ],
    ],
    [
      'the paragraph before',
      [
        '"We are making progress," Deputy Chief Cabinet Secretary Akihiro Senda said.',
        'Not everyone agrees. A senior DFA official, who asked not to be named, was briefed in June.',
        '"We do not need to open offices to do that," the official said.',
      ],
    ],
    [
      'the same paragraph',
      [
        '"We are making progress," Deputy Chief Cabinet Secretary Akihiro Senda said.',
        'A senior DFA official was briefed in June. "We do not need to open offices to do that," the official said.',
      ],
    ],
  ])(
    'GIVEN a named person, then someone unnamed brought in by the same role in %s, THEN "the official" is not the named person',
    (_where, paragraphs) => {
      const statements = one(paragraphs);
      expect(statements[0]?.[1]).toBe('Akihiro Senda');
      expect(
        statements.filter(([, speaker, , , text]) => speaker === 'Akihiro Senda' && /open offices/.test(String(text))),
      ).toEqual([]);
    },
  );

  test('GIVEN a named official, then "the official said" with nobody brought in between THEN it is still the named official', () => {
    const statements = one([
      'Kim Seol-hwa, an official of the Foreign Ministry, said NATO was expanding.',
      'Japan hosted a delegation in April.',
      '"This is dangerous," the official said.',
    ]);
    expect(statements.map(([id, speaker]) => [id, speaker])).toEqual([
      ['a#p1', 'Kim Seol-hwa'],
      ['a#p3', 'Kim Seol-hwa'],
    ]);
  });

  test('GIVEN a name with its spelling in its own script in brackets ("Yoon Suk Yeol (윤석열)") THEN the name is the speaker', () => {
    const statements = one([
      'President Yoon Suk Yeol (윤석열), who attended the summit, called on member states to respond firmly.',
      'Foreign Minister Wang Yi (王毅) said the plan was dangerous.',
    ]);
    expect(statements.map(([id, speaker]) => [id, speaker])).toEqual([
      ['a#p1', 'Yoon Suk Yeol'],
      ['a#p2', 'Wang Yi'],
    ]);
    expect(statements.every(([, , , , text]) => !/[윤王]/.test(String(text)))).toBe(true);
  });

  test('GIVEN any text made of names, verbs, quotes and punctuation THEN extraction does not throw and every span is its text', () => {
    const pieces = [
      'Kim',
      'Mao Ning',
      'he',
      'the official',
      'said',
      'added',
      'according to',
      'Nikkei',
      ',',
      '.',
      '“',
      '”',
      '"',
      "'",
      '‘',
      '’',
      'that',
      'NATO',
      'the bloc',
      '–',
      '…',
      'claiming',
      'warned',
    ];
    fc.assert(
      fc.property(
        fc.array(
          fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((words) => words.join(' ')),
          { minLength: 1, maxLength: 4 },
        ),
        (paragraphs) => {
          const corpus = corpusOf(paragraphs);
          for (const statement of extractStatements(corpus)) {
            const text = corpus.passages.find((passage) => passage.id === statement.passageId)?.text ?? '';
            expect(statement.span.start).toBeGreaterThanOrEqual(0);
            expect(statement.span.end).toBeLessThanOrEqual(text.length);
            expect(text.slice(statement.span.start, statement.span.end)).toBe(statement.text);
            expect(statement.text.length).toBeGreaterThan(0);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("a people's adjective before a body", () => {
  const paragraphs = [
    'The ministry was still analysing the text, which North Korean state media had published that morning. "Whatever name it is given, it is an alliance," she said.',
  ];

  test('GIVEN "North Korean state media" THEN the country speaks, no person named "North Korean", and "she" is not it', () => {
    const statements = extractStatements(corpusOf(paragraphs));
    expect(statements.map((statement) => statement.speaker)).not.toContain('North Korean');
    expect(statements.some((statement) => statement.text.startsWith('Whatever name'))).toBe(false);
    withRuleOff(PHRASE_RULES, 'peopleAdjectives', () => {
      const off = extractStatements(corpusOf(paragraphs));
      expect(off.find((statement) => statement.text.startsWith('Whatever name'))?.speaker).toBe('North Korean');
    });
  });
});

describe('a writer introducing themselves before their labelled turns', () => {
  const paragraphs = [
    "Good evening from Tokyo. I'm Hannah Vidal-Moss, and for the next hour I'll answer your questions about the three security documents.",
    'Question from Derek, Winnipeg: How much money are we actually talking about?',
    'Hannah Vidal-Moss: The headline figure is 43 trillion yen over the five fiscal years starting in April 2023.',
  ];
  const answer = (statements: Statement[]) => statements.find((statement) => statement.text.startsWith('The headline'));

  test('GIVEN "I\'m Hannah Vidal-Moss, and for the next hour ..." THEN her turns are hers, with no clause for a role; not with the rules off', () => {
    const statement = answer(extractStatements(corpusOf(paragraphs)));
    expect(statement?.speaker).toBe('Hannah Vidal-Moss');
    withRuleOff(PHRASE_RULES, 'selfIntroduction', () =>
      expect(answer(extractStatements(corpusOf(paragraphs)))?.speaker).toBe("I'm Hannah Vidal-Moss"),
    );
    const introduction = paragraphs[0] ?? '';
    expect(appositiveRole(introduction, 'Hannah Vidal-Moss')).toBeNull();
    withRuleOff(APPOSITIVE_RULES, 'joinedClauses', () =>
      expect(appositiveRole(introduction, 'Hannah Vidal-Moss')).toMatch(/^and for the next hour/),
    );
  });
});

describe('appositiveRole: a post someone held ("who served as ...")', () => {
  const text =
    'Ingrid Sollberg, who served as a deputy assistant secretary-general at NATO headquarters until 2021, is less worried.';

  test('GIVEN "X, who served as a <post>" THEN the post is the role; not with the rule off', () => {
    expect(appositiveRole(text, 'Ingrid Sollberg')).toBe(
      'deputy assistant secretary-general at NATO headquarters until 2021',
    );
    expect(appositiveRole('Ken Ota, who worked as an adviser to the cabinet, disagreed.', 'Ken Ota')).toBe(
      'adviser to the cabinet',
    );
    withRuleOff(APPOSITIVE_RULES, 'postsHeld', () => expect(appositiveRole(text, 'Ingrid Sollberg')).toBeNull());
  });
});

describe('appositiveRole: a role too long with the relative clause closing it', () => {
  const text =
    '"The channels are still thin," said Haruto Ebina, a former Maritime Self-Defence Force logistics planner who is now a senior research fellow at the Setouchi Institute for Maritime Studies in Hiroshima.';

  test('GIVEN "X, a <post> who is now <a long second post>" THEN the post before the clause is the role; none with the rule off', () => {
    expect(appositiveRole(text, 'Haruto Ebina')).toBe('former Maritime Self-Defence Force logistics planner');
    withRuleOff(APPOSITIVE_RULES, 'longClauseCut', () => expect(appositiveRole(text, 'Haruto Ebina')).toBeNull());
  });
});

describe('extractStatements: a quotation standing alone after someone unnamed came in', () => {
  const named = 'Foreign ministry spokesman Wang Wenbin said Asia did not welcome the alliance.';
  const unnamed =
    'A Japanese defence official, speaking on condition of anonymity, summed up the mood in Tokyo. "Disappointed, yes. Surprised, no," the official said. "We will keep knocking."';

  test("GIVEN a named speaker, then the words of someone unnamed of no known body THEN the words after are not the named speaker's, and are with the rule off", () => {
    const nobody = unnamed.replace('Japanese defence', 'European');
    expect(saidBy([named, nobody])).toEqual([['Wang Wenbin', 'Asia did not welcome the alliance']]);
    withRuleOff(EXTRACTION_RULES, 'unnamedEndsQuote', () =>
      expect(saidBy([named, nobody])).toContainEqual(['Wang Wenbin', 'We will keep knocking.']),
    );
  });

  test('GIVEN "A Japanese defence official ... the official said" THEN Japan said it, with the official as its role, and nobody with the rule off', () => {
    const said = extractStatements(corpusOf([named, unnamed])).slice(1);
    expect(said.map((s) => [s.speaker, s.role, s.text])).toEqual([
      ['Japan', 'Japanese defence official', 'Disappointed, yes. Surprised, no'],
      ['Japan', 'Japanese defence official', 'We will keep knocking.'],
    ]);
    withRuleOff(RESOLUTION_RULES, 'unnamedAntecedent', () => expect(saidBy([named, unnamed]).slice(1)).toEqual([]));
  });

  test('GIVEN "a senior official at the Foreign Ministry" THEN "the official" speaks for the ministry', () => {
    const atBody =
      'A senior official at the Ministry of Foreign Affairs who accompanied Kishida said the radars would be linked. "The goal is for Manila to see," the official said.';
    expect(saidBy([named, atBody])).toContainEqual(['Ministry of Foreign Affairs', 'The goal is for Manila to see']);
  });

  test('GIVEN "Kim Seol-hwa, an official at the Japan Research Center" THEN "the official" is Kim, not someone unnamed of Japan, and nobody with the rule off', () => {
    const apposed =
      'The statement was attributed to Kim Seol-hwa, an official at the Japan Research Center of the Foreign Ministry. The official accused the United States of steering NATO into Asia.';
    const accused = ['Kim Seol-hwa', 'the United States of steering NATO into Asia'];
    expect(saidBy([named, apposed])).toContainEqual(accused);
    expect(saidBy([named, apposed]).map(([speaker]) => speaker)).not.toContain('Japan');
    withRuleOff(RESOLUTION_RULES, 'appositivePosts', () =>
      expect(saidBy([named, apposed])).not.toContainEqual(accused),
    );
  });

  test('GIVEN "In Washington, a Pentagon spokesperson" THEN the place is no name the post is in apposition to', () => {
    const placed =
      'In Washington, a Pentagon spokesperson said arms transfers would violate resolutions. "We will not hesitate," the spokesperson said.';
    expect(
      saidBy([named, placed])
        .slice(1)
        .map(([speaker]) => speaker),
    ).not.toContain('Wang Wenbin');
  });

  test('GIVEN the named speaker quoted again in a sentence of its own THEN it continues their words', () => {
    const more = 'Wang said Beijing was watching closely. "We will keep knocking."';
    expect(saidBy([named, more])).toContainEqual(['Wang Wenbin', 'We will keep knocking.']);
  });
});

describe('extractStatements: a verb form that is also a plural noun', () => {
  const treaty =
    'The alliance is limited to European and North American states, but Japan is one of four countries that NATO calls its "partners".';

  test('GIVEN "European and North American states, but ..." THEN "states" says nothing for North America, and does with the rule off', () => {
    expect(saidBy([treaty]).map(([speaker]) => speaker)).toEqual(['NATO']);
    withRuleOff(CUE_RULES, 'coordinatedPlurals', () =>
      expect(saidBy([treaty]).map(([speaker]) => speaker)).toContain('North America'),
    );
  });

  test('GIVEN one name before "states" THEN it is the verb', () => {
    expect(saidBy(['Japan states that the office is a matter for the alliance.'])).toEqual([
      ['Japan', 'the office is a matter for the alliance'],
    ]);
  });
});

describe('extractStatements: someone unnamed posted abroad', () => {
  const posted =
    'A Chinese diplomat in Canberra, who asked not to be named, said Beijing saw the office as part of a pattern. "Each piece is presented as harmless," the diplomat said.';

  test('GIVEN "A Chinese diplomat in Canberra ... the diplomat said" THEN China said it, not nobody (or Australia), and nobody with the rule off', () => {
    expect(saidBy([posted])).toContainEqual(['China', 'Each piece is presented as harmless']);
    withRuleOff(RESOLUTION_RULES, 'postedAbroad', () =>
      expect(saidBy([posted]).map(([speaker]) => speaker)).not.toContain('China'),
    );
  });
});

describe('extractStatements: a ministry after a state spoke', () => {
  const japan = 'Japan said it had conveyed its concerns to China.';
  const taiwan = 'Taiwan will stage its largest annual military exercise from July 22, the defence ministry said.';

  test('GIVEN "Japan said ..." then "..., the defence ministry said" THEN the ministry is not Japan, and is with the rule off', () => {
    expect(saidBy([japan, taiwan]).slice(1)).toEqual([]);
    withRuleOff(RESOLUTION_RULES, 'bodyNotState', () =>
      expect(
        saidBy([japan, taiwan])
          .slice(1)
          .map(([speaker]) => speaker),
      ).toEqual(['Japan']),
    );
  });

  test('GIVEN "Japan said ..." then "The government said ..." THEN the government is Japan', () => {
    expect(saidBy([japan, 'The government said nothing fell on Japanese territory.']).slice(1)).toEqual([
      ['Japan', 'nothing fell on Japanese territory'],
    ]);
  });
});

describe('extractStatements: a pronoun after a speaker of its kind in the same sentence ("what it called")', () => {
  const paragraphs = [
    'Japan said it would raise the matter with Moscow.',
    'The Russian Embassy in Tokyo said in a statement that Japan\'s cooperation with what it called "a bloc hostile to Russia" left Moscow no choice.',
  ];

  test('GIVEN Japan speaking before, then "The Russian Embassy ... said ... what it called" THEN the embassy called it so, and Japan with the rule off', () => {
    const quoted = (rows: string[][]) => rows.find(([, text]) => text?.startsWith('"a bloc'))?.[0];
    expect(quoted(saidBy(paragraphs))).toBe('Russian Embassy in Tokyo');
    withRuleOff(CUE_RULES, 'sentencePronouns', () => expect(quoted(saidBy(paragraphs))).toBe('Japan'));
  });

  test("GIVEN a pronoun of another kind than the sentence's speaker THEN the speaker before the sentence is kept", () => {
    const rows = saidBy([
      'Kim Seol-hwa said the plan was dangerous.',
      'NATO said the office was a mere liaison, a step he called "an open secret".',
    ]);
    expect(rows.find(([, text]) => text === 'an open secret')?.[0]).toBe('Kim Seol-hwa');
  });
});

describe('extractStatements: a point of the compass opening a body\'s name ("Eastern Military District")', () => {
  const speakers = (paragraphs: string[]) => extractStatements(corpusOf(paragraphs)).map((s) => s.speaker);

  test.each([
    ["Russia's Eastern Military District announced that 1,500 troops took part.", "Russia's Eastern Military District"],
    ['The Eastern Theater Command said the drills were a warning.', 'Eastern Theater Command'],
  ])('GIVEN %j THEN %j said it, and a name without the compass word with the rule off', (paragraph, body) => {
    expect(speakers([paragraph])).toEqual([body]);
    withRuleOff(PHRASE_RULES, 'compassInNames', () => expect(speakers([paragraph])).not.toEqual([body]));
  });

  test('GIVEN "Western officials said" THEN no name is read from the compass word', () => {
    expect(speakers(['Western officials said the drills were a warning.'])).toEqual([]);
  });
});

describe('extractStatements: a person named in full after a capitalised opening word ("For Shigeru Obata, ...")', () => {
  const paragraphs = [
    'For Shigeru Obata, head of the Nemuro Bay Fisheries Cooperative, the concern is more immediate. Russia has warned that it may restrict access.',
    '"We are not politicians," Obata said at the office. "Last year some boats lost two weeks."',
  ];

  test('GIVEN "For Shigeru Obata, head of ..." then "Obata said" THEN Shigeru Obata said it, and Russia (who spoke last) with the rule off', () => {
    expect(saidBy(paragraphs).slice(1)).toEqual([
      ['Shigeru Obata', 'We are not politicians'],
      ['Shigeru Obata', 'Last year some boats lost two weeks.'],
    ]);
    withRuleOff(RESOLUTION_RULES, 'openingWordsApart', () =>
      expect(saidBy(paragraphs).slice(1)).toEqual([['Russia', 'Last year some boats lost two weeks.']]),
    );
  });
});

describe('extractStatements: an unpunctuated "who" clause between the subject and its verb', () => {
  test.each([
    ['A Japanese official who asked not to be named said Tokyo had taken note of the plan.', 'Japan'],
    [
      'A DFA official who asked not to be named because he was not authorized to speak publicly told Kapuluan Daily that Manila "respects the sovereign decision of Japan" on its partners.',
      'DFA',
    ],
  ])('GIVEN "%s" THEN it is said by %s, and by nobody with the rule off', (paragraph, speaker) => {
    expect(saidBy([paragraph]).map(([who]) => who)).toEqual([speaker]);
    withRuleOff(CUE_RULES, 'relativeUnpunctuated', () => expect(saidBy([paragraph])).toEqual([]));
  });

  test.each([
    'The Japanese official who said the plan was dead left the room.',
    'Reporters who attended the briefing said Tokyo was calm.',
  ])('GIVEN "%s" (the verb is the clause\'s, or the subject no speaker) THEN nobody is found', (paragraph) => {
    expect(saidBy([paragraph])).toEqual([]);
  });
});

describe('extractStatements: someone unnamed out of the post their role names', () => {
  test.each([
    'A former Japanese diplomat said the office was symbolic.',
    'A retired South Korean general said the change had been striking.',
  ])('GIVEN "%s" THEN no state speaks, and the state does with the rule off', (paragraph) => {
    expect(saidBy([paragraph])).toEqual([]);
    withRuleOff(RESOLUTION_RULES, 'formerNotState', () => expect(saidBy([paragraph])).toHaveLength(1));
  });

  test('GIVEN one in office ("A Japanese diplomat said") THEN Japan speaks', () => {
    expect(saidBy(['A Japanese diplomat said the office was symbolic.'])).toEqual([
      ['Japan', 'the office was symbolic'],
    ]);
  });
});
