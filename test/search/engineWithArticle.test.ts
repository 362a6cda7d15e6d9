import { copyFile, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { attributionOf } from '../../src/attribution/attribution.ts';
import { addedPageArticle, loadCorpus } from '../../src/corpus/loadCorpus.ts';
import { readSeedFiles } from '../../src/corpus/readSeedFiles.ts';
import type { Article, Corpus } from '../../src/corpus/types.ts';
import { createSearchEngine, type SearchEngine } from '../../src/search/engine.ts';
import { engineWithArticle } from '../../src/search/engineWithArticle.ts';
import { knownWordsOf } from '../../src/search/knownWords.ts';
import { SEEDS_DIR } from '../eval/normalize.ts';
import { observedEngine } from './observedEngine.ts';
import { readQuestions } from '../eval/questions.ts';

const questions = readQuestions().slice(0, 60);

const observed = (engine: SearchEngine) => observedEngine(engine, questions);

describe('engineWithArticle', () => {
  let dir: string;
  let lastFile: string;
  let whole: Corpus;
  let partial: Corpus;

  beforeAll(async () => {
    // The seeds but the last, as a folder of their own; the last is then added to it.
    dir = await mkdtemp(join(tmpdir(), 'coverage-bot-add-'));
    const names = (await readdir(SEEDS_DIR)).sort();
    lastFile = names.at(-1) ?? '';
    for (const name of names.slice(0, -1)) await copyFile(join(SEEDS_DIR, name), join(dir, name));
    partial = await loadCorpus(dir);
    whole = await loadCorpus(SEEDS_DIR);
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  async function addedLast(corpus: Corpus): Promise<{ article: Article; shortLines: Uint32Array }> {
    const file = (await readSeedFiles(SEEDS_DIR)).files.find((entry) => entry.name === lastFile);
    if (!file) throw new Error('no last seed');
    const added = await addedPageArticle(corpus, file);
    if ('refused' in added) throw new Error(added.refused);
    return added;
  }

  test('GIVEN a folder and one more page THEN the page is cleaned against the folder as reading the folder whole cleans it, and its short lines join the folder’s', async () => {
    const { article, shortLines } = await addedLast(partial);
    expect(article).toStrictEqual(whole.articles.at(-1));
    expect([...shortLines]).toStrictEqual([...whole.shortLines]);
  });

  test('GIVEN the last seed added in place to an engine of the others THEN it answers, ranks, groups and attributes exactly as an engine built from all of them', async () => {
    const { article, shortLines } = await addedLast(partial);
    const before = createSearchEngine(partial);
    attributionOf(before);
    knownWordsOf(before);
    const added = engineWithArticle(before, article, shortLines);

    expect(added.corpus).toStrictEqual(whole);
    expect(observed(added)).toStrictEqual(observed(createSearchEngine(whole)));
  });

  test('GIVEN an article the coverage already has THEN adding it again is refused with an error and the engine is unchanged', async () => {
    const engine = createSearchEngine(whole);
    const article = whole.articles[0];
    if (!article) throw new Error('no article');
    const documentCount = engine.index.documentCount;
    expect(() => engineWithArticle(engine, article, whole.shortLines)).toThrow(/already has an article/);
    expect(engine.index.documentCount).toBe(documentCount);
  });
});
