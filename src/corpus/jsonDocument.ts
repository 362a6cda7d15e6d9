import { escapeText } from 'entities';
import {
  DATE_KEYS,
  HEADLINE_KEYS,
  MAX_DEPTH,
  MAX_VALUES,
  nameOf,
  plain,
  readEmbeddedArticle,
  SITE_KEYS,
} from './embeddedJson.ts';
import type { StatedMetadata } from './extractMetadata.ts';
import { isNode, type JsonNode } from './jsonLd.ts';
import { wordCount } from './normalizeText.ts';
import { findDate } from './parseDate.ts';
import { webAddress } from './webAddress.ts';

/** A body shorter than this is an excerpt, a caption or a card, not an article. */
const MIN_BODY_WORDS = 60;
/** Where a value sits in an object the data gives for a field: WordPress's `"title": { "rendered": "..." }`. */
const VALUE_KEYS = ['rendered', 'text', 'value', 'raw', 'plain'];
/** The page's own address. */
const ADDRESS_KEYS = ['link', 'url', 'canonical', 'permalink'];

/**
 * A seed that is one JSON document, as a publishing system's API answers (WordPress's `/wp-json/wp/v2/posts/N`)
 * or an app exports a saved article: the page is in its strings. The body is the list of blocks holding the most
 * prose (readEmbeddedArticle), or else the string holding the most words, which is HTML as often as not; the title,
 * date and site are read off the objects around the body, nearest first. Returns the body as HTML for the
 * cleaning every page has, or null when the text is no JSON or holds no article's length of prose.
 */
export function readJsonDocument(text: string): { html: string; stated: StatedMetadata } | null {
  const trimmed = text.trim();
  if (!/^[[{]/.test(trimmed)) return null;
  let data: unknown;
  try {
    data = JSON.parse(trimmed);
  } catch {
    return null;
  }
  const blocks = readEmbeddedArticle([trimmed]);
  if (blocks)
    return {
      html: blocks.text
        .split('\n\n')
        .map((line) => (line.startsWith('# ') ? `<h2>${escapeText(line.slice(2))}</h2>` : `<p>${escapeText(line)}</p>`))
        .join('\n'),
      stated: withoutNulls({
        title: blocks.headline,
        date: findDate(blocks.published ?? '')?.iso ?? null,
        outlet: blocks.site,
      }),
    };
  const body = longestString(data);
  if (!body) return null;
  const nearest = (keys: readonly string[]) => {
    for (const holder of body.holders) {
      for (const key of keys) {
        const value = fieldValue(holder[key]);
        if (value) return value;
      }
    }
    return null;
  };
  const site = body.holders.map((holder) => SITE_KEYS.map((key) => nameOf(holder[key])).find(Boolean)).find(Boolean);
  const html = /<\/?[a-z][a-z0-9]*[\s>/]/i.test(body.value)
    ? body.value
    : body.value
        .split(/\n\s*\n|\n/)
        .filter((part) => part.trim())
        .map((part) => `<p>${escapeText(part.trim())}</p>`)
        .join('\n');
  const title = nearest(HEADLINE_KEYS);
  return {
    html: `<html><head>${title ? `<title>${escapeText(title)}</title>` : ''}</head><body><article>${title ? `<h1>${escapeText(title)}</h1>` : ''}${html}</article></body></html>`,
    stated: withoutNulls({
      title,
      date: findDate(nearest(DATE_KEYS) ?? '')?.iso ?? null,
      outlet: site ?? null,
      url: webAddress(nearest(ADDRESS_KEYS) ?? ''),
    }),
  };
}

/** The string with the most words in the data, and the objects holding it, nearest first; null below an article. */
function longestString(data: unknown): { value: string; holders: JsonNode[] } | null {
  let best: { value: string; words: number; holders: JsonNode[] } | null = null;
  let seen = 0;
  const visit = (value: unknown, holders: JsonNode[], depth: number) => {
    if (depth > MAX_DEPTH || ++seen > MAX_VALUES) return;
    if (typeof value === 'string') {
      if (value.length < MIN_BODY_WORDS * 3) return;
      const words = wordCount(plain(value));
      if (words >= MIN_BODY_WORDS && (!best || words > best.words)) best = { value, words, holders };
    } else if (Array.isArray(value)) for (const item of value) visit(item, holders, depth + 1);
    else if (isNode(value)) for (const item of Object.values(value)) visit(item, [value, ...holders], depth + 1);
  };
  visit(data, [], 0);
  const found = best as { value: string; words: number; holders: JsonNode[] } | null;
  return found ? { value: found.value, holders: found.holders } : null;
}

/** A field's text: a short string, or the string an object holds for it (`{ "rendered": "..." }`). */
function fieldValue(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() && value.length <= 300 ? plain(value) : null;
  if (!isNode(value)) return null;
  for (const key of VALUE_KEYS) {
    const inner = value[key];
    if (typeof inner === 'string' && inner.trim() && inner.length <= 300) return plain(inner);
  }
  return null;
}

function withoutNulls(stated: Record<string, string | null>): StatedMetadata {
  return Object.fromEntries(Object.entries(stated).filter(([, value]) => value));
}
