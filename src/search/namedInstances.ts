import { splitWords, termOf } from './analyzer.ts';
import type { Concept } from './analyzeQuestion.ts';
import { instanceStems } from './wordNet.ts';

/** "Which countries ...", "what city did ...", "which three countries": a question asking which named ones of a kind. */
const ASKS_WHICH =
  /^\s*(?:(?:and|so|ok(?:ay)?|then)\s*,?\s+)?(?:which|what)\s+(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+)?([\p{L}-]+)\b/iu;

/** "In which other cities ...", "from what other countries ...": a preposition before, "other" after. */
const ASKS_WHICH_OTHER =
  /^\s*(?:(?:and|so|ok(?:ay)?|then)\s*,?\s+)?(?:(?:in|from|to|at|for|with|on|by|into|of)\s+)?(?:which|what)\s+(?:other\s+)?(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+)?(?:other\s+)?([\p{L}-]+)\b/iu;

/** Switches for the rules here, so that a test can show what each one does. */
export const INSTANCE_RULES = { otherAfterPreposition: true };

/**
 * Named instances of the kind a question asks for ("which countries" -> Germany, Italy, Japan), as corpus stems,
 * less the names the question itself gives: the answer names others. Null when it asks for no kind of named thing.
 */
export function instancesAsked(
  question: string,
  concepts: readonly Concept[],
  inCorpus: (stem: string) => boolean,
): { kind: Concept; instances: ReadonlySet<string> } | null {
  const word = question.match(INSTANCE_RULES.otherAfterPreposition ? ASKS_WHICH_OTHER : ASKS_WHICH)?.[1]?.toLowerCase();
  const kind = concepts.find((concept) => concept.label.toLowerCase() === word);
  if (!kind) return null;
  const given = new Set(concepts.flatMap((concept) => concept.phrasings.flat()));
  const instances = new Set<string>();
  for (const stem of kind.ownStems)
    for (const instance of instanceStems(stem, inCorpus)) if (!given.has(instance)) instances.add(instance);
  return instances.size > 0 ? { kind, instances } : null;
}

/** How many of the instances a text names, each written as a name (capitalised): "provides" is not Providence. */
export function instancesNamed(text: string, instances: ReadonlySet<string>): number {
  const named = new Set<string>();
  for (const word of splitWords(text)) {
    if (!/^\p{Lu}/u.test(word)) continue;
    const stem = termOf(word)?.stem;
    if (stem && instances.has(stem)) named.add(stem);
  }
  return named.size;
}
