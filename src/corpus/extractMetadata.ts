import { escapeRegExp } from '../regExpText.ts';
import { HEADLINE_FIELD } from './headerFields.ts';
import type { CleanedPage, PageLine } from './cleanPage.ts';
import { DATELINE_NOISE, LEAD_DATELINE, WIRE_DATELINE } from './boilerplatePatterns.ts';
import {
  affiliatedByline,
  ENDS_SENTENCE,
  endsAsSentence,
  isTitleShaped,
  MINOR_WORDS,
  namesSpokenTo,
  navigationItems,
  repetitionKey,
  tidyName,
  writerOf,
  writersOf,
} from './lineShape.ts';
import { englishRank, isListedWord } from '../search/englishWords.ts';
import { isPlaceName, isPlacePhrase } from '../search/wordNet.ts';
import { wordCount } from './normalizeText.ts';
import { GENERIC_BYLINES, READER_PROMPT, ROLE_NOUNS, SELF_REFERENCE } from './outletPatterns.ts';
import { findDate, findMonthDay, printedDate } from './parseDate.ts';

/** Metadata a page states about itself, before fallbacks. */
export interface PageMetadata {
  outlet: string | null;
  title: string | null;
  date: string | null;
  /** The publication date as printed ("16:45, May 3, 2023", "May 10"). */
  dateline: string | null;
  /** The line the date is printed on, when it prints more than the date ("Asia-Pacific Research, May 18, 2023"). */
  datedLine: string | null;
  byline: string | null;
  creditedSource: string | null;
  /** The line the credit is printed on, as readers quote it ("The original source of this article is Countercurrents"). */
  creditLine: string | null;
  otherNames: string[];
  /** Only ever stated (front matter, an HTML page's canonical link), never guessed from the text. */
  url: string | null;
}

/** What an HTML page or a front-matter block said outright; it wins over what the text suggests. */
export type StatedMetadata = Partial<Omit<PageMetadata, 'otherNames'>>;

/** A label run on after a value on the same line: " Editor: ", " Updated: ". */
const NEXT_LABEL = /\s+(?=\p{Lu}\p{Ll}+:\s)/u;
const CREDIT_PATTERNS: RegExp[] = [
  /^sources?\s*:\s*(.{2,60})$/i,
  /^(?:the )?original source of this article is\s+(.{2,80})$/i,
  /\b(?:originally|first) (?:published|appeared|posted) (?:in|on|at|by)\s+(.{2,60}?)\.?$/i,
  /^this (?:article|story) (?:was )?(?:originally |first )?(?:published|appeared) (?:in|on|at|by)\s+(.{2,60}?)\.?$/i,
];
/** A sentence saying where the text first ran: "This article originally appeared in Indo-Pacific Dispatch, ...". */
const CREDITED_IN_SENTENCE =
  /\b(?:originally|first)\s+(?:published|appeared|ran|posted)\s+(?:in|on|at|by)\s+(\p{Lu}.*)$/u;
/** A domain name ("www.rt.com"), tried from one place in each run of dotted name parts (see findDomain). */
const DOMAIN_AT = /(?:www\.)?([a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|news|info|co\.uk|ru|tv|uk|de|fr|io))\b/iy;
const DOTTED_NAME = /[a-z0-9-]+(?:\.[a-z0-9-]+)*/gi;
/** Every domain ends so: a text without one has none (and is not read part by part). */
const TOP_LEVEL = /\.(?:com|org|net|news|info|co\.uk|ru|tv|uk|de|fr|io)\b/i;
const WORD_CHAR = /\w/;
const isWordChar = (char: string | undefined) => char !== undefined && WORD_CHAR.test(char);

/** Outlet, headline, date, byline and credited source, read from the page's own lines. */
export function extractMetadata(page: CleanedPage, stated: StatedMetadata = {}): PageMetadata {
  const header = page.lines.filter((line) => line.index < page.bodyStart && line.kind !== 'blank');
  const bylineLine = header.find((line) => line.rule === 'byline') ?? footerByline(page);
  // A page of several items, each with its own "Source:", names no source of its own in them.
  const perItem = perItemSources(page);
  const credit = stated.creditedSource
    ? { name: stated.creditedSource, line: stated.creditLine ?? null }
    : findCreditedSource(page, bylineLine, perItem);
  const creditedSource = credit?.name ?? null;
  const byline =
    stated.byline ??
    (bylineLine ? writerOf(bylineLine.text) : datedByline(header, page)) ??
    // A writer's box below the article names no writer that way; the name over the date line does.
    nameOverDate(header);
  const site = siteOfAddress(stated.url ?? null);
  const found =
    stated.outlet ??
    findOutlet(page, header, creditedSource, bylineLine, byline, perItem) ??
    (site && METADATA_RULES.nameOfDomain ? nameSpellingDomain(page, site) : null) ??
    site;
  const typed =
    stated.title ?? (METADATA_RULES.labelledHeadline ? labelledHeadline(page) : null) ?? findTitle(header, page, found);
  // A wire's version mark is no part of the headline: "UPDATE 2-China, Japan ...", "(3rd LD) N. Korea ...".
  const headline = typed?.replace(WIRE_VERSION_MARK, '').trim() || typed;
  // A shared link's title names its source in brackets ("France is blocking ... [Harbourline Times]"): that is the
  // outlet when nothing else on the page names one.
  const bracketed = found === null && !stated.title && headline ? BRACKETED_SOURCE.exec(headline) : null;
  const outlet = bracketed ? (bracketed[1] ?? '').trim() : found;
  return {
    outlet,
    title: bracketed && headline ? headline.slice(0, bracketed.index).trim() : headline,
    date:
      stated.date ??
      findHeaderDate(header) ??
      (METADATA_RULES.earlyBodyDate ? findHeaderDate(earlyBodyLines(page)) : null) ??
      (METADATA_RULES.datelinesAmidChrome ? datelineBeforeProse(page) : null) ??
      (METADATA_RULES.headingsOpeningOnDates ? headingOpeningOnDate(header) : null) ??
      (METADATA_RULES.publishedStamps ? publishedStampDate(page) : null) ??
      (METADATA_RULES.labelledDates ? findLabelledDate(page) : null) ??
      (METADATA_RULES.recordDates && outlet ? outletDatedLine(page, outlet) : null),
    dateline: stated.dateline ?? findDateline(header, page),
    datedLine: stated.datedLine ?? findDatedLine(header),
    byline,
    creditedSource,
    creditLine: METADATA_RULES.creditLines ? (credit?.line ?? null) : null,
    otherNames: otherNamesOf(page, byline),
    url: stated.url ?? null,
  };
}

/**
 * What news agencies put before a headline to mark a story's version or kind: "UPDATE 2-", "WRAPUP 1-",
 * "EXCLUSIVE-", "(LEAD)", "(3rd LD)", "(URGENT)", "(2nd LD)".
 */
const WIRE_VERSION_MARK =
  /^(?:(?:UPDATE|WRAPUP|REFILE|CORRECTED|EXCLUSIVE|ANALYSIS|FACTBOX|EXPLAINER|INSIGHT|BREAKINGVIEWS)(?:\s+\d+)?\s*-\s*|\((?:LEAD|URGENT|(?:AM|PM)\s+\w+|\w+\s+LD)\)\s*)+/;

