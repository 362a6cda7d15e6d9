/**
 * The checks every set of invented layout pages is held to (fixtures/<set>-gold.json, read off the pages by eye):
 * outlet, headline, date and byline as printed, passages from the body's first paragraph to its last, chosen body
 * sentences in passages, chrome in none, captions kept apart, and each page giving the same article alone.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildCorpus } from '../../src/corpus/loadCorpus.ts';
import { collapseSpaces, straightenQuotes } from '../../src/corpus/normalizeText.ts';
import type { SeedFile } from '../../src/corpus/readSeedFiles.ts';
import type { Article, Corpus } from '../../src/corpus/types.ts';

interface Gold {
  file: string;
  layout: string;
  outlet: string;
  title: string;
  date: string | null;
  byline: string | null;
  bodyStartsWith: string;
  bodyEndsWith: string;
  sentences: string[];
  chrome: string[];
  captions?: string[];
}

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const seedFile = (name: string): SeedFile => ({
  name,
  format: /\.html?$/.test(name) ? 'html' : 'text',
  text: fixture(name),
});
/** As the development set is scored: curly quotes straight, spaces collapsed. */
const normal = (text: string) => collapseSpaces(straightenQuotes(text).replace(/\s+/g, ' '));

export function describeLayoutGold(title: string, goldFile: string): void {
  const GOLD = JSON.parse(fixture(goldFile)) as Gold[];
  describe(title, () => {
    let corpus: Corpus;
    const articleOf = (file: string): Article => {
      const article = corpus.articles.find((candidate) => candidate.meta.file === file);
      if (!article) throw new Error(`${file} did not load (${JSON.stringify(corpus.skipped)})`);
      return article;
    };
    const passagesOf = (file: string) => articleOf(file).passages.map((passage) => normal(passage.text));

    beforeAll(async () => {
      corpus = await buildCorpus(GOLD.map((page) => seedFile(page.file)));
    });

    test.each(GOLD)('GIVEN $file THEN its outlet, headline, date and byline are the ones it prints', (page) => {
      const { meta } = articleOf(page.file);
      expect({ outlet: meta.outlet, title: meta.title, date: meta.date, byline: meta.byline }).toEqual({
        outlet: page.outlet,
        title: page.title,
        date: page.date,
        byline: page.byline,
      });
    });

    test.each(GOLD)('GIVEN $file THEN the passages run from the first paragraph of its body to the last', (page) => {
      const passages = passagesOf(page.file);
      expect(passages[0]?.startsWith(normal(page.bodyStartsWith)), passages[0]).toBe(true);
      expect(passages.at(-1)?.endsWith(normal(page.bodyEndsWith)), passages.at(-1)).toBe(true);
    });

    test.each(GOLD)('GIVEN $file THEN each chosen body sentence is in a passage', (page) => {
      const passages = passagesOf(page.file);
      for (const sentence of page.sentences)
        expect(
          passages.some((passage) => passage.includes(normal(sentence))),
          sentence,
        ).toBe(true);
    });

    test.each(GOLD)('GIVEN $file THEN none of its chrome is in a passage', (page) => {
      const passages = passagesOf(page.file);
      for (const chrome of page.chrome)
        expect(
          passages.filter((passage) => passage.includes(normal(chrome))),
          chrome,
        ).toEqual([]);
    });

    test.each(GOLD.filter((page) => page.captions))(
      'GIVEN $file THEN its caption is kept as a caption, not a passage',
      (page) => {
        const { captions } = articleOf(page.file);
        for (const caption of page.captions ?? []) {
          expect(
            captions.some((kept) => normal(kept).includes(normal(caption))),
            caption,
          ).toBe(true);
          expect(
            passagesOf(page.file).some((passage) => passage.includes(normal(caption))),
            caption,
          ).toBe(false);
        }
      },
    );

    test.each(GOLD)(
      'GIVEN $file WHEN it is loaded on its own THEN it gives the same article as in the corpus',
      async (page) => {
        const alone = await buildCorpus([seedFile(page.file)]);
        expect(alone.articles[0]).toEqual(articleOf(page.file));
      },
    );
  });
}
