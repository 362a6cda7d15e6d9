import { foldWord, termOf } from './analyzer.ts';
import type { SearchEngine } from './engine.ts';
import { knownWordsOf } from './knownWords.ts';

/** The shortest clipped part read as the start of a longer one: "Asia-Pac" is Asia-Pacific; "Asia-P" is nothing. */
const MIN_CLIPPED_LETTERS = 3;
const COMPOUND = /(?<![\p{L}-])(\p{L}{2,})-(\p{L}+)(?![\p{L}-])/gu;

/**
 * A question with each hyphenated compound whose second part is clipped ("Asia-Pac", "Indo-Pac") written as the
 * one compound of the coverage it begins: "Asia-Pacific". A part the coverage has as a word stays as typed, and
 * so does a clipping that begins several of its compounds.
 */
export function clippedCompoundsWritten(question: string, engine: SearchEngine): string {
  return question.replace(COMPOUND, (compound: string, first: string, second: string) => {
    if (second.length < MIN_CLIPPED_LETTERS || engine.documentFrequency.has(termOf(second)?.stem ?? second))
      return compound;
    const typed = foldWord(`${first}${second}`);
    const endings = new Set<string>();
    for (const [letters, hyphenAt] of knownWordsOf(engine).hyphenated)
      if (hyphenAt === first.length && letters.length > typed.length && letters.startsWith(typed))
        endings.add(letters.slice(hyphenAt));
    if (endings.size !== 1) return compound;
    const [ending = ''] = endings;
    const written = /^\p{Lu}/u.test(second) ? ending.charAt(0).toUpperCase() + ending.slice(1) : ending;
    return `${first}-${written}`;
  });
}
