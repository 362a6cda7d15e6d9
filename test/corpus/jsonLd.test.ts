import { describe, expect, test } from 'vitest';
import { htmlToText } from '../../src/corpus/htmlToText.ts';
import { readJsonLd } from '../../src/corpus/jsonLd.ts';

const ARTICLE = {
  '@context': 'https://schema.org',
  '@type': 'NewsArticle',
  headline: 'Ministers agree new port deal',
  datePublished: '2024-03-03T09:15:00+01:00',
  author: { '@type': 'Person', name: 'Jane Roe' },
  publisher: { '@type': 'NewsMediaOrganization', name: 'Harbour Gazette' },
};

describe('readJsonLd', () => {
  test('GIVEN one article object THEN its headline, date, writer and publisher are read', () => {
    expect(readJsonLd([JSON.stringify(ARTICLE)])).toEqual({
      headline: 'Ministers agree new port deal',
      datePublished: '2024-03-03T09:15:00+01:00',
      authors: ['Jane Roe'],
      publisher: 'Harbour Gazette',
      articleBody: null,
    });
  });

  test('GIVEN an articleBody THEN it is read with its paragraphs, each on single spacing', () => {
    const article = {
      ...ARTICLE,
      articleBody: 'The port  deal was signed.\n\nIt runs   for ten years.\nTalks resume in May.',
    };
    expect(readJsonLd([JSON.stringify(article)])?.articleBody).toBe(
      'The port deal was signed.\n\nIt runs for ten years.\n\nTalks resume in May.',
    );
  });

  test('GIVEN a @graph whose article refers to its publisher and writer by @id THEN their names are read', () => {
    const graph = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'Organization', '@id': '#org', name: 'Harbour Gazette' },
        { '@type': 'Person', '@id': '#jane', name: 'Jane Roe' },
        { '@type': 'WebPage', '@id': '#page', name: 'Ministers agree new port deal | Harbour Gazette' },
        {
          ...ARTICLE,
          '@type': ['Article', 'OpinionNewsArticle'],
          author: [{ '@id': '#jane' }, { name: 'John Smith' }],
          publisher: { '@id': '#org' },
        },
      ],
    };
    expect(readJsonLd([JSON.stringify(graph)])).toMatchObject({
      authors: ['Jane Roe', 'John Smith'],
      publisher: 'Harbour Gazette',
    });
  });

  test('GIVEN a broken block, a breadcrumb block and an array holding the article THEN the article is read', () => {
    const blocks = [
      '{ not json',
      JSON.stringify({ '@type': 'BreadcrumbList', itemListElement: [] }),
      JSON.stringify([{ '@type': 'WebSite', name: 'x' }, ARTICLE]),
    ];
    expect(readJsonLd(blocks)?.headline).toBe('Ministers agree new port deal');
  });

  test.each([
    ['no blocks', []],
    ['no article among the blocks', [JSON.stringify({ '@type': 'Organization', name: 'Harbour Gazette' })]],
    ['an article nested deeper than pages put it', [JSON.stringify([[[[[ARTICLE]]]]])]],
  ])('GIVEN %s THEN nothing is read', (_name, blocks) => {
    expect(readJsonLd(blocks)).toBeNull();
  });

  test('GIVEN an author written as a plain string THEN it is the writer', () => {
    expect(readJsonLd([JSON.stringify({ ...ARTICLE, author: 'Jane Roe' })])?.authors).toEqual(['Jane Roe']);
  });
});

describe('htmlToText with an articleBody', () => {
  const page = (visible: string, body: string) =>
    `<html><head><script type="application/ld+json">${JSON.stringify({ ...ARTICLE, articleBody: body })}</script></head>` +
    `<body><article><h1>Ministers agree new port deal</h1>${visible}</article></body></html>`;
  const paragraphs = (count: number, word: string) =>
    Array.from(
      { length: count },
      (_, i) => `The ${word} paragraph number ${i + 1} tells what the ministers agreed on the port.`,
    );

  test('GIVEN a paywalled page showing a teaser and holding the whole article in its schema.org data THEN the article is that', () => {
    const body = paragraphs(8, 'full').join('\n\n');
    const text = htmlToText(page(`<p>${paragraphs(1, 'full')[0]}</p><p>Subscribe to keep reading.</p>`, body)).text;
    expect(text).toBe(body);
  });

  test('GIVEN a page showing its whole article and a short summary in its schema.org data THEN the shown article stays', () => {
    const shown = paragraphs(8, 'shown');
    const text = htmlToText(page(shown.map((line) => `<p>${line}</p>`).join(''), 'A short summary of the deal.')).text;
    expect(text).toContain(shown[7]);
  });
});

describe('htmlToText: a date the page only styles as one', () => {
  test('GIVEN no date in meta tags, schema.org data or <time>, but <span class="ts-date"> THEN that is the date', () => {
    const html =
      '<html><body><header><span class="site-date-strip">Markets</span></header><article><h1>Ministers agree new port deal</h1>' +
      '<span class="ts-date">Dec 22, 2023</span><p>The port deal was signed on Friday after months of talks.</p></article>' +
      '<aside><span class="ts-date">Dec 19, 2023</span></aside></body></html>';
    expect(htmlToText(html).stated.date).toBe('2023-12-22');
  });
});
