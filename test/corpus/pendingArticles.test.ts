import { mkdtemp, readdir, readFile, rm, symlink, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { addedFileName } from '../../src/corpus/addArticle.ts';
import {
  discardStagedArticle,
  PENDING_DIR,
  readStagedArticle,
  stageArticle,
  stagedKey,
} from '../../src/corpus/pendingArticles.ts';

describe('pendingArticles', () => {
  let dataDir: string;
  const bytes = Buffer.from('NATO plans a liaison office in Tokyo, Nikkei Asia reported.\n');
  const fileName = addedFileName(bytes, '.txt');

  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'pending-'));
  });
  afterEach(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  test('GIVEN a staged upload THEN its key reads it back, and once discarded it is gone', async () => {
    await stageArticle(dataDir, fileName, bytes);
    const [hash, extension] = stagedKey(fileName);
    const staged = await readStagedArticle(dataDir, hash, extension);
    expect(staged).toEqual({ path: join(dataDir, PENDING_DIR, fileName), bytes, extension: '.txt' });
    await discardStagedArticle(staged?.path ?? '');
    expect(await readStagedArticle(dataDir, hash, extension)).toBeNull();
  });

  test.each([
    ['no hash', undefined, 'txt'],
    ['a hash that is not 16 hex digits', '../../etc/passwd', 'txt'],
    ['an extension the bot never stages', '0123456789abcdef', 'pdf'],
    ['an inherited property as the extension', '0123456789abcdef', 'constructor'],
  ])('GIVEN a key with %s THEN nothing is read', async (_shape, hash, extension) => {
    expect(await readStagedArticle(dataDir, hash, extension)).toBeNull();
  });

  test('GIVEN a staged file whose content no longer matches its name THEN it is not read', async () => {
    await stageArticle(dataDir, fileName, bytes);
    await writeFile(join(dataDir, PENDING_DIR, fileName), 'changed on disk');
    const [hash, extension] = stagedKey(fileName);
    expect(await readStagedArticle(dataDir, hash, extension)).toBeNull();
  });

  test('GIVEN a file staged more than a day ago THEN staging another forgets it', async () => {
    const old = Buffer.from('An older upload nobody confirmed.\n');
    await stageArticle(dataDir, addedFileName(old, '.md'), old);
    const twoDaysAgo = new Date(Date.now() - 2 * 24 * 60 * 60 * 1000);
    await utimes(join(dataDir, PENDING_DIR, addedFileName(old, '.md')), twoDaysAgo, twoDaysAgo);
    await stageArticle(dataDir, fileName, bytes);
    expect(await readdir(join(dataDir, PENDING_DIR))).toEqual([fileName]);
  });

  test('GIVEN a link planted at the staged name THEN it is replaced, never written through', async () => {
    const outside = join(dataDir, 'outside.txt');
    await writeFile(outside, 'untouched');
    await stageArticle(dataDir, fileName, bytes);
    await rm(join(dataDir, PENDING_DIR, fileName));
    await symlink(outside, join(dataDir, PENDING_DIR, fileName));
    await stageArticle(dataDir, fileName, bytes);
    expect(await readFile(outside, 'utf8')).toBe('untouched');
    expect(await readFile(join(dataDir, PENDING_DIR, fileName))).toEqual(bytes);
  });

  test('GIVEN a name the bot does not give THEN it has no key', () => {
    expect(() => stagedKey('article.txt')).toThrow();
  });
});
