import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { StatedMetadata } from './extractMetadata.ts';
import { boundNesting } from './htmlNesting.ts';
import { readEmbeddedArticle } from './embeddedJson.ts';
import { readJsonLd } from './jsonLd.ts';
import { ENDS_SENTENCE } from './lineShape.ts';
import { wordCount } from './normalizeText.ts';
import { findDate } from './parseDate.ts';
import { webAddress } from './webAddress.ts';
import { DETAIL_META } from './articleDetails.ts';

export interface HtmlArticle {
  /** The article's blocks as lines, headings as markdown headings. */
  text: string;
  captions: string[];
  stated: StatedMetadata;
}

/** Readability is typed against the browser's DOM; linkedom's document is a compatible stand-in. */
type ReadabilityDocument = ConstructorParameters<typeof Readability>[0];

const NOT_TEXT = 'script, style, noscript, template';
/** Elements a page's stylesheet names as its date: a class holding "date", "published" or "timestamp". */
const DATE_CLASSES = '[class*="date" i], [class*="published" i], [class*="timestamp" i]';
/** How many times the words shown the schema.org `articleBody` must hold to stand for the article instead. */
const FULLER_BODY = 2;
const BLOCKS = 'h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, figcaption, td';

/** linkedom reads a fragment (blocks with no `<html>` or `<body>` around them) as an empty page: it gets both. */
function asDocument(html: string): string {
  return /<(?:html|body)[\s>]/i.test(html) ? html : `<html><body>${html}</body></html>`;
}

/**
 * A feed's entry (RSS, Atom) holds its article's HTML in a CDATA section, which an HTML parser reads as a comment:
 * the section's text, as the markup it is.
 */
function withoutCdata(html: string): string {
  return html.replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1');
}

/**
 * Readability picks the article out of the page; its blocks become lines for the same cleaning as text pages.
 * The page's nesting is bounded first (see htmlNesting.ts). Slow on a large page: the corpus calls it off the main
 * thread (readHtml.ts).
 */
