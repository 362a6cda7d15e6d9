import { isNode, type JsonNode } from './jsonLd.ts';
import { ENDS_SENTENCE } from './lineShape.ts';
import { wordCount } from './normalizeText.ts';

/** An article found in the JSON a script-rendered page embeds for its scripts (Next.js's `__NEXT_DATA__`, Nuxt's state). */
export interface EmbeddedArticle {
  /** The body's blocks as lines, headings as markdown headings, in order. */
  text: string;
  headline: string | null;
  published: string | null;
  authors: string[];
  /** The site's name, where the data names it (`site`, `publisher`, `brand`, `publication`). */
  site: string | null;
}

/** An embedded body shorter than this is a teaser or a card, not an article. */
const MIN_BODY_WORDS = 120;
/** A block of prose: a sentence or more. */
const PROSE_MIN_WORDS = 8;
/** How deep the data is searched, and how many values at most: a store holding a whole site stops there. */
export const MAX_DEPTH = 14;
export const MAX_VALUES = 200_000;

const TEXT_KEYS = ['text', 'content', 'body', 'value', 'html', 'plain'];
const TYPE_KEYS = ['type', '_type', '__typename', 'kind', 'blockType', 'component'];
export const HEADLINE_KEYS = ['headline', 'title', 'name'];
export const DATE_KEYS = [
  'datePublished',
  'publishedAt',
  'published',
  'publishDate',
  'publishedDate',
  'firstPublished',
  'pubDate',
  'date',
];
const AUTHOR_KEYS = ['authors', 'author', 'byline', 'bylines', 'writers', 'contributors'];
export const SITE_KEYS = ['site', 'publisher', 'brand', 'publication', 'siteName'];
/** A block type that is a subheading of the body ("heading", "subhead", "h2"). */
const HEADING_TYPE = /head|^h[2-6]$|title/i;

type Node = JsonNode;
export const plain = (value: string) =>
  value
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
const stringAt = (node: Node, keys: readonly string[]): string | null => {
  for (const key of keys) {
    const value = node[key];
    if (typeof value === 'string' && value.trim()) return plain(value);
  }
  return null;
};

/**
 * The article a page keeps only in the JSON it embeds for its scripts (`<script type="application/json">`), as a
 * page rendered in the browser does, its HTML a loading skeleton. The body is the list in the data whose blocks hold
 * the most prose: blocks typed ("paragraph", "ad", "newsletterPromo", "relatedInline") keep the type that carries
 * most of the words and subheadings, so ads, sign-up boxes and related links set among the paragraphs are left
 * out; a list of plain strings is read whole. Its headline, date and writers are read off the object holding the
 * list; the site's name off the data's site or publisher object. Null when no list holds an article's length of
 * prose.
 */
export function readEmbeddedArticle(blocks: readonly string[]): EmbeddedArticle | null {
  let best: { lines: string[]; words: number; holder: Node } | null = null;
  let site: string | null = null;
  for (const block of blocks) {
    let data: unknown;
    try {
      data = JSON.parse(block);
    } catch {
      continue;
    }
    let seen = 0;
    const visit = (value: unknown, holder: Node | null, depth: number) => {
      if (depth > MAX_DEPTH || ++seen > MAX_VALUES) return;
      if (Array.isArray(value)) {
        if (holder) {
          const body = bodyOf(value);
          if (body && (!best || body.words > best.words)) best = { ...body, holder };
        }
        for (const item of value) visit(item, holder, depth + 1);
      } else if (isNode(value)) {
        for (const key of SITE_KEYS) site ??= nameOf(value[key]);
        for (const item of Object.values(value)) visit(item, value, depth + 1);
      }
    };
    visit(data, null, 0);
  }
  const found = best as { lines: string[]; words: number; holder: Node } | null;
  if (!found || found.words < MIN_BODY_WORDS) return null;
  const { holder } = found;
  const authorValue = AUTHOR_KEYS.map((key) => holder[key]).find((value) => value !== undefined);
  return {
    text: found.lines.join('\n\n'),
    headline: stringAt(holder, HEADLINE_KEYS),
    published: stringAt(holder, DATE_KEYS),
    authors: (Array.isArray(authorValue) ? authorValue : [authorValue]).flatMap((author) => {
      const name = nameOf(author);
      return name ? [name] : [];
    }),
    site,
  };
}

/** A string, or an object's `name` or `title`. */
export function nameOf(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() && wordCount(value) <= 8 ? plain(value) : null;
  return isNode(value) ? stringAt(value, ['name', 'title']) : null;
}

/** A list's blocks as the body's lines, and their prose words; null when the list holds no prose. */
function bodyOf(items: readonly unknown[]): { lines: string[]; words: number } | null {
  const blocks = items.map((item) => {
    if (typeof item === 'string') return { type: null, text: plain(item) };
    if (!isNode(item)) return null;
    const text = stringAt(item, TEXT_KEYS);
    return text ? { type: stringAt(item, TYPE_KEYS), text } : null;
  });
  const isProse = (text: string) => wordCount(text) >= PROSE_MIN_WORDS && ENDS_SENTENCE.test(text);
  // The type whose blocks carry the most prose is the body's: an ad or a sign-up box is set in among its blocks.
  const wordsOfType = new Map<string | null, number>();
  for (const block of blocks)
    if (block && isProse(block.text))
      wordsOfType.set(block.type, (wordsOfType.get(block.type) ?? 0) + wordCount(block.text));
  const bodyType = [...wordsOfType].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (bodyType === undefined) return null;
  const lines: string[] = [];
  let words = 0;
  for (const block of blocks) {
    if (!block) continue;
    if (block.type === bodyType) {
      lines.push(block.text);
      if (isProse(block.text)) words += wordCount(block.text);
    } else if (block.type && HEADING_TYPE.test(block.type) && !isProse(block.text)) lines.push(`# ${block.text}`);
  }
  return { lines, words };
}
