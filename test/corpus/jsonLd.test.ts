import { describe, expect, test } from 'vitest';
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
    });
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
