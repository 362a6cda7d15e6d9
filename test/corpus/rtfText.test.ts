import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadCorpus } from '../../src/corpus/loadCorpus.ts';
import { isRtf, rtfText } from '../../src/corpus/rtfText.ts';

const HEADER = String.raw`{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\froman Times New Roman;}}{\colortbl ;\red0\green0\blue0;}
{\*\generator Riched20 10.0.19041}{\info{\title SLUG-ONE}{\company Some Company}}\viewkind4\uc1
`;

describe('rtfText', () => {
  test('GIVEN a word processor export THEN its paragraphs are the lines, with no control words or tables', () => {
    const text = rtfText(
      HEADER +
        String.raw`\pard\sa200\f0\fs24 The office\rquote s staff would be one person.\par
\pard\sa200 \ldblquote It is small,\rdblquote  she said \endash  for now.\par}`,
    );
    expect(text.split('\n').filter(Boolean)).toEqual([
      'The office\u2019s staff would be one person.',
      '\u201CIt is small,\u201D she said \u2013 for now.',
    ]);
    expect(text).not.toMatch(/Times New Roman|SLUG-ONE|Some Company|Riched20|\\/);
  });

  test('GIVEN escaped characters THEN each is decoded: code page bytes, Unicode with its fallback, braces', () => {
    expect(
      rtfText(String.raw`{\rtf1 Caf\'e9 \'93quoted\'94 \u8212?dash \u-10179?\u-8704?x \{braces\} back\\slash\par}`),
    ).toBe('Caf\u00e9 \u201Cquoted\u201D \u2014dash \u{1F600}x {braces} back\\slash\n');
  });

  test('GIVEN plain text or HTML THEN it is no RTF', () => {
    expect(isRtf(String.raw`{\rtf1\ansi hello}`)).toBe(true);
    expect(isRtf('The {rtf} of it')).toBe(false);
    expect(isRtf('<html><body>{\\rtf1</body></html>')).toBe(false);
  });
});

describe('an RTF file in the seeds folder', () => {
  test('GIVEN a .rtf export among the seeds THEN it is read as the article it shows', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'seeds-rtf-'));
    try {
      const sentence =
        'North Korea on Monday denounced plans for a NATO liaison office in Tokyo as proof that the Western alliance was moving into Asia, analysts said.';
      const paragraphs = Array.from({ length: 4 }, (_, i) => String.raw`\pard\sa200 ${sentence} (${i + 1})\par`);
      await writeFile(join(dir, 'story.rtf'), `${HEADER}${paragraphs.join('\n')}\n}`);
      const corpus = await loadCorpus(dir);
      expect(corpus.skipped).toEqual([]);
      const text = corpus.passages.map((passage) => passage.text).join(' ');
      expect(text).toContain('denounced plans for a NATO liaison office');
      expect(text).not.toMatch(/\\pard|\\sa200|fonttbl/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
