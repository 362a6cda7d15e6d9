import { describe, expect, test } from 'vitest';
import { extractStatements } from '../../src/attribution/extractStatements.ts';
import { INTERVIEW_RULES } from '../../src/attribution/interviewAnswers.ts';
import { withRuleOff } from '../ruleSwitch.ts';
import { articleOf, corpusOf, corpusOfArticles } from './fixtures.ts';

const INTERVIEW = [
  'Ellen Harada, professor of political science and director of the Program on Japanese Politics and Security at Lakemont, has studied Tokyo for two decades. She spoke with University Communications.',
  'What exactly is NATO proposing?',
  'A liaison office in Tokyo, staffed by one person at first.',
  'Why is France objecting?',
  'Privately, I think President Macron wants room to do business with Beijing.',
  'What should we expect in Vilnius?',
  'My bet is that the office will not appear in the final communique.',
  'It would be a delay, not a death.',
];

describe('an interview printed as unlabelled questions and answers', () => {
  test('GIVEN questions as paragraphs of their own, each answered THEN every answer is the words of whom the introduction names, with the title it gives', () => {
    const statements = extractStatements(corpusOf(INTERVIEW));
    const answers = statements.filter((statement) => statement.speaker === 'Ellen Harada');
    expect(answers.map((statement) => statement.passageId)).toEqual(['a#p3', 'a#p5', 'a#p7', 'a#p8']);
    expect(answers[0]?.role).toMatch(/^professor of political science/);
    expect(statements.some((statement) => /proposing\?$/.test(statement.text))).toBe(false);
  });

  test("GIVEN two questions only, or a question left unanswered THEN no answers are read as anyone's", () => {
    const twoQuestions = [...INTERVIEW.slice(0, 5), 'The office may follow.'];
    expect(extractStatements(corpusOf(twoQuestions)).some((s) => s.speaker === 'Ellen Harada')).toBe(false);
    const unanswered = [...INTERVIEW.slice(0, 6), 'What about Seoul?', 'And what about Canberra?', 'Nobody knows.'];
    expect(extractStatements(corpusOf(unanswered)).some((s) => s.speaker === 'Ellen Harada')).toBe(false);
  });
});

describe('a hearing whose questions are labelled with who asks them', () => {
  const HEARING = [
    'The questioning was opened by Liberal senator Andrew Crossley, who cited a report by Nikkei Asia.',
    'SENATOR CROSSLEY: Has the department been briefed by NATO on this office?',
    'CLAIRE ABERNETHY: We have been kept informed through our embassy in Brussels.',
    'SENATOR TULLY: And if there were a conflict over Taiwan?',
    'RAJESH KOTHARI: I am not going to engage in a hypothetical.',
    'SENATOR CROSSLEY: How much has been spent to date?',
    'DOUGLAS FENWICK: The figure is A$1.43 billion.',
    'The committee resumes on Friday morning with the Department of Home Affairs.',
  ];
  const crossleys = () =>
    extractStatements(corpusOf(HEARING))
      .filter((statement) => statement.speaker === 'Andrew Crossley')
      .map((statement) => statement.passageId);

  test("GIVEN labelled questions THEN the paragraphs after them are no unlabelled interview's answers: the narration is nobody's", () => {
    expect(crossleys()).not.toContain('a#p8');
    withRuleOff(INTERVIEW_RULES, 'labelledQuestionsApart', () => expect(crossleys()).toContain('a#p8'));
  });

  test('GIVEN "Q:" and "A:" labels, which name nobody THEN the answers are still the interviewee\'s', () => {
    const qa = [
      INTERVIEW[0] as string,
      ...INTERVIEW.slice(1, 7).map((text, i) => (i % 2 === 0 ? 'Q: ' : 'A: ') + text),
    ];
    const answers = extractStatements(corpusOf(qa)).filter((statement) => statement.speaker === 'Ellen Harada');
    expect(answers.map((statement) => statement.passageId)).toEqual(['a#p3', 'a#p5', 'a#p7']);
  });
});

describe("whom an interview's questions are put to", () => {
  const QUESTIONS = [
    'Is the treaty new?',
    'It revives the old alliance, with a stronger clause.',
    'What does Moscow want?',
    'Shells, and workers for its factories.',
    'Will Seoul arm Kyiv?',
    'Not yet, but the debate has started.',
  ];
  const answerersOf = (title: string, introduction: readonly string[]) =>
    new Set(
      extractStatements(corpusOfArticles([articleOf('a', title, [...introduction, ...QUESTIONS])]))
        .filter((statement) => statement.passageId === 'a#p' + String(introduction.length + 2))
        .map((statement) => statement.speaker),
    );

  test("GIVEN news about leaders, then the interviewee introduced THEN the answers are the interviewee's, not the first leader's", () => {
    const introduction = [
      'When Vladimir Putin landed in Pyongyang on June 19, he and Kim Jong Un signed a new treaty within hours.',
      'Few people know the relationship as well as Choi Eun-ha, a former deputy national security adviser.',
    ];
    expect(answerersOf('A diplomat on the treaty', introduction)).toEqual(new Set(['Choi Eun-ha']));
    withRuleOff(INTERVIEW_RULES, 'plausibleInterviewee', () =>
      expect(answerersOf('A diplomat on the treaty', introduction)).toEqual(new Set(['Vladimir Putin'])),
    );
  });

  test("GIVEN the headline naming one of the people introduced THEN the answers are that person's", () => {
    const introduction = [
      'Han Ji-woo served as a deputy negotiator and now teaches in Seoul. Lee Min-jae, our editor, put the questions.',
    ];
    expect(answerersOf('Han Ji-woo on what the summit changes', introduction)).toEqual(new Set(['Han Ji-woo']));
  });

  test('GIVEN an introduction naming only places, owners and things THEN nobody is taken to answer', () => {
    const introduction = [
      "Leaders met in President Joe Biden's hometown, near the Indian Ocean Rim Forum, for talks with the Quadrilateral Security Dialogue.",
    ];
    expect(answerersOf('Factbox: the Quad', introduction).size).toBe(0);
    withRuleOff(INTERVIEW_RULES, 'plausibleInterviewee', () =>
      expect(answerersOf('Factbox: the Quad', introduction).size).toBe(1),
    );
  });
});
