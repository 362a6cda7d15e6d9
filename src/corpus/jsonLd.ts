/** What a page's schema.org JSON-LD says about its article: headline, publication date, writers and publisher. */
export interface JsonLdArticle {
  headline: string | null;
  datePublished: string | null;
  authors: string[];
  publisher: string | null;
  /** The article's full text where the page gives it (`articleBody`), paragraphs kept; behind a paywall, often the only one. */
  articleBody: string | null;
}

/** schema.org's article types: Article and its kinds (NewsArticle, OpinionNewsArticle, ...), blog posts, reports. */
const ARTICLE_TYPE = /(?:Article|BlogPosting|^Report)$/;
/** Nodes are looked for this deep in arrays and `@graph` lists; the article node is never deeper in real pages. */
const MAX_DEPTH = 4;

/** An object of parsed JSON (not an array). */
export type JsonNode = Record<string, unknown>;
type Node = JsonNode;

export const isNode = (value: unknown): value is JsonNode =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() ? value.replace(/\s+/g, ' ').trim() : null;

/**
 * The article node of the JSON-LD blocks (`<script type="application/ld+json">` texts) of a page, whether it stands
 * alone, in an array, or in a `@graph` with the publisher and writers as other nodes referred to by `@id` (as
 * WordPress SEO plugins write it). Blocks that are not JSON are passed over; null when no block describes an article.
 */
export function readJsonLd(blocks: readonly string[]): JsonLdArticle | null {
  const nodes: Node[] = [];
  for (const block of blocks) {
    try {
      collect(JSON.parse(block.replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, '')), nodes);
    } catch {
      // Not JSON: a page's broken block says nothing.
    }
  }
  const byId = new Map(
    nodes.flatMap((node) => (typeof node['@id'] === 'string' ? [[node['@id'], node] as const] : [])),
  );
  const resolved = (value: unknown): unknown =>
    isNode(value) && typeof value['@id'] === 'string' && !text(value.name) ? (byId.get(value['@id']) ?? value) : value;
  const nameOf = (value: unknown): string | null => {
    const found = resolved(value);
    return text(found) ?? (isNode(found) ? text(found.name) : null);
  };
  const article = nodes.find((node) => typesOf(node).some((type) => ARTICLE_TYPE.test(type)));
  if (!article) return null;
  const authors = (Array.isArray(article.author) ? article.author : [article.author])
    .map(nameOf)
    .filter((name) => name !== null);
  return {
    headline: text(article.headline) ?? text(article.name),
    datePublished: text(article.datePublished),
    authors,
    publisher: nameOf(article.publisher),
    articleBody: paragraphsOf(article.articleBody),
  };
}

/** A text with its paragraph breaks kept and each paragraph's spacing made single. */
function paragraphsOf(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const paragraphs = value
    .split(/\n\s*\n|\r?\n/)
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  return paragraphs.length > 0 ? paragraphs.join('\n\n') : null;
}

function typesOf(node: Node): string[] {
  const type = node['@type'];
  return (Array.isArray(type) ? type : [type]).filter((item): item is string => typeof item === 'string');
}

/** Every node of a parsed block, through arrays and `@graph` lists, breadth first and at most MAX_DEPTH deep. */
function collect(root: unknown, into: Node[]): void {
  let level: unknown[] = [root];
  for (let depth = 0; depth < MAX_DEPTH && level.length > 0; depth++) {
    const next: unknown[] = [];
    for (const value of level) {
      if (Array.isArray(value)) next.push(...(value as unknown[]));
      else if (isNode(value)) {
        into.push(value);
        if (Array.isArray(value['@graph'])) next.push(...(value['@graph'] as unknown[]));
      }
    }
    level = next;
  }
}