export function htmlToText(html: string): HtmlArticle {
  const { document } = parseHTML(asDocument(boundNesting(withoutCdata(html)).html));
  // What the page's schema.org data says (the only place some pages name their publisher), read before scripts go.
  const jsonLd = readJsonLd(
    [...document.querySelectorAll('script[type="application/ld+json"]')].map((script) => script.textContent ?? ''),
  );
  // A page rendered by its scripts keeps its article in the JSON it embeds for them (Next.js's __NEXT_DATA__).
  const embedded = readEmbeddedArticle(
    [...document.querySelectorAll('script[type="application/json"]')].map((script) => script.textContent ?? ''),
  );
  // Their text is code, styles or inert markup, never the article's: gone before the headline or blocks are read.
  for (const element of document.querySelectorAll(NOT_TEXT)) element.remove();
  const metaContent = (selector: string) => document.querySelector(selector)?.getAttribute('content')?.trim() || null;
  // Details the person adding the page corrected before adding it (withDetails in articleDetails.ts) win over the page's.
  const corrected = (name: string) => metaContent(`meta[name="${name}"]`);
  // Scholarly pages state their details in Highwire Press tags (citation_*), which indexes of papers read.
  const citation = (name: string) =>
    [...document.querySelectorAll(`meta[name="citation_${name}"]`)].flatMap((meta) => {
      const content = meta.getAttribute('content')?.replace(/\s+/g, ' ').trim();
      return content ? [content] : [];
    });
  const published =
    metaContent('meta[property="article:published_time"]') ??
    metaContent('meta[name="date"]') ??
    citation('publication_date')[0]?.replace(/\//g, '-') ??
    // Dublin Core, which government and library sites state; schema.org microdata.
    metaContent(
      'meta[name="dcterms.date"], meta[name="dcterms.issued"], meta[name="DC.date"], meta[name="DC.date.issued"]',
    ) ??
    metaContent('meta[itemprop="datePublished"]') ??
    null;
  // Readability moves the headline out of the content, so it is read before parsing.
  const squashed = (element: { textContent: string | null }) => element.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const headline =
    headlineOf(
      [...document.querySelectorAll('h1')].map(squashed),
      [
        metaContent('meta[property="og:title"]'),
        jsonLd?.headline,
        document.querySelector('title')?.textContent,
      ].flatMap((title) => (title ? [withoutSitePart(title)] : [])),
    ) ??
    headingInTitle(
      document.querySelector('title')?.textContent ?? '',
      [...document.querySelectorAll('h2, h3')].map(squashed),
    );
  // Failing any date the page states, the date bar above its headline ("Friday, May 12, 2023 | Updated 15:42 JST").
  const dateBar = headline ? dateAbove(document, headline) : null;
  // The date as the page prints it: the first <time> element's text, when it holds a date; its machine-read form.
  const printedTime = document.querySelector('time')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const timeStamp = document.querySelector('time[datetime]')?.getAttribute('datetime')?.trim() ?? '';
  // Failing those, the first element a page styles as its date ("<span class="ts-date">Dec 22, 2023</span>").
  const styledDate =
    [...document.querySelectorAll(DATE_CLASSES)]
      .map((element) => element.textContent?.replace(/\s+/g, ' ').trim() ?? '')
      .find((text) => text.length <= 60 && findDate(text)) ?? '';
  const feed = feedEntryOf(document);
  const parsed = new Readability(document as unknown as ReadabilityDocument).parse();
  const content = parseHTML(`<html><body>${parsed?.content ?? document.body?.innerHTML ?? ''}</body></html>`).document;
  const lines: string[] = [];
  const captions: string[] = [];
  for (const block of content.querySelectorAll(BLOCKS)) {
    // Nested blocks (a <p> inside an <li>) are read through their innermost element only.
    if (block.querySelector(BLOCKS)) continue;
    const text = (block.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (!text) continue;
    if (block.tagName === 'FIGCAPTION') captions.push(text);
    else lines.push(/^H[1-6]$/.test(block.tagName) ? `# ${text}` : text);
  }
  // A paywalled page shows a teaser and keeps the whole article in its schema.org data: that is the article then.
  const shown = lines.join('\n\n');
  const body = jsonLd?.articleBody;
  const fuller = (other: string | null | undefined): other is string =>
    !!other && wordCount(other) >= FULLER_BODY * wordCount(shown);
  // Only what the page shows is a skeleton ("Loading…") when the embedded data holds the article.
  const fromData = !fuller(body) && fuller(embedded?.text) ? embedded : null;
  const text = fuller(body) ? body : (fromData?.text ?? shown);
  return {
    text,
    captions,
    stated: {
      title:
        corrected(DETAIL_META.title) ||
        feed?.title ||
        headline ||
        jsonLd?.headline ||
        fromData?.headline ||
        metaContent('meta[property="og:title"]') ||
        parsed?.title?.replace(/\s+[|–—-]\s+[^|–—-]+$/, '').trim() ||
        null,
      outlet:
        corrected(DETAIL_META.outlet) ||
        feed?.outlet ||
        parsed?.siteName?.trim() ||
        jsonLd?.publisher ||
        fromData?.site ||
        citation('journal_title')[0] ||
        citation('publisher')[0] ||
        siteInTitle(document.querySelector('title')?.textContent ?? '', headline) ||
        null,
      byline:
        feed?.byline ||
        jsonLd?.authors.join(', ') ||
        fromData?.authors.join(', ') ||
        citation('author').map(authorOfCitation).join(', ') ||
        bylineOf(parsed?.byline) ||
        null,
      date:
        findDate(
          corrected(DETAIL_META.date) ??
            published ??
            feed?.published ??
            jsonLd?.datePublished ??
            fromData?.published ??
            parsed?.publishedTime ??
            '',
        )?.iso ??
        // Failing a stated date, the article's first <time>: its stamp, or its text.
        findDate(timeStamp)?.iso ??
        (printedTime.length <= 60 ? findDate(printedTime)?.iso : undefined) ??
        findDate(styledDate)?.iso ??
        findDate(dateBar ?? '')?.iso ??
        null,
      ...(printedTime.length <= 60 && findDate(printedTime) ? { dateline: printedTime } : {}),
      url: webAddress(
        corrected(DETAIL_META.url) ??
          document.querySelector('link[rel="canonical"]')?.getAttribute('href') ??
          metaContent('meta[property="og:url"]') ??
          '',
      ),
    },
  };
}

type ParsedDocument = ReturnType<typeof parseHTML>['document'];

/** A citation_author as a byline names them: "Thursby, Eleanor M." -> "Eleanor M. Thursby". */
function authorOfCitation(author: string): string {
  const [last, first] = author.split(/\s*,\s*/);
  return first && last && !author.includes(' and ') ? `${first} ${last}` : author;
}

/**
 * A news feed saved as a page (Atom's <feed><entry>, RSS's <channel><item>): the first entry's headline, author and
 * date, and the feed's own name before any " - Asia-Pacific top stories" as the outlet.
 */
function feedEntryOf(document: ParsedDocument): {
  title: string | null;
  outlet: string | null;
  byline: string | null;
  published: string | null;
} | null {
  const entry = document.querySelector('feed > entry, channel > item');
  if (!entry) return null;
  const text = (element: { textContent: string | null } | null | undefined) =>
    element?.textContent?.replace(/\s+/g, ' ').trim() || null;
  const feedTitle = text(document.querySelector('feed > title, channel > title'));
  return {
    title: text(entry.querySelector('title')),
    outlet: feedTitle?.split(TITLE_PARTS)[0]?.trim() || null,
    byline: text(entry.querySelector('author > name')) ?? text(entry.querySelector('author')),
    published: text(entry.querySelector('published, pubDate, updated')),
  };
}

/** Share of a heading's words the page's stated title must hold for the heading to be the headline. */
const HEADLINE_AGREEMENT = 0.4;

/**
 * The page's headline among its <h1>s: the one whose words the title the page states elsewhere (og:title, JSON-LD,
 * <title>) holds most of. A site's logo ("Engadget"), a section ("Allergies Health Center") or a show ("Good
 * Morning America") set in an <h1> holds none, and is no headline: then null, and the stated title serves. With
 * no title stated, the first <h1>.
 */
export function headlineOf(headings: readonly string[], stated: readonly string[]): string | null {
  const found = headings.filter((heading) => heading.length > 0);
  // Words of four characters or more: "the", "in", "new" agree by chance.
  const words = (text: string) =>
    (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((word) => word.length >= 4);
  const titles = stated.map((title) => new Set(words(title))).filter((title) => title.size > 0);
  if (titles.length === 0) return found[0] ?? null;
  let best: string | null = null;
  let bestShare = 0;
  for (const heading of found) {
    const own = words(heading);
    for (const title of titles) {
      const share = own.length === 0 ? 0 : own.filter((word) => title.has(word)).length / own.length;
      if (share > bestShare) [best, bestShare] = [heading, share];
    }
  }
  return bestShare >= HEADLINE_AGREEMENT ? best : null;
}

/** A part of a page's <title> a heading starts with is its headline: this many words at least, not a site's name. */
const TITLE_HEADLINE_MIN_WORDS = 3;

/**
 * The heading (an <h2> or <h3>, on a page with no <h1> that is its headline) that starts with a part of the page's
 * <title>, wherever in the title the site puts its name: "Hokuriku Coast Times English Edition - China warns Tokyo
 * over NATO office plan" over an <h2> "China warns Tokyo over NATO office plan; Hokuriku exporters uneasy". Null
 * when the title is in one part or no heading starts with one.
 */
export function headingInTitle(title: string, headings: readonly string[]): string | null {
  const parts = title.replace(/\s+/g, ' ').trim().split(TITLE_PARTS);
  if (parts.length < 2) return null;
  const key = (text: string) =>
    text
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
  for (const part of parts) {
    if (wordCount(part) < TITLE_HEADLINE_MIN_WORDS) continue;
    const found = headings.find((heading) => key(heading).startsWith(key(part)));
    if (found) return found;
  }
  return null;
}

/** A date bar is a short line; the elements before the headline looked at are bounded, a large page's menus aside. */
const DATE_BAR_MAX_CHARS = 80;
const DATE_BAR_MAX_ELEMENTS = 3000;

/**
 * The text of the first short element holding a date before the element that is the page's headline, in document
 * order; null when there is none, or no element is the headline (then nothing is known to be above it).
 */
function dateAbove(document: ParsedDocument, headline: string): string | null {
  let looked = 0;
  let found: string | null = null;
  for (const element of document.querySelectorAll('body *')) {
    if (++looked > DATE_BAR_MAX_ELEMENTS) return null;
    const text = element.textContent?.replace(/\s+/g, ' ').trim() ?? '';
    if (text === headline) return found;
    if (!found && text.length <= DATE_BAR_MAX_CHARS && findDate(text)) found = text;
  }
  return null;
}

/** "Xbox One X review | Engadget" without its last part, where most sites put their name. */
function withoutSitePart(title: string): string {
  const parts = title.split(TITLE_PARTS);
  return parts.length > 1 ? parts.slice(0, -1).join(' ') : title;
}

/** Most sites name themselves after the headline in a page's title: "Japan edges toward AUKUS pact | Indo-Pacific Signal". */
const TITLE_PARTS = /\s+[|–—-]\s+/;
const SITE_NAME_MAX_WORDS = 5;

/** The site's name in the page's <title>, when the rest of it is the headline's opening; else null. */
export function siteInTitle(title: string, headline: string | null): string | null {
  const parts = title.replace(/\s+/g, ' ').trim().split(TITLE_PARTS);
  const site = parts.at(-1)?.trim() ?? '';
  const rest = parts.slice(0, -1).join(' ').trim();
  if (parts.length < 2 || !site || wordCount(site) > SITE_NAME_MAX_WORDS || !headline) return null;
  const key = (text: string) =>
    text
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
  // The headline may be cut short in the title, or run longer: their opening words agree. The page may head it
  // with a label the title leaves out ("Episode 212: Why Pyongyang ..." titled "Why Pyongyang ... | Show | Site").
  const opening = key(rest).split(' ').slice(0, 4).join(' ');
  const headed = key(headline);
  return opening && (headed.startsWith(opening) || key(headline.replace(/^[^:]{1,30}:\s+/, '')).startsWith(opening))
    ? site
    : null;
}

/** A byline names people; an element Readability took for one that reads as a sentence ("Aiko Mori covers ...") is not. */
const BYLINE_MAX_WORDS = 12;

function bylineOf(found: string | null | undefined): string | null {
  const byline = found
    ?.replace(/\s+/g, ' ')
    .replace(/^by\s+/i, '')
    .trim();
  if (!byline) return null;
  const words = wordCount(byline);
  return words > BYLINE_MAX_WORDS || (words >= 6 && ENDS_SENTENCE.test(byline)) ? null : byline;
}
