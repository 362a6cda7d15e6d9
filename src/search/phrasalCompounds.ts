import { termOf } from './analyzer.ts';
import { irregularFormsOf } from './irregularForms.ts';

/** The particles a phrasal verb runs together with into one noun: "build up" / buildup, "set back" / setback. */
const PARTICLE_AFTER = /^\s+(up|down|out|off|over|back|away)\b/i;

/**
 * The one word the coverage writes a phrasal verb of the question as: "building up" where it says "a major arms
 * buildup", "stood off" where it says "standoff". The verb's stem, or the base of an irregular form ("stood" ->
 * stand), run together with the particle typed after it; null when the coverage has no such word.
 */
export function phrasalCompoundOf(
  word: { surface: string; stem: string },
  after: string,
  inCoverage: (stem: string) => boolean,
): string | null {
  const particle = PARTICLE_AFTER.exec(after)?.[1]?.toLowerCase();
  if (!particle) return null;
  for (const base of new Set([word.surface, word.stem, ...irregularFormsOf(word.surface)])) {
    const compound = termOf(`${base}${particle}`)?.stem;
    if (compound && inCoverage(compound)) return compound;
  }
  return null;
}
