import fc from 'fast-check';
import type { SearchOptions } from 'minisearch';
import { beforeAll, describe, expect, test } from 'vitest';
import { syntheticCorpus } from '../../scripts/syntheticCorpus.ts';
import { loadCorpus } from '../../src/corpus/loadCorpus.ts';
import { analyzeQuestion } from '../../src/search/analyzeQuestion.ts';
import { createSearchEngine, type SearchEngine } from '../../src/search/engine.ts';
import { topResults, topScores } from '../../src/search/topResults.ts';
import { SEEDS_DIR } from '../eval/normalize.ts';
import { readQuestions } from '../eval/questions.ts';

const LIMIT = 300;

/** The query ask() sends for a question: every concept's stems, the question's own boosted above aliases. */
function queryOf(question: string, engine: SearchEngine): { query: string; boosts: Map<string, number> } {
  const boosts = new Map<string, number>();
  for (const concept of analyzeQuestion(question, engine)) {
    for (const stem of concept.ownStems) boosts.set(stem, 1);
    for (const phrasing of concept.phrasings) for (const stem of phrasing) if (!boosts.has(stem)) boosts.set(stem, 0.6);
  }
  return { query: [...boosts.keys()].join(' '), boosts };
}

const everyThird = (result: { id: unknown }) => String(result.id).length % 3 === 0;

describe('topResults', () => {
  const engines: [string, SearchEngine][] = [];

  beforeAll(async () => {
    const seeds = await loadCorpus(SEEDS_DIR);
    engines.push(
      ['the seeds', createSearchEngine(seeds)],
      ['1,000 synthetic passages', createSearchEngine(syntheticCorpus(seeds, 1000))],
    );
  });

  test('GIVEN every eval question on the seeds and a synthetic corpus, with and without a filter THEN it returns exactly MiniSearch search().slice(0, limit)', () => {
    for (const [, engine] of engines) {
      for (const { question } of readQuestions()) {
        const { query, boosts } = queryOf(question, engine);
        for (const filter of [undefined, everyThird]) {
          const options: SearchOptions = {
            combineWith: 'OR',
            prefix: false,
            fuzzy: false,
            boostTerm: (term) => boosts.get(term) ?? 1,
            filter,
          };
          expect(topResults(engine.index, query, options, LIMIT)).toStrictEqual(
            engine.index.search(query, options).slice(0, LIMIT),
          );
        }
      }
    }
  });

  test('GIVEN every eval question and `within` (a set of ids, as a speaker route passes) THEN it returns exactly MiniSearch search() filtered to those ids', () => {
    for (const [, engine] of engines) {
      const within = new Set([...engine.passageById.keys()].filter((id) => everyThird({ id })));
      for (const { question } of readQuestions()) {
        const { query, boosts } = queryOf(question, engine);
        const options: SearchOptions = { boostTerm: (term) => boosts.get(term) ?? 1 };
        const filtered = { ...options, filter: (result: { id: unknown }) => within.has(String(result.id)) };
        expect(topResults(engine.index, query, options, LIMIT, within)).toStrictEqual(
          engine.index.search(query, filtered).slice(0, LIMIT),
        );
        // Queries left to MiniSearch honour `within` too.
        const prefix = { ...options, prefix: true };
        expect(topResults(engine.index, query, prefix, LIMIT, within)).toStrictEqual(
          engine.index.search(query, { ...prefix, filter: filtered.filter }).slice(0, LIMIT),
        );
      }
    }
  });

  test('GIVEN every eval question, with and without `within` THEN topScores gives topResults’ ids and scores in the same order', () => {
    for (const [, engine] of engines) {
      const within = new Set([...engine.passageById.keys()].filter((id) => everyThird({ id })));
      for (const { question } of readQuestions()) {
        const { query, boosts } = queryOf(question, engine);
        const options: SearchOptions = { boostTerm: (term) => boosts.get(term) ?? 1 };
        for (const only of [undefined, within]) {
          const full = topResults(engine.index, query, options, LIMIT, only);
          expect(topScores(engine.index, query, options, LIMIT, only)).toStrictEqual(
            full.map(({ id, score }) => ({ id, score })),
          );
        }
      }
    }
  });

  test('GIVEN any words of the corpus with any boosts and limit THEN it returns exactly what MiniSearch returns', () => {
    const [, engine] = engines[1] ?? [];
    if (!engine) throw new Error('no synthetic engine');
    const stems = [...engine.documentFrequency.keys()].sort();
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.oneof(fc.constantFrom(...stems), fc.constant('nosuchstem')), { minLength: 1, maxLength: 12 }),
        fc.array(fc.double({ min: 0.05, max: 3, noNaN: true }), { minLength: 12, maxLength: 12 }),
        fc.integer({ min: 1, max: 500 }),
        (terms, weights, limit) => {
          const boostTerm = (_term: string, i: number) => weights[i] ?? 1;
          const options: SearchOptions = { boostTerm };
          const query = terms.join(' ');
          expect(topResults(engine.index, query, options, limit)).toStrictEqual(
            engine.index.search(query, options).slice(0, limit),
          );
        },
      ),
      { numRuns: 60 },
    );
  });

  test.each([
    ['prefix search', { prefix: true }],
    ['fuzzy search', { fuzzy: 0.2 }],
    ['AND', { combineWith: 'AND' }],
    ['a document boost', { boostDocument: () => 2 }],
  ] as [string, SearchOptions][])(
    'GIVEN %s (which it leaves to MiniSearch) THEN the results are still MiniSearch’s',
    (_, options) => {
      const [, engine] = engines[0] ?? [];
      if (!engine) throw new Error('no seeds engine');
      const query = 'nato liaison offic japan';
      expect(topResults(engine.index, query, options, 50)).toStrictEqual(
        engine.index.search(query, options).slice(0, 50),
      );
    },
  );

  test('GIVEN a filter that reads the match THEN it sees the same match MiniSearch would give it', () => {
    const [, engine] = engines[0] ?? [];
    if (!engine) throw new Error('no seeds engine');
    const options: SearchOptions = {
      filter: (result) => Object.keys(result.match).length >= 2 && result.terms.includes('nato'),
    };
    const query = 'nato liaison offic japan kim';
    const results = topResults(engine.index, query, options, LIMIT);
    expect(results.length).toBeGreaterThan(0);
    expect(results).toStrictEqual(engine.index.search(query, options).slice(0, LIMIT));
  });
});
