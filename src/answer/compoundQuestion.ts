import { speakerAskedAbout, type LeadSpeaker, type SpeakerAnswer } from '../attribution/askWithSpeakers.ts';
import type { Attribution } from '../attribution/attribution.ts';
import { eventOnlyPlanned, onlyAside, premiseUnmet } from '../search/ask.ts';
import { CLAIM_FRAME, takesAsDone } from '../search/plannedEvents.ts';
import type { SearchEngine } from '../search/engine.ts';
import type { AskOptions } from '../search/types.ts';
import { dependsOnEarlier } from './followUp.ts';
import { pagedAnswer } from './pagedAnswer.ts';

/** A second question joined to the first: "what does China think about the office and what does Russia think?". */
const SECOND_QUESTION =
  /,?\s+and\s+(?=(?:what|how|who|whom|whose|when|where|why|which|did|does|do|is|are|was|were|has|have)\b)/i;
const CONJUNCTION = /\s*,\s*(?:and\s+)?|\s+and\s+/i;
/**
 * "How did China's and Russia's responses to NATO's plans differ?", "How do Kim's and Putin's accounts of
 * Washington's aims compare?": what each of two speakers said on the topic.
 */
const PAIRED_VIEWS =
  /^\s*(?:how|in\s+what\s+ways?|where)\s+(?:did|do|does)\s+(?:the\s+)?(.+?)['’]s?\s+and\s+(?:the\s+)?(.+?)['’]s?\s+(?:[\p{L}-]+\s+)?(?:responses?|reactions?|views?|positions?|stances?|takes?|accounts?|comments?|remarks?|statements?|words|criticisms?|descriptions?|characteri[sz]ations?)\s+(?:to|on|about|of)\s+(.+?)\s+(?:differ|compare|contrast|diverge|line\s+up)\b/iu;
/** A question asking whether something is so: "Did ...", "Has ...", "Is ...". */
const YES_NO = /^\s*(?:did|does|do|has|have|had|is|are|was|were|will|would)\b/i;
/** A question about what someone said or thinks: "what did Kim say about it", "how did China react". */
const SPEECH_ASKED =
  /\b(?:say|said|says|think|thinks|thought|react|reacted|respond|responded|comment|commented|claim|claimed|argue|argued|view|views|stance|position|reaction|response)\b/i;
/** Speakers asked about at once; a longer list is read as one question (each part costs a whole answer). */
const MAX_PARTS = 4;

/**
 * The questions a compound question asks, or null when it asks one. "What did China and Russia say about NATO?"
 * asks it of each speaker the subject names; "What does China think about the office and what does Russia
 * think?" is two questions.
 */
export function partsOf(question: string, attribution: Attribution): string[] | null {
  const paired = question.match(PAIRED_VIEWS);
  if (paired) {
    const [, first = '', second = '', topic = ''] = paired;
    const speakers = [first, second].map((name) => speakerAskedAbout(`What did ${name} say?`, attribution)?.speaker);
    if (speakers.every(Boolean) && speakers[0] !== speakers[1])
      return [first, second].map((name) => `What did ${name} say about ${topic.trim()}?`);
  }
  const asked = speakerAskedAbout(question, attribution);
  if (asked && /\sand\s/i.test(asked.subject)) {
    const conjuncts = asked.subject
      .replace(/^(?:the|both)\s+/i, '')
      .split(CONJUNCTION)
      .filter(Boolean);
    const speakers = conjuncts.map((conjunct) => speakerAskedAbout(`What did ${conjunct} say?`, attribution)?.speaker);
    if (
      conjuncts.length >= 2 &&
      conjuncts.length <= MAX_PARTS &&
      speakers.every(Boolean) &&
      new Set(speakers).size === speakers.length
    ) {
      return conjuncts.map((conjunct) => question.replace(asked.subject, conjunct));
    }
  }
  const split = question.split(SECOND_QUESTION);
  const words = (part: string) => part.split(/\s+/).filter(Boolean).length;
  return split.length === 2 && split.every((part) => words(part) >= 3) ? split.map((part) => part.trim()) : null;
}

