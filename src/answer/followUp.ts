import { speakerAskedAbout } from '../attribution/askWithSpeakers.ts';
import type { Attribution } from '../attribution/attribution.ts';

/** Words that point back to the earlier question: a follow-up that holds one cannot be read alone. */
const POINTS_BACK = /\b(?:he|she|they|him|her|them|his|hers|its|their|it|this|those|these|there|then|the same|such)\b/i;
/** "that" points back ("when was that?", "in that document") unless it opens a clause ("said that the US ..."). */
const THAT_POINTS_BACK = /\b[Tt]hat\b(?!\s+(?:[Tt]he|[Aa]n?|[Ii]t|[Hh]e|[Ss]he|[Tt]hey|[Ww]e|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Tt]his|[Tt]hese|[Tt]hose|[Tt]here|\p{Lu}))/u;
/** Openings that continue the earlier question: "and Russia?", "what about new technologies?". */
const CONTINUES = /^\s*(?:and|but|also|so|or|what about|how about|same for)\b/i;
/** Personal pronouns as a subject or object, which stand for the earlier question's speaker. */
const PERSON_PRONOUN = /\b(?:he|she|him|her)\b/i;

/** A follow-up read in the light of the earlier question. */
export interface ResolvedFollowUp {
  /** The question with a pronoun for the earlier speaker replaced by the speaker's name. */
  question: string;
  /** Whether it leans on the earlier question (and so must be answered with its concepts). */
  dependsOnContext: boolean;
}

/**
 * How a follow-up in a thread relates to the question before it. "Did he say anything about Moscow?" after
 * "What did Putin say ...?" is asked about Putin; "And how is that affecting its ties with China?" leans on the
 * earlier question; "What did Mao Ning say?" stands alone.
 */
export function resolveFollowUp(question: string, context: string, attribution: Attribution): ResolvedFollowUp {
  const dependsOnContext = dependsOnEarlier(question);
  const speaker = PERSON_PRONOUN.test(question) ? speakerAskedAbout(context, attribution)?.speaker : undefined;
  return { question: speaker ? question.replace(PERSON_PRONOUN, speaker) : question, dependsOnContext };
}

/** Whether a question leans on the one before it: it points back, continues it, or is too short to stand alone. */
export function dependsOnEarlier(question: string): boolean {
  return POINTS_BACK.test(question) || THAT_POINTS_BACK.test(question) || CONTINUES.test(question) || contentWords(question) <= 2;
}

function contentWords(text: string): number {
  return text.split(/[^\p{L}\p{N}]+/u).filter((word) => word.length > 3).length;
}
