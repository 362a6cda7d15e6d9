import { fileURLToPath } from 'node:url';
import { loadCorpus } from '../../src/corpus/loadCorpus.ts';
import type { Corpus, Passage } from '../../src/corpus/types.ts';

export const SEEDS_DIR = fileURLToPath(new URL('../../seeds/', import.meta.url));

/** The three seed articles, by outlet. */
export const RT = '000_f71c56816dc1f524';
export const APR = '001_fe31f7d76e41631b';
export const AM = '002_d1625408a4c11c81';

let seeds: Promise<Corpus> | null = null;

/** The seeds as the corpus module reads them, loaded once per test file. */
export function seedCorpus(): Promise<Corpus> {
  seeds ??= loadCorpus(SEEDS_DIR);
  return seeds;
}

/** A one-article corpus of the given paragraphs (passage ids `a#p1`, `a#p2`, ...). */
export function corpusOf(paragraphs: readonly string[], outlet = 'Example Outlet'): Corpus {
  const passages: Passage[] = paragraphs.map((text, index) => ({
    id: `a#p${index + 1}`,
    articleId: 'a',
    paragraph: index + 1,
    text,
    section: null,
  }));
  return {
    articles: [
      {
        meta: {
          id: 'a',
          file: 'a.txt',
          outlet,
          title: 'Example',
          date: null,
          dateline: null,
          byline: null,
          creditedSource: null,
          otherNames: [],
          url: null,
        },
        passages,
        captions: [],
      },
    ],
    passages,
    skipped: [],
    shortLines: new Uint32Array(),
  };
}
