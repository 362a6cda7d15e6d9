import { beforeAll, describe, expect, test } from 'vitest';
import { loadCorpus } from '../../src/corpus/loadCorpus.ts';
import { createSearchEngine, type SearchEngine } from '../../src/search/engine.ts';
import { absentNamesCased } from '../../src/search/trueCase.ts';

describe('absentNamesCased on the seeds', () => {
  let engine: SearchEngine;
  beforeAll(async () => {
    engine = createSearchEngine(await loadCorpus(new URL('../../seeds/', import.meta.url).pathname));
  });

  test.each([
    ['how did the european union react?', 'how did the European Union react?'],
    ['did kim seol-hwa mention taiwan?', 'did kim seol-hwa mention Taiwan?'],
  ])(
    'GIVEN "%s" typed without capitals THEN a name the coverage never mentions is written as one: "%s"',
    (typed, cased) => {
      expect(absentNamesCased(typed, engine)).toBe(cased);
    },
  );

  test.each([
    'What did the European Union say?',
    'what did kim jong un say about nato',
    'what did mao ning say about china',
    'may the office open in may?',
    'WHAT DID NATO SAY?',
  ])(
    'GIVEN "%s" (cased already, names the coverage has, a surname alone, everyday words) THEN it is left as typed',
    (typed) => {
      expect(absentNamesCased(typed, engine)).toBe(typed);
    },
  );
});
