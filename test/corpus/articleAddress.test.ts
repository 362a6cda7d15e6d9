import { readFile } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import { buildCorpus } from '../../src/corpus/loadCorpus.ts';
import { webAddress } from '../../src/corpus/webAddress.ts';

const BODY = [
  'The foreign ministry said on Tuesday that the new agreement would strengthen regional security and trade ties.',
  'Officials from both countries met in the capital to discuss the details of the plan, according to local media.',
  'The spokesperson added that talks would continue next month, with a final text expected before the summer recess.',
];

describe('webAddress', () => {
  test.each([
    ['https://www.example.com/news/2023/05/16/office', 'https://www.example.com/news/2023/05/16/office'],
    ['  http://example.org/a?b=c  ', 'http://example.org/a?b=c'],
    ['https://example.com/a(1)', 'https://example.com/a(1)'],
  ])('GIVEN %j THEN it is the address %j', (text, address) => {
    expect(webAddress(text)).toBe(address);
  });

  test.each([
    '/news/office',
    'javascript:alert(1)',
    'file:///etc/passwd',
    'https://user:secret@example.com/',
    'not a url',
    'https://exa mple.com/',
    `https://example.com/${'a'.repeat(600)}`,
    '',
  ])('GIVEN %j THEN it is no address to show', (text) => {
    expect(webAddress(text)).toBeNull();
  });
});

describe('an article’s address', () => {
  test('GIVEN front matter with url: THEN the article keeps it', async () => {
    const text = `---\noutlet: Harbour Gazette\ntitle: Port deal signed\nurl: https://harbour.example/news/port-deal\n---\n\n${BODY.join('\n\n')}\n`;
    const corpus = await buildCorpus([{ name: 'port.md', format: 'text', text }]);
    expect(corpus.articles[0]?.meta.url).toBe('https://harbour.example/news/port-deal');
  });

  test('GIVEN an HTML page with a canonical link THEN the article keeps it; a javascript: one is dropped', async () => {
    const page = (href: string) =>
      `<html><head><title>Port deal signed</title><link rel="canonical" href="${href}"></head><body><article><h1>Port deal signed</h1>${BODY.map((paragraph) => `<p>${paragraph}</p>`).join('')}</article></body></html>`;
    const corpus = await buildCorpus([
      { name: 'a.html', format: 'html', text: page('https://harbour.example/news/port-deal') },
      { name: 'b.html', format: 'html', text: page('javascript:alert(1)') },
    ]);
    expect(corpus.articles.map((article) => article.meta.url)).toEqual([
      'https://harbour.example/news/port-deal',
      null,
    ]);
  });

  test('GIVEN an HTML page that names no outlet anywhere but states its address THEN the outlet is the site of that address', async () => {
    const html = `<html><head><title>Port deal signed</title><link rel="canonical" href="https://www.harbour-gazette.example.com/news/port-deal"></head><body><article><h1>Port deal signed</h1>${BODY.map((paragraph) => `<p>${paragraph}</p>`).join('')}</article></body></html>`;
    const corpus = await buildCorpus([{ name: 'a.html', format: 'html', text: html }]);
    expect(corpus.articles[0]?.meta.outlet).toBe('harbour-gazette.example.com');
  });

  test('GIVEN a page that states no address THEN none is made up', async () => {
    const corpus = await buildCorpus([
      { name: 'plain.txt', format: 'text', text: `Port deal signed\n\n${BODY.join('\n\n')}\n` },
    ]);
    expect(corpus.articles[0]?.meta.url).toBeNull();
  });
});

describe('an HTML page as a news site serves it', () => {
  test('GIVEN an article page with nav, a breaking ticker, a figure, a related-links aside, a newsletter box and a footer THEN only the article is read, with every field it states', async () => {
    const html = await readFile(new URL('./fixtures/site-page.html', import.meta.url), 'utf8');
    const corpus = await buildCorpus([{ name: 'site-page.html', format: 'html', text: html }]);
    const article = corpus.articles[0];
    expect(article?.meta).toMatchObject({
      outlet: 'The Morning Harbour',
      title: 'Seoul weighs role in alliance partnership talks',
      date: '2023-05-18',
      dateline: 'May 18, 2023',
      byline: 'Park Ji-won',
      url: 'https://morningharbour.example/world/seoul-alliance-talks',
    });
    expect(article?.captions).toEqual(['Officials meet in Seoul on May 17. (Harbour Photo/Lee Min)']);
    const texts = article?.passages.map((passage) => passage.text) ?? [];
    expect(texts).toHaveLength(4);
    expect(texts.join('\n')).not.toMatch(
      /BREAKING|Markets fall|Read more|Tokyo office plan explained|inbox|Sign up|Privacy|©/,
    );
  });
});
