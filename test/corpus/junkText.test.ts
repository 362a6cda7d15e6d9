// Junk that got indexed (issue 11, item 14): script text in a headline, an HTML page saved as .txt, base64 blobs
// and minified code, an entity flood. Each page is invented; each keeps a line of real prose that must survive.

import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { cleanPage } from '../../src/corpus/cleanPage.ts';
import { htmlToText } from '../../src/corpus/htmlToText.ts';
import { buildCorpus } from '../../src/corpus/loadCorpus.ts';
import type { Article } from '../../src/corpus/types.ts';

const FERRY =
  'The harbour board approved the new ferry timetable on Tuesday, its chair told reporters at the town hall.';
const CROSSING =
  'Residents had asked for an earlier morning crossing for two years, and the board agreed to add one from June.';

async function articleOf(name: string, text: string): Promise<Article> {
  const format = name.endsWith('.html') ? ('html' as const) : ('text' as const);
  const corpus = await buildCorpus([{ name, format, text }]);
  const article = corpus.articles[0];
  if (!article) throw new Error(`no article read from ${name}: ${JSON.stringify(corpus.skipped)}`);
  return article;
}

const textsOf = (article: Article) => article.passages.map((passage) => passage.text);

describe('htmlToText headlines', () => {
  const page = (inside: string) =>
    `<html><body><article><h1>Ferry timetable approved${inside}</h1><p>${FERRY} ${CROSSING}</p><p>${CROSSING} ${FERRY}</p></article></body></html>`;

  test.each([
    ['a script', `<script>window.dataLayer=window.dataLayer||[];gtag('config','UA-1')</script>`],
    ['a style sheet', '<style>.kicker{color:red}</style>'],
    ['a noscript fallback', '<noscript>Enable JavaScript to read this page</noscript>'],
    ['a template', '<template><span>Loading headline</span></template>'],
  ])(
    'GIVEN %s inside the <h1> THEN the headline is the heading text only, and the article is kept',
    async (_name, inside) => {
      const article = htmlToText(page(inside));
      expect(article.stated.title).toBe('Ferry timetable approved');
      expect(article.text).toContain(FERRY);
    },
  );

  test('GIVEN a script between paragraphs THEN none of its text is in a passage, and both paragraphs are', async () => {
    const article = await articleOf(
      'script.html',
      page('').replace('</p><p>', `</p><script>var ferry = { late: true };</script><p>`),
    );
    expect(textsOf(article).join('\n')).not.toMatch(/var ferry|late: true/);
    expect(textsOf(article).join('\n')).toContain(`${CROSSING} ${FERRY}`);
  });
});

describe('htmlToText: which <h1> is the headline', () => {
  const body = `<p>${FERRY} ${CROSSING}</p><p>${CROSSING} ${FERRY}</p><p>${FERRY}</p>`;
  const page = (head: string, headings: string) =>
    `<html><head>${head}</head><body>${headings}<article>${body}</article></body></html>`;

  test.each([
    [
      "a site's logo",
      '<meta property="og:title" content="Ferry timetable approved after two-year campaign"><title>Ferry timetable approved after two-year campaign | Harbour Gazette</title>',
      '<h1>Harbour Gazette</h1>',
      'Ferry timetable approved after two-year campaign',
    ],
    [
      'a section, then the headline',
      '<title>Ferry timetable approved - Harbour Gazette</title>',
      '<h1>Transport News Centre</h1><h1>Ferry timetable approved</h1>',
      'Ferry timetable approved',
    ],
    [
      'the headline, with a structured-data headline that is a description',
      '<script type="application/ld+json">{"@type":"NewsArticle","headline":"decision of the harbour board"}</script><title>Ferry timetable - Harbour Gazette</title>',
      '<h1>Ferry timetable</h1>',
      'Ferry timetable',
    ],
    ['the headline, and no title stated anywhere', '', '<h1>Ferry timetable approved</h1>', 'Ferry timetable approved'],
  ])('GIVEN %s in <h1> THEN the headline is the one the page states elsewhere', (_shape, head, headings, expected) => {
    expect(htmlToText(page(head, headings)).stated.title).toBe(expected);
  });
});

