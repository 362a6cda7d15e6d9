import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { TREE_RULES, withoutRoleLabels } from '../../src/corpus/accessibilityTree.ts';
import { buildCorpus } from '../../src/corpus/loadCorpus.ts';

const TREE = [
  'landmark banner',
  'link "Skip to main content"',
  'button "Menu" collapsed',
  'landmark navigation "Primary"',
  'list 3 items',
  'link "World"',
  'link "Opinion"',
  'landmark main',
  'heading level 1 "Seoul weighs its NATO ties"',
  'link "Jane Roe"',
  'time "7 June 2023"',
  'article',
  'paragraph',
  'text "Officials said the talks would go on."',
  'paragraph',
  'text "“It was a desk,” she said."',
  'complementary "Advertisement"',
  'paragraph',
  'text "The office, first reported in May, was to',
];

describe('withoutRoleLabels', () => {
  test('GIVEN a page saved as its accessibility tree THEN each node is its name on a line, containers gone, a cut-off name kept', () => {
    expect(withoutRoleLabels(TREE.join('\n')).split('\n')).toEqual([
      'Skip to main content',
      'Menu',
      'World',
      'Opinion',
      'Seoul weighs its NATO ties',
      'Jane Roe',
      '7 June 2023',
      'Officials said the talks would go on.',
      '“It was a desk,” she said.',
      'The office, first reported in May, was to',
    ]);
  });

  test('GIVEN a page of prose with a few lines that look like nodes ("link", a quoted headline) THEN nothing changes', () => {
    const page = [
      'Seoul weighs its NATO ties',
      'link "Share"',
      'text "Print"',
      'Officials said the talks would go on, and that the office had been discussed since January.',
      'A spokesman said "no decision" had been taken on the paragraph in question.',
      ...Array.from({ length: 12 }, (_, i) => `The ${i + 1}th paragraph of the report goes on at some length here.`),
    ].join('\n');
    expect(withoutRoleLabels(page)).toBe(page);
  });

  test('GIVEN the tree of a news page THEN its headline, byline, outlet and paragraphs are read as from the page itself', async () => {
    const name = 'layout35-pacificmeridian-axtree.txt';
    const text = readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
    const article = (await buildCorpus([{ name, format: 'text', text }])).articles[0];
    expect(article?.meta).toMatchObject({
      title: 'Macron digs in against a NATO outpost in Tokyo',
      outlet: 'Pacific Meridian',
      byline: 'Daniel Whitcombe',
    });
    expect(article?.passages[0]?.text).toMatch(/^French President Emmanuel Macron has told/);
    expect(article?.passages.some((passage) => /^(?:text|paragraph|link) "/.test(passage.text))).toBe(false);
  });
});

describe('a page as a screen reader speaks it', () => {
  const spoken = [
    'banner landmark',
    'link, Skip to main content',
    'navigation landmark, Main menu',
    'list, 3 items',
    'link, National',
    'link, Diplomacy, current page',
    'end of list',
    'button, Search, collapsed',
    'end of banner landmark',
    'main landmark',
    'heading level 1, Seoul and NATO sign partnership plan',
    'text, By Kwon Hye-rin',
    'text, Published July 12, 2023',
    'button, Share, collapsed',
    'article landmark',
    'South Korea and NATO on Wednesday adopted a new partnership programme covering eleven areas of cooperation.',
    'end of article landmark',
    'end of main landmark',
  ].join('\n');

  test('GIVEN "role, name" lines THEN the names are the text and the announcements are dropped', () => {
    const lines = withoutRoleLabels(spoken).split('\n');
    expect(lines).toContain('Seoul and NATO sign partnership plan');
    expect(lines).toContain('Search');
    expect(lines.some((line) => /landmark|end of list|^link,/.test(line))).toBe(false);
  });

  test('GIVEN the rule off THEN the roles stay in the text', () => {
    TREE_RULES.spoken = false;
    try {
      expect(withoutRoleLabels(spoken)).toContain('heading level 1, Seoul and NATO sign partnership plan');
    } finally {
      TREE_RULES.spoken = true;
    }
  });

  test('GIVEN an ordinary page with a line or two shaped so THEN it is left as it is', () => {
    const page = ['Content, as ever, is king.', 'It was a long day in Seoul.', 'Officials met again.'].join('\n');
    expect(withoutRoleLabels(page)).toBe(page);
  });
});
