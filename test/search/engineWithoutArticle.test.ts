import { cp, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { attributionOf } from '../../src/attribution/attribution.ts';
import { loadCorpus } from '../../src/corpus/loadCorpus.ts';
import type { Corpus } from '../../src/corpus/types.ts';
import { createSearchEngine, type SearchEngine } from '../../src/search/engine.ts';
import { deserializeEngine, serializeEngine } from '../../src/search/engineSerialization.ts';
import { corpusWithoutArticle, engineWithoutArticle } from '../../src/search/engineWithoutArticle.ts';
import { engineFingerprint } from '../../src/search/indexFingerprint.ts';
import { knownWordsInSteps, knownWordsOf } from '../../src/search/knownWords.ts';
import { SEEDS_DIR } from '../eval/normalize.ts';
import { observedEngine } from './observedEngine.ts';
import { readQuestions } from '../eval/questions.ts';

const questions = readQuestions().slice(0, 60);
const FIXTURES_DIR = new URL('../corpus/fixtures/', import.meta.url).pathname;

const observed = (engine: SearchEngine) => observedEngine(engine, questions);

/** The engine built afresh from the same articles, without the one removed. */
function rebuiltWithout(corpus: Corpus, articleId: string): SearchEngine {
  return createSearchEngine({
    ...corpus,
    articles: corpus.articles.filter((article) => article.meta.id !== articleId),
    passages: corpus.passages.filter((passage) => passage.articleId !== articleId),
  });
}

describe('engineWithoutArticle', () => {
  let dir: string;
  /** The seeds with three pages of other outlets: several near-duplicate groups span three or four outlets. */
  let corpus: Corpus;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'coverage-bot-remove-'));
    await cp(SEEDS_DIR, dir, { recursive: true });
    for (const name of (await readdir(FIXTURES_DIR)).filter((file) => /^(?:wire-|trust-cluster)/.test(file)))
      await cp(join(FIXTURES_DIR, name), join(dir, name));
    corpus = await loadCorpus(dir);
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  test('GIVEN a corpus whose near-duplicate groups span several outlets THEN the test corpus has some (the case below is not vacuous)', () => {
    const engine = createSearchEngine(corpus);
    const sizes = new Set([...engine.groups.values()].map((group) => group.length));
    expect(corpus.articles.length).toBeGreaterThan(4);
    expect(Math.max(...sizes)).toBeGreaterThan(2);
  });

  test('GIVEN each article removed in place in turn THEN the engine answers, ranks, groups and attributes exactly as one built afresh without it', () => {
    for (const article of corpus.articles) {
      const id = article.meta.id;
      const before = createSearchEngine(corpus);
      attributionOf(before);
      knownWordsOf(before);
      const removed = engineWithoutArticle(before, id);

      expect(removed.corpus.articles.map((entry) => entry.meta.id)).not.toContain(id);
      expect(removed.corpus.passages.some((passage) => passage.articleId === id)).toBe(false);
      expect(
        removed.index.search(article.passages[0]?.text ?? '').some((result) => result.id.startsWith(`${id}#`)),
      ).toBe(false);
      expect(observed(removed), id).toStrictEqual(observed(rebuiltWithout(corpus, id)));
    }
  });

  test('GIVEN an engine read from a saved index THEN an article removed from it, saved and read back again, answers as one built afresh without it', () => {
    const id = corpus.articles[1]?.meta.id ?? '';
    const written = { seeds: 'seeds', seedFiles: 'stamp' };
    const expected = { seeds: 'seeds', engine: engineFingerprint() };
    const read = deserializeEngine(serializeEngine(createSearchEngine(corpus), written), expected);
    if (read.kind !== 'loaded') throw new Error(read.kind);
    const removed = engineWithoutArticle(read.engine, id);
    const again = deserializeEngine(serializeEngine(removed, written), expected);
    if (again.kind !== 'loaded') throw new Error(again.kind);

    const fresh = observed(rebuiltWithout(corpus, id));
    expect(observed(removed)).toStrictEqual(fresh);
    expect(observed(again.engine)).toStrictEqual(fresh);
  });

  test('GIVEN the known words worked out beforehand in steps THEN they are the ones the engine without the article would work out', async () => {
    const id = corpus.articles[0]?.meta.id ?? '';
    const before = createSearchEngine(corpus);
    const without = corpusWithoutArticle(before, id);
    const removed = engineWithoutArticle(before, id, without, await knownWordsInSteps(without));
    expect(knownWordsOf(removed)).toStrictEqual(knownWordsOf(rebuiltWithout(corpus, id)));
  });

  test('GIVEN an article the coverage does not have THEN removing it is refused with an error and the engine is unchanged', () => {
    const engine = createSearchEngine(corpus);
    const documentCount = engine.index.documentCount;
    expect(() => engineWithoutArticle(engine, 'no-such-article')).toThrow(/has no article no-such-article/);
    expect(engine.index.documentCount).toBe(documentCount);
  });
});
