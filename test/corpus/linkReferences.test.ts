import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { buildCorpus } from '../../src/corpus/loadCorpus.ts';
import { withoutLinkNumbers } from '../../src/corpus/linkReferences.ts';

const REFERENCES = [
  'References',
  '',
  '   1. https://example.org/',
  '   2. https://example.org/about/',
  '   3. https://example.org/2023/04/04/story/',
];

describe('withoutLinkNumbers', () => {
  test('GIVEN a text browser’s dump ending on a numbered list of addresses THEN the links’ numbers go from the text, and the list stays', () => {
    const lines = [
      '   Posted on [14]April 4, 2023 by [15]Teresa Villanueva',
      '   [17]Also on the blog: more',
      ...REFERENCES,
    ];
    expect(withoutLinkNumbers(lines)).toEqual([
      '   Posted on April 4, 2023 by Teresa Villanueva',
      '   Also on the blog: more',
      ...REFERENCES,
    ]);
  });

  test('GIVEN bracketed numbers in a page with no such list (a footnote mark, a quoted "[1]") THEN nothing changes', () => {
    const lines = ['The report[1]said so.', 'Sources: [2]Reuters'];
    expect(withoutLinkNumbers(lines)).toEqual(lines);
  });
});

describe('a text browser’s dump of a blog post (lynx -dump: a margin of three spaces, lines wrapped at 72, numbered links)', () => {
  const text = readFileSync(new URL('./fixtures/layout14-archipelago-watch-wp.txt', import.meta.url), 'utf8');

  test('GIVEN the dump THEN its headline, site and date are read, though a "Recent posts" list repeats the headline', async () => {
    const corpus = await buildCorpus([{ name: 'layout14-archipelago-watch-wp.txt', format: 'text', text }]);
    expect(corpus.articles[0]?.meta).toMatchObject({
      title: 'Manila names four new EDCA sites, and three of them face Taiwan',
      outlet: 'Archipelago Watch',
      date: '2023-04-04',
    });
  });

  test('GIVEN the dump THEN each wrapped paragraph is one passage, whole, and the "Also on Archipelago Watch:" promo is none', async () => {
    const corpus = await buildCorpus([{ name: 'layout14-archipelago-watch-wp.txt', format: 'text', text }]);
    const passages = corpus.articles[0]?.passages.map((passage) => passage.text) ?? [];
    expect(passages[0]).toMatch(
      /^The Philippine government on Monday named the four additional military sites .* from Taiwan\.$/,
    );
    expect(passages.length).toBeGreaterThanOrEqual(12);
    expect(passages.some((passage) => /Also on Archipelago Watch/.test(passage))).toBe(false);
    expect(passages.some((passage) => /\[\d+\]/.test(passage))).toBe(false);
  });
});
