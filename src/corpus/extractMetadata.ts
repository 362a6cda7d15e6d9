import type { CleanedPage, PageLine } from './cleanPage.ts';
import { BYLINE_IN_PLACE, DATELINE_NOISE, WIRE_DATELINE } from './boilerplatePatterns.ts';
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
const DOMAIN = /\b(?:www\.)?([a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|news|info|co\.uk|ru|tv|uk|de|fr|io))\b/i;

/** Outlet, headline, date, byline and credited source, read from the page's own lines. */
export function extractMetadata(page: CleanedPage, stated: StatedMetadata = {}): PageMetadata {
  const header = page.lines.filter((line) => line.index < page.bodyStart && line.kind !== 'blank');
  const creditedSource = stated.creditedSource ?? findCreditedSource(page.lines, page.bodyStart);
  return {
    outlet: stated.outlet ?? findOutlet(page.lines, header, creditedSource),
    title: stated.title ?? findTitle(header, page),
    date: stated.date ?? findHeaderDate(header),
    byline: stated.byline ?? findByline(header),
    creditedSource,
  };
}

function findCreditedSource(lines: PageLine[], bodyStart: number): string | null {
  const firstParagraph = lines.find((line) => line.index >= bodyStart && line.kind === 'prose');
  const agency = firstParagraph?.text.match(WIRE_DATELINE)?.[1];
  for (const line of lines) {
    if (wordCount(line.text) > 14) continue;
    for (const pattern of CREDIT_PATTERNS) {
      const name = line.text.match(pattern)?.[1];
      if (name) return tidyName(name);
    }
  }
  return agency ? tidyName(agency) : null;
}

/** "© 2023 Daily Meridian News & Media Limited or its affiliated companies." -> "Daily Meridian News & Media". */
function copyrightHolder(text: string): string | null {
  const after = text.replace(/^.*?(copyright|©)\s*(©|\(c\))?\s*(\d{4}(\s*[-–]\s*\d{4})?)?[\s,]*/i, '');
  const name = tidyName(
    after
      .split(/[.,;|]\s|\s(or|and) its\b|\sall rights reserved/i)[0]
      ?.replace(/\s(limited|ltd|inc|llc|plc|corp(oration)?|gmbh|s\.a)\.?$/i, '') ?? '',
  );
  return name && /\p{L}/u.test(name) && wordCount(name) <= 6 && !/\d{4}$/.test(name) ? name : null;
}

function findOutlet(lines: PageLine[], header: PageLine[], credited: string | null): string | null {
  const isCredited = (name: string) => credited !== null && sameName(name, credited);
  // "Asia-Pacific Research, May 18, 2023": a publisher's dateline.
  for (const line of header) {
    const date = findDate(line.text);
    if (!date || line.rule === 'byline') continue;
    const name = tidyName(line.text.replace(date.text, ' ').replace(DATELINE_NOISE, ' '));
    if (/^\p{Lu}/u.test(name) && wordCount(name) <= 5 && !isCredited(name)) return name;
  }
  // A site name heads the page and repeats in its chrome.
  const first = lines.find((line) => line.kind !== 'blank');
  if (first && first.rule === 'repeated' && wordCount(first.text) <= 5) return tidyName(first.text);
  for (const line of lines) {
    if (!/copyright|©/i.test(line.text)) continue;
    const holder = copyrightHolder(line.text);
    if (holder && !isCredited(holder)) return holder;
  }
  if (credited) return credited;
  for (const line of lines) {
    const domain = line.text.match(DOMAIN)?.[1];
    if (domain) return domain.toLowerCase();
  }
  return null;
}

/**
 * The headline: the top line of the block of headline-shaped lines just above the body (a headline may be
 * followed by a standfirst; bylines and datelines between are skipped). Else the first headline-shaped line
 * of the page. A headline another page repeats (the same story syndicated) still counts, as a last resort.
 */
function findTitle(header: PageLine[], page: CleanedPage): string | null {
  const isHeadline = (line: PageLine) => line.kind === 'heading' && wordCount(line.text) >= 3;
  const isRepeatedHeadline = (line: PageLine) =>
    line.rule === 'repeated' && wordCount(line.text) >= 4 && !ENDS_SENTENCE.test(line.text);
  let top: PageLine | null = null;
  for (const line of [...header].reverse()) {
    if (isHeadline(line)) top = line;
    else if (top === null && line.kind !== 'heading') continue;
    else break;
  }
  const found = top ?? page.lines.find(isHeadline) ?? [...header].reverse().find(isRepeatedHeadline);
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
  return line ? tidyName(line.text.replace(/^by\s+/i, '').replace(BYLINE_IN_PLACE, (text) => text.replace(/\sin\s[^]*$/, ''))) : null;
}

function tidyName(name: string): string {
  return name.replace(/^[\s,.:;–—-]+|[\s,.:;–—-]+$/g, '').replace(/\s+/g, ' ');
}

/** "Countercurrents.org" and "Countercurrents" are one name. */
export function sameName(a: string, b: string): boolean {
  const key = (name: string) => repetitionKey(name.replace(/\.(com|org|net|news|info|co\.uk)\b/i, ''));
  return key(a) === key(b);
}
