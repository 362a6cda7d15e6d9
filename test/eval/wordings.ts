import { containsAnySpan } from './normalize.ts';
import type { AskFunction } from './runEval.ts';

/** A question to reword: its text and the spans that answer it (none when it must be refused). */
export interface Rewordable {
  id: string;
  question: string;
  expect: readonly string[];
}

const lowerFirst = (question: string) => question.charAt(0).toLowerCase() + question.slice(1);
const withoutMark = (question: string) => question.replace(/\?\s*$/, '');

/** The question with its longest lower-case word of seven letters or more changed at its middle letter. */
function inLongestWord(question: string, change: (word: string, middle: number) => string): string {
  const words = question.match(/\b[a-z]{7,}\b/g) ?? [];
  const longest = words.reduce((best, word) => (word.length > best.length ? word : best), '');
  return longest ? question.replace(longest, change(longest, Math.floor(longest.length / 2))) : question;
}

/**
 * Ways people reword the same question: case, politeness, thanks, spelling of one long word, British or American
 * spelling. A reworded question should get the verdict the question got as written.
 */
export const WORDINGS: readonly [string, (question: string) => string][] = [
  ['all lower case', (question) => question.toLowerCase()],
  ['ALL CAPITALS', (question) => question.toUpperCase()],
  ['Sentence case only', (question) => question.charAt(0).toUpperCase() + question.slice(1).toLowerCase()],
  ['no question mark', withoutMark],
  ['"Can you tell me ..."', (question) => `Can you tell me ${withoutMark(lowerFirst(question))}?`],
  ['"hey bot, ..."', (question) => `hey bot, ${lowerFirst(question)}`],
  ['"..., please?"', (question) => `${withoutMark(question)}, please?`],
  ['"... thanks!"', (question) => `${question} thanks!`],
  ['"..., according to the coverage?"', (question) => `${withoutMark(question)}, according to the coverage?`],
  [
    'two letters swapped',
    (question) => question.replace(/\b([a-z])([a-z]{2})([a-z])([a-z])([a-z]{2,})\b/, '$1$2$4$3$5'),
  ],
  // The longest word of seven letters or more, one letter dropped or doubled in its middle.
  ['a letter dropped', (question) => inLongestWord(question, (word, i) => word.slice(0, i) + word.slice(i + 1))],
  [
    'a letter doubled',
    (question) => inLongestWord(question, (word, i) => word.slice(0, i) + word.charAt(i) + word.slice(i)),
  ],
  [
    'British spelling',
    (question) =>
      question
        .replace(/iz(e|ed|es|ing|ation)\b/g, 'is$1')
        .replace(/\bdefense\b/gi, 'defence')
        .replace(/\bcenter\b/g, 'centre'),
  ],
];

/** Per wording: how many verdicts stayed, and the questions that lost theirs (answered right as written, not reworded). */
export function wordingChanges(
  ask: AskFunction,
  questions: readonly Rewordable[],
): { wording: string; same: number; lost: string[] }[] {
  const verdict = (question: Rewordable, text: string) => {
    const answer = ask(text, { limit: 3 });
    return question.expect.length === 0
      ? !answer.answered
      : answer.answered &&
          answer.passages.slice(0, 3).some((passage) => containsAnySpan(passage.text, question.expect));
  };
  const asWritten = new Map(questions.map((question) => [question.id, verdict(question, question.question)]));
  return WORDINGS.map(([wording, reword]) => {
    let same = 0;
    const lost: string[] = [];
    for (const question of questions) {
      const reworded = reword(question.question);
      const kept = reworded === question.question || verdict(question, reworded) === asWritten.get(question.id);
      if (kept) same++;
      else if (asWritten.get(question.id)) lost.push(question.id);
    }
    return { wording, same, lost };
  });
}
