import { describe, expect, test } from 'vitest';
import { extractStatements } from '../../src/attribution/extractStatements.ts';
import { corpusOf } from './fixtures.ts';

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
