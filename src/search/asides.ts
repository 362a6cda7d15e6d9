import { tokensOf } from './analyzer.ts';
import type { SearchEngine } from './engine.ts';

/** The pages' lines outside their articles, as stems: looked up by a stem they hold. */
interface AsideIndex {
  texts: string[];
  stems: ReadonlySet<string>[];
  sequences: string[][];
  byStem: Map<string, number[]>;
}

const indexes = new WeakMap<SearchEngine, AsideIndex>();

function asideIndexOf(engine: SearchEngine): AsideIndex {
  let index = indexes.get(engine);
  if (index) return index;
  index = { texts: [], stems: [], sequences: [], byStem: new Map() };
  for (const article of engine.corpus.articles)
    for (const text of article.asides) {
      const sequence = tokensOf(text).map((token) => token.stem);
      const n = index.texts.push(text) - 1;
      index.sequences.push(sequence);
      const stems = new Set(sequence);
      index.stems.push(stems);
      for (const stem of stems) {
        const list = index.byStem.get(stem);
        if (list) list.push(n);
        else index.byStem.set(stem, [n]);
      }
    }
  indexes.set(engine, index);
  return index;
}

/**
 * The first line outside the articles holding one of `anchors` (stems) that `fits`, or null: "Putin warns Europe on
 * militarization, calls Gaza war a tragedy", for a question on Putin, Europe and militarizing.
 */
export function asideWhere(
  engine: SearchEngine,
  anchors: readonly string[],
  fits: (stems: ReadonlySet<string>, sequence: readonly string[]) => boolean,
): string | null {
  const index = asideIndexOf(engine);
  const seen = new Set<number>();
  for (const anchor of anchors)
    for (const n of index.byStem.get(anchor) ?? []) {
      if (seen.has(n)) continue;
      seen.add(n);
      if (fits(index.stems[n] ?? new Set(), index.sequences[n] ?? [])) return index.texts[n] ?? null;
    }
  return null;
}
