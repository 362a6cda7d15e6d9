import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  addedFileName,
  ArticleExistsError,
  checkArticleFile,
  prepareArticle,
  writeArticle,
} from '../../src/corpus/addArticle.ts';
import { loadCorpus } from '../../src/corpus/loadCorpus.ts';
import { SEEDS_DIR } from '../eval/normalize.ts';

describe('checkArticleFile', () => {
  test.each([
    ['article.pdf', 'A .pdf file cannot be added'],
    ['note.`\n@everyone', 'A "'],
  ])('GIVEN an upload named %j THEN it is refused, the extension shown as one line of plain text', (name, start) => {
    const checked = checkArticleFile(name, 100, 1000);
    expect('refused' in checked).toBe(true);
    const refused = 'refused' in checked ? checked.refused : '';
    expect(refused.startsWith(start)).toBe(true);
    expect(refused).not.toMatch(/[\n`]/);
  });

  test('GIVEN an accepted extension THEN it is returned', () => {
    expect(checkArticleFile('article.HTML', 100, 1000)).toEqual({ extension: '.html' });
  });
});

describe('writeArticle', () => {
  test('GIVEN an article already written under its name THEN writing it again is refused as existing and the file is kept', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'seeds-'));
    try {
      const name = addedFileName(Buffer.from('first'), '.txt');
      await writeArticle(dir, name, Buffer.from('first'));
      await expect(writeArticle(dir, name, Buffer.from('second'))).rejects.toBeInstanceOf(ArticleExistsError);
      expect(await readFile(join(dir, name), 'utf8')).toBe('first');
      expect(await readdir(dir)).toEqual([name]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('prepareArticle', () => {
  test('GIVEN an upload THEN it is previewed against the coverage as it would be indexed; one the coverage already has, or a copy of it, is refused', async () => {
    const corpus = await loadCorpus(SEEDS_DIR);
    const fresh = Buffer.from(
      'Tokyo office talks stall\n\nNATO and Japan have not agreed who would pay for the liaison office in Tokyo, officials said on Friday.\n\nThe talks continue next month, according to two diplomats familiar with them.\n',
    );
    const preview = await prepareArticle(corpus, fresh, '.txt');
    expect('prepared' in preview && preview.prepared.article.meta.title).toBe('Tokyo office talks stall');
    expect('prepared' in preview && preview.prepared.shortLines.length).toBeGreaterThanOrEqual(
      corpus.shortLines.length,
    );

    const twin = await readFile(join(SEEDS_DIR, '000_f71c56816dc1f524.txt'));
    const duplicate = await prepareArticle(corpus, Buffer.concat([twin, Buffer.from('\n')]), '.txt');
    expect('refused' in duplicate && duplicate.refused).toMatch(/duplicate/);

    const added = {
      ...corpus,
      articles: [
        ...corpus.articles,
        { ...corpus.articles[0]!, meta: { ...corpus.articles[0]!.meta, file: addedFileName(fresh, '.txt') } },
      ],
    };
    const again = await prepareArticle(added, fresh, '.txt');
    expect('refused' in again && again.refused).toMatch(/already in the coverage/);
  });
});
