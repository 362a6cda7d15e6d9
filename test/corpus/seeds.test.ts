import { beforeAll, describe, expect, test } from 'vitest';
import { loadCorpus } from '../../src/corpus/loadCorpus.ts';
import type { Corpus } from '../../src/corpus/types.ts';

const SEEDS = new URL('../../seeds/', import.meta.url).pathname;
const RT = '000_f71c56816dc1f524';
const APR = '001_fe31f7d76e41631b';
const ALM = '002_d1625408a4c11c81';

/** Page chrome read off the three seed pages: menus, ticker, lists of other stories, prompts, footers, captions. */
const CHROME = [
  'Global Research',
  'Translate Website',
  'Click the share button',
  'Daily Newsletter',
  'Copyright',
  'Disclaimer',
  'fair use',
  'media inquiries',
  'Become a Member',
  'Comment on',
  'Region:',
  'Theme:',
  'Note to readers',
  'Featured image',
  'original source of this article',
  'Source: RT',
  'Source: Agencies',
  'Al Mayadeen is an Arab',
  'All Rights Reserved',
  'Privacy Policy',
  'Contact Us',
  'Min Read',
  'Shares',
  'Lebanese Ministry of Health',
  'Sharm el-Sheikh',
  'Lecornu',
  'Hamas',
  'Aleppo',
  'Interceptor missiles',
  'Eilat',
  'Ben Gurion',
  'Putin warns Europe',
  'drone swarms',
  'Iraq at a crossroads',
  'Tucker Carlson',
  'influencers',
  'Hezbollah',
  'Sheikh Maqsoud',
  "spider's web",
  'Joe Biden meets',
  'Arts&Culture',
  'Digital Series',
  'Infographs',
  'Articles by',
];

