import MiniSearch from 'minisearch';
import SearchableMap from 'minisearch/SearchableMap';
import { describe, expect, test } from 'vitest';
import { assembleEngine, INDEX_OPTIONS, type IndexedPassage } from '../../src/search/engine.ts';
import {
  checkMiniSearchInternals,
  documentsWithTerm,
  MiniSearchInternalsError,
  radixTreeOf,
  searchableMapOf,
} from '../../src/search/miniSearchInternals.ts';
import { topResults } from '../../src/search/topResults.ts';

function smallIndex(): MiniSearch<IndexedPassage> {
  const index = new MiniSearch<IndexedPassage>(INDEX_OPTIONS);
  index.addAll([
    { id: 'a#p1', text: 'nato offic tokyo', title: 'nato', outlet: 'rt' },
    { id: 'b#p1', text: 'offic seoul', title: 'seoul', outlet: 'am' },
  ]);
  return index;
}

const emptyParts = {
  corpus: { articles: [], passages: [], skipped: [], shortLines: new Uint32Array() },
  vocabulary: new SearchableMap<string[]>(),
  groups: new Map(),
  passageTerms: new Map(),
  documentFrequency: new Map(),
};

describe('miniSearchInternals', () => {
  test('GIVEN a term WHEN the documents holding it in a field are asked for THEN exactly those ids come back, none for an unknown term or field', () => {
    const index = smallIndex();
    expect(documentsWithTerm(index, 'offic', 'text').sort()).toEqual(['a#p1', 'b#p1']);
    expect(documentsWithTerm(index, 'tokyo', 'text')).toEqual(['a#p1']);
    expect(documentsWithTerm(index, 'seoul', 'title')).toEqual(['b#p1']);
    expect(documentsWithTerm(index, 'nosuchterm', 'text')).toEqual([]);
    expect(documentsWithTerm(index, 'offic', 'nosuchfield')).toEqual([]);
  });

  test('GIVEN the installed MiniSearch THEN its internals pass the check', () => {
    expect(() => checkMiniSearchInternals(smallIndex())).not.toThrow();
  });

  test('GIVEN an index whose internals changed shape (as a MiniSearch release may) WHEN an engine is put together THEN one error names the version and each difference', () => {
    const index = smallIndex() as unknown as Record<string, unknown>;
    index['_index'] = undefined;
    index['_fieldLength'] = {};
    const assemble = () => assembleEngine({ ...emptyParts, index: index as unknown as MiniSearch<IndexedPassage> });
    expect(assemble).toThrow(MiniSearchInternalsError);
    expect(assemble).toThrow(
      /^MiniSearch \d+\.\d+\.\d+ does not have the internals coverage-bot reads \(written for 7\.2\.0\): _index, .*; _fieldLength, .*upgrade steps/,
    );
  });

  test('GIVEN such an index asked a question THEN the same error, not a TypeError', () => {
    const index = smallIndex() as unknown as Record<string, unknown>;
    delete index['_fieldIds'];
    expect(() => topResults(index as unknown as MiniSearch<IndexedPassage>, 'offic', {}, 10)).toThrow(
      MiniSearchInternalsError,
    );
  });

  test('GIVEN a SearchableMap THEN its radix tree gives back a map with the same entries in the same order', () => {
    const map = new SearchableMap<number>();
    for (const [i, word] of ['nato', 'nation', 'office', 'off', 'n'].entries()) map.set(word, i);
    const copy = searchableMapOf(radixTreeOf(map));
    expect([...copy]).toEqual([...map]);
    expect(copy.fuzzyGet('natio', 1)).toEqual(map.fuzzyGet('natio', 1));
  });
});