/**
 * One answer from the answers to each part: their passages taken in turn (each once), their lead speakers in
 * the same turn, paged as any answer is. Refused only when every part is, with the first part's reason.
 */
export function mergedAnswer(
  question: string,
  answers: readonly SpeakerAnswer[],
  engine: SearchEngine,
  options: AskOptions,
): SpeakerAnswer {
  const answered = answers.filter((answer) => answer.answered);
  const first = answers[0];
  if (!first) throw new Error('no parts to merge');
  const absentTopic = COMPOUND_RULES.absentTopicOfSpeaker ? absentTopicOfSameSpeaker(answers) : undefined;
  if (absentTopic) return { ...absentTopic, question };
  if (answered.length === 0 || restsOnUnmetPremise(answers)) return { ...first, question };
  const passages = inTurn(
    answered.map((answer) => answer.passages),
    (passage) => passage.id,
  );
  const speakers = inTurn(
    answered.map((answer) => answer.speakers),
    (speaker: LeadSpeaker) => speaker.speaker,
  );
  const asksWho = answered.some((answer) => answer.asksWho);
  return pagedAnswer(question, passages, speakers, asksWho, engine, options);
}

/** Switches for the rules below, so that a test can show what each one does. */
export const COMPOUND_RULES = {
  absentThingReferred: true,
  absentPersonReferred: true,
  whyPremise: true,
  /** "When did the office finally open, and who heads it there?": an event reported only as planned. */
  plannedEventAsked: true,
  /** "What was Seoul's reaction ..., and where was it published?": a reply by someone never quoted, asked after. */
  unquotedSpeakerReferred: true,
  /** "What did Putin warn Europe about, and what did he call the Gaza war?": his words on what is not in it. */
  absentTopicOfSpeaker: true,
  /** "..., and did he really call the Gaza war a tragedy?": the same speaker referred back to by a pronoun. */
  pronounSpeaker: true,
};
/** A capitalised word of a name, as a refusal quotes it. */
const NAME_WORD = String.raw`\p{Lu}[\p{L}'’-]*`;
/** A refusal for a name the coverage never mentions, of two words or more ("Kim Jong Un"). */
const ABSENT_NAME = new RegExp(String.raw`: it never mentions "${NAME_WORD}(?:\s+${NAME_WORD})+"\.?$`, 'u');
/** A refusal for a name the coverage never mentions, of one word or more ("Gaza"). */
const ABSENT_ANY_NAME = new RegExp(String.raw`: it never mentions "${NAME_WORD}(?:\s+${NAME_WORD})*"\.?$`, 'u');
const PERSON_REFERENCE = /\b(?:he|she|him|his|her)\b/iu;
/** A part asking only when, where or in what a reply was given: "and where was it published?". */
const CIRCUMSTANCE_ASKED = /^\s*(?:(?:and|but|so|also)\s+)?(?:when|where|(?:in|on|at)\s+(?:what|which))\b/iu;
/** A refusal for a speaker the coverage never quotes ("South Korean government"). */
const UNQUOTED_SPEAKER = /: it quotes nobody as “[^”]+”\.?$/u;
/** A refusal for things the coverage never mentions, named in the plural ("troops"). */
const ABSENT_PLURAL = /: it never mentions "[^"]*\p{L}{2}s"/u;
const PLURAL_REFERENCE = /\b(?:they|them|their|those|these)\b/iu;

/**
 * Whether the later parts refer back to what the first was refused for: a plural the coverage never mentions
 * ("troops") and a plural pronoun after it ("them"). A singular "it" may be anything the first part named.
 */
function absentReferredBack(reason: string, rest: readonly SpeakerAnswer[]): boolean {
  return ABSENT_PLURAL.test(reason) && rest.some((answer) => PLURAL_REFERENCE.test(answer.question));
}

/**
 * "How many troops are slated for the drills, and does the coverage link them to ...?": a first part refused for a
 * thing the coverage never mentions, which the later parts refer back to ("them"), leaves nothing to report after it.
 * "Did Japan sign the programme at Vilnius, and what ended up in it?": a yes/no first part refused for what it takes
 * as given (an event not reported as done, a name never mentioned), and later parts asking after it ("it", "then")
 * rather than what someone said: there is nothing after it to report.
 */
