import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { angleLinksAsMarkdown } from '../../src/corpus/angleLinks.ts';
import { CORPUS_RULES, loadCorpus } from '../../src/corpus/loadCorpus.ts';

describe('angleLinksAsMarkdown', () => {
  test.each([
    ['Share via Email <mailto:?subject=Macron>', '[Share via Email](mailto:?subject=Macron)'],
    ['Skip to main content <#maincontent>', '[Skip to main content](#maincontent)'],
    [
      'World <https://example.com/world> | Europe <https://example.com/europe>',
      '[World](https://example.com/world) | [Europe](https://example.com/europe)',
    ],
    ['  * News <https://example.com/news>', '  * [News](https://example.com/news)'],
  ])('GIVEN a link as a browser saves it as text ("%s") THEN it is a markdown link', (line, link) => {
    expect(angleLinksAsMarkdown(line)).toBe(link);
  });

  test.each([
    // A label of the address, a header field, HTML, prose citing an address: not a link's text.
    'Pasted from <https://www.example.co.nz/world/nato-tokyo-office>',
    'List-Unsubscribe: <https://newsletters.example.net/u?e=1>',
    '<h1>Kishida to attend NATO summit</h1>',
  ])('GIVEN "%s" THEN it stays as it is', (line) => {
    expect(angleLinksAsMarkdown(line)).toBe(line);
  });

  test('GIVEN a long sentence citing an address THEN the sentence stays and the address goes', () => {
    const prose =
      'The French objection was first raised at a meeting of deputy ambassadors at Nato headquarters on 31 May, the diplomats said';
    expect(angleLinksAsMarkdown(`${prose} <https://example.com/story>.`)).toBe(`${prose}.`);
  });
});

describe('a page saved as text by a browser, in the seeds folder', () => {
  const FIXTURE = new URL('./fixtures/layout45-brackwatertimes-firefoxtext.txt', import.meta.url);
  const HEADLINE = "Macron blocks Nato's plan for Tokyo office, diplomats say";

  const titleOf = async () => {
    const dir = await mkdtemp(join(tmpdir(), 'seeds-angle-'));
    try {
      await copyFile(FIXTURE, join(dir, 'story.txt'));
      return (await loadCorpus(dir)).articles[0]?.meta.title;
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  };

  test('GIVEN share links saved as "text <address>" THEN none of them is the headline', async () => {
    expect(await titleOf()).toBe(HEADLINE);
  });

  test('GIVEN the rule off THEN a share link is taken for the headline (what the test above measures)', async () => {
    CORPUS_RULES.angleLinks = false;
    try {
      expect(await titleOf()).toMatch(/^Share via Email/);
    } finally {
      CORPUS_RULES.angleLinks = true;
    }
  });
});
