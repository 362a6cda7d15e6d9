import { readEmailHeaders } from './emailHeaders.ts';
import type { StatedMetadata } from './extractMetadata.ts';
import { findDate } from './parseDate.ts';
import { readProtocolRecords } from './protocolRecords.ts';
import { webAddress } from './webAddress.ts';

/** A Map, so a key such as `constructor:` finds nothing rather than an inherited member. */
const KEYS = new Map<string, keyof StatedMetadata>([
  ['outlet', 'outlet'],
  ['publisher', 'outlet'],
  ['site', 'outlet'],
  ['title', 'title'],
  ['headline', 'title'],
  ['date', 'date'],
  ['published', 'date'],
  ['author', 'byline'],
  ['byline', 'byline'],
  ['source', 'creditedSource'],
  ['credit', 'creditedSource'],
  ['url', 'url'],
  ['link', 'url'],
  ['canonical', 'url'],
]);

/** `key:` at the start of a front-matter line. */
const KEY = /^\s*([A-Za-z]+)\s*:/;

/**
 * An optional `---` block at the top of a text or markdown seed, so whoever adds an article can state
 * what its page does not print: `outlet: Reuters`, `date: 2023-05-16`, `title: ...`.
 */
export function parseFrontMatter(text: string): { body: string; stated: StatedMetadata } {
  const match = text.match(/^\uFEFF?---\r?\n([\s\S]*?)\r?\n---\r?\n/);
  if (!match)
    return readerHeader(text) ?? readEmailHeaders(text) ?? readProtocolRecords(text) ?? { body: text, stated: {} };
  const stated: StatedMetadata = {};
  for (const line of (match[1] ?? '').split(/\r?\n/)) {
    // The key is matched, the value trimmed: a pattern around the value (`\s*(.+?)\s*$`) tries every split of
    // a run of spaces, which is quadratic in its length.
    const key = KEY.exec(line);
    const field = key ? KEYS.get((key[1] ?? '').toLowerCase()) : undefined;
    // Spaces inside a value are one space: a title is shown on one line.
    const value = key ? line.slice(key[0].length).replace(/\s+/g, ' ').trim() : '';
    if (!field || !value) continue;
    const clean = value.replace(/^["']|["']$/g, '');
    stated[field] = field === 'date' ? (findDate(clean)?.iso ?? null) : field === 'url' ? webAddress(clean) : clean;
  }
  return { body: text.slice(match[0].length), stated };
}

/**
 * The header a web-to-markdown reader writes above a page it fetched ("Title: ... | Site", "URL Source: ...",
 * "Published Time: ...", then "Markdown Content:"): the page's own title, address and date, and its site's name
 * after the title's last bar.
 */
const READER_HEADER =
  /^\uFEFF?Title:[ \t]*([^\r\n]*)\r?\n(?:[ \t]*\r?\n)*(?:URL Source:[ \t]*([^\r\n]*)\r?\n(?:[ \t]*\r?\n)*)?(?:Published Time:[ \t]*([^\r\n]*)\r?\n(?:[ \t]*\r?\n)*)?Markdown Content:[ \t]*\r?\n/;
/** A site's name after a title's last separator: a few words. */
const SITE_PART = /\s+[|–—]\s+([^|–—]{2,60})$/;

function readerHeader(text: string): { body: string; stated: StatedMetadata } | null {
  const match = READER_HEADER.exec(text);
  if (!match) return null;
  const stated: StatedMetadata = {};
  const title = (match[1] ?? '').replace(/\s+/g, ' ').trim();
  const site = SITE_PART.exec(title);
  if (site && (site[1] ?? '').trim().split(/\s+/).length <= 5) {
    stated.title = title.slice(0, site.index).trim();
    stated.outlet = (site[1] ?? '').trim();
  } else if (title) stated.title = title;
  const url = webAddress((match[2] ?? '').trim());
  if (url) stated.url = url;
  const date = findDate((match[3] ?? '').trim())?.iso;
  if (date) stated.date = date;
  return { body: text.slice(match[0].length), stated };
}
