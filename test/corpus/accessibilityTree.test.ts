import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { withoutRoleLabels } from '../../src/corpus/accessibilityTree.ts';
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
