import { describe, expect, test } from 'vitest';
import { buildAttribution, SUMMARY_RULES } from '../../src/attribution/attribution.ts';
import { extractStatements } from '../../src/attribution/extractStatements.ts';
import { LABEL_RULES, turnLabelOf } from '../../src/attribution/transcriptLabels.ts';
import { corpusOf } from './fixtures.ts';
import { withRuleOff } from '../ruleSwitch.ts';

describe('turnLabelOf', () => {
  test.each([
    ['YUKI SASAMOTO, TOKYO CORRESPONDENT: Very small, officials say.', ['Yuki', 'Sasamoto'], 'Tokyo Correspondent'],
    ['DR ANTOINE FERRAND: I think so, yes.', ['Dr', 'Antoine', 'Ferrand'], null],
    ['Wen Jiahao: Good afternoon. The floor is open.', ['Wen', 'Jiahao'], null],
    ['Clara Benning, host: And how big an office is it?', ['Clara', 'Benning'], 'host'],
    // A recording's time before the label, as podcast and video transcripts print it.
    ['[01:49] TOMAS REINHOLT: What happened is France.', ['Tomas', 'Reinholt'], null],
    ['(00:12:05) Clara Benning, host: Welcome back.', ['Clara', 'Benning'], 'host'],
  ])('GIVEN %j THEN the label names the speaker and their role', (text, nameWords, role) => {
    expect(turnLabelOf(text)).toMatchObject({ kind: 'name', nameWords, role });
  });

  test.each([
    [
      'DR. IEVA KALNIETĖ-MOOR (BALTIC CENTRE FOR DEFENCE STUDIES): I would not call it a setback.',
      ['Dr.', 'Ieva', 'Kalnietė-Moor'],
      'Baltic Centre For Defence Studies',
    ],
    ['ANCHOR (TSUCHIDA): Japan and NATO have agreed a new plan.', ['Tsuchida'], 'Anchor'],
    ['REPORTER (ASHWORTH-SATO): Mariko, officials here describe it as a work plan.', ['Ashworth-Sato'], 'Reporter'],
  ])(
    'GIVEN %j (a part in brackets) THEN the name is the part that is a name, the other part the role',
    (text, nameWords, role) => {
      expect(turnLabelOf(text)).toMatchObject({ kind: 'name', nameWords, role });
      withRuleOff(LABEL_RULES, 'bracketed', () => expect(turnLabelOf(text)).toBeNull());
    },
  );

  test("GIVEN a witness's whole title in brackets, past 60 letters THEN it is still a turn, the title the role", () => {
    const text =
      'RAJESH KOTHARI (First Assistant Secretary, International Policy Division, Department of Defence): Our engagement is practical.';
    expect(turnLabelOf(text)).toMatchObject({
      kind: 'name',
      nameWords: ['Rajesh', 'Kothari'],
      role: 'First Assistant Secretary, International Policy Division, Department of Defence',
    });
    withRuleOff(LABEL_RULES, 'longTitles', () => expect(turnLabelOf(text)).toBeNull());
  });

  test('GIVEN "TOKYO (Kyodo): ..." (a dateline with its agency) THEN it is no turn', () => {
    expect(turnLabelOf('TOKYO (Kyodo): Japan and NATO have agreed a new plan.')).toBeNull();
  });

  test.each([
    ['A: We have noted the reports.', 'answer'],
    ['Q (Nordic Broadcasting): What is China’s comment?', 'question'],
    ['Question: Will the office open this year?', 'question'],
  ])('GIVEN %j THEN it is a briefing’s %s', (text, kind) => {
    expect(turnLabelOf(text)?.kind).toBe(kind);
  });

  test.each([
    'Breaking News: the office will open in 2024, officials said.',
    'Key Points: NATO, Japan and the office.',
    'Editor’s note: this transcript was edited for length.',
    'Tokyo, June 8: Officials said the talks would continue.',
    'Update: nothing.',
    'The plan is simple: open an office, then see.',
    // A dateline of a place of two words, as Malaysian and Singaporean papers print it.
    'KUALA LUMPUR: Japan and NATO have adopted a new cooperation programme.',
  ])('GIVEN %j THEN it is no turn', (text) => {
    expect(turnLabelOf(text)).toBeNull();
  });
});

