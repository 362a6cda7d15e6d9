import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { cleanPage } from '../../src/corpus/cleanPage.ts';
import { extractMetadata } from '../../src/corpus/extractMetadata.ts';

/**
 * Two invented pages in layouts unlike the seeds (a newspaper page with cookie banner, newsletter box and
 * "Most viewed"; a wire story in markdown with an ad slot, credits and "Read Next"), to show the rules are
 * not fitted to the three seed pages. Expectations are read off the fixture files by eye.
 */
const read = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

describe('pages in other layouts', () => {
  test('GIVEN a newspaper page THEN only its five body paragraphs are passages and its metadata is found', () => {
    const page = cleanPage(read('guardian-style.txt'));
    expect(page.paragraphs.map((paragraph) => paragraph.slice(0, 40))).toEqual([
      'The leaders of Japan and South Korea hav',
      'Speaking at a joint press conference in ',
      'Japan\'s prime minister said he was "deep',
      'Analysts said the thaw was driven in par',
      'The two leaders also agreed to restart a',
    ]);
    expect(extractMetadata(page)).toEqual({
      // "© 2023 Daily Meridian News & Media Limited" is the owner; the brand it publishes under heads the page.
      outlet: 'The Daily Meridian',
      title: 'Japan and South Korea agree to resume shuttle diplomacy',
      date: '2023-05-16',
      dateline: 'Tue 16 May 2023 07.45 BST',
      datedLine: null,
      creditLine: null,
      byline: 'Hannah Brooke',
      creditedSource: null,
      otherNames: [],
      url: null,
    });
  });

  test('GIVEN a wire story THEN the paragraph after the ad slot stays, credits and lists go, and the agency is credited', () => {
    const page = cleanPage(read('wire-style.md'));
    expect(page.paragraphs.map((paragraph) => paragraph.slice(0, 40))).toEqual([
      'SEOUL, May 17 (Northwind) - North Korea ',
      'The Joint Chiefs of Staff said the missi',
      '"Our military is maintaining a full read',
      "Japan's defence ministry said it had lod",
    ]);
    expect(extractMetadata(page)).toEqual({
      outlet: 'Northwind',
      title: 'Pyongyang fires ballistic missile into sea, Seoul says',
      date: '2023-05-17',
      dateline: 'May 17, 2023 | 10:02 AM GMT+9',
      datedLine: 'May 17, 2023 | 10:02 AM GMT+9 | Updated 2 hours ago',
      creditLine: null,
      byline: 'Min-ji Park and Tom Reed',
      creditedSource: 'Northwind',
      otherNames: [],
      url: null,
    });
  });
});
