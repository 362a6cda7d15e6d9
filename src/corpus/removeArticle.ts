/**
 * Taking an article out of the coverage: finding it by what a user types, and moving its file out of the seeds
 * folder into DATA_DIR/removed/, where it can be put back by hand (nothing is deleted).
 */
import { access, link, mkdir, rename, unlink } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import type { Article, Corpus } from './types.ts';

/** Where removed seed files go, under DATA_DIR. */
export const REMOVED_DIR = 'removed';

/**
 * The article a user names: its file name in the seeds folder (with or without a path or extension, any case), or
 * its headline exactly; null when none matches or several do.
 */
export function articleNamed(corpus: Corpus, name: string): Article | null {
  const typed = name.trim();
  if (!typed) return null;
  const file = basename(typed).toLowerCase();
  const byFile = corpus.articles.filter((article) => {
    const own = article.meta.file.toLowerCase();
    return own === file || own.slice(0, own.length - extname(own).length) === file;
  });
  if (byFile.length === 1) return byFile[0] ?? null;
  const folded = typed.toLowerCase().replace(/\s+/g, ' ');
  const byTitle = corpus.articles.filter((article) => article.meta.title.toLowerCase().replace(/\s+/g, ' ') === folded);
  return byTitle.length === 1 ? (byTitle[0] ?? null) : null;
}

/**
 * Moves the seed file `file` into DATA_DIR/removed/ (a name already there gets a number); returns where it went, or
 * null when the seeds folder no longer has it.
 */
export async function setAsideSeedFile(seedsDir: string, file: string, dataDir: string): Promise<string | null> {
  const removedDir = join(dataDir, REMOVED_DIR);
  await mkdir(removedDir, { recursive: true });
  const extension = extname(file);
  const stem = file.slice(0, file.length - extension.length);
  for (let attempt = 0; attempt < 1000; attempt++) {
    const target = join(removedDir, attempt === 0 ? file : `${stem}-${attempt}${extension}`);
    try {
      // link + unlink rather than rename: rename replaces a file already there, and two removals may race.
      await linkNew(join(seedsDir, file), target);
      return target;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') return null;
      if (code !== 'EEXIST') throw error;
    }
  }
  throw new Error(`${REMOVED_DIR}/ already holds 1,000 files named after ${file}`);
}

/** Moves `from` to `to` unless `to` exists (EEXIST); across file systems, where a link fails, by rename. */
async function linkNew(from: string, to: string): Promise<void> {
  try {
    await link(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    const exists = await access(to).then(
      () => true,
      () => false,
    );
    if (exists) throw Object.assign(new Error(`${to} exists`), { code: 'EEXIST' });
    await rename(from, to);
    return;
  }
  await unlink(from);
}
