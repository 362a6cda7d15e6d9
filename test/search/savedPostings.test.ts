import type { SearchOptions } from 'minisearch';
import { beforeAll, describe, expect, test } from 'vitest';
import { syntheticCorpus } from '../../scripts/syntheticCorpus.ts';
import { loadCorpus } from '../../src/corpus/loadCorpus.ts';
import { analyzeQuestion } from '../../src/search/analyzeQuestion.ts';
import { createSearchEngine, type SearchEngine } from '../../src/search/engine.ts';
import { deserializeEngine, serializeEngine } from '../../src/search/engineSerialization.ts';
import { engineFingerprint } from '../../src/search/indexFingerprint.ts';
import { documentsWithAllTerms, documentsWithTerm, internalsOf } from '../../src/search/miniSearchInternals.ts';
import { SavedFieldLengths, SavedTermPostings } from '../../src/search/savedPostings.ts';
import { topResults, topScores } from '../../src/search/topResults.ts';
import { SEEDS_DIR } from '../eval/normalize.ts';
import { readQuestions } from '../eval/questions.ts';

const LIMIT = 300;

/** A saved index of the engine, read back: its postings and field lengths still only in the saved columns. */
function savedAndRead(engine: SearchEngine): SearchEngine {
  const read = deserializeEngine(serializeEngine(engine, { seeds: 'x', seedFiles: 'x' }), {
    seeds: 'x',
    engine: engineFingerprint(),
  });
  if (read.kind !== 'loaded') throw new Error(`not loaded: ${JSON.stringify(read)}`);
  return read.engine;
}

function optionsOf(question: string, engine: SearchEngine): { query: string; options: SearchOptions } {
  const boosts = new Map<string, number>();
  for (const concept of analyzeQuestion(question, engine)) {
    for (const stem of concept.ownStems) boosts.set(stem, 1);
    for (const phrasing of concept.phrasings) for (const stem of phrasing) if (!boosts.has(stem)) boosts.set(stem, 0.6);
  }
  return {
    query: [...boosts.keys()].join(' '),
    options: { combineWith: 'OR', prefix: false, fuzzy: false, boostTerm: (term) => boosts.get(term) ?? 1 },
  };
}

/** Whether any of the index's term postings or its field lengths have been made into Maps. */
function madeIntoMaps(engine: SearchEngine): boolean {
  const internals = internalsOf(engine.index);
  const lengths = internals.fieldLength as SavedFieldLengths;
  if (lengths.savedColumns(0) === null) return true;
  for (const term of engine.documentFrequency.keys()) {
    const postings = internals.postings.get(term);
    if (postings instanceof SavedTermPostings && postings.saved(0) === null) return true;
  }
  return false;
}

describe('saved postings', () => {
  let built: SearchEngine;

  beforeAll(async () => {
    built = createSearchEngine(syntheticCorpus(await loadCorpus(SEEDS_DIR), 1000));
  });

  test('GIVEN an engine read from a saved index THEN its postings and lengths are MiniSearch Maps in name only until used', () => {
    const read = savedAndRead(built);
    const internals = internalsOf(read.index);
    expect(internals.fieldLength).toBeInstanceOf(SavedFieldLengths);
    expect(internals.fieldLength.size).toBe(built.corpus.passages.length);
    expect(madeIntoMaps(read)).toBe(false);
  });

  test('GIVEN every eval question THEN topResults and topScores from the saved columns equal MiniSearch search() from the Maps they make', () => {
    const read = savedAndRead(built);
    const questions = readQuestions();
    const asked = questions.map(({ question }) => {
      const { query, options } = optionsOf(question, read);
      return {
        query,
        options,
        results: topResults(read.index, query, options, LIMIT),
        scores: topScores(read.index, query, options, LIMIT),
      };
    });
    // Nothing so far needed the Maps: topResults read the columns.
    expect(madeIntoMaps(read)).toBe(false);
    for (const { query, options, results, scores } of asked) {
      const searched = read.index.search(query, options).slice(0, LIMIT);
      expect(results).toStrictEqual(searched);
      expect(scores).toStrictEqual(searched.map(({ id, score }) => ({ id, score })));
    }
  });

  test('GIVEN the terms of the eval questions THEN documentsWithTerm and documentsWithAllTerms read from the saved columns as from a built index', () => {
    const read = savedAndRead(built);
    const terms = [...new Set(readQuestions().flatMap(({ question }) => optionsOf(question, built).query.split(' ')))];
    for (const term of terms) {
      for (const field of ['text', 'title', 'outlet'])
        expect(documentsWithTerm(read.index, term, field)).toStrictEqual(documentsWithTerm(built.index, term, field));
    }
    for (let i = 0; i + 1 < terms.length; i++) {
      const pair = [terms[i] ?? '', terms[i + 1] ?? ''];
      expect(documentsWithAllTerms(read.index, pair, 'text', 20)).toStrictEqual(
        documentsWithAllTerms(built.index, pair, 'text', 20),
      );
    }
    expect(madeIntoMaps(read)).toBe(false);
  });

  test('GIVEN a saved term used as a Map THEN it is one, entry for entry and in order, and stays one when changed', () => {
    const read = savedAndRead(built);
    const internals = internalsOf(read.index);
    const builtInternals = internalsOf(built.index);
    for (const term of [...read.documentFrequency.keys()].slice(0, 200)) {
      const saved = internals.postings.get(term);
      const fresh = builtInternals.postings.get(term);
      expect(saved?.size).toBe(fresh?.size);
      // By field id: a built term's fields are in the order its passages first had them, which nothing reads.
      const entries = (map: Map<number, Map<number, number>> | undefined) =>
        [...(map ?? [])].sort(([a], [b]) => a - b).map(([field, postings]) => [field, [...postings]]);
      // Passage numbers are short ids once read back: the built index numbered them in the same order.
      expect(entries(saved)).toStrictEqual(entries(fresh));
    }
    const [term] = read.documentFrequency.keys();
    const postings = internals.postings.get(term ?? '');
    if (!(postings instanceof SavedTermPostings)) throw new Error('not a saved term');
    postings.set(7, new Map([[1, 1]]));
    expect(postings.get(7)).toStrictEqual(new Map([[1, 1]]));
    expect(postings.delete(7)).toBe(true);
    expect(postings.has(7)).toBe(false);
    expect(postings.saved(0)).toBeNull();
  });
});
