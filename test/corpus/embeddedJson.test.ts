import { describe, expect, test } from 'vitest';
import { readEmbeddedArticle } from '../../src/corpus/embeddedJson.ts';
import { htmlToText } from '../../src/corpus/htmlToText.ts';

const PARAGRAPHS = [
  'The harbour authority said on Monday that the new container terminal would open in the spring, two years later than planned.',
  'Officials told reporters at the port that the delay had added about a fifth to the cost of the project, which the region pays for.',
  'The mayor said the city would press for compensation from the contractors, and that the terminal would still double capacity.',
  'Unions at the port welcomed the news but warned that the new cranes would need fewer workers, and asked for guarantees on jobs.',
  'Shipping lines have already booked slots at the new quay for the summer, and two of them plan to move feeder services there.',
  'Environmental groups said they would keep watching the dredging closely, after sediment spread further than the permits allowed.',
];

/** Next.js's page data as a script-rendered news page embeds it: the article's blocks typed, ads and promos among them. */
const NEXT_DATA = {
  props: {
    pageProps: {
      site: { name: 'Harbour Gazette', navigation: [{ label: 'Home' }, { label: 'Ports' }] },
      article: {
        headline: 'New terminal to open in spring',
        publishedAt: '2023-03-06T09:15:00+01:00',
        authors: [{ name: 'Ada Lind', bio: 'Ada Lind covers shipping and the port for the Harbour Gazette.' }],
        body: [
          { type: 'paragraph', text: PARAGRAPHS[0] },
          { type: 'paragraph', text: PARAGRAPHS[1] },
          { type: 'ad', slot: 'inarticle_1', label: 'Advertisement' },
          { type: 'paragraph', text: PARAGRAPHS[2] },
          { type: 'newsletterPromo', text: 'Get the Harbour Gazette morning briefing in your inbox every weekday.' },
          { type: 'heading', text: 'Jobs at the quay' },
          { type: 'paragraph', text: PARAGRAPHS[3] },
          { type: 'relatedInline', headline: 'River barges run aground as water levels fall' },
          { type: 'paragraph', text: PARAGRAPHS[4] },
          { type: 'paragraph', text: PARAGRAPHS[5] },
        ],
      },
      mostRead: ['Ferry fares rise again', 'Storm surge floods promenade'],
    },
  },
};

const SKELETON = (data: unknown) => `<!DOCTYPE html><html><head><title>Harbour Gazette</title>
<script id="__NEXT_DATA__" type="application/json">${JSON.stringify(data)}</script></head>
<body><div id="__next"><main><div class="skeleton"><p>Loading…</p></div></main>
<noscript>You need to enable JavaScript to run this app.</noscript></div></body></html>`;

describe('readEmbeddedArticle', () => {
  test('GIVEN typed blocks THEN the paragraphs and subheadings are the body, ads, promos and related links are not', () => {
    const found = readEmbeddedArticle([JSON.stringify(NEXT_DATA)]);
    expect(found?.text.split('\n\n')).toEqual([
      ...PARAGRAPHS.slice(0, 3),
      '# Jobs at the quay',
      ...PARAGRAPHS.slice(3),
    ]);
    expect(found).toMatchObject({
      headline: 'New terminal to open in spring',
      published: '2023-03-06T09:15:00+01:00',
      authors: ['Ada Lind'],
      site: 'Harbour Gazette',
    });
  });

  test('GIVEN a list of plain strings THEN it is read whole', () => {
    const data = { story: { title: 'New terminal', paragraphs: PARAGRAPHS } };
    expect(readEmbeddedArticle([JSON.stringify(data)])?.text).toBe(PARAGRAPHS.join('\n\n'));
  });

  test.each([
    ['a list of headlines only', { mostRead: ['Ferry fares rise again', 'Storm surge floods promenade'] }],
    ['a teaser shorter than an article', { article: { body: [{ type: 'paragraph', text: PARAGRAPHS[0] }] } }],
  ])('GIVEN %s THEN no article', (_, data) => {
    expect(readEmbeddedArticle([JSON.stringify(data)])).toBeNull();
  });

  test('GIVEN a block that is not JSON THEN it is passed over', () => {
    expect(readEmbeddedArticle(['{not json', JSON.stringify(NEXT_DATA)])?.headline).toBe(
      'New terminal to open in spring',
    );
  });
});

describe('htmlToText on a page rendered by its scripts', () => {
  test('GIVEN a loading skeleton and the article only in __NEXT_DATA__ THEN the article is read from the data', () => {
    const article = htmlToText(SKELETON(NEXT_DATA));
    expect(article.text).toContain(PARAGRAPHS[0]);
    expect(article.text).not.toContain('Advertisement');
    expect(article.text).not.toContain('morning briefing');
    expect(article.stated).toMatchObject({
      title: 'New terminal to open in spring',
      byline: 'Ada Lind',
      date: '2023-03-06',
      outlet: 'Harbour Gazette',
    });
  });

  test('GIVEN the page shows the article itself THEN what it shows is read', () => {
    const shown = SKELETON(NEXT_DATA).replace(
      '<p>Loading…</p>',
      `<h1>Terminal opens in spring</h1>${PARAGRAPHS.map((paragraph) => `<p>${paragraph.replace('Monday', 'Tuesday')}</p>`).join('')}`,
    );
    expect(htmlToText(shown).text).toContain('said on Tuesday');
  });
});
