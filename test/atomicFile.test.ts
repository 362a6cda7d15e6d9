import type * as Crypto from 'node:crypto';
import { lstat, mkdtemp, readdir, readFile, rm, symlink, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';

// The temporary name's randomness, made predictable for one test: what an attacker would need to guess.
const random = vi.hoisted(() => ({ fixed: null as Buffer | null }));
vi.mock('node:crypto', async (importOriginal) => {
  const crypto = await importOriginal<typeof Crypto>();
  return { ...crypto, randomBytes: (size: number) => random.fixed ?? crypto.randomBytes(size) };
});

const { removeLeftoverTemps, writeFileAtomic } = await import('../src/atomicFile.ts');

const OUTSIDE = 'not yours to overwrite';

describe('writeFileAtomic', () => {
  let dir: string;
  let outside: string;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'coverage-bot-atomic-'));
    outside = join(dir, 'outside.txt');
    await writeFile(outside, OUTSIDE);
  });

  afterEach(async () => {
    random.fixed = null;
    await rm(dir, { recursive: true, force: true });
  });

  test('GIVEN an existing file THEN it is replaced whole and no temporary file is left', async () => {
    const path = join(dir, 'data.json');
    await writeFile(path, 'old');
    await writeFileAtomic(path, 'new');
    expect(await readFile(path, 'utf8')).toBe('new');
    expect((await readdir(dir)).sort()).toEqual(['data.json', 'outside.txt']);
  });

  test('GIVEN a symlink at the target name THEN the link itself is replaced by a file and what it pointed to is untouched', async () => {
    const path = join(dir, 'data.json');
    await symlink(outside, path);
    await writeFileAtomic(path, Buffer.from('new'));
    expect(await readFile(outside, 'utf8')).toBe(OUTSIDE);
    expect((await lstat(path)).isFile()).toBe(true);
    expect(await readFile(path, 'utf8')).toBe('new');
  });

  test('GIVEN a symlink planted at the very temporary name it picks THEN the write fails (EEXIST) rather than follow it, and nothing is changed', async () => {
    const path = join(dir, 'data.json');
    await writeFile(path, 'old');
    random.fixed = Buffer.from('0123456789ab', 'hex');
    await symlink(outside, join(dir, '.data.json.0123456789ab.tmp'));

    await expect(writeFileAtomic(path, 'new')).rejects.toMatchObject({ code: 'EEXIST' });
    expect(await readFile(outside, 'utf8')).toBe(OUTSIDE);
    expect(await readFile(path, 'utf8')).toBe('old');
  });

  test('GIVEN replace: false and a name already taken THEN it fails with EEXIST, keeps the existing file and leaves no temporary file', async () => {
    const path = join(dir, 'article.md');
    await writeFile(path, 'first');
    await expect(writeFileAtomic(path, 'second', { replace: false })).rejects.toMatchObject({ code: 'EEXIST' });
    expect(await readFile(path, 'utf8')).toBe('first');
    expect((await readdir(dir)).sort()).toEqual(['article.md', 'outside.txt']);

    await writeFileAtomic(join(dir, 'other.md'), 'second', { replace: false });
    expect(await readFile(join(dir, 'other.md'), 'utf8')).toBe('second');
    expect((await readdir(dir)).sort()).toEqual(['article.md', 'other.md', 'outside.txt']);
  });

  test('GIVEN temporary files of a crashed write (new and old style names), a recent one and another file’s THEN only the abandoned ones of this file are removed', async () => {
    const path = join(dir, 'data.json');
    const names = [
      '.data.json.0123456789ab.tmp',
      'data.json.ba9876543210.tmp',
      '.data.json.fedcba987654.tmp',
      '.other.json.0123456789ab.tmp',
      '.data.json.tmp',
    ];
    for (const name of names) await writeFile(join(dir, name), '{');
    const crashTime = new Date(Date.now() - 5 * 60_000);
    for (const name of names.filter((entry) => !entry.includes('fedcba')))
      await utimes(join(dir, name), crashTime, crashTime);

    expect((await removeLeftoverTemps(path)).sort()).toEqual([
      '.data.json.0123456789ab.tmp',
      'data.json.ba9876543210.tmp',
    ]);
    expect((await readdir(dir)).sort()).toEqual([
      '.data.json.fedcba987654.tmp',
      '.data.json.tmp',
      '.other.json.0123456789ab.tmp',
      'outside.txt',
    ]);
  });
});
