import { createHash } from 'node:crypto';
import { extname, join } from 'node:path';
import { writeFileAtomic } from '../atomicFile.ts';
import { quoteName } from '../shownName.ts';
import { buildCorpus } from './loadCorpus.ts';
import { decodeSeed, readSeedFiles } from './readSeedFiles.ts';
import type { Article, Corpus } from './types.ts';

/** What an article added at run time may be (the seeds folder reads more, but these are what people send). */
export const ARTICLE_EXTENSIONS = ['.txt', '.md', '.html'] as const;
export type ArticleExtension = (typeof ARTICLE_EXTENSIONS)[number];

/** The names the bot gives files it adds: its own, from the content, never from the sender. */
const ADDED_NAME = /^added_[0-9a-f]{16}\.(txt|md|html)$/;

/** The file's extension when its name and size are acceptable, or why it is refused (before anything is downloaded). */
export function checkArticleFile(
  fileName: string,
  size: number,
  maxBytes: number,
): { extension: ArticleExtension } | { refused: string } {
  const extension = extname(fileName).toLowerCase();
  if (!(ARTICLE_EXTENSIONS as readonly string[]).includes(extension)) {
    return {
      refused: `${extension ? `A ${quoteName(extension)} file` : 'A file without an extension'} cannot be added: send the article as a .txt, .md or .html file.`,
    };
  }
  if (size <= 0) return { refused: 'The file is empty.' };
  if (size > maxBytes)
    return {
      refused: `The file is too large: ${formatBytes(size)}, and the limit is ${formatBytes(maxBytes)} (MAX_ARTICLE_BYTES).`,
    };
  return { extension: extension as ArticleExtension };
}

export interface PreparedArticle {
  /** The name it will have in the seeds folder. */
  fileName: string;
  bytes: Buffer;
  /** The article as it will be indexed (cleaned alongside the folder's other pages). */
  article: Article;
  /** The folder's corpus with the article in it. */
  corpus: Corpus;
}

export type Preparation = { prepared: PreparedArticle } | { refused: string };

/**
 * Cleans a file as it would be indexed in `seedsDir`, without writing anything. Refused: text that is not
 * an article, and a duplicate (an article of the folder with the same cleaned text).
 */
export async function prepareArticle(
  seedsDir: string,
  bytes: Buffer,
  extension: ArticleExtension,
): Promise<Preparation> {
  const decoded = decodeSeed(bytes);
  if (typeof decoded === 'string') return { refused: `The file cannot be read as an article: ${decoded}.` };
  const fileName = addedFileName(bytes, extension);
  const { files, skipped } = await readSeedFiles(seedsDir);
  if (files.some((file) => file.name === fileName))
    return { refused: `This file is already in the coverage (as ${fileName}).` };
  const candidate = {
    name: fileName,
    format: extension === '.html' ? ('html' as const) : ('text' as const),
    text: decoded.text,
  };
  const corpus = await buildCorpus([...files, candidate], skipped);
  const article = corpus.articles.find((entry) => entry.meta.file === fileName);
  if (!article) {
    const why = corpus.skipped.find((entry) => entry.file === fileName)?.reason ?? 'no article text found in it';
    return { refused: `No article could be read from the file: ${why}.` };
  }
  const key = cleanedText(article);
  const twin = corpus.articles.find((entry) => entry !== article && cleanedText(entry) === key);
  if (twin)
    return {
      refused: `This is a duplicate: the coverage already has the same article, “${twin.meta.title}” from ${twin.meta.outlet} (${twin.meta.file}).`,
    };
  return { prepared: { fileName, bytes, article, corpus } };
}

/** `added_<first 16 hex of the content's sha256><extension>`: the same file always gets the same name. */
export function addedFileName(bytes: Buffer, extension: ArticleExtension): string {
  return `added_${createHash('sha256').update(bytes).digest('hex').slice(0, 16)}${extension}`;
}

export class ArticleExistsError extends Error {}

/**
 * Writes a prepared article into the seeds folder under its own name, whole or not at all, and never over an
 * existing file: writeFileAtomic without replacing (a hidden temporary file, flushed, then hard-linked to the
 * final name, which fails if that name exists).
 */
export async function writeArticle(seedsDir: string, fileName: string, bytes: Buffer): Promise<string> {
  if (!ADDED_NAME.test(fileName))
    throw new Error(`Not a name the bot gives added articles: ${JSON.stringify(fileName)}`);
  const target = join(seedsDir, fileName);
  try {
    await writeFileAtomic(target, bytes, { replace: false });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST')
      throw new ArticleExistsError(`${fileName} is already in the seeds folder`, { cause: error });
    throw error;
  }
  return target;
}

/** An article's cleaned text, folded so that spacing and case do not hide a duplicate. */
function cleanedText(article: Article): string {
  return article.passages
    .map((passage) => passage.text)
    .join('\n')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(bytes < 10 * 1024 ? 1 : 0)} KiB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
}
