import { describe, expect, test } from 'vitest';
import { clippedCompoundsWritten } from '../../src/search/clippedCompounds.ts';
import { createSearchEngine } from '../../src/search/engine.ts';
import { corpusOf } from '../attribution/fixtures.ts';

const engine = createSearchEngine(
  corpusOf([
    'The alliance wants a bigger role in the Asia-Pacific region, officials said.',
    'Its partners in the Indo-Pacific and its Euro-Atlantic allies met in July.',
    'The Euro-Asian forum and the Euro-Arctic council also met.',
  ]),
);

describe('clippedCompoundsWritten', () => {
  test.each([
    [
      'What did the alliance say about the Asia-Pac region?',
      'What did the alliance say about the Asia-Pacific region?',
    ],
    ['indo-pac partners', 'indo-pacific partners'],
  ])('GIVEN "%s" THEN it is read as "%s"', (question, read) => {
    expect(clippedCompoundsWritten(question, engine)).toBe(read);
  });

  test.each([
    // A part the coverage has as a word, a clipping too short, one that begins several compounds, one that begins none.
    'the Asia-Pacific region',
    'the Asia-P region',
    'the Euro-A allies',
    'the Euro-Ar allies',
    'the Asia-Nor region',
  ])('GIVEN "%s" THEN it stays as typed', (question) => {
    expect(clippedCompoundsWritten(question, engine)).toBe(question);
  });
});
