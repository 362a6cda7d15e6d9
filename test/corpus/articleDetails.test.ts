import { describe, expect, test } from 'vitest';
import { withDetails } from '../../src/corpus/articleDetails.ts';
import { parseFrontMatter } from '../../src/corpus/frontMatter.ts';
import { htmlToText } from '../../src/corpus/htmlToText.ts';

const details = {
  outlet: 'Harbour Gazette',
  title: 'Ferry to run twice a day',
  date: '2024-05-14',
  url: 'https://harbour.example/ferry',
};

describe('withDetails', () => {
  test('GIVEN a text page with front matter THEN the corrected fields replace its own and its byline and body are kept', () => {
    const page = Buffer.from(
      '---\noutlet: Old Name\ntitle: Old headline\nauthor: Ana Lee\n---\n\nThe ferry will run twice a day.\n',
    );
    const { body, stated } = parseFrontMatter(withDetails(page, '.txt', details).toString('utf8'));
    expect(stated).toMatchObject({
      outlet: 'Harbour Gazette',
      title: 'Ferry to run twice a day',
      date: '2024-05-14',
      byline: 'Ana Lee',
      url: 'https://harbour.example/ferry',
    });
    expect(body.trim()).toBe('The ferry will run twice a day.');
  });

  test('GIVEN a typed value with line breaks or "---" THEN it stays one line and cannot end the block early', () => {
    const page = Buffer.from('Body line.\n');
    const written = withDetails(page, '.md', { ...details, title: 'First\n---\ninjected: yes' }).toString('utf8');
    const { body, stated } = parseFrontMatter(written);
    expect(stated.title).toBe('First --- injected: yes');
    expect(body.trim()).toBe('Body line.');
  });

  test('GIVEN an HTML page THEN its corrected details are read before its own, a second edit replaces the first, and <header> is not taken for <head>', () => {
    const page = Buffer.from(
      '<html><head><title>Old | Site</title><meta property="og:site_name" content="Old Site"></head><body><header>Menu</header><article><h1>Old headline</h1><p>The ferry will run twice a day from June, the harbour board said on Tuesday after a winter of storms.</p></article></body></html>',
    );
    const once = withDetails(page, '.html', { ...details, title: 'A "quoted" <title>' });
    const twice = withDetails(once, '.html', details).toString('utf8');
    expect(twice.match(/coverage-bot:title/g)).toHaveLength(1);
    expect(twice).toContain('<header>Menu</header>');
    expect(htmlToText(twice).stated).toMatchObject({
      outlet: 'Harbour Gazette',
      title: 'Ferry to run twice a day',
      date: '2024-05-14',
      url: 'https://harbour.example/ferry',
    });
    expect(htmlToText(once.toString('utf8')).stated.title).toBe('A "quoted" <title>');
  });

  test('GIVEN no date or link THEN none is written and the page keeps what it printed', () => {
    const page = Buffer.from(
      '<html><head><link rel="canonical" href="https://site.example/a"></head><body><h1>H</h1><p>Text of the article that is long enough to be read as one.</p></body></html>',
    );
    const written = withDetails(page, '.html', { outlet: 'Site', title: 'H', date: null, url: null }).toString('utf8');
    expect(written).not.toContain('coverage-bot:date');
    expect(htmlToText(written).stated.url).toBe('https://site.example/a');
  });
});