function restsOnUnmetPremise(answers: readonly SpeakerAnswer[]): boolean {
  const [first, ...rest] = answers;
  // "Why did Kim Jong Un go on TV ..., and what did he say?": a person the coverage never mentions, whom "he" then
  // stands for; what he said is no more in it than he is.
  if (
    COMPOUND_RULES.absentPersonReferred &&
    refusedThenAskedAfter(answers, ABSENT_NAME, (question) => PERSON_REFERENCE.test(question))
  )
    return true;
  // "What was Seoul's official reaction to the statement, and where was it published?": the reply of someone the
  // coverage never quotes, whose time or place the later parts ask ("it", "he"): none of it is in the coverage.
  if (
    COMPOUND_RULES.unquotedSpeakerReferred &&
    refusedThenAskedAfter(
      answers,
      UNQUOTED_SPEAKER,
      (question) => dependsOnEarlier(question) && CIRCUMSTANCE_ASKED.test(question),
    )
  )
    return true;
  return (
    first !== undefined &&
    !first.answered &&
    premiseUnmet(first.reason) &&
    (YES_NO.test(first.question) ||
      CLAIM_FRAME.test(first.question) ||
      // "Why did Japan open the office ...": a part taking as done what it asks the reason for.
      (COMPOUND_RULES.whyPremise && takesAsDone(first.question)) ||
      // "When has the office finally opened, and who is the chief there?": any part asking after an event the
      // coverage reports only as planned or ahead takes it as done, whatever its question word.
      (COMPOUND_RULES.plannedEventAsked && eventOnlyPlanned(first.reason)) ||
      (COMPOUND_RULES.absentThingReferred && absentReferredBack(first.reason ?? '', rest))) &&
    rest.every((answer) => dependsOnEarlier(answer.question) && !SPEECH_ASKED.test(answer.question))
  );
}

/** Whether the first part was refused for `reason` and every later part asks after it as `asksAfter` reads it. */
function refusedThenAskedAfter(
  answers: readonly SpeakerAnswer[],
  reason: RegExp,
  asksAfter: (question: string) => boolean,
): boolean {
  const [first, ...rest] = answers;
  return (
    first !== undefined &&
    !first.answered &&
    reason.test(first.reason ?? '') &&
    rest.length > 0 &&
    rest.every((answer) => asksAfter(answer.question))
  );
}

/**
 * "What did Putin warn Europe about, and what did he call the Gaza war?": a later part asking what the speaker
 * the first part asks about said on a name the coverage never mentions: the occasion asked about is not in it.
 */
function absentTopicOfSameSpeaker(answers: readonly SpeakerAnswer[]): SpeakerAnswer | undefined {
  const speaker = answers[0]?.askedSpeaker;
  if (!speaker) return undefined;
  // "..., and did he really call the Gaza war a tragedy?": a yes/no part referring back to the speaker (its "he" read as
  // the name), refused for a name the coverage never mentions or that only a line outside its articles gives.
  const sameSpeaker = (answer: SpeakerAnswer) =>
    answer.askedSpeaker === speaker ||
    (COMPOUND_RULES.pronounSpeaker &&
      answer.askedSpeaker === null &&
      (PERSON_REFERENCE.test(answer.question) || answer.question.toLowerCase().includes(speaker.toLowerCase())));
  const absent = (answer: SpeakerAnswer) =>
    ABSENT_ANY_NAME.test(answer.reason ?? '') || (COMPOUND_RULES.pronounSpeaker && onlyAside(answer.reason));
  return answers.slice(1).find((answer) => !answer.answered && sameSpeaker(answer) && absent(answer));
}

/** The lists' items taken one from each in turn, each key once. */
function inTurn<T>(lists: readonly (readonly T[])[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  const out: T[] = [];
  for (let i = 0; lists.some((list) => i < list.length); i++) {
    for (const list of lists) {
      const item = list[i];
      if (item === undefined || seen.has(key(item))) continue;
      seen.add(key(item));
      out.push(item);
    }
  }
  return out;
}
