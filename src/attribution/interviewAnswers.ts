import type { Passage } from '../corpus/types.ts';
import { isCommonEnglishWord } from '../search/englishWords.ts';
import { STOP_WORDS } from '../search/stopWords.ts';
import { isCommonWord, isPlaceName, isPlacePhrase } from '../search/wordNet.ts';
import { appositiveRole } from './appositiveRole.ts';
import { resolveName, type NamedSpeaker } from './speakerPhrase.ts';
import type { ArticleState, Attributed } from './speakerResolution.ts';
import { turnLabelOf } from './transcriptLabels.ts';

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

/** Switches for the rules here, so that a test can show what each one does. */
export const INTERVIEW_RULES = { plausibleInterviewee: true, labelledQuestionsApart: true };

/** A question put as a paragraph of its own: one sentence ending in "?", short, quoting nobody. */
const QUESTION = /^[^"“”?.!]{3,240}\?\s*$/u;
const MAX_QUESTION_WORDS = 30;
/** Questions enough to tell an interview from an article that asks the odd question of its reader. */
const MIN_QUESTIONS = 3;

/**
 * A question labelled with who asks it ("SENATOR TULLY: And if there were a conflict?") is a transcript's turn, whose
 * answer is labelled too: the paragraphs after it are no unlabelled answers of whom the introduction names. "Q:"
 * names nobody, and its "A:" is still the interviewee's.
 */
const isQuestion = (text: string) =>
  QUESTION.test(text) &&
  text.split(/\s+/).length <= MAX_QUESTION_WORDS &&
  !(INTERVIEW_RULES.labelledQuestionsApart && turnLabelOf(text)?.kind === 'name');

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
/** The same, hyphenated parts whole ("Okafor-Lind", "Ferreira-Sato"). */
const HYPHENATED_NAME_RUN =
  /\p{Lu}[\p{Ll}'’]+(?:-\p{L}[\p{Ll}'’]+)*(?:\s+\p{Lu}[\p{Ll}'’]+(?:-\p{L}[\p{Ll}'’]+)*){1,3}/gu;

/**
 * Whom an interview's questions are put to, with the role the introduction gives them. The person its headline names
 * ("Choi Eun-ha on the Putin–Kim Treaty") if the introduction names them too; else the last person it names, who is
 * introduced just before the questions, after the news they are asked about ("When Vladimir Putin landed in
 * Pyongyang ... Few people have watched ... as closely as Choi Eun-ha.").
 */
export function intervieweeOf(interview: Interview, state: ArticleState, headline = ''): Attributed | null {
  if (!INTERVIEW_RULES.plausibleInterviewee) return firstNamedOf(interview, state);
  const candidates: { named: NamedSpeaker; passage: Passage }[] = [];
  for (const passage of interview.introduction)
    for (const match of passage.text.matchAll(HYPHENATED_NAME_RUN)) {
      const words = match[0].split(/\s+/);
      if (!plausiblePersonName(words)) continue;
      const named = resolveName(words, [], state.directory, state.local);
      if (named?.speaker.kind === 'person') candidates.push({ named, passage });
    }
  const chosen = candidates.find(({ named }) => headline.includes(named.name)) ?? candidates.at(-1);
  return chosen ? introducedAs(chosen.named, chosen.passage, state) : null;
}

/** The interviewee introduced to the article, with the role the introduction gives them. */
function introducedAs(named: NamedSpeaker, passage: Passage, state: ArticleState): Attributed {
  state.introduce(named.speaker, named.name);
  const role = named.role ?? appositiveRole(passage.text, named.name, INTRODUCED_TITLE_LENGTH);
  if (role) state.roles.set(named.speaker.canonical, role);
  return { speaker: named.speaker, role, mention: named.name };
}

/**
 * Whether capitalised words may be a person's name: not an owner ("President Joe Biden's hometown", whom nothing is
 * asked), not a place ("Indian Ocean", "Camp David"), not words of English only ("The Quadrilateral Security
 * Dialogue", "Lindenfeld Centre" has "Centre"), not a sentence's opening ("I'm Marisol Endicott", "So Tomas").
 */
function plausiblePersonName(words: readonly string[]): boolean {
  const last = words.at(-1) ?? '';
  const first = words[0] ?? '';
  if (/['’]s?$/u.test(last) || /['’]/u.test(first) || STOP_WORDS.has(first.toLowerCase())) return false;
  if (isPlacePhrase(words.join(' ')) || words.some((word) => isPlaceName(word))) return false;
  const english = (word: string) => isCommonWord(word) || isCommonEnglishWord(word);
  return !english(last) && !words.every(english);
}

/** The first person the introduction names: whom the questions were taken to be put to before the rule above. */
function firstNamedOf(interview: Interview, state: ArticleState): Attributed | null {
  for (const passage of interview.introduction)
    for (const match of passage.text.matchAll(NAME_RUN)) {
      const named = resolveName(match[0].split(/\s+/), [], state.directory, state.local);
      if (named?.speaker.kind === 'person') return introducedAs(named, passage, state);
    }
  return null;
}
