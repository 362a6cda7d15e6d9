import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { addedFileName, ArticleExistsError, checkArticleFile, writeArticle } from '../../src/corpus/addArticle.ts';

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
