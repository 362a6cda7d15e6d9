import { escapeRegExp } from '../regExpText.ts';
import { foldWord } from './analyzer.ts';
import type { SearchEngine } from './engine.ts';

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
  const candidates = [...engine.vocabulary.fuzzyGet(foldWord(typed), 1)]
    .filter(([surface]) => names.has(surface))
    .sort((a, b) => a[1][1] - b[1][1]);
  for (const [surface, [stems]] of candidates) {
    const [stem] = stems;
    if (!stem) continue;
    const pair = neighbour.before ? [neighbour.surface, surface] : [surface, neighbour.surface];
    const written = new RegExp(`(?<![\\p{L}\\p{N}])${pair.map(escapeRegExp).join('\\s+')}(?![\\p{L}\\p{N}])`, 'iu');
    const hits = engine.index.search(`${neighbour.stem} ${stem}`, { combineWith: 'AND', fields: ['text'] });
    if (hits.slice(0, PASSAGES_READ).some((hit) => written.test(engine.passageById.get(String(hit.id))?.text ?? '')))
      return { surface, stems };
  }
  return null;
}
