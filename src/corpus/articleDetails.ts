import type { ArticleExtension } from './addArticle.ts';
import { parseFrontMatter } from './frontMatter.ts';

/** What the person adding an article may set before it is added, each as it is to be cited. */
export interface ArticleDetails {
  outlet: string;
  title: string;
  /** ISO date (YYYY-MM-DD), or null for none printed. */
  date: string | null;
  url: string | null;
}

/** Meta tags an HTML upload carries its corrected details in; htmlToText reads them before anything else. */
export const DETAIL_META = {
  outlet: 'coverage-bot:outlet',
  title: 'coverage-bot:title',
  date: 'coverage-bot:date',
  url: 'coverage-bot:url',
} as const;

/**
 * The file with its details set as the page's own statement of them: a front-matter block for text and markdown
 * (replacing the fields it had, keeping the others and the body), meta tags at the top of an HTML page. Values are
 * one line each, so nothing typed can end the block or the tag early.
 */
export function withDetails(bytes: Buffer, extension: ArticleExtension, details: ArticleDetails): Buffer {
  const oneLine = (text: string) =>
    text
      .replace(/[\r\n\u2028\u2029]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
  const text = bytes.toString('utf8');
  if (extension === '.html') {
    const attribute = (value: string) =>
      oneLine(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    const tags = (Object.keys(DETAIL_META) as (keyof ArticleDetails)[])
      .flatMap((key) => {
        const value = details[key];
        return value ? [`<meta name="${DETAIL_META[key]}" content="${attribute(value)}">`] : [];
      })
      .join('');
    // Details set earlier are replaced, not stacked; `<head>` is matched as a tag of its own, never `<header>`.
    const earlier = new RegExp(`<meta name="(?:${Object.values(DETAIL_META).join('|')})" content="[^"]*">`, 'g');
    const page = text.replace(earlier, '');
    const head = /<head(?:\s[^>]*)?>/i;
    return Buffer.from(head.test(page) ? page.replace(head, (tag) => `${tag}${tags}`) : `${tags}${page}`);
  }
  const { body, stated } = parseFrontMatter(text);
  const fields: [string, string | null | undefined][] = [
    ['outlet', details.outlet],
    ['title', details.title],
    ['date', details.date],
    ['url', details.url],
    ['author', stated.byline],
    ['source', stated.creditedSource],
  ];
  const block = fields
    .filter((field): field is [string, string] => Boolean(field[1]))
    .map(([key, value]) => `${key}: ${oneLine(value)}`);
  return Buffer.from(`---\n${block.join('\n')}\n---\n\n${body.replace(/^\s+/, '')}`);
}