/** A source's name in brackets at the end of a headline: a few capitalised words. */
const BRACKETED_SOURCE = /\s*\[((?:\p{Lu}[\p{L}.&'’-]*\s*){1,5})\]\s*$/u;

/** The site a page's own address names ("www.webmd.com" -> "webmd.com"), when nothing on the page names its outlet. */
function siteOfAddress(url: string | null): string | null {
  if (!url) return null;
  const host = new URL(url).hostname.replace(/^www\d*\./, '');
  return /\.[a-z]{2,}$/i.test(host) ? host : null;
}

/**
 * A byline printed at the foot of the article ("By Lim Jae-woo, staff reporter" right under the last paragraph), as
 * some newspapers print it, when the header has none. Only the line right after the body: further down are other
 * stories' bylines.
 */
function footerByline(page: CleanedPage): PageLine | null {
  const after = page.lines.find((line) => line.index > page.bodyEnd && line.kind !== 'blank');
  return after?.rule === 'byline' ? after : null;
}

/** A name the page's own chrome repeats on this many lines is a name it goes by. */
const SELF_NAME_LINES = 3;

/**
 * Names a page calls itself by, outside the article: a two-word capitalised name repeated on several chrome
 * lines ("All Global Research articles ...", "Global Research's Daily Newsletter", "Become a Member of Global
 * Research") that the article body never uses, and not a thing the page owns ("our Telegram Channel"), nor the
 * writer its byline names (an author box repeats their name: "Mina Cho", "More by Mina Cho").
 */
function otherNamesOf(page: CleanedPage, byline: string | null): string[] {
  const writers = new Set(byline ? writersOf(byline) : []);
  const body = page.paragraphs.join(' ');
  const lines = new Map<string, Set<number>>();
  for (const line of page.lines) {
    if (line.kind === 'prose' || line.kind === 'heading' || line.kind === 'blank' || line.kind === 'caption') continue;
    // A name as a label ("Israeli Media: ...") is a ticker's source, not the page's own name.
    for (const match of line.text.matchAll(
      /(?<![\p{L}’'])(?:([Oo]ur|[Tt]he|[Aa]|[Yy]our)\s+)?(\p{Lu}[\p{L}-]+\s+\p{Lu}[\p{L}-]+)(?![\p{L}]|\s*:)/gu,
    )) {
      const name = match[2];
      if (!name || match[1]) continue;
      const seen = lines.get(name) ?? new Set<number>();
      seen.add(line.index);
      lines.set(name, seen);
    }
  }
  return [...lines.entries()]
    .filter(([name, seen]) => seen.size >= SELF_NAME_LINES && !body.includes(name) && !writers.has(name))
    .map(([name]) => name);
}

/** The first paragraph of the body: where a wire dateline ("MOSCOW, May 10. /TASS/.") sits. */
function firstParagraph(page: CleanedPage): PageLine | undefined {
  return page.lines.find((line) => line.index >= page.bodyStart && line.kind === 'prose');
}

/** Whether the page prints "Source:" fields that differ, as one per item: each item's source, none the page's. */
function perItemSources(page: CleanedPage): boolean {
  const sources = new Set(page.lines.map((line) => SOURCE_FIELD.exec(line.text)?.[1]?.trim()).filter(Boolean));
  return METADATA_RULES.catalogueFields && sources.size >= 2;
}

/** A credit sentence longer than this is a partner box's paragraph, not a line a reader quotes as the credit. */
const CREDIT_LINE_WORDS = 30;

function findCreditedSource(
  page: CleanedPage,
  bylineLine: PageLine | null,
  perItem: boolean,
): { name: string; line: string | null } | null {
  const dateline = firstParagraph(page)?.text.match(WIRE_DATELINE);
  const agency = dateline?.[1] ?? dateline?.[2];
  for (const line of page.lines) {
    if (wordCount(line.text) > 14 || (perItem && SOURCE_FIELD.test(line.text))) continue;
    for (const pattern of CREDIT_PATTERNS) {
      // "Source: Lingnan Net Editor: Zhou Yan 2023-05-11 10:26:35": the source ends where the next label starts.
      const name = line.text.match(pattern)?.[1]?.split(NEXT_LABEL)[0];
      if (name && /\p{L}/u.test(withoutDates(name))) return { name: tidyName(citedName(name)), line: line.text.trim() };
    }
  }
  // "This article originally appeared in Indo-Pacific Dispatch, an independent nonprofit newsroom ...": a partner
  // box's sentence, longer than a credit line, names the source at its start.
  for (const line of page.lines) {
    const after = line.text.match(CREDITED_IN_SENTENCE)?.[1];
    const name = after ? leadingName(after.split(/[.,;:(]\s|[.,;:]$/)[0] ?? '') : '';
    if (name && isOutletShaped(name))
      return { name, line: wordCount(line.text) <= CREDIT_LINE_WORDS ? line.text.trim() : null };
  }
  if (agency) return { name: tidyName(agency), line: null };
  // "By Reuters": a one-word byline that is not a desk ("By Staff") is an organisation credited with the text.
  const writer = bylineLine && /^by\s/i.test(bylineLine.text) ? tidyName(bylineLine.text.replace(/^by\s+/i, '')) : null;
  if (writer && wordCount(writer) === 1 && /^\p{Lu}/u.test(writer) && !GENERIC_BYLINES.has(writer.toLowerCase()))
    return { name: writer, line: null };
  return null;
}

/**
 * The name a credit cites, without its date: "The Granitefell Tribune, 24 May 2023, World section, p. 14" cites The
 * Granitefell Tribune; what follows the date is where in it (a section, a page).
 */
function citedName(credit: string): string {
  const undated = withoutDates(credit);
  if (!METADATA_RULES.citedNames || undated === credit) return undated;
  return undated.split(/\s*,\s*/).find((part) => /\p{L}/u.test(part)) ?? undated;
}

/** "© 2023", "Copyright (c) 2023", and "(C) 2023" where plain text stands in for the sign (with a year, never a list's "(c)"). */
const COPYRIGHT_MARK =
  /(?:\bcopyright\b|[©ⓒⒸ]|\(c\)(?=\s*\d{4}))\s*(?:[©ⓒⒸ]|\(c\)|\bcopyright\b)?\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?[\s,]*/iu;
/** A company's legal form after its name: "Co., Ltd.", "Pty Ltd", "Inc.", "K.K.", "Limited". */
const LEGAL_FORM =
  /(?:[\s,]+(?:co|company|corp|corporation|inc|incorporated|ltd|limited|llc|plc|pty|gmbh|ag|s\.a|sa|nv|bv|k\.k|kk)\.?)+$/i;
/** Small words a name may hold ("Centre for Maritime and Alliance Studies"), never end with. */
const NAME_MINOR_WORDS = new Set([
  'of',
  'for',
  'and',
  'the',
  'on',
  'in',
  'de',
  'du',
  'des',
  'la',
  'le',
  'el',
  'al',
  'und',
  '&',
]);

/**
 * The name a copyright notice opens with, up to the first word that is not part of a name: "Hanbit News Agency
 * prohibits its content ..." -> "Hanbit News Agency"; "Centre for Maritime and Alliance Studies 2023" -> the
 * centre; "Seoul Evening Post Co., Ltd." -> "Seoul Evening Post".
 */
function leadingName(text: string): string {
  const words: string[] = [];
  for (const word of text.split(/\s+/)) {
    if (!/^["'“‘(]?[\p{Lu}\p{N}&]/u.test(word) && !NAME_MINOR_WORDS.has(word.toLowerCase())) break;
    words.push(word);
  }
  while (
    words.length > 0 &&
    (NAME_MINOR_WORDS.has((words.at(-1) ?? '').toLowerCase()) || /^\d{4}\.?$/.test(words.at(-1) ?? ''))
  )
    words.pop();
  return tidyName(tidyName(words.join(' ')).replace(LEGAL_FORM, ''));
}

/**
 * The holder a copyright notice names: after the mark ("© 2023 Daily Meridian News & Media Limited or its
 * affiliated companies." -> "Daily Meridian News & Media"), or before it when nothing names one after ("NBN News ©
 * 2023 | Terms | Privacy" -> "NBN News").
 */
function copyrightHolder(text: string): string | null {
  const mark = COPYRIGHT_MARK.exec(text);
  if (!mark) return null;
  const after =
    text
      .slice(mark.index + mark[0].length)
      .split(/[.;|·•]\s|,\s(?!(?:ltd|inc|llc|plc)\b)|\s(or|and) its\b|\sall rights reserved/i)[0] ?? '';
  const before = text.slice(0, mark.index);
  // "ⓒ 새벽일보 Saebyeok Ilbo": the name in Latin letters after one in another script.
  const latin = after.replace(/^[^\p{Script=Latin}\d]+/u, '');
  const name =
    leadingName(after) || leadingName(latin) || (leadingName(before) === tidyName(before) ? leadingName(before) : '');
  return name && /\p{L}/u.test(name) && wordCount(name) <= 6 ? name : null;
}

/** Switches for the rules here, so the eval can print what each one is worth (ablation). */
export const METADATA_RULES = {
  /** "The Jakarta Ledger - ASEAN wary as ...": a title bar may name the site before the headline it repeats. */
  siteFirstTitle: true,
  /** "HBS News - N. Korea fires ...": a title bar's headline, printed again on the page, is the headline. */
  titleBarHeadline: true,
  /** "Formosa Daily Post - English Edition": the masthead with its edition is no headline. */
  mastheadEditions: true,
  /** "Manila Daily Courier / 05:12 AM November 04, 2023": a slash between spaces parts a dated line too. */
  slashParts: true,
  /** "Podcast | Posted July 16, 2024" under a "Podcasts" menu item: a section's label, singular or plural. */
  sectionPlurals: true,
  /** "PACIFIC DEFENCE REVIEW" heading a page that writes "told PDR": a capitals masthead its initials stand for. */
  mastheadInitials: true,
  placePhrases: true,
  creditLines: true,
  nameOfDomain: true,
  brandOverHolder: true,
  volumeLines: true,
  catalogueFields: true,
  labelledDates: true,
  companyBrands: true,
  labelledHeadline: true,
  recordDates: true,
  citedNames: true,
  initialismEnd: true,
  placeLists: true,
  wireDatelinePlaces: true,
  headlineOverStandfirst: true,
  nameInHeadline: true,
  /** "Decision date", "What was announced on ?", "& Reuse": words of a label, a sentence or a split line, no name. */
  nameShaped: true,
  /** "Season 4", "Philippine Standard Time": a podcast's season or a zone's name beside a date is no publisher. */
  seriesAndZones: true,
  /** "Hosted by Daniel Frayne · Produced by ...", "By Daniel Cho in Seoul": a line of credits is never the headline. */
  creditsNoHeadline: true,
  /** A date line among the body's first lines (under a standfirst read as the body's start) dates the page. */
  earlyBodyDate: true,
  /**
   * A date line below a standfirst and a player's or a photo's chrome ("Listen to the article", a caption, then
   * "Published 12.07.2023, at 16:48"): only paragraphs of prose before it count against it, not the chrome.
   */
  datelinesAmidChrome: true,
  /**
   * A short header line, or a part of one set apart by a bar, that opens with a whole date: "Wednesday, May 17, 2023,
   * 4:02 p.m. Ministry of Foreign Affairs, Press Conference Room", "Deniz Aydın and Yuki Hoshino |13.07.2023 - Update".
   */
  headingsOpeningOnDates: true,
  /** "Published 23 February 2023 · Written by ...", "Release date: Wednesday, 10 April 2024" above the body. */
  publishedStamps: true,
  /** "Ingrid Solberg-Tanaka | 19 July 2023" under an author box introducing her: the writer, not the publisher. */
  introducedWriters: true,
  /** "# NATO shelves Tokyo liaison office ...": a markdown page's one first-level heading above the body. */
  markdownTitle: true,
  /** "[The Kuroshio Letter](https://kuroshio.letterpost.example/)": a logo linking to the home page names the site. */
  homepageLinks: true,
  /**
   * "Tuesday, July 9, 2024 | E-Paper | Subscribe": a part of a dated line apart from its date, naming what no other
   * line writes, is a link or a widget, no publisher ("Harbour Review, July 12, 2023" is one: its date is beside it).
   */
  datelineNamedAgain: true,
  /** "[E-Paper](https://...) | [Urdu](...) | Friday, June 9, 2023": a link set apart from the date is a menu's item. */
  datelineLinks: true,
};

/**
 * A library database's or a catalogue's field naming the publication a record is of: "Publication title: The Harrow
 * Bay Sentinel; Harrow Bay, Wash.", "Newspaper: ...", "Source title: ...". The name ends at the place after it.
 */
const PUBLICATION_FIELD =
  /^\s*(?:publication(?:\s+title)?|newspaper|source\s+title|journal|periodical)\s*:\s*([^;|]+)/i;
/** A "Source:" field, which a page of several items (a monitoring bulletin, a digest) prints once per item. */
const SOURCE_FIELD = /^\s*source\s*:\s*(.+)$/i;

/** Two or more places and nothing else, joined by "and", "&", a slash or a comma. */
function isPlaceList(name: string): boolean {
  const parts = name.split(/\s*(?:,|&|\/|\band\b)\s*/i).filter((part) => part !== '');
  return parts.length >= 2 && parts.every((part) => isPlaceName(part) || isPlacePhrase(part));
}

/**
 * "BUSAN, South Korea": a wire dateline's city in capitals, then the country or region it lies in. The city need not
 * be one WordNet knows; a short acronym before a place ("CNN Philippines", "RTHK Hong Kong") is a broadcaster.
 */
const CAPITALS_THEN_REST = /^(\p{Lu}[\p{Lu}.'’-]+(?:\s+\p{Lu}[\p{Lu}.'’-]+){0,2}),?\s+(\p{Lu}.*)$/u;
const DATELINE_CITY_MIN_LETTERS = 5;

function isWireDatelinePlace(name: string): boolean {
  const [, city = '', rest = ''] = CAPITALS_THEN_REST.exec(name) ?? [];
  if (!city || !(isPlaceName(rest) || isPlacePhrase(rest))) return false;
  const titled = city.toLowerCase().replace(/(^|\s)\p{L}/gu, (letter) => letter.toUpperCase());
  return isPlaceName(titled) || city.replace(/[^\p{L}]/gu, '').length >= DATELINE_CITY_MIN_LETTERS;
}

/** A name under a person's title ("Dr. Saskia Lind | June 20, 2023" heading a commentary): a writer, never a publisher. */
const PERSON_TITLED = /^(?:Dr|Mr|Mrs|Ms|Miss|Mx|Sir|Dame|Prof|Professor|Rev)\.?\s+\p{Lu}/u;
/** A title and a name of up to three words, nothing more: "Dr. Saskia Verhoeven-Lind". */
const TITLED_NAME_MAX_WORDS = 4;

/**
 * The outlet, from the strongest way a page names itself to the weakest: a publisher's dateline, a site name
 * heading the page and repeated in its chrome, a copyright notice, a trust link or "about" blurb, the writer's
 * affiliation, a lone name line the body says people spoke to, the credited source, a domain. Never a date,
 * a photo agency's credit (captions are not read here) or a person; null when the page names none.
 */
function findOutlet(
  page: CleanedPage,
  header: PageLine[],
  credited: string | null,
  bylineLine: PageLine | null,
  byline: string | null,
  perItem: boolean,
): string | null {
  const { lines } = page;
  const isCredited = (name: string) => credited !== null && sameName(name, credited);
  // "Declan Moorhouse Defence Editor 21 June 2023": the writer's dated line names the writer, not the publisher.
  const writers = (byline ?? '').split(/\s*(?:,|\band\b|&)\s*/).filter((name) => wordCount(name) >= 2);
  const namesWriter = (name: string) => writers.some((writer) => name.toLowerCase().includes(writer.toLowerCase()));
  // "Podcast" under a "Podcasts" menu item: one label, singular or plural.
  const sectionKey = (name: string) =>
    METADATA_RULES.sectionPlurals ? repetitionKey(name).replace(/s$/, '') : repetitionKey(name);
  // "Asia-Pacific Research, May 18, 2023": a publisher's dateline. "Published: 16:45, May 3, 2023 | Updated: ..." names no one.
  // A name that is an item of the page's menus or crumbs ("Politics 17:05 July 12, 2023" under "All News | Politics")
  // is the section the story is filed under.
  const sections = new Set(
    lines.flatMap((line) => (line.rule === 'navigation' ? (navigationItems(line.text) ?? []) : [])).map(sectionKey),
  );
  // "N. Korea" over its menu and again before the time ("N. Korea 14:02 May 15, 2023"): a section's label, which the
  // page prints as a line of its own; "TOKYO" at the end of a dated line is where the story was filed.
  const standalone = new Set(menuItemsOf(lines).map((line) => sectionKey(line.text)));
  const isPublisherShaped = (name: string) =>
    /^\p{Lu}/u.test(name) &&
    !standalone.has(sectionKey(name)) &&
    !isPlaceName(name) &&
    // "NORTH KOREA" in a menu, written again in the page: a place of several words is no publisher either.
    !(METADATA_RULES.placePhrases && isPlacePhrase(name)) &&
    // "CANBERRA AND SINGAPORE", "SEOUL/TOKYO": the places a story was filed from, one after another.
    !(METADATA_RULES.placeLists && isPlaceList(name)) &&
    !(METADATA_RULES.wireDatelinePlaces && isWireDatelinePlace(name)) &&
    wordCount(name) <= 5 &&
    isOutletShaped(name) &&
    !isCredited(name) &&
    !namesWriter(name) &&
    !PERSON_TITLED.test(name) &&
    !isCommonWord(name) &&
    !sections.has(sectionKey(name));
  const prompted = lines.map((line) => READER_PROMPT.exec(line.text)?.[1]).find(Boolean);
  if (prompted && isOutletShaped(tidyName(prompted))) return tidyName(prompted);
  // A database record's own field names the publication; the database is only where it was found.
  const catalogued = METADATA_RULES.catalogueFields
    ? lines.map((line) => PUBLICATION_FIELD.exec(line.text)?.[1]?.trim()).find(Boolean)
    : undefined;
  if (catalogued && isOutletShaped(tidyName(catalogued))) return tidyName(catalogued);
  const capitals = capitalMastheadWrittenAgain(page) ?? capitalMastheadCredited(page);
  const repeated = repeatedMasthead(page) ?? (capitals && isPublisherShaped(capitals) ? capitals : null);
  if (repeated && !isCredited(repeated) && !namesWriter(repeated)) return repeated;
  // A dated line's name written nowhere else is the outlet only when no copyright, masthead or blurb names one.
  let namedOnce: string | null = null;
  for (const line of header) {
    if (line.kind !== 'meta' || line.rule === 'byline' || !findDate(line.text)) continue;
    if (perItem && SOURCE_FIELD.test(line.text)) continue;
    // The first part that names anyone, unless a later one the page's own lines outside the article name more:
    // "Vilnius, 12.07.2023 | BALTINFORM | Updated 19:05" is the agency's dateline place, then the agency, which its
    // masthead, writer's line and copyright notices name again.
    const parts = publishersOf(line.text);
    // "Vilnius, 12.07.2023 | BALTINFORM": the place the story was filed from goes before the agency.
    const [first, ...later] = parts.slice(
      Math.max(
        0,
        parts.findIndex((name) => !isPlaceName(name)),
      ),
    );
    if (!first || !isPublisherShaped(first)) continue;
    const apart = !datedInItsPart(line.text, first);
    if (
      (METADATA_RULES.datelineNamedAgain && apart && linesNaming(page, first, () => true) < 2) ||
      (METADATA_RULES.datelineLinks && apart && linkedPart(line.raw, first))
    ) {
      namedOnce ??= first;
      continue;
    }
    const named = linesOutsideBodyNaming(page, first);
    return later.find((name) => isPublisherShaped(name) && linesOutsideBodyNaming(page, name) > named) ?? first;
  }
  // A newsletter kept as an e-mail names its sender: "From: The Morning Parallel <newsletters@...>".
  for (const line of lines.slice(0, EMAIL_HEADER_LINES)) {
    const sender = line.text.match(EMAIL_SENDER)?.[1]?.trim();
    if (sender && isOutletShaped(sender) && !namesWriter(sender)) return tidyName(sender);
  }
  // A site name heads the page and repeats in its chrome.
  const first = lines.find((line) => line.kind !== 'blank');
  // A forum's community heads its thread: "r/IndoPacificAffairs".
  if (first && COMMUNITY.test(first.text.trim())) return first.text.trim();
  // Set apart from what follows it on the line by a wide gap ("Asia-Atlantic Security Forum        Press Release"),
  // the name is the part before the gap.
  const masthead = first ? (first.raw.trim().split(/\s{3,}|\t/)[0] ?? first.text) : '';
  // Not a common word ("Analysis", "World"): repeated across the pages of several outlets, that is a section label.
  if (first && first.rule === 'repeated' && wordCount(first.text) <= 5 && !isCommonWord(tidyName(masthead)))
    return tidyName(masthead);
  const titled = first ? (pageTitleParts(first, lines)?.site ?? null) : null;
  if (titled && !isCredited(titled)) return titled;
  for (const line of lines) {
    if (line.kind === 'caption' || !COPYRIGHT_MARK.test(line.text)) continue;
    const notice = copyrightHolder(line.text);
    // "[Copyright & Reuse](...)": a link to the terms, whose words after "Copyright" name no one.
    const holder = notice && (!METADATA_RULES.nameShaped || isNameCased(notice)) ? notice : null;
    // "© 2023 Ines Okafor-Ryu": a newsletter's writer owns it; the publication has a name of its own.
    if (METADATA_RULES.companyBrands && holder && namesWriter(holder)) continue;
    if (holder && !isCredited(holder))
      return (
        (METADATA_RULES.brandOverHolder ? brandHeadingPage(page, holder) : null) ??
        (METADATA_RULES.companyBrands ? brandOfCompany(page, holder) : null) ??
        holder
      );
  }
  const named = selfReference(page) ?? affiliationOf(bylineLine) ?? brandNamedInBody(page);
  if (named) return named;
  if (namedOnce) return namedOnce;
  if (credited) return spelledOut(credited, page) ?? credited;
  const heading = nameHeadingPage(page) ?? mastheadUnderChrome(page);
  if (heading) return heading;
  const logo = METADATA_RULES.homepageLinks ? homepageLinkName(page) : null;
  if (logo && !isCredited(logo) && !namesWriter(logo)) return logo;
  for (const line of lines) {
    const domain = findDomain(line.text);
    if (domain) return (METADATA_RULES.nameOfDomain ? nameSpellingDomain(page, domain) : null) ?? domain.toLowerCase();
  }
  // An address of a domain the pattern above does not list ("https://www.balticledger.lt/"): only a name on the
  // page spelling it says it is the page's own.
  if (METADATA_RULES.nameOfDomain)
    for (const host of new Set(
      lines.flatMap((line) => [...line.text.matchAll(LINKED_HOST)].map((match) => match[1] ?? '')),
    ))
      if (host) {
        const name = nameSpellingDomain(page, host);
        if (name) return name;
      }
  return null;
}

/** A name's letters and digits in lower case, as a host spells it: "The Kuroshio Letter" -> "thekuroshioletter". */
function lettersOf(name: string): string {
  return name.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/** Lines from the top of a page where its logo, a link to its home page, stands. */
const LOGO_LINES = 12;
/** A link to a site's home page: "[The Kuroshio Letter](https://kuroshio.letterpost.example/)", "(.../en/)". */
const HOMEPAGE_LINK = /\[([^\]]{2,60})\]\(https?:\/\/(?:www\d*\.)?([a-z0-9-]+(?:\.[a-z0-9-]+)+)\/?(?:[a-z]{2}\/?)?\)/gi;
/** Letters a host's label has at least to stand for a name: "apb" in "APB News". */
const HOST_LABEL_MIN_LETTERS = 3;

/**
 * The name a page's logo gives: the text of a link near the top to the site's home page, when a label of the
 * host is part of the name ("kuroshio" of "The Kuroshio Letter", "record" of "The Chamber Record"): a link to the
 * home page of another site ("[Telegram](https://t.example/)") spells none of its name.
 */
function homepageLinkName(page: CleanedPage): string | null {
  for (const line of page.lines.slice(0, LOGO_LINES))
    for (const match of line.raw.matchAll(HOMEPAGE_LINK)) {
      const name = tidyName(match[1] ?? '');
      const letters = lettersOf(name);
      const labels = (match[2] ?? '').toLowerCase().split('.').slice(0, -1);
      if (
        isOutletShaped(name) &&
        wordCount(name) <= 5 &&
        labels.some((label) => label.length >= HOST_LABEL_MIN_LETTERS && letters.includes(label.replace(/-/g, '')))
      )
        return name;
    }
  return null;
}

/** The host of a web address: "https://www.balticledger.lt/feed/" -> "www.balticledger.lt". */
const LINKED_HOST = /\bhttps?:\/\/([a-z0-9-]+(?:\.[a-z0-9-]+)+)/gi;

/** Where a masthead line goes on to other things: a wide gap, a dash or bar set apart, a tab. */
const MASTHEAD_END = /\s{2,}|\s[—–|·]\s|\t/;
/** A masthead of this many words at most. */
const BRAND_MAX_WORDS = 5;

/**
 * The brand heading the page that its copyright holder owns: "THE DAILY RAMPART" over "© 2023 Rampart Media Ltd",
 * "KVN Pacific 24" over "© KVN Pacific Broadcasting Corporation". A company's name is who owns the outlet; the
 * masthead sharing its first word is the outlet. Null when the page's first line names no such brand.
 */
function brandHeadingPage(page: CleanedPage, holder: string): string | null {
  const key =
    holder
      .replace(/^the\s+/i, '')
      .split(/\s+/)[0]
      ?.toLowerCase() ?? '';
  if (key.length < 3) return null;
  const first = page.lines.find((line) => line.kind !== 'blank');
  if (!first) return null;
  // A logo is an image inside a link ("[![The Civic Compass](/logo.svg)](/)"): its alt text, both brackets read.
  const text = first.raw
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .trim();
  const name = (text.split(MASTHEAD_END)[0] ?? '').trim();
  const words = name.split(/\s+/);
  if (
    words.length > BRAND_MAX_WORDS ||
    !/^\p{Lu}/u.test(name) ||
    /[.!?:,;©]/u.test(name) ||
    !words.some((word) => word.toLowerCase() === key) ||
    // The holder's own name in the masthead ("The Harbour Herald" for Harbour Herald Ltd): it names the outlet already.
    name.toLowerCase().includes(holder.replace(/^the\s+/i, '').toLowerCase())
  )
    return null;
  return name === name.toUpperCase() ? nameCased(name) : name;
}

/** Words of a company's legal name that its brand goes without: "Tidemark Media Group", "UAB Baltic Meridian Media". */
const CORPORATE_WORDS =
  /(?<![\p{L}])(?:UAB|K\.K\.|GmbH|AG|Ltd\.?|Limited|Inc\.?|LLC|PLC|Corp\.?|Corporation|Company|Group|Holdings|News\s*(?:&|and)\s*Media|Media|Publishing|Publishers?|Publications|Networks?|Newspapers?)(?![\p{L}])/giu;
/** One of them in a name (CORPORATE_WORDS without the global flag, whose test() would move on from its last match). */
const CORPORATE_WORD = new RegExp(CORPORATE_WORDS.source, 'iu');

/**
 * The brand a company publishes under, as the page writes it: "The Tidemark Journal" for "© Tidemark Media Group",
 * "Brackwater Times" for "Brackwater Times Media Group". The name left when the legal words are taken off must open
 * a name the page writes (less those words). Null when nothing is left, nothing was taken off, or the page writes
 * no such name.
 */
function brandOfCompany(page: CleanedPage, holder: string): string | null {
  const core = holder.replace(CORPORATE_WORDS, ' ').replace(/\s+/g, ' ').trim();
  if (!core || core === holder.trim() || !/\p{Lu}/u.test(core)) return null;
  const opening = new RegExp(`^(?:The\\s+)?${escapeRegExp(core)}(?![\\p{L}])`, 'iu');
  const counts = new Map<string, number>();
  for (const line of page.lines)
    for (const [name] of line.text.matchAll(CAPITALISED_RUN)) {
      if (!opening.test(name) || CORPORATE_WORD.test(name)) continue;
      if (wordCount(name) > BRAND_MAX_WORDS || !isOutletShaped(name)) continue;
      counts.set(name, (counts.get(name) ?? 0) + 1);
    }
  let best: string | null = null;
  for (const [name, count] of counts) if (best === null || count > (counts.get(best) ?? 0)) best = name;
  return best;
}

/** A run of capitalised words, "The" before it or not: a name as a page writes it. */
const CAPITALISED_RUN = /\b(?:The\s+)?\p{Lu}[\p{L}\p{N}'’&-]*(?:\s+\p{Lu}[\p{L}\p{N}'’&-]*){0,4}/gu;
/** A domain's own name this long at least: "rt" or "ap" spelled by two words' first letters is chance. */
const DOMAIN_NAME_MIN_LETTERS = 5;

/**
 * The name the page writes its domain's words as: "[The Palisade Post](https://www.palisadepost.com/)" for
 * palisadepost.com, "The Baltic Ledger" heading a page that links to balticledger.lt. Null when no name spells it.
 */
function nameSpellingDomain(page: CleanedPage, domain: string): string | null {
  const labels = domain
    .toLowerCase()
    .replace(/^www\d*\./, '')
    .split('.')
    .slice(0, -1);
  const own = labels.filter(
    (label) => label.length >= DOMAIN_NAME_MIN_LETTERS && !/^(?:com|org|net|gov|news)$/.test(label),
  );
  if (own.length === 0) return null;
  for (const line of page.lines)
    for (const match of line.text.matchAll(CAPITALISED_RUN)) {
      const name = match[0];
      // "MBCHRONICLE.PH" is the domain itself, written in capitals.
      if (/^\.\p{L}/u.test(line.text.slice(match.index + name.length))) continue;
      const bare = name.replace(/^The\s+/, '');
      if (own.some((label) => label === lettersOf(bare) || label === lettersOf(name))) return name;
    }
  return null;
}

/**
 * The first domain name in a text, as `\b(?:www\.)?(name(\.name)*\.tld)\b` finds it, in linear time: in each run of
 * dotted name parts it is tried only from the first word boundary where a name part starts, since every later
 * start in the run reaches only ends the first one reaches. (Tried from every boundary, a long dotted token with
 * no domain in it was rescanned to its end from each of its dots.)
 */
function findDomain(text: string): string | null {
  if (!TOP_LEVEL.test(text)) return null;
  for (const run of text.matchAll(DOTTED_NAME)) {
    const end = run.index + run[0].length;
    for (let at = run.index; at < end; at++) {
      if (text[at] === '.' || isWordChar(text[at - 1]) === isWordChar(text[at])) continue;
      DOMAIN_AT.lastIndex = at;
      const found = DOMAIN_AT.exec(text);
      // The part of an e-mail address before its "@" ("kwon.de@saebyeok.kr") is no domain.
      if (found && text[DOMAIN_AT.lastIndex] !== '@') return found[1] ?? null;
      break;
    }
  }
  return null;
}

/**
 * "Why you can trust SCMP", "Al Mayadeen is an Arab Independent Media Satellite Channel.": outside the body's
 * prose, and never an entry of a list of other stories (a headline there may say anything about anyone).
 */
function selfReference(page: CleanedPage): string | null {
  for (const line of page.lines) {
    const inBody = line.index >= page.bodyStart && line.index <= page.bodyEnd && line.kind === 'prose';
    if (inBody || line.kind === 'blank' || line.kind === 'caption' || inOtherStories(line) || wordCount(line.text) > 30)
      continue;
    for (const pattern of SELF_REFERENCE) {
      const name = line.text.match(pattern)?.[1];
      if (name && isOutletShaped(tidyName(name))) return tidyName(name);
    }
  }
  return null;
}

/** Lines a masthead's name must be on (its own, a print header, page footers, the copyright, the body) to be the outlet. */
const MASTHEAD_LINES = 3;
/** A masthead of one word is a name of at least this many letters. */
const BRAND_MIN_LETTERS = 5;
/** Paragraphs of the body a masthead's name may be in: the paper naming itself ("seen by The Northgate Chronicle"). */
const MASTHEAD_IN_BODY_MAX = 2;

/**
 * A masthead the page repeats: a line above the article that is only a name of two to five words ("THE KANTO EVENING
 * POST", "The Tidewater Post") which is on at least MASTHEAD_LINES lines in all, one of them a sentence or a copyright line that
 * names it ("a tally kept by The Tidewater Post", "(c) 2023 Kanto Evening Post Co., Ltd."): a menu heading repeated
 * down the page ("Most Read") is on lines of its own only. Written as the page writes it in lower case, when it does.
 */
/** A headline's least words: a masthead line is shorter. */
const HEADLINE_MIN_WORDS = 6;

function repeatedMasthead(page: CleanedPage): string | null {
  const keyOf = (name: string) => name.toLowerCase().replace(/^the\s+/, '');
  const candidates = new Map<string, string>();
  // A masthead heads the page: above the article.
  for (const line of page.lines.slice(0, page.bodyStart)) {
    if (line.kind === 'blank' || line.kind === 'prose' || line.kind === 'caption') continue;
    // "KANTO EVENING POST        e-Edition": the name before a wide gap.
    const name = (line.raw.trim().split(/\s{3,}|\t/)[0] ?? '').trim();
    const words = wordCount(name);
    // One word only when it is a name written as one and no English word: "NewsHopper", "Newsdeck", not "World",
    // "Analysis", a place ("Indo-Pacific") or letters ("INB", read elsewhere as they are printed).
    const brand =
      words === 1 &&
      name.length >= BRAND_MIN_LETTERS &&
      /^\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)*$/u.test(name) &&
      englishRank(name.toLowerCase()) === undefined &&
      !isListedWord(name.toLowerCase());
    if (
      (words < 2 && !brand) ||
      words > 5 ||
      !/^\p{Lu}/u.test(name) ||
      /[.!?:,;|©()\d]/u.test(name) ||
      !isOutletShaped(name)
    )
      continue;
    // "NORTH KOREA" in a menu: a place, which a page names often for what it covers.
    if (METADATA_RULES.placePhrases && isPlacePhrase(name)) continue;
    if (!candidates.has(keyOf(name))) candidates.set(keyOf(name), name);
  }
  // The page's first line of text, below no other: a name there heads the page, and needs naming once more only,
  // on a page with no copyright notice to name its owner ("Google Translate" heads a translated page).
  const noticed = page.lines.some((line) => line.kind !== 'caption' && COPYRIGHT_MARK.test(line.text));
  const top = noticed ? undefined : page.lines.find((line) => line.kind !== 'blank' && line.kind !== 'boilerplate');
  const topKey = top ? keyOf((top.raw.trim().split(/\s{3,}|\t/)[0] ?? '').trim()) : null;
  let best: { name: string; lines: number } | null = null;
  for (const [key, name] of candidates) {
    const pattern = new RegExp(`(?<![\\p{L}])${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'iu');
    const holding = page.lines.filter((line) => pattern.test(line.text));
    const heads = key === topKey;
    const inSentence = holding.some(
      (line) =>
        line.kind === 'prose' ||
        COPYRIGHT_MARK.test(line.text) ||
        /\bcopyright\b/i.test(line.text) ||
        (heads && line !== top && !inOtherStories(line)),
    );
    // What the article is about ("South Korea" as a tag line and all through the body) is not who published it.
    const inBody = holding.filter(
      (line) => line.kind === 'prose' && line.index >= page.bodyStart && line.index <= page.bodyEnd,
    ).length;
    // Nor is a name the headline writes ("... at Shangri-La Dialogue" under a "Shangri-La Dialogue" topic tag).
    const inHeadline =
      METADATA_RULES.nameInHeadline &&
      holding.some(
        (line) =>
          line.index < page.bodyStart &&
          line.kind === 'heading' &&
          wordCount(line.text) >= HEADLINE_MIN_WORDS &&
          keyOf(line.text) !== key,
      );
    if (
      holding.length >= (heads ? MASTHEAD_LINES - 1 : MASTHEAD_LINES) &&
      inSentence &&
      inBody <= MASTHEAD_IN_BODY_MAX &&
      !inHeadline &&
      (!best || holding.length > best.lines)
    ) {
      // The page's own lower-case spelling ("The Kanto Evening Post"), else the masthead's capitals in title case.
      const written = holding
        .map((line) => line.text.match(pattern)?.[0] ?? '')
        .find((found) => found !== found.toUpperCase());
      const cased = written ?? nameCased(key);
      best = { name: /^the\s/i.test(name) && !/^the\s/i.test(cased) ? `The ${cased}` : cased, lines: holding.length };
    }
  }
  return best?.name ?? null;
}

/**
 * A masthead in capitals among the page's first lines ("THE HIGHVELD MERCURY", "THE CEYLON SENTINEL e-Paper") that
 * the page's own chrome writes again as a name, in its own case ("Get the Highveld Mercury on WhatsApp", "Page 7 |
 * The Ceylon Sentinel | ..."): a headline in capitals is not written again outside the article.
 */
function capitalMastheadWrittenAgain(page: CleanedPage): string | null {
  for (const { line, name } of capitalMastheads(page, MASTHEAD_TOP_LINES)) {
    const key = name.toLowerCase().replace(/^the\s+/, '');
    const pattern = new RegExp(`(?<![\\p{L}])(?:the\\s+)?${escapeRegExp(key)}(?![\\p{L}])`, 'iu');
    const written = page.lines
      // In the chrome: a headline or standfirst writing a place the masthead-like tag names ("SOUTH KOREA") is not.
      .filter(
        (other) =>
          other !== line &&
          (other.index > page.bodyEnd ||
            (other.index < page.bodyStart && (other.kind === 'boilerplate' || other.kind === 'meta'))),
      )
      .map((other) => other.text.match(pattern)?.[0] ?? '')
      .find((found) => found !== '' && found !== found.toUpperCase() && /^(?:the\s+)?\p{Lu}/iu.test(found));
    if (!written) continue;
    const cased = written.replace(/^the\s+/i, '');
    if (!cased.split(/\s+/).every((word) => /^\p{Lu}/u.test(word) || NAME_MINOR_WORDS.has(word.toLowerCase())))
      continue;
    return /^the\s/i.test(name) ? `The ${cased}` : cased;
  }
  return null;
}

/**
 * The names in capitals that open the first `count` lines above the article, each with its line: the capitals before
 * a bar ("DER BLICK | INTERNATIONAL") or before a word in lower case ("THE CEYLON SENTINEL e-Paper": the product).
 */
function capitalMastheads(page: CleanedPage, count: number): { line: PageLine; name: string }[] {
  return page.lines
    .filter((line) => line.kind !== 'blank' && line.index < page.bodyStart)
    .slice(0, count)
    .flatMap((line) => {
      const first = line.text.trim().split(/\s+\|\s+/)[0] ?? '';
      const name = first.match(/^(?:\p{Lu}[\p{Lu}&'’.-]*\s+){1,4}\p{Lu}[\p{Lu}&'’.-]*(?=\s+\p{Ll}|$)/u)?.[0];
      return name && /\p{Lu}{4}/u.test(name) && isOutletShaped(name) ? [{ line, name }] : [];
    });
}

/**
 * A masthead in capitals among the page's first lines ("TAIPEI LANTERN", "THE CHAO PHRAYA CHRONICLE", "DER BLICK |
 * INTERNATIONAL") that the page credits its own staff or pictures by: "Lantern staff reporter", "Chronicle reporters
 * and agencies", "(Bytown Daily photo / Pool)". A section label in capitals credits no one.
 */
function capitalMastheadCredited(page: CleanedPage): string | null {
  const text = page.lines.map((line) => line.text).join('\n');
  for (const { name } of capitalMastheads(page, MASTHEAD_TOP_LINES * 2)) {
    const cased = nameCased(name);
    const words = cased.split(/\s+/).filter((word) => !/^(?:The|Der|Die|Das|Le|La|Les|El|Il)$/.test(word));
    // The name's own last word, or all of it, before a staff or picture credit.
    const credited = [words.join(' '), words.at(-1) ?? '']
      .filter(Boolean)
      .some((part) =>
        new RegExp(
          `(?<![\\p{L}])${escapeRegExp(part)}\\s+(?:staff|reporters?|photo(?:grapher)?s?|correspondents?|desk|writers?|journalists?)\\b`,
          'u',
        ).test(text),
      );
    if (credited) return cased;
    // "PACIFIC DEFENCE REVIEW" over a page that writes "told PDR", "Advertise with PDR": its initials, standing alone.
    const initials = words.map((word) => word.charAt(0)).join('');
    if (
      METADATA_RULES.mastheadInitials &&
      words.length >= 3 &&
      /^\p{Lu}{3,5}$/u.test(initials) &&
      new RegExp(`(?<![\\p{L}\\p{N}])${initials}(?![\\p{L}\\p{N}])`, 'u').test(text)
    )
      return cased;
  }
  return null;
}

/**
 * A lone short name line ("Sputnik" under the standfirst, a logo's alt text) that the body names as the outlet
 * people spoke to ("..., told Sputnik."). A name the body only reports ("told CNN") is not on a line of its own.
 */
function brandNamedInBody(page: CleanedPage): string | null {
  const body = page.lines
    .filter((line) => line.index >= page.bodyStart && line.index <= page.bodyEnd && line.kind === 'prose')
    .map((line) => line.text)
    .join('\n');
  const names = page.lines
    .filter((line) => (line.kind === 'heading' || line.kind === 'boilerplate') && !inOtherStories(line))
    .map((line) => line.text)
    .filter((name) => wordCount(name) <= 4 && /^\p{Lu}/u.test(name) && !/[.!?:,;]$/.test(name) && isOutletShaped(name));
  const spoken = namesSpokenTo(names, body);
  return names.find((name) => spoken.has(name)) ?? null;
}

/** "KEN MORIYASU, Nikkei Asia diplomatic correspondent | Europe" -> "Nikkei Asia". */
function affiliationOf(bylineLine: PageLine | null): string | null {
  const outlet = bylineLine ? affiliatedByline(bylineLine.text)?.outlet : null;
  return outlet && isOutletShaped(outlet) ? tidyName(outlet) : null;
}

/** A line of a "Related News" or "Most Read" list, a ticker or a "see also" link: about other stories. */
function inOtherStories(line: PageLine): boolean {
  return (
    line.rule === 'in list section' ||
    line.rule === 'ticker run' ||
    line.rule === 'related link' ||
    line.rule === 'section marker'
  );
}

/** The page's first lines, where a site prints its name above its menu. */
const TOP_NAME_LINES = 3;
/** A site's name: two to five words in title case, small joining words between ("Institute for Pacific Security"). */
const SITE_NAME =
  /^(?:The\s+)?\p{Lu}\p{Ll}[\p{L}'’.&-]*(?:\s+(?:(?:for|of|on|and|&)\s+)?\p{Lu}\p{Ll}[\p{L}'’.&-]*){1,4}$/u;
/** A word past this rank in English frequency is rare enough to be part of a name ("Amberley", "Peninsula"). */
const NAME_WORD_RANK = 5_000;

/**
 * A site's name alone on one of the page's first lines, above its menu, before the article: "Amberley Institute for
 * Pacific Security" over "Research | Programmes | Events". Title-case words, one of them rare in English (not a
 * section: "World News"); the part before a bar or a wide gap ("Yamabiko Broadcasting International | English").
 */
function nameHeadingPage(page: CleanedPage): string | null {
  const top = page.lines.filter((line) => line.kind !== 'blank').slice(0, TOP_NAME_LINES);
  for (const [at, line] of top.entries()) {
    if (line.kind === 'prose' || line.kind === 'caption' || line.kind === 'meta' || line.index >= page.bodyStart) break;
    const name = tidyName(line.raw.trim().split(/\s{3,}|\t|\s+\|\s+/)[0] ?? '');
    const next = top[at + 1];
    if (!SITE_NAME.test(name) || !isOutletShaped(name) || !next) continue;
    const rare = name.split(/\s+/).some((word) => (englishRank(word.toLowerCase()) ?? Infinity) > NAME_WORD_RANK);
    // Over the site's menu or other chrome: a headline stands over its standfirst or the article.
    if (rare && (next.rule === 'navigation' || next.kind === 'boilerplate')) return name;
  }
  return null;
}

/** A name in lower case or capitals written as a name: "the kanto evening post", "THE KLANG COURIER". */
function nameCased(text: string): string {
  return text.toLowerCase().replace(/\p{L}+/gu, (word) => word.charAt(0).toUpperCase() + word.slice(1));
}

/** Words a menu item has at most, when a menu is flattened one item to a line. */
const MENU_ITEM_MAX_WORDS = 3;

/** Lines of a menu flattened one item to a line: short lines, no date, between two more of them. */
function menuItemsOf(lines: readonly PageLine[]): PageLine[] {
  const shown = lines.filter((line) => line.kind !== 'blank');
  const short = (line: PageLine | undefined) =>
    line !== undefined && wordCount(line.text) <= MENU_ITEM_MAX_WORDS && !findDate(line.text);
  return shown.filter((line, at) => short(line) && short(shown[at - 1]) && short(shown[at + 1]));
}

/** Lines of a page's top looked at for its masthead under the skip links, log-in and menu buttons. */
const MASTHEAD_TOP_LINES = 8;
/** A logo's text: "ANB News Homepage", "Search ANB News". */
const LOGO_TEXT = /^(?:search\s+)?(.+?)(?:\s+(?:homepage|home\s+page|home))?$/i;

/**
 * The first line under a page's top chrome ("Skip to main content", "Sign In", "Menu"), when it is a name of two to
 * five words over more chrome or a menu, not a sentence: the logo's text ("The London Courier", "ANB News Homepage").
 */
function mastheadUnderChrome(page: CleanedPage): string | null {
  const top = page.lines.filter((line) => line.kind !== 'blank').slice(0, MASTHEAD_TOP_LINES);
  // "INB" alone under the skip link: a logo of initials.
  const first = top.find((line) => line.kind !== 'boilerplate' && line.kind !== 'meta');
  if (first && first !== top[0] && /^\p{Lu}{2,5}$/u.test(first.text.trim()) && first.index < page.bodyStart)
    return first.text.trim();
  // Chrome above it: marked so, or a one-word button ("e-Paper", "Subscribe").
  const at = top.findIndex((line) => line.kind !== 'boilerplate' && line.kind !== 'meta' && wordCount(line.text) > 1);
  const line = top[at];
  const next = top[at + 1];
  if (at < 1 || !line || !next || line.index >= page.bodyStart || line.kind !== 'heading') return null;
  // Over the date is a newspaper's masthead's place; over a byline, a headline's.
  if (next.kind === 'prose' || next.rule === 'byline') return null;
  const name = tidyName(line.text.match(LOGO_TEXT)?.[1] ?? '');
  const words = wordCount(name);
  if (words < 2 || words > 5 || !/^\p{Lu}/u.test(name) || /[.!?:;,|]/.test(name) || !isOutletShaped(name)) return null;
  // Every word capitalised, as a name is written: "Subscribe to our newsletter" is no name.
  if (!isNameCased(name)) return null;
  // "THE KLANG COURIER": a masthead in capitals is written as a name.
  return name === name.toUpperCase() && /\p{Lu}{4}/u.test(name) ? nameCased(name) : name;
}

/** A Reddit community's name, as its threads print it above the post. */
const COMMUNITY = /^r\/[A-Za-z0-9_]{3,21}$/;
/** An e-mail's sender line, with the name before the address; looked for among a page's first lines only. */
const EMAIL_SENDER = /^from:\s*["“]?([^"”<>@]{2,60}?)["”]?\s*<[^<>@\s]+@[^<>\s]+>$/i;
const EMAIL_HEADER_LINES = 8;

/** How many of the page's lines outside the article's body name `name` as a whole word, in any case. */
function linesOutsideBodyNaming(page: CleanedPage, name: string): number {
  return linesNaming(page, name, (line) => line.index < page.bodyStart || line.index > page.bodyEnd);
}

/** How many of a page's lines, of those kept, write a name whole. */
function linesNaming(page: CleanedPage, name: string, kept: (line: PageLine) => boolean): number {
  const pattern = new RegExp(`(?<![\\p{L}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'iu');
  return page.lines.filter((line) => kept(line) && pattern.test(line.text)).length;
}

/** A name, not a date, a time or a number: "May 4 2023", "99", "07h12" and "Issue No. 412" are never outlets. */
function isOutletShaped(name: string): boolean {
  return (
    /\p{L}{2}/u.test(name) &&
    !findMonthDay(name) &&
    !/\b\d{4}\b/.test(name) &&
    !/^\d/.test(name) &&
    // "Publié le à 07h12": a time is no part of a name.
    !/\b\d{1,2}[h:]\d{2}\b/.test(name) &&
    // "Saved 14 Jul 2023 08:21:07 UTC" less its date leaves ":07", the seconds of a time.
    !/:\d{2}\b/.test(name) &&
    // "May 11, 2023 09:47 pm IST" less its date and time: a time zone.
    !/^(?:UTC|GMT|[A-Z]{1,2}[SD]T|[A-Z]ST|CES?T|EES?T|WES?T|MSK|HKT|SGT|PHT|ICT|AE[SD]T)$/.test(name.trim()) &&
    // "Queenstown 9°C Light rain", "Busan 27C Cloudy", "humidity 81%": a weather widget's temperature or humidity.
    !/\d\s*°|\b\d{1,3}[CF]\b|\d\s*%/u.test(name) &&
    // "Issue No. 412", "Vol. 3": the number of an issue, not a publisher.
    !/\b(?:no|vol|issue|edition)\.?\s*\d+$/i.test(name) &&
    // "Volume 831: debated on": a record's volume and what follows its colon, words of a sentence.
    !(METADATA_RULES.volumeLines && (/\bvol(?:ume)?\.?\s*\d+/i.test(name) || /:\s+\p{Ll}/u.test(name))) &&
    !(METADATA_RULES.nameShaped && !isNameCased(name)) &&
    !(
      METADATA_RULES.seriesAndZones &&
      (/\b(?:season|episode|ep|series|part|chapter)\.?\s*\d+$/i.test(name) ||
        /\b(?:standard|daylight|summer)\s+time$/i.test(name))
    )
  );
}

/**
 * Whether a name is written as one: it opens with a letter, digit or quotation mark, asks nothing, and every word
 * after its first but those a title or a name leaves in lower case ("of", "de") is capitalised. A one-word brand may be all lower case ("threadhub").
 */
function isNameCased(name: string): boolean {
  const trimmed = name.trim();
  if (!/^[\p{L}\p{N}"'“‘(]/u.test(trimmed) || trimmed.includes('?')) return false;
  const [, ...later] = trimmed.split(/\s+/);
  // "Marsad al-Khaleej": a particle joined to a capitalised word is part of the name.
  return later.every(
    (word) =>
      !/^\p{Ll}/u.test(word) || MINOR_WORDS.has(word) || NAME_MINOR_WORDS.has(word) || /^\p{Ll}+-\p{Lu}/u.test(word),
  );
}

/** A time of day and the time zone written after it: "10:48 AM MYT", "21:14", "4:42 PM GMT+8". */
const TIME_AND_ZONE =
  /\b\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,5}(?:[+-]\d{1,2})?)?(?![\p{L}\d.])/giu;

/** Between the parts of a dated header line: "KANSAI NEWS - Jul 27, 2023 - 19:42 | World, All". */
const DATED_LINE_PARTS = /\s*\|\s*|\s+[-–—·•]\s+/;
/** The same, and a slash between spaces: "Manila Daily Courier / 05:12 AM November 04, 2023". */
const DATED_LINE_PARTS_WITH_SLASH = /\s*\|\s*|\s+[-–—·•/]\s+/;

/** A dated line's parts, as the switch for slashes says to split it. */
function datedLineParts(text: string): string[] {
  return text.split(METADATA_RULES.slashParts ? DATED_LINE_PARTS_WITH_SLASH : DATED_LINE_PARTS);
}
/** "Source: Huaxia" names the publisher; other labelled parts ("Editor: x", "Updated: ...") do not. */
const PART_LABEL = /^([\p{L} ]{2,20}):\s*/u;
const SOURCE_LABEL = /^(?:source|sources|via)$/i;
/** "Published in Strategic Currents · 8 min read": a blogging platform's publication, named after these words. */
const PUBLISHED_IN = /^\s*(?:first\s+)?(?:published|posted|appeared)\s+(?:in|by)\s+/i;

/**
 * The publisher a dated header line names: the line without its dates, times and update notes ("Asia-Pacific
 * Research, May 18, 2023"). When the line is in parts, the first part that names anyone, so the sections after the
 * date are not read as part of the name ("KANSAI NEWS - Jul 27, 2023 - 19:42 | World, All" -> "KANSAI NEWS"); a
 * "Source:" part gives its value, other labelled parts are passed over ("Source: Huaxia| 2023-07-28 20:15:36|Editor:
 * huaxia" -> "Huaxia").
 */
function publishersOf(dated: string): string[] {
  // "13 Jul 2023 10:48 AM MYT": a time and the zone after it name no one.
  const text = dated.replace(TIME_AND_ZONE, ' ');
  const parts = datedLineParts(text);
  if (parts.length === 1) return [tidyName(withoutDates(text).replace(DATELINE_NOISE, ' '))];
  const names: string[] = [];
  for (const part of parts) {
    // "By Ingrid Solberg-Tanaka | 29 June 2023": the writer's part, never the publisher.
    if (/^by\s/i.test(part.trim())) continue;
    const label = part.match(PART_LABEL);
    if (label && !SOURCE_LABEL.test(label[1]?.trim() ?? '')) continue;
    const name = tidyName(
      withoutDates(part.slice(label?.[0].length ?? 0).replace(PUBLISHED_IN, '')).replace(DATELINE_NOISE, ' '),
    );
    if (/\p{L}/u.test(name)) names.push(name);
  }
  return names;
}

/** Whether a dated line's part naming `name` is a link and nothing more: "[E-Paper](https://epaper...)". */
function linkedPart(raw: string, name: string): boolean {
  return datedLineParts(raw).some((part) => {
    const link = /^\s*\[([^\]]+)\]\([^)]*\)\s*$/.exec(part);
    return link !== null && tidyName(link[1] ?? '').toLowerCase() === name.toLowerCase();
  });
}

/** Whether a dated line's part naming `name` holds the date too: "Harbour Review, July 12, 2023" is one part. */
function datedInItsPart(dated: string, name: string): boolean {
  const parts = datedLineParts(dated);
  return parts.some((part) => part.toLowerCase().includes(name.toLowerCase()) && findDate(part));
}

/** A page title's separator before the site's name: "Headline | The Straits Courier", "Headline - Site". */
const TITLE_SITE = /^(.+?)\s+[|–—-]\s+([^|–—-]+)$/;
/** The site's name first: "The Jakarta Ledger - ASEAN wary as NATO eyes Tokyo foothold". */
const SITE_TITLE = /^([^|–—-]+?)\s+[|–—-]\s+(.+)$/;
const SITE_NAME_MAX_WORDS = 5;
/** A title bar holds a headline and a name; a longer first line is no page title (and is not searched for one). */
const PAGE_TITLE_MAX_CHARS = 300;

/**
 * The site and the headline a page's first line names, as a browser's title bar reads ("Japan, Philippines and US
 * to hold ... | The Straits Courier", or the name first), when the headline is printed again on the page without it.
 */
function pageTitleParts(first: PageLine, lines: readonly PageLine[]): { site: string; headline: string } | null {
  if (first.text.length > PAGE_TITLE_MAX_CHARS) return null;
  const named = (match: RegExpMatchArray | null, headlineAt: 1 | 2) => {
    const headline = match?.[headlineAt];
    const site = tidyName(match?.[3 - headlineAt] ?? '');
    if (!headline || !site || wordCount(site) > SITE_NAME_MAX_WORDS || !/^\p{Lu}/u.test(site)) return null;
    // "THE HANBIT DAILY — English Edition": an edition is of the name before it, which is the masthead then.
    if (wordCount(headline) < 3 || !isOutletShaped(site) || /\bedition$/i.test(site)) return null;
    const key = repetitionKey(headline);
    return lines.some((line) => line !== first && repetitionKey(line.text) === key)
      ? { site, headline: headline.trim() }
      : null;
  };
  return (
    named(first.text.match(TITLE_SITE), 1) ??
    (METADATA_RULES.siteFirstTitle ? named(first.text.match(SITE_TITLE), 2) : null)
  );
}

/** An edition's or a service's words beside a masthead: "English Edition", "NAP English", "World Service". */
const EDITION_MAX_WORDS = 3;

/** "Formosa Daily Post - English Edition", "NAP English | Neue Alpenpost": the outlet's name and an edition's. */
function isMastheadWithEdition(text: string, outlet: string): boolean {
  const parts = text.split(/\s+[|–—-]\s+/);
  return (
    parts.length > 1 &&
    parts.some((part) => sameName(part, outlet)) &&
    parts.every((part) => sameName(part, outlet) || wordCount(part) <= EDITION_MAX_WORDS)
  );
}

/** Between the parts of a kicker: "Commentary · Programme", "World | Asia", "News › Politics". */
const KICKER_PARTS = /\s[·|›»>]\s/u;

function withoutDates(text: string): string {
  let rest = text;
  for (let date = findDate(rest); date; date = findDate(rest)) rest = rest.replace(date.text, ' ');
  return rest;
}

/**
 * The headline: the top line of the block of headline-shaped lines just above the body (a headline may be
 * followed by a standfirst; bylines and datelines between are skipped). Else the first headline-shaped line
 * of the page. A headline another page repeats (the same story syndicated) still counts, as a last resort.
 */
/** Fields set apart by bars, each with its label: "NEWSPAPER SECTION: News | WRITER: Chronicle reporters". */
const LABELLED_FIELDS = /^\s*[\p{L} ]{2,30}:\s*[^|:]+\|\s*[\p{L} ]{2,30}:\s*\S/u;

/**
 * The headline a monitoring transcript, a database record or an editing system gives as a field of the record, above
 * the text ("[Headline] Pacific Fleet and Chinese navy begin joint drills"): the first such field of the page, of
 * three words or more. Null when there is none.
 */
function labelledHeadline(page: CleanedPage): string | null {
  for (const line of page.lines) {
    // Set in, the field is a nested item's ("    headline: ..." under "related:").
    const value = HEADLINE_FIELD.exec(line.raw.trimEnd())?.[1]?.trim();
    if (value && wordCount(value) >= 3) return value;
  }
  return null;
}

/** A credit: "By Daniel Cho", or in a line of parts "Words by Eleanor Vance", "Edited by Sunita Marwaha". */
const CREDIT_PART = /^(?:\p{L}+\s+)?[Bb]y\s+\p{Lu}/u;

/** A markdown heading of the first level: "# NATO shelves Tokyo liaison office after French objection". */
const FIRST_LEVEL_HEADING = /^\s*#(?!#)\s+\S/;

/**
 * A page kept as markdown marks its headline as the one heading of the first level above the body: captions, audio
 * titles and kickers around it are plain lines. Not when the site's name is so marked, or when the page marks
 * several (a digest's items).
 */
function markdownTitle(header: readonly PageLine[], page: CleanedPage, outlet: string | null): string | null {
  const marked = header.filter((line) => FIRST_LEVEL_HEADING.test(line.raw));
  const [only] = marked;
  if (marked.length !== 1 || !only || wordCount(only.text) < 3) return null;
  if (outlet !== null && sameName(only.text, outlet)) return null;
  return sharesWordsWithBody(only.text, page) ? only.text : null;
}

/**
 * Whether a line gives credits: it opens "By" and a name, or one of its parts set apart by a dot or a bar credits
 * someone ("Hosted by ... · Produced by ..."). One part alone may be a headline's passive ("Rattled by Pyongyang").
 */
function isCreditLine(text: string): boolean {
  const parts = text.split(/\s+[·|•]\s+/);
  return parts.length > 1 ? parts.some((part) => CREDIT_PART.test(part.trim())) : /^[Bb]y\s+\p{Lu}/u.test(text.trim());
}

function findTitle(header: PageLine[], page: CleanedPage, outlet: string | null): string | null {
  const marked = METADATA_RULES.markdownTitle ? markdownTitle(header, page, outlet) : null;
  if (marked) return marked;
  // "HBS News - N. Korea fires solid-fuel ICBM ...": the title bar's headline, which the page prints again.
  const first = page.lines.find((line) => line.kind !== 'blank');
  const titleBar = METADATA_RULES.titleBarHeadline && first ? pageTitleParts(first, page.lines) : null;
  if (titleBar) return titleBar.headline;
  // The masthead right above the headline ("The Baltic Courier") is the outlet's name, never the headline.
  // Nor is its logo's text ("ANB News Homepage", "Search ANB News").
  const isHeadline = (line: PageLine) =>
    line.kind === 'heading' &&
    wordCount(line.text) >= 3 &&
    !LABELLED_FIELDS.test(line.text) &&
    !(METADATA_RULES.creditsNoHeadline && isCreditLine(line.text)) &&
    !(outlet !== null && (sameName(line.text, outlet) || sameName(line.text.match(LOGO_TEXT)?.[1] ?? '', outlet))) &&
    !(METADATA_RULES.mastheadEditions && outlet !== null && isMastheadWithEdition(line.text, outlet));
  const isRepeatedHeadline = (line: PageLine) =>
    line.rule === 'repeated' && wordCount(line.text) >= 4 && !sentenceEnd(line.text);
  // The top of the run of headings right above the byline (headline, then standfirst), when there is one: a summary's
  // bullets between the byline and the body are not the headline. Else the top of the run right above the body.
  const byline = header.findIndex((line) => line.rule === 'byline');
  // A dateline between the headline and its standfirst ("N. Korea fires ICBM ...", "Posted on : Jul.12,2023",
  // "Launch comes hours before ...") is passed over when a headline in sentence case stands right above it (a
  // menu's items are all capitalised).
  const above = (lines: PageLine[]) => {
    let top: PageLine | null = null;
    const run: PageLine[] = [];
    for (let at = lines.length - 1; at >= 0; at--) {
      const line = lines[at] as PageLine;
      const higher = lines[at - 1];
      if (isHeadline(line)) {
        top = line;
        run.unshift(line);
      }
      // Below the headline, whatever is no headline is passed over: a share panel's short items ("Share page",
      // "About sharing"), a caption, a dateline.
      else if (top === null) continue;
      else if (top !== null && line.rule === 'dateline' && higher && isHeadline(higher) && !isTitleShaped(higher.text))
        continue;
      else break;
    }
    // A run of short lines above the headline ("Asia Tonight", "Weeknights at 7pm", "Episode archive › June 2023")
    // is the site's or the programme's: the headline is the highest line that shares words with the article and is
    // no sentence (a standfirst is one); else the top of the run (a figurative headline, "The Reluctant Ally").
    // A kicker of section names set apart by a dot or a bar ("Commentary · Europe–Asia Security Programme") names
    // where the story is filed: a headline in the run without one is the headline.
    const headlines = run.filter((line) => isHeadlineShaped(line.text) && sharesWordsWithBody(line.text, page));
    return headlines.find((line) => !KICKER_PARTS.test(line.text)) ?? headlines[0] ?? top;
  };
  // A headline that a "Recent posts" list repeats is marked repeated; right above the byline or dateline, it is
  // still the headline.
  const stamp = header.findIndex((line) => line.rule === 'byline' || line.rule === 'dateline');
  const aboveStamp = header.slice(0, Math.max(0, stamp)).filter((line) => line.kind !== 'blank');
  const overStamp = aboveStamp.at(-1);
  if (overStamp && isRepeatedHeadline(overStamp) && sharesWordsWithBody(overStamp.text, page)) return overStamp.text;
  // So too with its standfirst between ("Defense ministry seeks record ...", "Fiscal 2024 request is 13% higher ...").
  const overStandfirst = aboveStamp.at(-2);
  if (
    METADATA_RULES.headlineOverStandfirst &&
    overStamp &&
    overStandfirst &&
    isHeadline(overStamp) &&
    isRepeatedHeadline(overStandfirst) &&
    sharesWordsWithBody(overStandfirst.text, page)
  )
    return overStandfirst.text;
  const top = (byline > 0 ? above(header.slice(0, byline)) : null) ?? above(header);
  // A widget's label right above the body ("글자 크기 가 가 가 인쇄 공유", "Text size A A A Print Share") is no
  // headline: when the top shares no words with the article, the nearest headline-shaped heading above that does.
  // Of a headline and its standfirst right under it, both sharing the article's words, the headline: the higher
  // (not a kicker in capitals over it, "NATO SUMMIT VILNIUS 2023"). Not the site's own title bar, which names the
  // outlet ("Podium Record | Transcripts of official briefings" over a briefing whose first answers are on other news).
  const namesOutlet = (text: string) => outlet !== null && text.toLowerCase().includes(outlet.toLowerCase());
  const sharesAsHeadline = (line: PageLine | undefined): line is PageLine =>
    line !== undefined &&
    isHeadline(line) &&
    isHeadlineShaped(line.text) &&
    !namesOutlet(line.text) &&
    sharesWordsWithBody(line.text, page);
  let at = top && !sharesWordsWithBody(top.text, page) ? header.findLastIndex(sharesAsHeadline) : -1;
  while (at > 0 && sharesAsHeadline(header[at - 1]) && /\p{Ll}/u.test(header[at - 1]?.text ?? '')) at--;
  const sharing = header[at];
  const found = sharing ?? top ?? page.lines.find(isHeadline) ?? [...header].reverse().find(isRepeatedHeadline);
  return found?.text ?? null;
}

/**
 * One common English word ("Broadcast Thursday 8 June 2023", "Live 09:14"): what the date line says happened, not
 * who published it.
 */
function isCommonWord(name: string): boolean {
  return !/\s/.test(name) && (englishRank(name.toLowerCase()) ?? Infinity) <= COMMON_WORD_RANK;
}

const COMMON_WORD_RANK = 20_000;

/** A headline is short and one phrase: a standfirst runs longer, or to two sentences, or ends as a sentence does. */
const HEADLINE_MAX_WORDS = 24;

function isHeadlineShaped(text: string): boolean {
  return wordCount(text) <= HEADLINE_MAX_WORDS && !sentenceEnd(text) && !/\p{Ll}{2}[.!?]\s+\p{Lu}/u.test(text);
}

function sentenceEnd(text: string): boolean {
  return METADATA_RULES.initialismEnd ? endsAsSentence(text) : ENDS_SENTENCE.test(text);
}

/** Words of four letters or more, by their first five: "alliance" and "alliance's", "office" and "offices" alike. */
function wordKeys(text: string): Set<string> {
  return new Set((text.toLowerCase().match(/\p{L}{4,}/gu) ?? []).map((word) => word.slice(0, 5)));
}

/** The words of each page's first paragraphs, worked out once: a page may have thousands of heading lines to test. */
const bodyKeys = new WeakMap<CleanedPage, ReadonlySet<string>>();

/** Whether a line shares at least two words with the body's first paragraphs: a headline does, a menu does not. */
function sharesWordsWithBody(text: string, page: CleanedPage): boolean {
  let body = bodyKeys.get(page);
  if (!body) bodyKeys.set(page, (body = wordKeys(page.paragraphs.slice(0, 3).join(' '))));
  let shared = 0;
  for (const key of wordKeys(text)) if (body.has(key)) shared++;
  return shared >= 2;
}

/** How many lines from the body's start a date line still dates the page: a standfirst, a credit, then the date. */
const EARLY_BODY_LINES = 4;

/** The body's first lines, blank ones aside: where a date line under a standfirst stands. */
function earlyBodyLines(page: CleanedPage): PageLine[] {
  return page.lines
    .filter((line) => line.index >= page.bodyStart && line.index <= page.bodyEnd && line.kind !== 'blank')
    .slice(0, EARLY_BODY_LINES);
}

/** How many paragraphs of prose a date line may follow and still date the page: a standfirst, a notice. */
const PROSE_BEFORE_DATELINE = 2;

/** The date of the first date line among the body's opening lines, however much chrome lies between them. */
function datelineBeforeProse(page: CleanedPage): string | null {
  let prose = 0;
  for (const line of page.lines) {
    if (line.index < page.bodyStart || line.kind === 'blank') continue;
    if (line.index > page.bodyEnd || prose > PROSE_BEFORE_DATELINE) break;
    if (line.kind === 'prose') prose += 1;
    if (line.kind !== 'meta' || line.rule !== 'dateline') continue;
    const date = findDate(line.text);
    if (date) return date.iso;
  }
  return null;
}

/** A weekday opening a date: "Wednesday, May 17, 2023". */
const OPENING_WEEKDAY = /^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+/i;
/** Words a header line dated so has at most: a date, a time, a place or the writers' names. */
const DATED_HEADING_MAX_WORDS = 16;

/** The date a short header line opens with, or a part of it after a bar (see headingsOpeningOnDates). */
function headingOpeningOnDate(header: PageLine[]): string | null {
  for (const line of header) {
    if (line.kind !== 'heading' || wordCount(line.text) > DATED_HEADING_MAX_WORDS) continue;
    for (const part of line.text.split('|')) {
      const opening = part.trim().replace(OPENING_WEEKDAY, '');
      const date = findDate(opening);
      if (date && opening.startsWith(date.text)) return date.iso;
    }
  }
  return null;
}

/** A line saying when the page was put out: "Published 23 February 2023", "Summary posted 25 April 2024 by ...". */
const PUBLISHED_STAMP =
  /^\s*(?:\p{L}+\s+)?(?:published|posted|released|issued|release\s+date|date\s+of\s+(?:issue|release|publication))\b\s*:?\s*(?:on\s+)?(?=[\p{L},.]*\s*\d)/iu;

/**
 * The date a stamp above the body gives, whatever the cleaner made of its line (a short heading, a ticker's run):
 * the page's date when no header line dated it. Not a menu's item.
 */
function publishedStampDate(page: CleanedPage): string | null {
  for (const line of page.lines) {
    if (line.index >= page.bodyStart) break;
    if (line.rule === 'navigation' || !PUBLISHED_STAMP.test(line.text)) continue;
    const date = findDate(line.text);
    if (date) return date.iso;
  }
  return null;
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

/**
 * A date field anywhere on the page ("Publication date: May 12, 2023" in a database record's fields below the text,
 * "Transmitted: 16/05/2023 09:42 KST" in a wire's header row): the page's date when no header line dates it.
 */
const DATE_FIELD =
  /^\s*(?:publication\s+date|date\s+published|(?:first\s+)?published(?:\s+on)?|posted(?:\s+on)?|transmitted|filed|date)\s*:/i;
/** The same in a record's other spellings: "[Dateline] Vladivostok, 21 July 2023", "first_publish_date: 2023-06-27". */
const OTHER_DATE_FIELD = /^\s*(?:\[(?:date|dateline|published)\]|dateline\s*:|[a-z_]*publish[a-z_]*\s*:)/i;

/** A line citing the outlet this long at most: a credit or a reference, not a paragraph of the story. */
const CITATION_MAX_WORDS = 20;

/**
 * The date a short line gives beside the outlet's name, as a credit or a reference cites it: "Originally published in
 * The Cascade Observer, 12 May 2023", "Source: The Granitefell Tribune, 24 May 2023, World section, p. 14",
 * "Ridgeline Asia · Baek Ha-eun · 16 May 2023". Null when no such line dates it.
 */
function outletDatedLine(page: CleanedPage, outlet: string): string | null {
  const name = new RegExp(`(?<![\\p{L}])${escapeRegExp(outlet.replace(/^the\s+/i, ''))}(?![\\p{L}])`, 'iu');
  for (const line of page.lines) {
    if (line.kind === 'blank' || wordCount(line.text) > CITATION_MAX_WORDS || !name.test(line.text)) continue;
    const date = findDate(line.text);
    if (date) return date.iso;
  }
  return null;
}

function findLabelledDate(page: CleanedPage): string | null {
  const field = (line: PageLine) =>
    DATE_FIELD.test(line.text) || (METADATA_RULES.recordDates && OTHER_DATE_FIELD.test(line.raw));
  for (const line of page.lines) {
    if (line.kind === 'blank' || !field(line)) continue;
    const date = findDate(line.text);
    if (date) return date.iso;
  }
  return null;
}

/**
 * A writer's name alone on the header line right above its date line ("Anders Kallio" / "Mon 17 Jul 2023 06.00
 * BST"), as newsletter platforms and opinion pages print it: two or three capitalised words, none a common English
 * word (a site's name over its date, "The Eastbound Brief", has some).
 */
function nameOverDate(header: PageLine[]): string | null {
  const dated = header.findIndex((line) => line.rule === 'dateline');
  const above = dated > 0 ? header[dated - 1] : undefined;
  // Repeated in the writer's box below the article, the name is still the byline.
  if (!above || (above.kind !== 'heading' && above.rule !== 'repeated')) return null;
  const words = above.text.trim().split(/\s+/);
  if (words.length < 2 || words.length > 3 || !words.every((word) => /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(word)))
    return null;
  // No common English word ("The", "Par", "Brief"), and one word no English word at all ("Kallio").
  const lower = words.map((word) => word.toLowerCase());
  const named =
    lower.every((word) => (englishRank(word) ?? Infinity) > COMMON_WORD_RANK) &&
    lower.some((word) => !isListedWord(word));
  return named ? above.text.trim() : null;
}

/** A writer named at the end of a dated header line: "Posted on May 14, 2023 by Helen Marsh" -> "Helen Marsh". */
function datedByline(header: PageLine[], page: CleanedPage): string | null {
  for (const line of header) {
    if (line.kind !== 'meta' || !findDate(line.text)) continue;
    // "Posted on May 4, 2023 by Jane Doe", or a part of its own: "By Jane Doe | Published: 24 May 2023 | Categories: ...",
    // "Dr. Jane Doe | June 20, 2023".
    const parts = line.text.split(DATED_LINE_PARTS).map((part) => part.trim());
    const writer =
      [line.text, ...parts]
        .map((part) => part.match(/(?:^|\s)[Bb]y\s+(\p{Lu}[\p{L}'.-]+(?:\s\p{Lu}[\p{L}'.-]+){0,3})\s*$/u)?.[1])
        .find(Boolean) ??
      parts.find((part) => PERSON_TITLED.test(part) && wordCount(part) <= TITLED_NAME_MAX_WORDS) ??
      (METADATA_RULES.introducedWriters ? parts.find((part) => introducedAsWriter(part, page)) : undefined);
    if (writer) return tidyName(writer);
  }
  return null;
}

/** A person's name as a dated line prints it: two to four capitalised words, hyphenated parts allowed. */
const WRITER_NAME = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:\s\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?){1,3}$/u;
/** How many words may stand between "is a" and the writer's role noun: "is a Senior Fellow in ...". */
const ROLE_WITHIN_WORDS = 5;

/**
 * "Ingrid Solberg-Tanaka | 19 July 2023" over a commentary whose author box says "Ingrid Solberg-Tanaka is a Senior
 * Fellow ...": a name the page itself introduces as a writer, researcher or the like is the writer, not the publisher.
 */
function introducedAsWriter(part: string, page: CleanedPage): boolean {
  if (!WRITER_NAME.test(part)) return false;
  const introduced = new RegExp(
    `(?:^|[^\\p{L}])${escapeRegExp(part)}[*_]*\\s+(?:is|was)\\s+(?:a|an|the)((?:\\s+[\\p{L}-]+){1,${ROLE_WITHIN_WORDS}})`,
    'u',
  );
  return page.lines.some((line) =>
    (introduced.exec(line.text)?.[1] ?? '')
      .trim()
      .split(/\s+/)
      .some((word) => ROLE_NOUNS.has(word.toLowerCase())),
  );
}

/**
 * The publication date as the page prints it: from the header's first dated line ("16:45, May 3, 2023"), else
 * the day in a wire dateline opening the body ("MOSCOW, May 10. /TASS/." -> "May 10"). Null when none is printed.
 */
function findDateline(header: PageLine[], page: CleanedPage): string | null {
  for (const line of header) {
    if (line.kind !== 'meta') continue;
    const printed = printedDate(line.text);
    if (printed) return printed;
  }
  const lead = firstParagraph(page)?.text.match(LEAD_DATELINE)?.[0];
  return lead ? (printedDate(lead) ?? findMonthDay(lead)) : null;
}

/** A dated line is a line of the header, not a paragraph: a few words around the date. */
const DATED_LINE_MAX_WORDS = 12;

/** The header line that prints the date (see findDateline), as printed, when it holds more than the date. */
function findDatedLine(header: PageLine[]): string | null {
  for (const line of header) {
    if (line.kind !== 'meta') continue;
    const printed = printedDate(line.text);
    if (!printed) continue;
    const text = line.text.trim();
    return text !== printed && wordCount(text) <= DATED_LINE_MAX_WORDS ? text : null;
  }
  return null;
}

/** The body's first words without a dateline ("MOSCOW, May 10. /TASS/."): the title of a page that prints none. */
export function leadWithoutDateline(paragraph: string): string {
  return paragraph.replace(LEAD_DATELINE, '');
}

/** An agency credited by its initials ("(NPA)"); shorter ones ("AP") too easily match a section ("Asia Pacific"). */
const INITIALS = /^\p{Lu}{3,6}$/u;

/**
 * The name an agency credited by its initials spells out on its own page, outside the article ("Nemunas Press Agency
 * - news from Lithuania ..." for "(NPA)"): the first run of capitalised words whose initials they are. Null when the
 * credit is no set of initials or the page never spells it out.
 */
function spelledOut(credited: string, page: CleanedPage): string | null {
  if (!INITIALS.test(credited)) return null;
  for (const line of page.lines) {
    const inBody = line.index >= page.bodyStart && line.index <= page.bodyEnd;
    if (inBody || line.kind === 'blank' || line.kind === 'prose' || inOtherStories(line)) continue;
    const words = line.text.split(/\s+/);
    for (let start = 0; start + credited.length <= words.length; start++) {
      const run = words.slice(start, start + credited.length);
      if (run.every((word, at) => word.startsWith(credited[at] ?? '') && /^\p{Lu}\p{Ll}/u.test(word)))
        return tidyName(run.join(' '));
    }
  }
  return null;
}

/** "Countercurrents.org" and "Countercurrents" are one name. */
export function sameName(a: string, b: string): boolean {
  const key = (name: string) => repetitionKey(name.replace(/\.(com|org|net|news|info|co\.uk)\b/i, ''));
  return key(a) === key(b);
}