describe('htmlToText on a page whose first reading finds only a short notice', () => {
  // The markup of Medical News Today's printable page (Mozilla Readability's test page "medicalnewstoday"), every
  // word of its text replaced by filler: Readability's first reading, which strips blocks named like chrome, finds a
  // print notice of about 400 characters. Accepted at 200 characters, that notice was the article's only passage.
  const html = readFileSync(new URL('./shapes/print-notice-before-article.html', import.meta.url), 'utf8');

  test('GIVEN the page THEN the article is read (its 29 blocks), not the notice', () => {
    const article = htmlToText(html);
    expect(article.text.split('\n\n').length).toBeGreaterThanOrEqual(25);
    expect(article.text.length).toBeGreaterThan(4000);
  });
});

describe('HTML saved as a text file', () => {
  const document = [
    '<!DOCTYPE html>',
    '<html>',
    '<head><title>Ferry timetable approved | Harbour Gazette</title><script>var ads = [];</script></head>',
    '<body>',
    '<nav><a href="/">Home</a> <a href="/news">News</a></nav>',
    '<article>',
    '<h1>Ferry timetable approved</h1>',
    `<p>${FERRY}</p>`,
    `<p>${CROSSING}</p>`,
    '</article>',
    '</body>',
    '</html>',
  ].join('\n');
  const fragment = [
    `<h1>Ferry timetable approved</h1>`,
    `<p>${FERRY}</p>`,
    `<p class="lead">${CROSSING}</p>`,
    '<p>The first new <em>early</em> sailing leaves at six.</p>',
  ].join('\n');

  test.each([
    ['a whole page as .txt', 'page.txt', document],
    ['a page fragment as .md', 'fragment.md', fragment],
  ])(
    'GIVEN %s THEN it is read as HTML: no tags in any passage, the prose kept, the <h1> the headline',
    async (_name, file, text) => {
      const article = await articleOf(file, text);
      expect(textsOf(article).join('\n')).not.toMatch(/<\/?[a-z]+[\s>]/i);
      expect(textsOf(article)).toEqual(expect.arrayContaining([FERRY, CROSSING]));
      expect(article.meta.title).toBe('Ferry timetable approved');
    },
  );

  test('GIVEN front matter above the page THEN what it states wins over the page', async () => {
    const article = await articleOf(
      'stated.md',
      `---\ntitle: New ferry times\noutlet: Harbour Gazette\n---\n${document}`,
    );
    expect(article.meta).toMatchObject({ title: 'New ferry times', outlet: 'Harbour Gazette' });
    expect(textsOf(article)).toContain(FERRY);
  });

  test('GIVEN markdown with a tag or two in it THEN it is still read as markdown, its prose as written', async () => {
    const markdown = [
      '# Ferry timetable approved',
      '',
      FERRY,
      '',
      '<iframe src="https://video.example/ferry"></iframe>',
      '',
      `**${CROSSING}**`,
    ].join('\n');
    const article = await articleOf('notes.md', markdown);
    expect(textsOf(article)).toEqual([FERRY, CROSSING]);
  });
});

