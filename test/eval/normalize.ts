import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's `seeds/` folder. */
export const SEEDS_DIR = fileURLToPath(new URL('../../seeds/', import.meta.url));

/**
 * How spans and passages are compared: curly quotes to straight, `[text](url)` to `text`,
 * no `**`, single spaces, lower case.
 */
export function normalizeForMatch(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\*\*/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** True when `text` contains any of `spans`, both normalised. */
export function containsAnySpan(text: string, spans: readonly string[]): boolean {
  const haystack = normalizeForMatch(text);
  return spans.some((span) => haystack.includes(normalizeForMatch(span)));
}

/** Every seed file's raw text, normalised, keyed by file name. */
export function readNormalizedSeeds(dir: string = SEEDS_DIR): Map<string, string> {
  const seeds = new Map<string, string>();
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith('.')) continue;
    seeds.set(name, normalizeForMatch(readFileSync(join(dir, name), 'utf8')));
  }
  return seeds;
}
