import type { CleanedPage, PageLine } from './cleanPage.ts';
import { ENDS_SENTENCE, repetitionKey } from './lineShape.ts';
import { wordCount } from './normalizeText.ts';
import { findDate } from './parseDate.ts';

/** Metadata a page states about itself, before fallbacks. */
export interface PageMetadata {
  outlet: string | null;
  title: string | null;
  date: string | null;
  byline: string | null;
  creditedSource: string | null;
}

/** What an HTML page or a front-matter block said outright; it wins over what the text suggests. */
export type StatedMetadata = Partial<PageMetadata>;

const CREDIT_PATTERNS: RegExp[] = [
  /^sources?\s*:\s*(.{2,60})$/i,
  /^(?:the )?original source of this article is\s+(.{2,80})$/i,
  /\b(?:originally|first) (?:published|appeared|posted) (?:in|on|at|by)\s+(.{2,60}?)\.?$/i,
  /^this (?:article|story) (?:was )?(?:originally |first )?(?:published|appeared) (?:in|on|at|by)\s+(.{2,60}?)\.?$/i,
];
const COPYRIGHT_HOLDER = /(?:copyright|©)\s*(?:©\s*)?(?:\d{4}\s*)?([^,\d][^,]{1,60}?)(?:,|\s+\d{4}|$)/i;
const DOMAIN = /\b(?:www\.)?([a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|news|info|co\.uk|ru|tv|uk|de|fr|io))\b/i;

/** Outlet, headline, date, byline and credited source, read from the page's own lines. */
export function extractMetadata(page: CleanedPage, stated: StatedMetadata = {}): PageMetadata {
  const header = page.lines.filter((line) => line.index < page.bodyStart && line.kind !== 'blank');
  const creditedSource = stated.creditedSource ?? findCreditedSource(page.lines);
  return {
    outlet: stated.outlet ?? findOutlet(page.lines, header, creditedSource),
    title: stated.title ?? findTitle(header, page),
    date: stated.date ?? findHeaderDate(header),
    byline: stated.byline ?? findByline(header),
    creditedSource,
  };
}

function findCreditedSource(lines: PageLine[]): string | null {
  for (const line of lines) {
    if (wordCount(line.text) > 14) continue;
    for (const pattern of CREDIT_PATTERNS) {
      const name = line.text.match(pattern)?.[1];
      if (name) return tidyName(name);
    }
  }
  return null;
}

function findOutlet(lines: PageLine[], header: PageLine[], credited: string | null): string | null {
  const isCredited = (name: string) => credited !== null && sameName(name, credited);
  // "Asia-Pacific Research, May 18, 2023": a publisher's dateline.
  for (const line of header) {
    const date = findDate(line.text);
    if (!date || line.rule === 'byline') continue;
    const name = tidyName(line.text.replace(date.text, '').replace(/\d{1,2}:\d{2}.*$/, ''));
    if (name && wordCount(name) <= 5 && !isCredited(name) && !/^(updated|published|posted)$/i.test(name)) return name;
  }
  // A site name heads the page and repeats in its chrome.
  const first = lines.find((line) => line.kind !== 'blank');
  if (first && first.rule === 'repeated' && wordCount(first.text) <= 5) return tidyName(first.text);
  for (const line of lines) {
    if (!/copyright|©/i.test(line.text)) continue;
    const holder = line.text.match(COPYRIGHT_HOLDER)?.[1];
    if (holder && !isCredited(holder) && !/all rights reserved/i.test(holder)) return tidyName(holder);
  }
  if (credited) return credited;
  for (const line of lines) {
    const domain = line.text.match(DOMAIN)?.[1];
    if (domain) return domain.toLowerCase();
  }
  return null;
}

/**
 * The nearest headline-shaped line above the body, else the first one on the page. A headline another page
 * repeats (the same story syndicated) still counts, after any that is the page's own.
 */
function findTitle(header: PageLine[], page: CleanedPage): string | null {
  const isHeadline = (line: PageLine) => line.kind === 'heading' && wordCount(line.text) >= 3;
  const isRepeatedHeadline = (line: PageLine) =>
    line.rule === 'repeated' && wordCount(line.text) >= 4 && !ENDS_SENTENCE.test(line.text);
  const above = [...header].reverse();
  const found = above.find(isHeadline) ?? page.lines.find(isHeadline) ?? above.find(isRepeatedHeadline);
  return found?.text ?? null;
}

function findHeaderDate(header: PageLine[]): string | null {
  for (const line of header) {
    if (line.kind === 'meta') {
      const date = findDate(line.text);
      if (date) return date.iso;
    }
  }
  return null;
}

function findByline(header: PageLine[]): string | null {
  const line = header.find((candidate) => candidate.rule === 'byline');
  return line ? tidyName(line.text.replace(/^by\s+/i, '')) : null;
}

function tidyName(name: string): string {
  return name.replace(/^[\s,.:;–—-]+|[\s,.:;–—-]+$/g, '').replace(/\s+/g, ' ');
}

/** "Countercurrents.org" and "Countercurrents" are one name. */
export function sameName(a: string, b: string): boolean {
  const key = (name: string) => repetitionKey(name.replace(/\.(com|org|net|news|info|co\.uk)\b/i, ''));
  return key(a) === key(b);
}
