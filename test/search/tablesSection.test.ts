import { beforeAll, describe, expect, test } from 'vitest';
import { buildAttribution, storedAttributionOf, type StoredAttribution } from '../../src/attribution/attribution.ts';
import { loadCorpus } from '../../src/corpus/loadCorpus.ts';
import type { Corpus, Passage } from '../../src/corpus/types.ts';
import { decodeTables, encodeTables } from '../../src/search/tablesSection.ts';
import { SEEDS_DIR } from '../eval/normalize.ts';

/** Rows whose strings are Latin-1, wider, empty, repeated, and null where a field may be. */
const PASSAGES: Passage[] = [
  { id: 'a#p1', articleId: 'a', paragraph: 1, text: 'Plain words, and “curly quotes”.', section: null },
  { id: 'a#p2', articleId: 'a', paragraph: 2, text: 'Café crème: Latin-1 only.', section: 'Über uns' },
  { id: 'b#p1.2', articleId: 'b', paragraph: 1, text: '', section: 'Über uns' },
  { id: 'b#p3', articleId: 'b', paragraph: 3, text: 'A pair 😀 and a lone \ud800 half.', section: '' },
];

const STATEMENTS: StoredAttribution['statements'] = [
  {
    id: 'a#p1~1',
    speaker: 'Mao Ning',
    speakerKind: 'person',
    role: null,
    mention: 'she',
    text: null,
    kind: 'quote',
    verb: null,
    via: null,
    passageId: 'a#p1',
    articleId: 'a',
    span: { start: 0, end: 5 },
  },
  {
    id: 'b#p3~2',
    speaker: 'NATO',
    speakerKind: 'institution',
    role: 'the alliance’s spokesman',
    mention: 'the bloc',
    text: null,
    kind: 'reported',
    verb: 'said',
    via: 'KCNA',
    passageId: 'b#p3',
    articleId: 'b',
    span: { start: 2, end: 2 },
  },
];

/** The section's 32-bit word `i` (its layout: src/search/tablesSection.ts), and a copy with it set. */
const wordOf = (bytes: Buffer, i: number) => bytes.readUInt32LE(i * 4);
function withWord(bytes: Buffer, i: number, value: number): Buffer {
  const changed = Buffer.from(bytes);
  changed.writeUInt32LE(value, i * 4);
  return changed;
}
/** The words before the strings' ends: the two row counts, then each of the three texts' string count and length. */
const HEAD = 8;
/** How many strings the section holds: its three texts' counts. */
const stringsIn = (bytes: Buffer) => wordOf(bytes, 2) + wordOf(bytes, 4) + wordOf(bytes, 6);

describe('tablesSection', () => {
  let corpus: Corpus;

  beforeAll(async () => {
    corpus = await loadCorpus(SEEDS_DIR);
  });

  test('GIVEN passages and statements with Latin-1, wider, ill-formed (a lone surrogate) and null strings THEN they are decoded as they were', () => {
    expect(decodeTables(encodeTables(PASSAGES, STATEMENTS))).toStrictEqual({
      passages: PASSAGES,
      statements: STATEMENTS,
    });
  });

  test('GIVEN the seeds’ passages and statements THEN they are decoded as they were, from a copy not aligned to words too', () => {
    const { statements } = storedAttributionOf(buildAttribution(corpus));
    const bytes = encodeTables(corpus.passages, statements);
    expect(decodeTables(bytes)).toStrictEqual({ passages: corpus.passages, statements });
    const unaligned = Buffer.alloc(bytes.length + 1).subarray(1);
    bytes.copy(unaligned);
    expect(decodeTables(unaligned)).toStrictEqual({ passages: corpus.passages, statements });
  });

  test('GIVEN no rows THEN the section decodes to no rows', () => {
    expect(decodeTables(encodeTables([], []))).toStrictEqual({ passages: [], statements: [] });
  });

  test('GIVEN the section cut short at any length, or with a byte more THEN it is rejected, saying why', () => {
    const bytes = encodeTables(PASSAGES, STATEMENTS);
    for (let length = 0; length < bytes.length; length++)
      expect(() => decodeTables(bytes.subarray(0, length))).toThrow(/too short|truncated/);
    expect(() => decodeTables(Buffer.concat([bytes, Buffer.of(0)]))).toThrow(/truncated or altered/);
  });

  test.each<[string, (bytes: Buffer) => Buffer, RegExp]>([
    ['a passage count one more', (bytes) => withWord(bytes, 0, wordOf(bytes, 0) + 1), /truncated or altered/],
    ['a text holding one string more', (bytes) => withWord(bytes, 2, wordOf(bytes, 2) + 1), /truncated or altered/],
    ['a string ending before it starts', (bytes) => withWord(bytes, HEAD + 1, 0), /ends do not go forwards/],
    [
      'the last string ending past its text',
      (bytes) => withWord(bytes, HEAD + stringsIn(bytes) - 1, 1e6),
      /ends do not go forwards/,
    ],
    [
      'a string ending short of its text’s end',
      (bytes) => withWord(bytes, HEAD + wordOf(bytes, 2) - 1, wordOf(bytes, HEAD + wordOf(bytes, 2) - 1) - 1),
      /do not span their text/,
    ],
    ['a passage id past the strings', (bytes) => withWord(bytes, HEAD + stringsIn(bytes), 1e6), /passage id/],
    [
      'a passage’s section past the strings',
      (bytes) => withWord(bytes, HEAD + stringsIn(bytes) + 4 * PASSAGES.length, stringsIn(bytes)),
      /passage section/,
    ],
  ])('GIVEN the section with %s THEN it is rejected, saying why', (_what, damage, message) => {
    expect(() => decodeTables(damage(encodeTables(PASSAGES, STATEMENTS)))).toThrow(message);
  });

  test.each([
    ['speaker kind', { speakerKind: 'oracle' }],
    ['kind', { kind: 'rumour' }],
  ])('GIVEN a statement whose %s is none there is THEN the section is rejected', (what, change) => {
    const [first, ...rest] = STATEMENTS;
    const odd = { ...first, ...change } as StoredAttribution['statements'][number];
    expect(() => decodeTables(encodeTables(PASSAGES, [odd, ...rest]))).toThrow(new RegExp(`statement’s ${what}`));
  });

  test('GIVEN a passage whose text is not a string THEN it is not written', () => {
    const odd = { ...PASSAGES[0], text: 42 } as unknown as Passage;
    expect(() => encodeTables([odd], [])).toThrow(/not a string/);
  });
});
