import { foldWord, termOf } from './analyzer.ts';
import type { SearchEngine } from './engine.ts';
import { isListedWord } from './englishWords.ts';
import { knownWordsOf } from './knownWords.ts';
import { outletsNamedIn } from './outletNamedIn.ts';

/** Switches for the rule below, so the eval can print what it is worth (ablation). */
export const SHORTHAND_RULES = { titlesDropped: true };

/**
 * A post in shorthand, then a name the coverage writes: a few capitals ("FM Hayashi", "SG Stoltenberg"), two words
 * run together ("SecGen Stoltenberg") or a cut word with its point ("Amb. Kim").
 */
const SHORTHAND_BEFORE_NAME =
  /(?<![\p{L}\p{N}])(\p{Lu}{2,3}|\p{Lu}\p{Ll}{1,4}\p{Lu}\p{Ll}{1,4}|\p{Lu}\p{Ll}{1,3}\.)\s+(\p{Lu}\p{Ll}[\p{L}'’-]*)/gu;

/**
 * The question without the shorthand posts the coverage never writes before names it does: "SecGen Stoltenberg"
 * says no more than "Stoltenberg", and as one name it is a speaker nobody quotes.
 */
export function withoutTitleShorthand(question: string, engine: SearchEngine): string {
  if (!SHORTHAND_RULES.titlesDropped) return question;
  const names = knownWordsOf(engine).names;
  return question.replace(SHORTHAND_BEFORE_NAME, (whole, title: string, name: string) => {
    const stem = termOf(title.replace(/\.$/, ''))?.stem;
    // An outlet's name ("the RT Kim quote") says where, which the question keeps.
    const known =
      (stem !== undefined && engine.documentFrequency.has(stem)) ||
      outletsNamedIn(title, engine.corpus.articles) !== null;
    const bareName = name.replace(/['’]s$/u, '');
    return !known && names.has(foldWord(bareName)) && !isListedWord(bareName) ? name : whole;
  });
}