describe('transcript turns as statements', () => {
  test('GIVEN a radio transcript THEN each turn is its labelled speaker’s, a later short label is the same person, and the host’s question is the host’s', () => {
    const statements = extractStatements(
      corpusOf([
        'CLARA BENNING, HOST: Our Tokyo correspondent has been following the story. What has France said?',
        'YUKI SASAMOTO, TOKYO CORRESPONDENT: French officials have told their partners that the president is not comfortable with the office.',
        'CLARA BENNING: And how big an office are we talking about?',
        'YUKI SASAMOTO: Very small. Japanese officials describe it as one or two staff.',
      ]),
    );
    expect(statements.map((statement) => [statement.speaker, statement.role, statement.text.slice(0, 20)])).toEqual([
      ['Clara Benning', 'Host', 'Our Tokyo correspond'],
      ['Yuki Sasamoto', 'Tokyo Correspondent', 'French officials hav'],
      ['Clara Benning', 'Host', 'And how big an offic'],
      ['Yuki Sasamoto', 'Tokyo Correspondent', 'Very small. Japanese'],
    ]);
  });

  test('GIVEN a podcast transcript with times and a host introduced by role THEN each turn is its speaker’s, the host’s without the role in the name', () => {
    const statements = extractStatements(
      corpusOf([
        'Host Priya Anand-Lowe said the summit had been tense for Tokyo.',
        '[01:35] PRIYA ANAND-LOWE: So Tomas, what happened in Vilnius?',
        '[01:49] TOMAS REINHOLT: What happened is France. The drafting went on right up to the eve of the summit.',
      ]),
    );
    expect(statements.map((statement) => [statement.speaker, statement.role])).toEqual([
      ['Priya Anand-Lowe', 'Host'],
      ['Priya Anand-Lowe', 'Host'],
      ['Tomas Reinholt', null],
    ]);
  });

  test('GIVEN a briefing transcript THEN its answers are the spokesperson’s who opened it, and the questions nobody’s', () => {
    const statements = extractStatements(
      corpusOf([
        'Wen Jiahao: Good afternoon. I have no announcements to make today.',
        'Q (Nordic Broadcasting): Media reports say Macron objected to the office. What is China’s comment?',
        'A: We have noted the reports. The Asia-Pacific does not need a military bloc created for another region.',
      ]),
    );
    const answer = statements.find((statement) => statement.passageId === 'a#p3');
    expect(answer).toMatchObject({ speaker: 'Wen Jiahao', kind: 'quote' });
    expect(answer?.text.startsWith('We have noted the reports.')).toBe(true);
    expect(
      statements.filter((statement) => statement.passageId === 'a#p2' && statement.speaker === 'Wen Jiahao'),
    ).toEqual([]);
  });

  test('GIVEN a headline that introduces the spokesperson THEN their turns carry that role', () => {
    const corpus = corpusOf(['Wen Jiahao: Good afternoon. I have no announcements to make today.']);
    const article = corpus.articles[0]!;
    article.meta.title = "Transcript: Foreign Ministry Spokesperson Wen Jiahao's Regular Press Conference";
    expect(extractStatements(corpus)[0]).toMatchObject({
      speaker: 'Wen Jiahao',
      role: 'Foreign Ministry Spokesperson',
    });
  });

  test('GIVEN a briefing whose headline names the spokesperson and whose turns are only "Q:" and "A:" THEN the answers are the spokesperson’s', () => {
    const corpus = corpusOf([
      'Q: [Nordic Broadcasting] Media reports say Macron objected to the office. What is China’s comment?',
      'A: We have noted the reports. The region does not need a replica of NATO.',
    ]);
    corpus.articles[0]!.meta.title =
      "Foreign Ministry Spokesperson Wang Wenbin's Regular Press Conference on June 7, 2023";
    expect(extractStatements(corpus).find((statement) => statement.passageId === 'a#p2')).toMatchObject({
      speaker: 'Wang Wenbin',
      role: 'Foreign Ministry Spokesperson',
    });
  });

  test('GIVEN an answer with no one labelled before it THEN it is nobody’s', () => {
    expect(extractStatements(corpusOf(['A: We have noted the reports and have nothing to add.']))).toEqual([]);
  });
});

describe('people introduced outside the passages', () => {
  test('GIVEN a caption naming "Prime Minister Chris Hipkins" THEN "Hipkins said" in the article is his, with that role', () => {
    const corpus = corpusOf([
      'Asked on Monday whether the dispute was a setback, Hipkins said New Zealand had "never asked for an office".',
    ]);
    corpus.articles[0]!.captions = ['Prime Minister Chris Hipkins speaks to reporters at Parliament on Monday.'];
    expect(extractStatements(corpus)[0]).toMatchObject({ speaker: 'Chris Hipkins', role: 'Prime Minister' });
  });
});

describe('a quotation opened by a colon after someone’s words are named', () => {
  test('GIVEN "His answer was carefully worded: “...”" after a sentence about Stoltenberg THEN the quotation is his, and "He added that" after it too', () => {
    const statements = extractStatements(
      corpusOf([
        'Stoltenberg has been asked about the Tokyo office at a press availability. His answer was carefully worded: "This is something we are discussing among allies."',
        'He added that the partnership with Japan was "stronger than ever" with or without an office.',
      ]),
    );
    expect(statements.map((statement) => [statement.speaker, statement.text.slice(0, 20)])).toEqual([
      ['Jens Stoltenberg', 'This is something we'],
      ['Jens Stoltenberg', 'the partnership with'],
    ]);
  });

  test('GIVEN a colon before a quotation that names nobody’s words THEN it is nobody’s', () => {
    expect(extractStatements(corpusOf(['The plan is simple: "open an office, then see what happens next."']))).toEqual(
      [],
    );
  });
});

