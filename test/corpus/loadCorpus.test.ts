import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadCorpus } from '../../src/corpus/loadCorpus.ts';
import type { Corpus } from '../../src/corpus/types.ts';

const ARTICLE = [
  'Ministers agree new port deal',
  '',
  'By Jane Example',
  '',
  'Harbour Gazette, 3 March 2024',
  '',
  'The transport ministers of both countries signed an agreement on Friday to expand the northern port and its rail links.',
  '',
  '"This is the largest investment in the region for a decade," the minister said after the ceremony in the capital.',
  '',
  'Construction is expected to begin next spring and to last about four years, according to the port authority.',
].join('\n');

describe('loadCorpus with bad files', () => {
  let dir: string;
  let outside: string;
  let corpus: Corpus;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'seeds-'));
    outside = await mkdtemp(join(tmpdir(), 'outside-'));
    await writeFile(join(dir, 'good.txt'), ARTICLE);
    await writeFile(join(dir, 'empty.txt'), '');
    await writeFile(join(dir, 'blank.md'), '   \n\n  ');
    await writeFile(join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01, 0x02, 0xff, 0xfe]));
    await writeFile(
      join(dir, 'latin1.txt'),
      Buffer.from('Caf\xe9 society and the ministers met again on Friday.', 'latin1'),
    );
    await writeFile(join(dir, 'huge.txt'), 'word '.repeat(1_200_000));
    await writeFile(
      join(dir, 'chrome-only.txt'),
      'Home\n• News\n• Sport\nSubscribe to our newsletter\nCopyright © 2024 Example',
    );
    await writeFile(join(dir, 'notes.pdf'), 'not an article format');
    await mkdir(join(dir, 'folder.txt'));
    await writeFile(join(outside, 'secret.txt'), ARTICLE);
    await symlink(join(outside, 'secret.txt'), join(dir, 'link-out.txt'));
    await symlink(join(dir, 'good.txt'), join(dir, 'link-in.txt'));
    corpus = await loadCorpus(dir);
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
    await rm(outside, { recursive: true, force: true });
  });

  test('GIVEN a good article among bad files THEN it loads with its metadata', () => {
    const good = corpus.articles.find((article) => article.meta.id === 'good');
    expect(good?.meta).toMatchObject({
      outlet: 'Harbour Gazette',
      title: 'Ministers agree new port deal',
      date: '2024-03-03',
      byline: 'Jane Example',
    });
    expect(good?.passages.map((passage) => passage.id)).toEqual(['good#p1', 'good#p2', 'good#p3']);
  });

  test.each([
    ['empty.txt', /empty/],
    ['blank.md', /no text/],
    ['binary.txt', /binary|UTF-8/],
    ['latin1.txt', /UTF-8/],
    ['huge.txt', /too large/],
    ['chrome-only.txt', /no article text/],
    ['notes.pdf', /not an article file/],
    ['folder.txt', /not a regular file/],
    ['link-out.txt', /outside the seeds folder/],
  ])('GIVEN %s THEN it is skipped with a reason naming what is wrong', (file, reason) => {
    const skipped = corpus.skipped.find((entry) => entry.file === file);
    expect(skipped?.reason).toMatch(reason);
  });

  test('GIVEN a link to a file inside the folder THEN it is read like the file', () => {
    expect(corpus.articles.map((article) => article.meta.id)).toContain('link-in');
  });

  test('GIVEN a folder that does not exist THEN loading rejects with the path', async () => {
    await expect(loadCorpus(join(dir, 'missing'))).rejects.toThrow(/missing/);
  });
});

