import { carriersOf, nextPassageOf } from '../search/ask.ts';
import type { SearchEngine } from '../search/engine.ts';
import type { CitedPassage } from '../search/types.ts';
import { speakersOfPassage, type Attribution } from './attribution.ts';

/** Switches for the rule below, so it can be measured off. */
export const FOLLOWING_QUOTE_RULES = { kept: true };

/** A paragraph opening on a quotation mark: the speaker's own words. */
const OPENS_ON_QUOTE = /^\s*["“‘'«„]/u;

/**
 * "Dr Hoey, a lecturer in Galway, said small states face a similar question." then "\"Japan is showing there is a
 * wide menu of cooperation ...,\" Dr Hoey said.": a speaker introduced in reported speech goes on in their own words
 * in the next paragraph, which answers what they said though it repeats none of the question's words. Put right
 * after the paragraph that introduces it, when the same speaker speaks it.
 */
export function withQuotesFollowing(
  passages: readonly CitedPassage[],
  engine: SearchEngine,
  attribution: Attribution,
): CitedPassage[] {
  if (!FOLLOWING_QUOTE_RULES.kept) return [...passages];
  const shown = new Set(passages.flatMap((passage) => engine.groups.get(passage.id) ?? [passage.id]));
  const next = nextPassageOf(engine);
  return passages.flatMap((passage) => {
    const following = next.get(passage.id);
    if (
      !following ||
      shown.has(following.id) ||
      OPENS_ON_QUOTE.test(passage.text) ||
      !OPENS_ON_QUOTE.test(following.text) ||
      following.section !== engine.passageById.get(passage.id)?.section
    )
      return [passage];
    const speakers = speakersOfPassage(attribution, passage.id);
    if (!speakersOfPassage(attribution, following.id).some((speaker) => speakers.includes(speaker))) return [passage];
    for (const id of engine.groups.get(following.id) ?? [following.id]) shown.add(id);
    const quoted = { id: following.id, text: following.text, carriers: carriersOf(following.id, engine) };
    return [passage, { ...quoted, score: passage.score, matchedTerms: [] }];
  });
}