describe('base64 blobs and minified code', () => {
  const base64 =
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='.repeat(30);
  const wrapped = base64.match(/.{1,76}/g)?.join('\n') ?? '';
  const minified =
    '!function(e){var t={};function n(r){if(t[r])return t[r].exports;var o=t[r]={i:r,l:!1,exports:{}};return e[r].call(o.exports,o,o.exports,n)}}([]);'.repeat(
      8,
    );
  const spacedCode =
    'var timetable = function (day, hour) { return ferries[day] || []; }; if (timetable(2, 6) === null) { window.late = { sailing: [6, 7] }; }';
  const css =
    '.ferry-card { margin: 0 auto; padding: 1rem 2rem; } .ferry-card > h2 { font-size: 1.4em; color: #123456; }';

  test.each([
    ['a base64 blob on one line', base64],
    ['a base64 blob wrapped at 76 characters', wrapped],
    ['a data URI in a sentence', `The chart was attached as data:image/png;base64,${base64}`],
    ['minified JavaScript', minified],
    ['JavaScript with spaces', `${spacedCode} ${spacedCode} ${spacedCode}`],
    ['a style sheet', `${css} ${css} ${css}`],
  ])(
    'GIVEN %s between two paragraphs THEN it is in no passage, and both paragraphs stay one article',
    async (_name, junk) => {
      const article = await articleOf('blob.txt', `Ferry timetable approved\n\n${FERRY}\n\n${junk}\n\n${CROSSING}\n`);
      expect(textsOf(article)).toEqual([FERRY, CROSSING].map((text) => expect.stringContaining(text)));
      expect(textsOf(article).join('\n')).not.toMatch(/iVBOR|function|\{|base64|font-size/);
    },
  );

  test.each([
    [
      'a long web address',
      `${FERRY} The full timetable is at https://www.harbour-gazette.example/2024/03/05/ferry-timetable-approved-early-crossing-added-from-june?utm_source=rss.`,
    ],
    [
      'numbers and symbols',
      'Fares rise 4.5% to £3.20 (€3.70) on weekdays; season tickets cost £410, up from £395, the board said on Tuesday.',
    ],
    [
      'a line in Russian',
      'Портовый совет во вторник утвердил новое расписание паромов, сообщил председатель журналистам в ратуше.',
    ],
    [
      'a sentence quoting a short bit of code',
      'The board said the old booking page, which failed when users typed "<enter>", would be replaced in June.',
    ],
  ])('GIVEN prose with %s THEN it is kept as written', (_name, line) => {
    expect(cleanPage(`${FERRY}\n\n${line}\n\n${CROSSING}`).paragraphs).toEqual([FERRY, line, CROSSING]);
  });

  test('GIVEN a line of Chinese, with no spaces in it THEN its text is kept whole (it is not a run of code)', () => {
    const line = '港口委员会周二批准了新的渡轮时刻表，委员会主席在市政厅对记者表示，从六月起将增加一班早班船。';
    expect(cleanPage(`${FERRY}\n\n${line}\n\n${CROSSING}`).lines.map((page) => page.text)).toContain(line);
  });
});

describe('entity floods', () => {
  test.each([
    ['&amp; in a text file', 'flood.txt', `${FERRY}\n\n${'&amp;'.repeat(30_000)}\n\n${CROSSING}`],
    ['&#160; in a text file', 'flood.txt', `${FERRY}\n\n${'&#160; '.repeat(3_000)}\n\n${CROSSING}`],
    [
      '&nbsp; inside a sentence',
      'flood.md',
      `${FERRY}\n\nThe chair said${'&nbsp;'.repeat(2_000)} the early crossing would start in June.\n\n${CROSSING}`,
    ],
    [
      '&amp; in an HTML paragraph',
      'flood.html',
      `<html><body><article><p>${FERRY}</p><p>${'&amp;'.repeat(30_000)}</p><p>${CROSSING}</p></article></body></html>`,
    ],
  ])('GIVEN a flood of %s THEN no passage holds it, and the prose is kept', async (_name, file, text) => {
    const article = await articleOf(file, text);
    expect(textsOf(article)).toEqual(expect.arrayContaining([FERRY, CROSSING]));
    expect(textsOf(article).join('\n')).not.toMatch(/&(?:amp|#160|nbsp);|&&|\u00a0/);
    expect(article.passages.length).toBeLessThanOrEqual(3);
  });

  test('GIVEN character references in a text file THEN they read as their characters, and "AT&T" as written', async () => {
    const article = await articleOf(
      'refs.txt',
      `The chair&#8217;s office said the &quot;early&quot; crossing, run with AT&T&nbsp;Wi-Fi, starts in June.\n\n${CROSSING}`,
    );
    expect(textsOf(article)).toEqual([
      'The chair’s office said the "early" crossing, run with AT&T Wi-Fi, starts in June.',
      CROSSING,
    ]);
  });
});

describe("a publisher's note on the article", () => {
  test.each([
    '*Corrections: An earlier version of this explainer said the mission opened in 2017. It opened in January 2018.*',
    "Editor's note: A previous version of this story misstated the date of the meeting.",
    'Clarification: The original version of this article gave the wrong title for the minister.',
  ])('GIVEN "%s" after the article THEN it is no passage, and the article is', async (note) => {
    const article = await articleOf('noted.txt', `Ferry timetable approved\n\n${FERRY}\n\n${CROSSING}\n\n${note}\n`);
    expect(textsOf(article)).toEqual([FERRY, CROSSING]);
  });

  test('GIVEN a paragraph that reports a correction in the news THEN it stays', async () => {
    const news =
      'The ministry issued a correction on Friday, saying an earlier version of the plan had misstated the cost.';
    const article = await articleOf('news.txt', `Ferry timetable approved\n\n${FERRY}\n\n${news}\n\n${CROSSING}\n`);
    expect(textsOf(article)).toContain(news);
  });
});
