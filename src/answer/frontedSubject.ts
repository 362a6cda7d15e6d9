import { DETERMINERS } from '../search/plannedEvents.ts';
import { STOP_WORDS } from '../search/stopWords.ts';

/** Switches for the rule below, so the eval can print what it is worth (ablation). */
export const FRONTED_SUBJECT_RULES = { resumed: true };

/**
 * "The Republic government in Seoul, how did they respond to ...?", "Putin, how he explain ...": a subject set
 * before the question, a comma, and the question taking it up again with a pronoun as its subject.
 */
const FRONTED =
  /^\s*([^,?;:!]{2,60}?)\s*,\s+(how|what|why|when|where)\s+((?:did|does|do|is|was|are|were|has|have|had|will|would|can|could)\s+)?(?:they|he|she|it)\s+(?=\p{L})/iu;
/** Most words a subject set before the question runs to. */
const MOST_WORDS = 8;

/**
 * The question with a subject set before it put back in the place of the pronoun that takes it up: "The Republic
 * government in Seoul, how did they respond to the accusation?" -> "how did the Republic government in Seoul respond
 * to the accusation?", so that who is asked about is read as in any question; null when the question is not so
 * built. A phrase opening with a function word is no subject: "In the NATO document of 2022, how they classify
 * Moscow", "what about kishida, when did he meet him".
 */
export function frontedSubjectResumed(question: string): string | null {
  if (!FRONTED_SUBJECT_RULES.resumed) return null;
  const match = FRONTED.exec(question);
  if (!match) return null;
  const [whole, subject = '', asked = '', auxiliary = ''] = match;
  const words = subject.split(/\s+/);
  const first = words[0] ?? '';
  if (words.length > MOST_WORDS || (STOP_WORDS.has(first.toLowerCase()) && !DETERMINERS.test(first))) return null;
  const named = DETERMINERS.test(first) ? [first.toLowerCase(), ...words.slice(1)].join(' ') : subject;
  return `${asked} ${auxiliary}${named} ${question.slice(whole.length)}`;
}
