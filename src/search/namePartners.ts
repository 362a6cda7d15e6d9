import { escapeRegExp } from '../regExpText.ts';
import { foldWord } from './analyzer.ts';
import type { SearchEngine } from './engine.ts';
import { spellingVariants } from './spelling.ts';

/** Switches for the rules below, so that a test can show what each one does. */
export const NAME_PARTNER_RULES = {
  /** "Moa Ning": two neighbouring letters swapped are one slip, though two edits apart. */
  swappedLetters: true,
  /** "Kim Seol Wha" for "Kim Seol-hwa": the coverage may join the two parts with a hyphen, as Korean given names are. */
  hyphenJoined: true,
};

/** Passages read, at most, to find a name written whole. */
const PASSAGES_READ = 20;

/**
 * The coverage's spelling of a short name part typed one letter off beside a name part it has ("Mao Ming" for
 * "Mao Ning", "Jen Stoltenberg"): too short to correct on its own, it is corrected where the coverage writes the
 * corrected part next to the same neighbour, in the same order. Null when no such name is written.
 */
export function namePartnerSpelling(
  typed: string,
  neighbour: { surface: string; stem: string; before: boolean },
  engine: SearchEngine,
  names: ReadonlySet<string>,
): { surface: string; stems: string[] } | null {
  const folded = foldWord(typed);
  const swapped = NAME_PARTNER_RULES.swappedLetters
    ? spellingVariants(folded).flatMap((variant) => {
        const stems = engine.vocabulary.get(variant);
        return stems ? [[variant, [stems, 1]] as const] : [];
      })
    : [];
  const candidates = [...engine.vocabulary.fuzzyGet(folded, 1), ...swapped]
    .filter(([surface]) => names.has(surface))
    .sort((a, b) => a[1][1] - b[1][1]);
  for (const [surface, [stems]] of candidates) {
    const [stem] = stems;
    if (!stem) continue;
    const pair = neighbour.before ? [neighbour.surface, surface] : [surface, neighbour.surface];
    const between = NAME_PARTNER_RULES.hyphenJoined ? '(?:\\s+|\\s*[-\\u2010\\u2011]\\s*)' : '\\s+';
    const written = new RegExp(`(?<![\\p{L}\\p{N}])${pair.map(escapeRegExp).join(between)}(?![\\p{L}\\p{N}])`, 'iu');
    const hits = engine.index.search(`${neighbour.stem} ${stem}`, { combineWith: 'AND', fields: ['text'] });
    if (hits.slice(0, PASSAGES_READ).some((hit) => written.test(engine.passageById.get(String(hit.id))?.text ?? '')))
      return { surface, stems };
  }
  return null;
}

/**
 * A name typed with one of its parts a letter off ("mao ming", "Jen Stoltenberg"), as the coverage writes it: each
 * part it lacks is corrected beside a neighbouring part it has (namePartnerSpelling). Null when nothing is corrected.
 */
export function namePartsCorrected(phrase: string, engine: SearchEngine, names: ReadonlySet<string>): string | null {
  const words = phrase.split(/\s+/);
  if (words.length < 2) return null;
  const stemOf = (word: string) => engine.vocabulary.get(foldWord(word))?.[0];
  const has = (word: string | undefined) =>
    word !== undefined && names.has(foldWord(word)) && stemOf(word) !== undefined;
  let changed = false;
  const corrected = words.map((word, i) => {
    if (has(word) || word.length < 3) return word;
    const before = words[i - 1];
    const after = words[i + 1];
    const neighbour = has(before) ? before : has(after) ? after : undefined;
    if (!neighbour) return word;
    const partner = namePartnerSpelling(
      word,
      { surface: foldWord(neighbour), stem: stemOf(neighbour) ?? '', before: neighbour === before },
      engine,
      names,
    );
    if (!partner) return word;
    changed = true;
    return /^\p{Lu}/u.test(word)
      ? partner.surface.replace(/^\p{Ll}/u, (first) => first.toUpperCase())
      : partner.surface;
  });
  return changed ? corrected.join(' ') : null;
}