describe('loadCorpus with other formats', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'formats-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  test('GIVEN an HTML page THEN the article is extracted and navigation, related links and footer are not', async () => {
    const html = `<!doctype html><html><head><title>Port deal signed | Harbour Gazette</title>
      <meta property="og:site_name" content="Harbour Gazette"><meta property="article:published_time" content="2024-03-03T09:00:00Z"></head>
      <body><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul></nav>
      <article><h1>Ministers agree new port deal</h1><p class="byline">By Jane Example</p>
      <p>The transport ministers of both countries signed an agreement on Friday to expand the northern port and its rail links.</p>
      <figure><img src="p.jpg"><figcaption>The northern port at dawn (Reuters)</figcaption></figure>
      <p>"This is the largest investment in the region for a decade," the minister said after the ceremony in the capital.</p>
      <p>Construction is expected to begin next spring and to last about four years, according to the port authority.</p></article>
      <aside><h3>Related</h3><ul><li><a href="/x">Storm closes airports</a></li></ul></aside>
      <footer><p>Copyright © 2024 Harbour Gazette. All rights reserved.</p><a href="/privacy">Privacy Policy</a></footer></body></html>`;
    await writeFile(join(dir, 'port.html'), html);
    const corpus = await loadCorpus(dir);
    const article = corpus.articles[0];
    expect(article?.meta).toMatchObject({
      outlet: 'Harbour Gazette',
      title: 'Ministers agree new port deal',
      date: '2024-03-03',
      byline: 'Jane Example',
    });
    expect(article?.passages.map((passage) => passage.text)).toEqual([
      'The transport ministers of both countries signed an agreement on Friday to expand the northern port and its rail links.',
      '"This is the largest investment in the region for a decade," the minister said after the ceremony in the capital.',
      'Construction is expected to begin next spring and to last about four years, according to the port authority.',
    ]);
    expect(article?.captions).toEqual(['The northern port at dawn (Reuters)']);
  });

  test.each([
    ['Dublin Core (a government release)', '<meta name="dcterms.date" content="2023-08-04">', '', '2023-08-04'],
    ['schema.org microdata', '<meta itemprop="datePublished" content="2019-04-30T13:39:00-04:00">', '', '2019-04-30'],
    ['a <time> stamp', '', '<time datetime="2023-11-22T08:15:33.000Z">22 November 2023</time>', '2023-11-22'],
    ['a <time> printing the date only', '', '<time>Apr 11, 2023</time>', '2023-04-11'],
  ])('GIVEN an HTML page dated by %s alone THEN that is its date', async (_how, head, stamp, date) => {
    const html = `<!doctype html><html><head><title>Drills end</title>${head}</head><body><article>
      <h1>Drills end with record numbers</h1>${stamp}
      <p>The transport ministers of both countries signed an agreement on Friday to expand the northern port and its rail links.</p>
      <p>"This is the largest investment in the region for a decade," the minister said after the ceremony in the capital.</p>
      <p>Construction is expected to begin next spring and to last about four years, according to the port authority.</p>
      </article></body></html>`;
    await writeFile(join(dir, 'port.html'), html);
    expect((await loadCorpus(dir)).articles[0]?.meta.date).toBe(date);
  });

  test('GIVEN front matter in a text seed THEN it states what the page does not print', async () => {
    await writeFile(join(dir, 'port.html'), '');
    await writeFile(
      join(dir, 'wire.md'),
      `---\noutlet: Example Wire\ndate: 2024-03-04\n---\n${ARTICLE.split('\n').slice(6).join('\n')}`,
    );
    const corpus = await loadCorpus(dir);
    expect(corpus.articles[0]?.meta).toMatchObject({ id: 'wire', outlet: 'Example Wire', date: '2024-03-04' });
    expect(corpus.articles[0]?.passages).toHaveLength(3);
  });

  test("GIVEN front matter after a web-page store's date stamp THEN it is read as front matter, not as the page's text", async () => {
    await writeFile(
      join(dir, 'wire.md'),
      ` date 2024-03-05 ---\noutlet: Example Wire\ndate: 2024-03-04\n---\n${ARTICLE.split('\n').slice(6).join('\n')}`,
    );
    const corpus = await loadCorpus(dir);
    expect(corpus.articles[0]?.meta).toMatchObject({ outlet: 'Example Wire', date: '2024-03-04' });
    expect(corpus.articles[0]?.passages.map((passage) => passage.text).join(' ')).not.toContain('outlet:');
  });
});
