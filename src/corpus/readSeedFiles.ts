import { lstat, readdir, readFile, realpath, stat } from 'node:fs/promises';
import { extname, join, relative, resolve, sep } from 'node:path';
import type { SkippedFile } from './types.ts';

export const SEED_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm', '.rtf'] as const;
/** Larger files are not articles; reading them would only slow start-up. */
export const MAX_SEED_BYTES = 5 * 1024 * 1024;

export interface SeedFile {
  /** File name within the seeds folder. */
  name: string;
  format: 'text' | 'html';
  text: string;
}

export interface SeedFiles {
  files: SeedFile[];
  skipped: SkippedFile[];
}

/** Every readable article file in `dir`, sorted by name; each unusable one is listed with the reason instead. */
export async function readSeedFiles(dir: string, maxBytes = MAX_SEED_BYTES): Promise<SeedFiles> {
  const root = await realpath(resolve(dir));
  const names = (await readdir(root)).filter((name) => !name.startsWith('.')).sort();
  const files: SeedFile[] = [];
  const skipped: SkippedFile[] = [];
  for (const name of names) {
    const extension = extname(name).toLowerCase();
    if (!(SEED_EXTENSIONS as readonly string[]).includes(extension)) {
      if (!/^readme/i.test(name))
        skipped.push({ file: name, reason: `not an article file (expected ${SEED_EXTENSIONS.join(', ')})` });
      continue;
    }
    try {
      const result = await readOne(root, name, maxBytes);
      if (typeof result === 'string') skipped.push({ file: name, reason: result });
      else files.push({ name, format: extension.startsWith('.htm') ? 'html' : 'text', text: result.text });
    } catch (error) {
      skipped.push({ file: name, reason: `unreadable (${(error as NodeJS.ErrnoException).code ?? 'error'})` });
    }
  }
  return { files, skipped };
}

/** The file's text, or why it cannot be used. */
async function readOne(root: string, name: string, maxBytes: number): Promise<{ text: string } | string> {
  const path = join(root, name);
  const link = await lstat(path);
  if (link.isSymbolicLink()) {
    const target = await realpath(path);
    const inside = relative(root, target);
    if (inside.startsWith('..') || inside.startsWith(sep) || resolve(root, inside) !== target) {
      return 'a link to a file outside the seeds folder';
    }
  }
  const info = await stat(path);
  if (!info.isFile()) return 'not a regular file';
  if (info.size === 0) return 'empty';
  if (info.size > maxBytes) return `too large (${info.size} bytes, limit ${maxBytes})`;
  const bytes = await readFile(path);
  return decodeSeed(bytes);
}

/** A seed file's bytes as text, or why they are not an article's text (the same rules for files added at run time). */
export function decodeSeed(bytes: Buffer): { text: string } | string {
  const text = decode(bytes);
  if (text === null) return 'not UTF-8 text (binary or another encoding)';
  if (!/[\p{L}\p{N}]/u.test(text)) return 'no text in it';
  return { text };
}

/** UTF-8 (BOM optional) or BOM-marked UTF-16; null for binary or invalid text. */
function decode(bytes: Buffer): string | null {
  const head = bytes.subarray(0, 2);
  const utf16 =
    head[0] === 0xff && head[1] === 0xfe ? 'utf-16le' : head[0] === 0xfe && head[1] === 0xff ? 'utf-16be' : null;
  try {
    const text = new TextDecoder(utf16 ?? 'utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return looksBinary(text) ? null : text;
  } catch {
    return null;
  }
}

function looksBinary(text: string): boolean {
  const sample = text.slice(0, 8192);
  if (sample.includes('\u0000')) return true;
  // eslint-disable-next-line no-control-regex -- counting control characters is the point
  const control = sample.match(/[\u0001-\u0008\u000E-\u001F\u007F]/g)?.length ?? 0;
  return control > sample.length * 0.02;
}