describe('the seed corpus', () => {
  let corpus: Corpus;
  beforeAll(async () => {
    corpus = await loadCorpus(SEEDS);
  });

  test('GIVEN the three seeds THEN all load and none is skipped', () => {
    expect(corpus.articles.map((article) => article.meta.id)).toEqual([RT, APR, ALM]);
    expect(corpus.skipped).toEqual([]);
  });

  test.each(CHROME)('GIVEN the page chrome "%s" THEN no passage contains it', (chrome) => {
    const hits = corpus.passages.filter((passage) => passage.text.toLowerCase().includes(chrome.toLowerCase()));
    expect(hits.map((passage) => passage.id)).toEqual([]);
  });

  test('GIVEN every passage THEN it is running text ending like a sentence', () => {
    for (const passage of corpus.passages) expect(passage.text, passage.id).toMatch(/[.!?…]["'”’]*$/);
  });

  // Counted by reading each page: RT's 8 body paragraphs; Asia-Pacific Research's 29 (its sub-headings and
  // "An earlier media report said:" lead-ins are not passages); Al Mayadeen's standfirst and 12 paragraphs.
  test.each([
    [RT, 8],
    [APR, 29],
    [ALM, 13],
  ])('GIVEN %s THEN it has %i body passages', (id, count) => {
    expect(corpus.passages.filter((passage) => passage.articleId === id)).toHaveLength(count);
  });

  test.each([
    [
      RT,
      {
        outlet: 'RT',
        title:
          'The DPRK slammed Tokyo’s plans to open the first Asia-based liaison office for the US-led military bloc',
        date: null,
        dateline: null,
        byline: null,
        creditedSource: 'RT',
      },
    ],
    [
      APR,
      {
        outlet: 'Asia-Pacific Research',
        title: 'NATO Is Creeping Into Asia, Warns North Korea',
        date: '2023-05-18',
        dateline: 'May 18, 2023',
        byline: 'Countercurrents.org',
        creditedSource: 'Countercurrents',
      },
    ],
    [
      ALM,
      {
        outlet: 'Al Mayadeen English',
        title: "DPRK accuses NATO of infiltration into Asia, 'military collusion'",
        date: '2023-05-16',
        dateline: '16 May 2023 12:37',
        byline: 'Al Mayadeen English',
        creditedSource: 'Agencies',
      },
    ],
  ])('GIVEN %s THEN its metadata is read from its own text', (id, expected) => {
    const article = corpus.articles.find((candidate) => candidate.meta.id === id);
    expect(article?.meta).toMatchObject(expected);
  });

  // Asia-Pacific Research's page calls itself "Global Research" on five chrome lines ("All Global Research articles
  // ...", "Become a Member of Global Research"); "our Telegram Channel" is a thing it owns, and the ticker's
  // "Israeli media: ..." labels name other sources.
  test.each([
    [RT, []],
    [APR, ['Global Research']],
    [ALM, ['Al Mayadeen']],
  ])('GIVEN %s THEN the other names its page goes by are %j', (id, names) => {
    expect(corpus.articles.find((candidate) => candidate.meta.id === id)?.meta.otherNames).toEqual(names);
  });

  test('GIVEN the Al Mayadeen photo THEN its caption is kept once, apart from the body', () => {
    const article = corpus.articles.find((candidate) => candidate.meta.id === ALM);
    expect(article?.captions).toHaveLength(1);
    expect(article?.captions[0]).toMatch(/^US President Joe Biden meets with the leaders of South Korea and Japan/);
  });

  test('GIVEN the Asia-Pacific Research featured-image credit below the article THEN it is its caption', () => {
    const article = corpus.articles.find((candidate) => candidate.meta.id === APR);
    expect(article?.captions).toEqual(['Featured image is from Asia Media International']);
  });

  // Read off the Asia-Pacific Research page: each subheading, with the "... report said:" lead-in under it.
  test.each([
    [1, null],
    [4, null],
    [5, 'Japan Enters A Dangerous Phase'],
    [6, 'Japan-NATO Military Cooperation'],
    [8, 'Japan-NATO Military Cooperation'],
    [9, "China's Reaction To Reports Of NATO Office In Japan — An earlier media report said:"],
    [10, "China's Reaction To Reports Of NATO Office In Japan — An earlier media report said:"],
    [11, "NATO's Continued Eastward Foray"],
    [17, "NATO's Continued Eastward Foray"],
    [18, 'NATO To Open Office In Japan — Another earlier Nikkei Asia report said:'],
    [23, 'NATO To Open Office In Japan — Another earlier Nikkei Asia report said:'],
    [24, 'West Building WWII Axis-style Alliance, Says Putin — An earlier media report said:'],
    [26, 'West Building WWII Axis-style Alliance, Says Putin — An earlier media report said:'],
    [27, 'Global NATO'],
    [29, 'Global NATO'],
  ])('GIVEN Asia-Pacific Research paragraph %i THEN its section is %j', (paragraph, section) => {
    const passage = corpus.passages.find((candidate) => candidate.id === `${APR}#p${paragraph}`);
    expect(passage?.section).toBe(section);
  });

  test.each([
    'Japan Enters A Dangerous Phase',
    'Japan-NATO Military Cooperation',
    "China's Reaction To Reports Of NATO Office In Japan",
    'An earlier media report said',
    "NATO's Continued Eastward Foray",
    'NATO To Open Office In Japan',
    'Another earlier Nikkei Asia report said',
    'Global NATO',
  ])('GIVEN the subheading or lead-in "%s" THEN no passage text contains it', (heading) => {
    expect(corpus.passages.filter((passage) => passage.text.includes(heading)).map((passage) => passage.id)).toEqual(
      [],
    );
  });

  test('GIVEN RT and Al Mayadeen, which print no subheadings THEN no passage has a section', () => {
    const sectioned = corpus.passages.filter((passage) => passage.articleId !== APR && passage.section !== null);
    expect(sectioned.map((passage) => passage.id)).toEqual([]);
  });

  test('GIVEN passage ids THEN they are article id + paragraph number, unique, and stable across loads', async () => {
    const ids = corpus.passages.map((passage) => passage.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const passage of corpus.passages)
      expect(passage.id).toMatch(new RegExp(`^${passage.articleId}#p${passage.paragraph}(\\.\\d+)?$`));
    expect((await loadCorpus(SEEDS)).passages.map((passage) => passage.id)).toEqual(ids);
    const first = corpus.passages.find((passage) => passage.id === `${RT}#p1`);
    expect(first?.text).toMatch(
      /^North Korea’s Foreign Ministry has claimed NATO is seeking to increase its influence in Asia/,
    );
  });

  test('GIVEN a quote broken across two lines in the Asia-Pacific Research dump THEN it is one passage', () => {
    const putin = corpus.passages.find((passage) => passage.text.startsWith('Meanwhile, Putin continued'));
    expect(putin?.text).toMatch(/including New Zealand, Australia and South Korea," he said\.$/);
  });
});
