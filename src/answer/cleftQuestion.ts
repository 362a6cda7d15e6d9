import { foldWord, termOf } from '../search/analyzer.ts';
import type { SearchEngine } from '../search/engine.ts';

/** Switches for the rule below, so the eval can print what it is worth (ablation). */
export const CLEFT_RULES = { unknownChecked: true };

/**
 * "Was it Yonhap, the South Korean agency, that published Kim's remarks?": the name put to the check, an optional
 * apposition saying what kind of thing it is, and what was done.
 */
const CLEFT =
  /^\s*(?:[Ww]as|[Ii]s|[Ww]ere|[Ww]asn['’]t|[Ii]sn['’]t)\s+it\s+(?:really\s+|actually\s+)?(\p{Lu}[\p{L}\p{N}'’.-]*(?:\s+\p{Lu}[\p{L}\p{N}'’.-]*){0,3})(?:\s*,\s*(?:an?|the)\s+((?:[\p{L}-]+\s+){0,3}?([\p{Ll}-]+))\s*,)?\s+(?:that|who|which)\s+(.{8,})$/u;

/**
 * A question checking whether a name the coverage never mentions did something, asked as who (or which kind, when
 * the question says what kind of thing it is) did it: the answer names who did, which tells the user it was not
 * the one they named. A name the coverage has is left to be checked against it.
 */
export function cleftOfUnknown(question: string, engine: SearchEngine): string | null {
  if (!CLEFT_RULES.unknownChecked) return null;
  const match = CLEFT.exec(question);
  if (!match) return null;
  const [, name = '', , kind, done = ''] = match;
  const known = name.split(/\s+/).some((word) => {
    const stem = termOf(word)?.stem;
    return stem !== undefined && engine.documentFrequency.has(stem);
  });
  if (known || foldWord(name).length < 2) return null;
  return kind ? `Which ${kind} ${done}` : `Who ${done}`;
}
