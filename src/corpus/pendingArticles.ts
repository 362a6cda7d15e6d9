import { mkdir, readdir, readFile, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from '../atomicFile.ts';
import { addedFileName, type ArticleExtension } from './addArticle.ts';

/**
 * Uploads waiting to be added: /add-article keeps the file sent in DATA_DIR, under the name the bot gives it
 * (`added_<hash><extension>`, see addedFileName), until someone presses Add or Cancel. Its buttons name the
 * file by the hash and the extension (stagedKey), never by a path.
 */

/** The folder under DATA_DIR. */
export const PENDING_DIR = 'pending-articles';
/** A staged file not confirmed within this time is forgotten. */
export const PENDING_MS = 24 * 60 * 60 * 1000;
const HASH = /^[0-9a-f]{16}$/;
/** By the key's extension part (a Map: the key comes from a button, the clicker's to choose). */
const EXTENSIONS = new Map<string, ArticleExtension>([
  ['txt', '.txt'],
  ['md', '.md'],
  ['html', '.html'],
]);

export interface StagedArticle {
  path: string;
  bytes: Buffer;
  extension: ArticleExtension;
}

/**
 * Keeps `bytes` under `fileName` (a name addedFileName gave) until it is added or cancelled, and forgets files
 * staged more than a day ago. The name is predictable (the content's hash): the file is written exclusively under
 * a random name, then renamed, so a link planted at that name is replaced, never written through.
 */
export async function stageArticle(
  dataDir: string,
  fileName: string,
  bytes: Buffer,
  now: number = Date.now(),
): Promise<void> {
  const dir = join(dataDir, PENDING_DIR);
  await mkdir(dir, { recursive: true });
  for (const name of await readdir(dir)) {
    const info = await stat(join(dir, name)).catch(() => null);
    if (info && now - info.mtimeMs > PENDING_MS) await unlink(join(dir, name)).catch(() => undefined);
  }
  await writeFileAtomic(join(dir, fileName), bytes);
}

/** `added_<hash>.<ext>` as the two parts a button carries: the hash and the extension without its dot. */
export function stagedKey(fileName: string): [hash: string, extension: string] {
  const match = /^added_([0-9a-f]{16})\.(\w+)$/.exec(fileName);
  if (!match?.[1] || !match[2]) throw new Error(`unexpected added file name ${fileName}`);
  return [match[1], match[2]];
}

/** The staged file a key names, checked against its hash; null when it is gone or the key is malformed. */
export async function readStagedArticle(
  dataDir: string,
  hash: string | undefined,
  ext: string | undefined,
): Promise<StagedArticle | null> {
  const extension = ext ? EXTENSIONS.get(ext) : undefined;
  if (!hash || !HASH.test(hash) || !extension) return null;
  const path = join(dataDir, PENDING_DIR, `added_${hash}${extension}`);
  const bytes = await readFile(path).catch(() => null);
  if (!bytes || addedFileName(bytes, extension) !== `added_${hash}${extension}`) return null;
  return { path, bytes, extension };
}

/** Forgets a staged file (added, cancelled or staged again under another name); gone already is fine. */
export async function discardStagedArticle(path: string): Promise<void> {
  await unlink(path).catch(() => undefined);
}
