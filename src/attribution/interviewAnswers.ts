import type { Passage } from '../corpus/types.ts';
import { appositiveRole } from './appositiveRole.ts';
import { resolveName } from './speakerPhrase.ts';
import type { ArticleState, Attributed } from './speakerResolution.ts';

/**
 * An interview printed as questions and answers without labels: the interviewer's questions as paragraphs (or
 * headings) of their own, each followed by the answer. Its answers are the words of the person the introduction
 * names, as a transcript's turns are their speaker's.
 */
export interface Interview {
  /** The indexes of the passages that answer a question. */
  answers: ReadonlySet<number>;
  /** The passages before the first question: the introduction that names whom the questions are put to. */
  introduction: readonly Passage[];
}

/** A question put as a paragraph of its own: one sentence ending in "?", short, quoting nobody. */
const QUESTION = /^[^"“”?.!]{3,240}\?\s*$/u;
const MAX_QUESTION_WORDS = 30;
/** Questions enough to tell an interview from an article that asks the odd question of its reader. */
const MIN_QUESTIONS = 3;

const isQuestion = (text: string) => QUESTION.test(text) && text.split(/\s+/).length <= MAX_QUESTION_WORDS;

export function interviewOf(passages: readonly Passage[]): Interview | null {
  const answers = new Set<number>();
  let questions = 0;
  let first = -1;
  let answering = false;
  passages.forEach((passage, index) => {
    if (isQuestion(passage.text)) {
      questions++;
      if (first < 0) first = index;
      answering = true;
      return;
    }
    // A question set as a heading: the first passage under it opens the answer.
    const opensSection = index > 0 && passages[index - 1]?.section !== passage.section;
    if (opensSection && passage.section && isQuestion(passage.section)) {
      questions++;
      if (first < 0) first = index;
      answering = true;
    }
    if (answering) answers.add(index);
  });
  // Every question answered, and an introduction before the first.
  if (questions < MIN_QUESTIONS || first < 1) return null;
  for (let index = 0; index < passages.length; index++)
    if (isQuestion(passages[index]?.text ?? '') && !answers.has(index + 1)) return null;
  return { answers, introduction: passages.slice(0, first) };
}

/**
 * An interviewee's title may run long: "Ellen Harada, professor of political science and director of the Program on
 * Japanese Politics and Security at Lakemont, has studied ...".
 */
const INTRODUCED_TITLE_LENGTH = 200;

/** A run of two to four capitalised words: the shape of a person's name. */
const NAME_RUN = /\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){1,3}/gu;

/** The person an interview's introduction names first, with the role it gives them: whom the questions are put to. */
export function intervieweeOf(interview: Interview, state: ArticleState): Attributed | null {
  for (const passage of interview.introduction)
    for (const match of passage.text.matchAll(NAME_RUN)) {
      const named = resolveName(match[0].split(/\s+/), [], state.directory, state.local);
      if (!named || named.speaker.kind !== 'person') continue;
      state.introduce(named.speaker, named.name);
      const role = named.role ?? appositiveRole(passage.text, named.name, INTRODUCED_TITLE_LENGTH);
      if (role) state.roles.set(named.speaker.canonical, role);
      return { speaker: named.speaker, role, mention: named.name };
    }
  return null;
}
