import type { StatedMetadata } from './extractMetadata.ts';
import { findDate } from './parseDate.ts';

const KEYS: Record<string, keyof StatedMetadata> = {
  outlet: 'outlet', publisher: 'outlet', site: 'outlet',
  title: 'title', headline: 'title',
  date: 'date', published: 'date',
  author: 'byline', byline: 'byline',
  source: 'creditedSource', credit: 'creditedSource',
};

/**
 * An optional `---` block at the top of a text or markdown seed, so whoever adds an article can state
 * what its page does not print: `outlet: Reuters`, `date: 2023-05-16`, `title: ...`.
 */
export function parseFrontMatter(text: string): { body: string; stated: StatedMetadata } {
  const match = text.match(/^\uFEFF?---\r?\n([\s\S]*?)\r?\n---\r?\n/);
  if (!match) return { body: text, stated: {} };
  const stated: StatedMetadata = {};
  for (const line of (match[1] ?? '').split(/\r?\n/)) {
    const [, key, value] = line.match(/^\s*([A-Za-z]+)\s*:\s*(.+?)\s*$/) ?? [];
    const field = key ? KEYS[key.toLowerCase()] : undefined;
    if (!field || !value) continue;
    const clean = value.replace(/^["']|["']$/g, '');
    stated[field] = field === 'date' ? (findDate(clean)?.iso ?? null) : clean;
  }
  return { body: text.slice(match[0].length), stated };
}
