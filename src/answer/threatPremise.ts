import { analyzeQuestion } from '../search/analyzeQuestion.ts';
import { termOf } from '../search/analyzer.ts';
import type { SearchEngine } from '../search/engine.ts';
import { saysEvent } from '../search/plannedEvents.ts';
import type { CitedPassage } from '../search/types.ts';
import { isNoun, nounSynonymStems, RELATION_WEIGHTS } from '../search/wordNet.ts';

/** Switches for the rules below, so that a test can show what each one does. */
export const THREAT_RULES = {
  /** "threaten missile launches": the thing threatened stands in by its noun senses' synonyms only. */
  nounSenses: true,
};

/** Words that place or condition what is threatened, after it: "over", "if", "against". */
const AFTER_THREAT = String.raw`(?:if|unless|over|because|should|against|on|in|at|after|before|when|with|for|to)\b`;

/**
 * "threatened military strikes on the office", "threatened to make missile tests against Japan", "threatened that
 * Pyongyang would carry out missile tests if ...": the thing threatened, up to the words that place or condition it.
 */
const THREATENED = new RegExp(
  String.raw`\bthreat(?:en|ens|ened|ening)\s+(?:that\s+(?:[\p{L}'’-]+\s+){1,3}?(?:would|will|could|might)\s+|to\s+)?(?!${AFTER_THREAT})((?:[\p{L}'’-]+\s+){0,4}?[\p{L}'’-]+)(?=\s+${AFTER_THREAT}|\s*[?.!,;]|\s*$)`,
  'iu',
);

/** A threat as a question puts it: the words typed ("threatened military strikes") and the thing's head noun. */
export interface ThreatAsked {
  typed: string;
  head: string;
}

/**
 * The threat a question takes as made, when it names what was threatened by a common noun ("military strikes",
 * "missile tests"); null for "what did Russia threaten?" or a threat to a named party ("threaten Japan").
 */
export function threatAsked(question: string): ThreatAsked | null {
  const match = THREATENED.exec(question);
  const object = match?.[1];
  if (!match || !object) return null;
  const head = object.split(/\s+/).at(-1) ?? '';
  if (!/^\p{Ll}+$/u.test(head) || !isNoun(head)) return null;
  return { typed: question.slice(match.index, match.index + match[0].length).trim(), head };
}

/**
 * Whether the answer's passages say the thing threatened, or a word standing for it (a synonym; "action" is no
 * "strike"): a threat the coverage reports names what it threatens. Read as an event premise is (saysEvent).
 */
export function threatSaid(threat: ThreatAsked, passages: readonly CitedPassage[], engine: SearchEngine): boolean {
  const [concept] = analyzeQuestion(threat.head, engine);
  const stems = new Set([termOf(threat.head)?.stem ?? threat.head, ...(concept?.ownStems ?? [])]);
  // A thing threatened is a noun: "launches" stands in by the noun's synonyms, not by the verb's "establish".
  const nounSenses = THREAT_RULES.nounSenses ? nounSynonymStems(threat.head) : null;
  const standIns = new Set(
    [...(concept?.related ?? [])]
      .filter(([stem, strength]) => strength >= RELATION_WEIGHTS.synonym && (!nounSenses || nounSenses.has(stem)))
      .map(([stem]) => stem),
  );
  return saysEvent(
    passages.map((passage) => passage.text),
    { typed: threat.typed, stems },
    standIns,
  );
}
