import { ACRONYM_RANK } from './analyzeQuestion.ts';
import { englishRank } from './englishWords.ts';
import { STOP_WORDS } from './stopWords.ts';

/** Switches for the rule below, so it can be measured off. */
export const SHOUTING_RULES = { lowered: true };

/** A word of three or more capitals standing alone (not part of "U.S." or "anti-NATO"). */
const CAPITALS = /(?<![\p{L}\p{N}.'’-])\p{Lu}{3,}(?![\p{L}\p{N}'’-]|\.\p{L})/gu;

/**
 * "Does Pyongyang claim the WHOLE WORLD is alarmed?", "Give me the NUMBER!": common English words typed in capitals
 * in a question that is otherwise cased are shouted for emphasis, and mean what they mean in lower case. Read as
 * capitals they would be a name ("Whole World") to be matched whole, with no synonyms. A question typed all in
 * capitals is left alone: its analysis already reads it as saying nothing of names.
 */
export function withShoutingLowered(question: string): string {
  if (!SHOUTING_RULES.lowered || !/\p{Ll}/u.test(question)) return question;
  return question.replace(CAPITALS, (word) => {
    const lower = word.toLowerCase();
    // Commoner in English than the rank analyzeQuestion reads acronyms by, a word in capitals is shouted ("WHOLE",
    // "NUMBER"), not an acronym ("NATO", "KCNA": no rank at all); stop words, which no rank lists ("HOW"), are too.
    return STOP_WORDS.has(lower) || (englishRank(lower) ?? Infinity) <= ACRONYM_RANK ? lower : word;
  });
}