describe('someone unnamed of a country', () => {
  test.each([
    ['A Japanese official said the office was not on the table.', 'Japan', 'Japanese official'],
    ['A senior French official said the office was not on the table.', 'France', 'senior French official'],
    ['A Chinese diplomat said the office was not on the table.', 'China', 'Chinese diplomat'],
    ['A South Korean official said the office was not on the table.', 'South Korea', 'South Korean official'],
  ])('GIVEN %j THEN the country speaks, the phrase its role', (text, speaker, role) => {
    expect(extractStatements(corpusOf([text]))[0]).toMatchObject({ speaker, speakerKind: 'state', role });
  });

  test('GIVEN an official of a continent ("A European official") THEN nobody is made up for it', () => {
    expect(extractStatements(corpusOf(['A European official said the office was not on the table.']))).toEqual([]);
  });
});

describe('a person of a body', () => {
  test.each([
    [
      'Professor Hiroaki Nagasawa of Niigata Prefectural University said the timing was no accident.',
      'Hiroaki Nagasawa',
      'Professor of Niigata Prefectural University',
    ],
    [
      'Dr Helena Voss-Nakagawa of the Pacific Futures Institute argued that the tracks reinforce each other.',
      'Helena Voss-Nakagawa',
      'of the Pacific Futures Institute',
    ],
    ['Park Ji-hoon at Hanseo University said the launch was planned.', 'Park Ji-hoon', 'at Hanseo University'],
  ])('GIVEN %j THEN the person speaks, not the body', (text, speaker, role) => {
    expect(extractStatements(corpusOf([text]))[0]).toMatchObject({ speaker, speakerKind: 'person', role });
  });

  test('GIVEN a body named with "of" THEN it is still the body', () => {
    expect(
      extractStatements(corpusOf(['The Ministry of National Defense said the launch was planned.']))[0],
    ).toMatchObject({ speaker: 'Ministry of National Defense', speakerKind: 'institution' });
  });
});

describe('a speaker introduced once', () => {
  const corpus = corpusOf([
    'Niamh Castellano spoke with Dr Soo-ah Langford, a senior fellow at the Pacific Rim Policy Forum, who was in Washington for the summit week.',
    'NIAMH CASTELLANO: What did the three leaders actually promise each other?',
    'SOO-AH LANGFORD: Less than a treaty and more than a press release. It is not a mutual defence pledge.',
  ]);
  const rolesOf = () =>
    buildAttribution(corpus).speakers.find((summary) => summary.speaker === 'Soo-ah Langford')?.roles ?? [];

  test('GIVEN a transcript introducing its guest in a paragraph where she says nothing THEN her role is that introduction’s', () => {
    expect(rolesOf()).toContain('senior fellow at the Pacific Rim Policy Forum');
  });

  test('GIVEN the rule off THEN she has no role but her title', () => {
    withRuleOff(SUMMARY_RULES, 'introducedRoles', () =>
      expect(rolesOf()).not.toContain('senior fellow at the Pacific Rim Policy Forum'),
    );
  });
});

describe('a speaker whose post a sentence of its own gives', () => {
  const corpus = corpusOf([
    '*Karin Ekdahl has served as Sweden’s ambassador to Japan since September 2022. This interview has been edited.',
    '**Interviewer:** Why does Stockholm care about Tokyo?',
    '"Security is indivisible now," Ekdahl said. "What happens in Asia reaches the Baltic within a week."',
    'Master Sergeant Kang Tae-min has spent eleven years as a radar operator on Baengnyeong Island, near the coast. "When the North fires, our screens light up first," he said.',
  ]);
  const rolesOf = (speaker: string) =>
    buildAttribution(corpus).speakers.find((summary) => summary.speaker.endsWith(speaker))?.roles ?? [];

  test('GIVEN "X has served as Y since ..." and "X has spent eleven years as a Y" THEN each is given that post', () => {
    expect(rolesOf('Karin Ekdahl')).toContain('Sweden’s ambassador to Japan');
    expect(rolesOf('Kang Tae-min')).toContain('radar operator on Baengnyeong Island');
  });

  test('GIVEN the rule off THEN neither has that post', () => {
    withRuleOff(SUMMARY_RULES, 'predicatedRoles', () => {
      expect(rolesOf('Karin Ekdahl')).not.toContain('Sweden’s ambassador to Japan');
      expect(rolesOf('Kang Tae-min')).not.toContain('radar operator on Baengnyeong Island');
    });
  });
});
