import { createHash } from 'node:crypto';
import { extname, join } from 'node:path';
import { writeFileAtomic } from '../atomicFile.ts';
import { quoteName } from '../shownName.ts';
import { addedPageArticle } from './loadCorpus.ts';
import { decodeSeed } from './readSeedFiles.ts';
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
  /** The article as it will be indexed (cleaned against the coverage's other pages). */
  article: Article;
  /** The coverage's short lines with the article's page's (Corpus.shortLines). */
  shortLines: Uint32Array;
}

export type Preparation = { prepared: PreparedArticle } | { refused: string };

/**
 * Cleans a file as it would be indexed beside the coverage `corpus` (see addedPageArticle), without writing
 * anything. Refused: text that is not an article, a file the coverage has, and a duplicate (an article of the
 * coverage with the same cleaned text).
 */
export async function prepareArticle(corpus: Corpus, bytes: Buffer, extension: ArticleExtension): Promise<Preparation> {
  const decoded = decodeSeed(bytes);
  if (typeof decoded === 'string') return { refused: `The file cannot be read as an article: ${decoded}.` };
  const fileName = addedFileName(bytes, extension);
  if (corpus.articles.some((article) => article.meta.file === fileName))
    return { refused: `This file is already in the coverage (as ${fileName}).` };
  const page = {
    name: fileName,
    format: extension === '.html' ? ('html' as const) : ('text' as const),
    text: decoded.text,
  };
  const added = await addedPageArticle(corpus, page);
  if ('refused' in added) return { refused: `No article could be read from the file: ${added.refused}.` };
  const { article, shortLines } = added;
  const key = cleanedText(article);
  // Only articles that open the same way are folded whole: 5,000 articles of 20 passages are 50 MB of text.
  const opening = foldedOpening(article);
  const twin = corpus.articles.find((entry) => foldedOpening(entry) === opening && cleanedText(entry) === key);
  if (twin)
    return {
      refused: `This is a duplicate: the coverage already has the same article, “${twin.meta.title}” from ${twin.meta.outlet} (${twin.meta.file}).`,
    };
  return { prepared: { fileName, bytes, article, shortLines } };
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
  return foldedText(article.passages.map((passage) => passage.text).join('\n'));
}

function foldedText(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** The first words of cleanedText, read from the first passage alone. */
function foldedOpening(article: Article): string {
  return foldedText(article.passages[0]?.text ?? '').slice(0, 60);
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(bytes < 10 * 1024 ? 1 : 0)} KiB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
}
