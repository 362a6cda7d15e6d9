import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, test } from 'vitest';
import { loadCorpus } from '../../src/corpus/loadCorpus.ts';
import type { Article, Corpus } from '../../src/corpus/types.ts';

/**
 * The six real pages of the development set (../shared/eval-dev/pages, written by readers, not by us): what the
 * corpus makes of their metadata. Headlines, printed dates and captions are the readers' (gold.json); outlets
 * are the names each page prints for itself, so Stars and Stripes, which never names itself, stays unknown, and
 * China Daily's copy, which names only its "By Reuters" byline, is credited to Reuters. Skipped without the set.
 */
const PAGES = fileURLToPath(new URL('../../../shared/eval-dev/pages/', import.meta.url));

interface GoldPage {
  file: string;
  headline: string | null;
  date: string | null;
  captions: string[];
  bodyStartsWith: string;
}

const OUTLET_PRINTED: Record<string, string> = {
  '01-nikkei-asia.txt': 'Nikkei Asia',
  '02-chinadailyhk-reuters.txt': 'Reuters',
  '03-tass.txt': 'TASS',
  '04-sputnik.txt': 'Sputnik',
  '05-stripes.txt': 'Unknown outlet',
  '06-scmp.txt': 'SCMP',
};

describe.skipIf(!existsSync(PAGES))('the development set pages', () => {
  let corpus: Corpus;
  let gold: GoldPage[];
  const articleOf = (file: string): Article => {
    const article = corpus.articles.find((candidate) => candidate.meta.file === file);
    if (!article) throw new Error(`${file} did not load`);
    return article;
  };

  beforeAll(async () => {
    corpus = await loadCorpus(PAGES);
    gold = JSON.parse(readFileSync(`${PAGES}gold.json`, 'utf8')) as GoldPage[];
  });

  test.each(Object.entries(OUTLET_PRINTED))('GIVEN %s THEN its outlet is %j', (file, outlet) => {
    expect(articleOf(file).meta.outlet).toBe(outlet);
  });

  test('GIVEN every page THEN the headline is the printed one, or a cut of the lead without its dateline when none is printed', () => {
    for (const page of gold) {
      const { meta, passages } = articleOf(page.file);
      if (page.headline) expect(meta.title, page.file).toBe(page.headline);
      else expect(passages[0]?.text, page.file).toContain(meta.title.replace(/…$/, ''));
      expect(meta.title, page.file).not.toMatch(/^\s*date \d{4}/);
    }
  });

  test('GIVEN every page THEN the dateline is the date as printed, or null', () => {
    for (const page of gold) expect(articleOf(page.file).meta.dateline, page.file).toBe(page.date);
  });

  test('GIVEN every page THEN each printed caption is kept, and no other', () => {
    for (const page of gold) {
      const { captions } = articleOf(page.file);
      expect(captions, page.file).toHaveLength(page.captions.length);
      page.captions.forEach((caption, index) => expect(captions[index], page.file).toContain(caption));
    }
  });

  test('GIVEN the page store\'s " date YYYY-MM-DD" stamp THEN no passage starts with it, and the body starts where the readers say', () => {
    for (const page of gold) {
      const first = articleOf(page.file).passages[0]?.text ?? '';
      expect(first, page.file).not.toMatch(/^\s*date \d{4}/);
      // SCMP's two standfirst bullets are long enough to read as paragraphs; the readers start after them.
      if (page.file !== '06-scmp.txt') expect(first.startsWith(page.bodyStartsWith), page.file).toBe(true);
    }
  });

  test('GIVEN Sputnik\'s subheading "Does It Have Anything to Do With Ukraine?" THEN it is no passage and labels the paragraphs after it', () => {
    const { passages } = articleOf('04-sputnik.txt');
    expect(passages.map((passage) => passage.text)).not.toContain('Does It Have Anything to Do With Ukraine?');
    const after = passages.filter((passage) => passage.section === 'Does It Have Anything to Do With Ukraine?');
    expect(after[0]?.text).toMatch(/^On May 10, Japanese Foreign Minister Yoshimasa Hayashi told CNN/);
  });
});
