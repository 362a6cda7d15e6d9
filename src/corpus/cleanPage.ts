import { isListedWord } from '../search/englishWords.ts';
import { markSignatures, SIGNATURE_RULE, SIGNED } from './signatures.ts';
import { joinedCaptions } from './captionTrack.ts';
import { GALLERY_CAPTION, markGalleryCaptions } from './galleryCaptions.ts';
import { withoutLinkNumbers } from './linkReferences.ts';
import {
  BYLINE_IN_PLACE,
  CAPTION_CREDIT,
  LINKED_TAIL,
  CAPTION_LABEL,
  CAPTION_PREFIX,
  CHROME_LINES,
  CHROME_PHRASES,
  CONSENT_MIN_TERMS,
  CONSENT_TERMS,
  CONTINUATION_LINE,
  COUNTER_LINE,
  CREDIT_LINE,
  DATELINE_NOISE,
  GALLERY_COUNTER,
  LABEL_LINE,
  matchesPhrase,
  PHOTO_CREDIT_TAIL,
  READER_CALL,
  READER_CALL_MAX_WORDS,
  RELATED_LINK,
  SITE_PROMO_LINK,
  SECTION_MARKERS,
  NOTES_MARKER,
  SPONSOR_MARKER,
  SPONSORED_LABEL,
  SITE_OR_READER_VOICE,
  WIRE_PHOTO_CREDIT,
} from './boilerplatePatterns.ts';
import {
  affiliatedByline,
  ENDS_SENTENCE,
  isFieldByline,
  isLabelledByline,
  isNameAndRole,
  isProseShaped,
  isTitleShaped,
  namesSpokenTo,
  isGappedMenu,
  navigationItems,
  NAVIGATION_ITEM_MAX_WORDS,
  repetitionKey,
  stripBullet,
  tickerLabel,
  withoutNonProse,
  writersOf,
} from './lineShape.ts';
import { collapseSpaces, linkDensity, normalizeUnicode, stripMarkdown, wordCount } from './normalizeText.ts';
import { findDate, findMonthDay } from './parseDate.ts';
import { markDashedComments, markReaderComments } from './readerComments.ts';
import { markRepeatedSentences, REPEATS_A_PARAGRAPH } from './repeatedSentences.ts';
import { HEADLINE_FIELD } from './headerFields.ts';
import { isRule, mainRuledBlock } from './ruledBlocks.ts';
import { transcriptBounds } from './transcriptTurns.ts';

export type LineKind = 'blank' | 'prose' | 'heading' | 'caption' | 'meta' | 'boilerplate';

export interface PageLine {
  /** Index of the logical line (broken paragraphs already rejoined). */
  index: number;
  raw: string;
  /** Visible text: markdown links, emphasis and bullets removed, spaces collapsed. */
  text: string;
  kind: LineKind;
  /** The rule that decided the kind, for tests and debugging. */
  rule: string;
  bulleted: boolean;
}

export interface CleanedPage {
  lines: PageLine[];
  /** Index of the first and last line of the article body (the densest run of prose). */
  bodyStart: number;
  bodyEnd: number;
  /** Body paragraphs, in order. */
  paragraphs: string[];
  /** For each paragraph, the subheading (and lead-in) it sits under, as printed; null before the first. */
  sections: (string | null)[];
  captions: string[];
  /** Lines outside the article of a few words or more: other stories' headlines, ticker items, promotions. */
  asides: string[];
}

export interface CleanOptions {
  /** Repetition keys of short lines that other seed files also contain: site chrome, not coverage. */
  sharedLines?: ReadonlySet<string>;
  /** The byline the page states outside its text (an HTML page's metadata), as printed. */
  byline?: string | null;
}

/** Short lines that repeat across pages or within a page are chrome; longer ones are syndicated coverage. */
export const REPEATED_CHROME_MAX_WORDS = 15;
/** A list section ("Related News", "Most Read") ends where running text of this many words resumes. */
const RESUME_WORDS = 15;
/** An entry of a numbered list as written: "1. ", "12) ". */
const NUMBERED_ITEM = /^\s*\d{1,3}[.)]\s+\S/;
const TICKER_MARKER = /^(breaking|breaking news|live|live updates|just in|news ticker)$/i;
/** A subheading inside the body is short; a line of this many words or more between paragraphs is a paragraph. */
const SUBHEADING_MAX_WORDS = 14;
/** A news agency's slug: topic words in capitals joined by "/" and "-", a version after ("USA-CHINA/TRADE (UPDATE 2)"). */
const WIRE_SLUG = /^[\p{Lu}\d]+(?:-[\p{Lu}\d]+)*\/[\p{Lu}\d]+(?:[-/][\p{Lu}\d]+)*(?:\s+\([^)]{1,20}\))?$/u;
const UNPUNCTUATED_PARAGRAPH_MIN_WORDS = 15;
const WEB_ADDRESS = /\bhttps?:\/\/\S+|\bwww\.\S+/g;
/** Between a subheading and the lead-in that follows it in a section's label. */
export const SECTION_SEPARATOR = ' — ';

/**
 * A broadcaster's labelled promo of its own audio or video, however long: "Watch: Europe Editor ... reports from
 * Vilnius on what the summit means ..., on the Six One News at 6pm". News prose never opens on such a label.
 */
const MEDIA_PROMO = /^(?:watch|listen)\s*(?::|\|)\s*\S/i;

/** Switches for the rules here, so that a test can show what each one does. */
export const CLEANING_RULES = {
  /** "Watch: ... on the Six One News at 6pm": a labelled promo of audio or video is chrome at any length. */
  mediaPromos: true,
  /** "TERKINI: Rupiah closes ... · Jakarta air quality ... · ...": a label and headlines set apart on one line. */
  labelledTickers: true,
  /** "Breaking news | headline | headline | headline": a ticker's label set apart by a bar, not a colon. */
  barredTickerLabels: true,
  /** "TAIEX 17,236.45 ▲ 84.12 | OTC 226.18 ▼ 0.93 | Gold 1,975": names and their figures set apart by bars. */
  figureTickers: true,
  /** "1. Financial Times, report on French opposition ..., 5 June 2023.": a numbered note runs its list on. */
  numberedNotes: true,
  endMarks: true,
  counters: true,
  belowHeadlineField: true,
  menuAsTicker: true,
  bylineEndsTicker: true,
  stampBelowNames: true,
  quantityItems: true,
  creditedUnderImages: true,
  sponsoredLine: true,
  writerAbout: true,
  signatures: true,
  galleryCaptions: true,
  captionsEchoingAlt: true,
  /** "![Kazuhiro Sugita and Karin Ekström in Stockholm](...)": an image's alt text names who is pictured, not who wrote. */
  imageAltNoByline: true,
  /** "Why it matters: ...", "What's next: ...": labelled lines most of which run to a paragraph are no ticker. */
  labelledParagraphs: true,
  /** "1/ Thread on ...": a thread's first posts above a body that opens on a later one are its start. */
  threadOpening: true,
  /** A page's last line, a sentence cut off mid-way, is the article's last paragraph, past chrome between. */
  cutTails: true,
  /** A feed's messages above the body's first, each under its own time stamp, are its start. */
  feedOpening: true,
};

/** A thread's post numbered as one of several: "2/ The French argument ...", "(3/7) Remember ...". */
const POST_NUMBER = /^\s*\(?(\d{1,2})\s*\/\s*(?:\d{1,2})?\)?\s/u;
/** Lines between one numbered post and the next at most: its time, counts, the next post's author and reply line. */
const BETWEEN_POSTS_MAX_LINES = 8;

/**
 * Where the body starts when it opens on a thread's later post ("2/ ..."): the posts numbered before it above, each
 * within a few lines of the next, are the thread's start, though its time and counts stand between them.
 */
function threadOpening(lines: readonly PageLine[], start: number): number {
  let number = Number(POST_NUMBER.exec(lines[start]?.text ?? '')?.[1] ?? 0);
  let opening = start;
  while (number > 1) {
    const above = lines
      .slice(Math.max(0, opening - BETWEEN_POSTS_MAX_LINES), opening)
      .findLast((line) => line.kind === 'prose');
    if (!above || Number(POST_NUMBER.exec(above.text)?.[1] ?? 0) !== number - 1) break;
    opening = above.index;
    number -= 1;
  }
  return opening;
}

/** Lines between a feed's time stamp and its message, or a message and the next one's stamp, at most. */
const FEED_GAP_LINES = 4;

/** The time stamp right above a line, with nothing but non-prose lines between: a feed's message. */
function stampAbove(lines: readonly PageLine[], at: number): number | null {
  for (let i = at - 1; i >= Math.max(0, at - FEED_GAP_LINES); i--) {
    const line = lines[i];
    if (!line || line.kind === 'prose') return null;
    if (line.kind === 'meta' && line.rule === 'dateline') return i;
  }
  return null;
}

/**
 * Where the body starts when it opens on a feed's message under its time stamp (a channel's export, a live page):
 * the messages above it, each under a stamp of its own, are the feed's first.
 */
function feedOpening(lines: readonly PageLine[], start: number): number {
  let opening = start;
  for (let stamp = stampAbove(lines, opening); stamp !== null; stamp = stampAbove(lines, opening)) {
    const message = lines.slice(Math.max(0, stamp - FEED_GAP_LINES), stamp).findLast((line) => line.kind === 'prose');
    if (!message || stampAbove(lines, message.index) === null) break;
    opening = message.index;
  }
  return opening;
}

/** Paragraphs above a record's headline field this many at most: a summary of it, not its text. */
const ABOVE_HEADLINE_FIELD_MAX = 2;

/**
 * Where the body starts when a record gives its headline as a field inside the prose found ("SUMMARY: ..." then
 * "[Headline] Pacific Fleet ..." then the text, as a monitoring service sends a report): the line after the field,
 * when no more than a summary's paragraphs stand above it. `start` otherwise.
 */
function belowHeadlineField(lines: readonly PageLine[], start: number, end: number): number {
  let above = 0;
  for (const line of lines.slice(start, end + 1)) {
    if (HEADLINE_FIELD.test(line.raw.trimEnd())) return above > 0 ? line.index + 1 : start;
    if (line.kind === 'prose' && ++above > ABOVE_HEADLINE_FIELD_MAX) return start;
  }
  return start;
}

/** Turns a raw page into classified lines, the article body's paragraphs and its captions. */
export function cleanPage(rawText: string, options: CleanOptions = {}): CleanedPage {
  const captioned = joinedCaptions(normalizeUnicode(rawText).split('\n'));
  const lines = classify(
    joinBrokenLines(unwrapped(withoutLinkNumbers(captioned.lines)).flatMap(headerPartsApart), captioned.paragraphs),
    options.sharedLines ?? new Set(),
    captioned.paragraphs,
  );
  if (CLEANING_RULES.counters) markCounters(lines);
  markLabelledCaptions(lines);
  if (CLEANING_RULES.creditedUnderImages) markCreditedUnderImages(lines);
  if (CLEANING_RULES.galleryCaptions) markGalleryCaptions(lines);
  markNamesAboveRoles(lines);
  markAuthorBios(lines, options.byline ?? null);
  markAboutSections(lines);
  if (CLEANING_RULES.endMarks) markAfterEndMark(lines);
  markReaderComments(lines);
  markDashedComments(lines);
  markRepeatedSentences(lines);
  markTickerRuns(lines);
  markListSections(lines);
  markCutParagraph(lines);
  markParagraphsAcrossPageBreaks(lines);
  markEntryDates(lines);
  const block = mainRuledBlock(
    lines.map((line) => line.raw),
    lines.map((line) => (line.kind === 'prose' ? wordCount(line.text) : 0)),
  );
  const [foundStart, foundEnd] = transcriptBounds(
    lines,
    withoutStandfirst(lines, densestProseRun(block ? lines.slice(block[0], block[1] + 1) : lines)),
  );
  const belowField = CLEANING_RULES.belowHeadlineField ? belowHeadlineField(lines, foundStart, foundEnd) : foundStart;
  const threadStart = CLEANING_RULES.threadOpening ? threadOpening(lines, belowField) : belowField;
  const bodyStart = CLEANING_RULES.feedOpening ? feedOpening(lines, threadStart) : threadStart;
  const bodyEnd = CLEANING_RULES.signatures ? markSignatures(lines, bodyStart, foundEnd) : foundEnd;
  const sectionOf = markSections(lines, bodyStart, bodyEnd);
  // After the sections: a paragraph without a full stop is known as one only then.
  if (CLEANING_RULES.sponsoredLine) markSponsoredLines(lines);
  const paragraphs: string[] = [];
  const sections: (string | null)[] = [];
  const captions: string[] = [];
  let entryDate: string | null = null;
  for (const line of lines) {
    // Below the article only the credit of its own image ("Featured image is from ...") is a caption:
    // captions there belong to other stories' thumbnails.
    const isCaption =
      (line.kind === 'caption' && (line.index <= bodyEnd || line.rule === 'image credit')) ||
      (line.rule === GALLERY_CAPTION && line.index >= bodyStart && line.index <= bodyEnd);
    if (isCaption && !captions.some((c) => sameCaption(c, line.text))) captions.push(line.text);
    if (line.rule === SIGNATURE_RULE && paragraphs.length > 0) {
      paragraphs[paragraphs.length - 1] += `${SIGNED}${line.text}`;
      continue;
    }
    if (line.kind === 'prose' && line.index >= bodyStart && line.index <= bodyEnd) {
      // A chronology's dated heading is a passage of its own ("3 May 2023 — Nikkei breaks the story") and the
      // section of the entry under it.
      paragraphs.push(line.rule === 'quantity item' ? line.text.replace(ITEM_MARK, '') : line.text);
      if (line.rule === ENTRY_DATE) {
        entryDate = line.text;
        sections.push(sectionOf.get(line.index) ?? null);
        continue;
      }
      const label = sectionOf.get(line.index) ?? null;
      sections.push(entryDate && label ? `${label}${SECTION_SEPARATOR}${entryDate}` : (entryDate ?? label));
    }
  }
  // Chrome only: a heading-shaped line may be the article's own (a subheading, the cut tail of a truncated page).
  const asides = [
    ...new Set(
      lines
        .filter((line) => {
          if (line.kind !== 'boilerplate') return false;
          const words = wordCount(line.text);
          return words >= ASIDE_MIN_WORDS && words <= ASIDE_MAX_WORDS;
        })
        .map((line) => line.text),
    ),
  ];
  return { lines, bodyStart, bodyEnd, paragraphs, sections, captions, asides };
}

/** Words of a line outside the article, at least, for it to say something a question could be about. */
const ASIDE_MIN_WORDS = 4;
/**
 * And at most: another story's headline or a ticker's item is short; a longer block (a cookie notice, a pasted
 * megabyte) is kept out of the index and out of any refusal that would quote it.
 */
const ASIDE_MAX_WORDS = 40;

/** Prose lines above a byline that can be a standfirst rather than the article's first paragraphs. */
const STANDFIRST_MAX_LINES = 2;

/**
 * A standfirst set above the byline ("An office in Tokyo would add little ..." / "By Ingrid Solberg-Tanaka | 29 June
 * 2023") is the page's header, not the article: when the body's run opens with at most two lines of prose and then
 * the byline, the article starts after it.
 */
function withoutStandfirst(lines: PageLine[], [start, end]: [number, number]): [number, number] {
  const opening = lines.slice(start, end + 1).filter((line) => line.kind !== 'blank');
  const byline = opening.findIndex(
    (line) => line.kind === 'meta' && (line.rule === 'byline' || line.rule === 'dateline'),
  );
  if (byline < 1 || byline > STANDFIRST_MAX_LINES + (CLEANING_RULES.stampBelowNames ? NAMES_OVER_STAMP : 0))
    return [start, end];
  // A writer's name and the place filed from may stand between the standfirst and the date ("Ananya Krishnan",
  // "HIROSHIMA", "Updated - May 20, 2023").
  const above = opening.slice(0, byline);
  const names = CLEANING_RULES.stampBelowNames
    ? above.length - above.findLastIndex((line) => wordCount(line.text) > NAME_LINE_MAX_WORDS) - 1
    : 0;
  if (names > NAMES_OVER_STAMP || names === above.length || above.length - names > STANDFIRST_MAX_LINES)
    return [start, end];
  if (!above.slice(0, above.length - names).every((line) => line.kind === 'prose')) return [start, end];
  const after = opening.slice(byline + 1).find((line) => line.kind === 'prose');
  return after ? [after.index, end] : [start, end];
}

/** Keys of the lines short enough to count as chrome when repeated, for cross-page repetition. */
export function chromeCandidateKeys(rawText: string): Set<string> {
  const keys = new Set<string>();
  for (const raw of normalizeUnicode(rawText).split('\n')) {
    const text = visibleText(raw).text;
    if (text && wordCount(text) < REPEATED_CHROME_MAX_WORDS) keys.add(repetitionKey(text));
  }
  keys.delete('');
  return keys;
}

/**
 * Spans a page dump ran together without a space: "May 17, 20232:05 PM GMT+9Updated a year ago" is a year, a
 * time and an update note.
 */
function unglued(text: string): string {
  return text
    .replace(/\b((?:19|20)\d{2})(?=\d{1,2}:\d{2}\b)/g, '$1 ')
    .replace(/([\p{Ll}\d])(?=(?:Updated|Published|Posted)\b)/gu, '$1 ');
}

/**
 * A footnote marker set against the word or stop before it: "since 2014.[1]", "[^2]", a linked "[[3]](#_ftn3)". A
 * marker opening a line is the note itself (FOOTNOTE_LINE, with an encyclopedia's "^ a b Author (2023). ..."), and
 * a gallery's "[1/2]" is no marker.
 */
const FOOTNOTE_MARK = /(?<=\S)\[(?:\[\^?\d{1,3}\]\]\([^()\s]*\)|\^?\d{1,3}\](?:\([^()\s]*\))?)/g;
/** A note of a notes or references list: "[1] NATO, \"Wales Summit Declaration,\" 5 September 2014." */
/** A sentence's end, its closing quote or bracket after it, and spaces. */
const SENTENCE_END_BEFORE = /[.!?]["'”’)]*\s*$/;
const FOOTNOTE_LINE = /^\[\^?\d{1,3}\]:?\s+\S|^\^\s+(?:[a-z]\s+)*\S/;
/**
 * An entry of a list of references: authors (surname and initials, or a body's name) and the year in brackets, then
 * the title: "Thursby, E. M., & Morinaga, T. (2023). A Desk in Tokyo ...", "NATO (2022). Strategic Concept."
 */
const REFERENCE_ENTRY =
  /^(?:\p{Lu}[\p{L}'’-]+,\s+(?:\p{Lu}\.\s*)+(?:,?\s*(?:&|and)?\s*\p{Lu}[\p{L}'’-]+,\s+(?:\p{Lu}\.\s*)+)*,?|\p{Lu}[\p{L}&'’. -]{1,60}?)\s*\((?:19|20)\d{2}[a-z]?\)\.\s+\S/u;

/** What a reader sees of a line; runs that are not prose (a base64 blob, minified code, an entity flood) are not seen. */
function visibleText(raw: string): { text: string; bulleted: boolean } {
  const unbulleted = stripBullet(raw.trim());
  // A link in brackets after a finished sentence is the tool's or the site's ("... region. ([View Highlight](...))").
  const unmarked = unbulleted.text
    .replace(FOOTNOTE_MARK, '')
    .replace(LINKED_TAIL, (tail, at: number, line: string) =>
      SENTENCE_END_BEFORE.test(line.slice(0, at)) ? '' : tail,
    );
  // A markdown heading's mark, and the anchor or class some dialects set after it ("## April {#apr}").
  const text = unglued(
    collapseSpaces(
      withoutNonProse(
        stripMarkdown(unmarked)
          .replace(/^#{1,6}\s+/, '')
          .replace(/\s*\{[#.][\w-]+(?:\s+[#.][\w-]+)*\}\s*$/, ''),
      ),
    ),
  );
  return { text, bulleted: unbulleted.bulleted };
}

/** A part of a header run together with the first paragraph: a byline, a date, a photo credit. */
const HEADER_PART = /^(?:by\s|photo(?:graph)?s?\s*[:/]|image\s*[:/]|updated\b|published\b|posted\b)/i;
const HEADER_PART_MAX_WORDS = 14;
/** The paragraph after them is a paragraph: at least this many words. */
const FUSED_PARAGRAPH_MIN_WORDS = 15;

/**
 * "By Carmelita Vande-Ocampo, Diplomatic Correspondent | 12 July 2023 | Photo: ... | MANILA — The Philippines ...":
 * a header's byline, date and credit set on the line of the first paragraph, as two lines: the header's parts, then
 * the paragraph.
 */
function headerPartsApart(line: string): string[] {
  const parts = line.split(/\s+\|\s+/);
  if (parts.length < 3) return [line];
  const paragraph = parts.at(-1) ?? '';
  const header = parts.slice(0, -1);
  if (wordCount(paragraph) < FUSED_PARAGRAPH_MIN_WORDS) return [line];
  if (!header.every((part) => wordCount(part) <= HEADER_PART_MAX_WORDS)) return [line];
  if (!header.some((part) => HEADER_PART.test(part.trim())) || !header.some((part) => findDate(part) !== null))
    return [line];
  return [header.join(' | '), paragraph];
}

/** A list item's marker and the space after it: "• ", "- ", "2. ". */
const LIST_MARKER = /^\s*(?:[-*•·]|\d{1,2}[.)])\s+/;

/**
 * Widths a text is hard-wrapped at (a PDF's text, a plain-text e-mail, an e-paper's columns): lines of about 30 to
 * 100 characters.
 */
const WRAP_WIDTH = { min: 30, max: 100 } as const;
/** A wrapped line comes within this many characters of the width; a paragraph's last line may stop anywhere. */
const WRAP_SLACK = 16;
/** Share of the long lines that must come close to one width for a text to be taken as hard-wrapped. */
const WRAPPED_SHARE = 0.6;

/**
 * Text hard-wrapped at a fixed width (a PDF or e-mail turned into text: "...according to a survey released today
 * by" / "the Asia-Atlantic Security Forum (AASF), an independent") as one line a paragraph: a line that comes
 * close to the width the text is wrapped at runs on into the next one; lines set in from the margin (a centred
 * heading) run on only into each other, and list items are never joined. A text that is not wrapped is left alone.
 */
function unwrapped(rawLines: string[]): string[] {
  // Prose lines only: a dump's numbered list of link addresses runs longer than its text is wrapped at.
  const prose = (line: string) => line.trimEnd().length >= 25 && line.trim().split(/\s+/).length >= 5;
  const lengths = rawLines.filter(prose).map((line) => line.trimEnd().length);
  if (lengths.length < 6) return rawLines;
  const wrap = wrapWidth(lengths);
  if (wrap === null) return rawLines;
  const { width, longerUnwrapped } = wrap;
  // The body's margin: a text browser's dump sets every line of it in by a few spaces.
  const indent = (line: string) => line.length - line.trimStart().length;
  const margin = mostCommon(rawLines.filter(prose).map(indent));
  // A rule across the text ("=====") is a line of its own, however long; so is each of a run of fields.
  const fields = fieldLines(rawLines);
  const flush = (line: string, at: number) =>
    line.trim() !== '' && indent(line) === margin && !LIST_MARKER.test(line) && !isRule(line) && !fields.has(at);
  // Only a heading in capitals: a standfirst set under it in sentence case stays a line of its own.
  const centred = (line: string) =>
    indent(line) >= margin + 3 && line.trim() !== '' && line === line.toUpperCase() && /\p{Lu}{3}/u.test(line);
  const out: string[] = [];
  for (let i = 0; i < rawLines.length; i++) {
    let line = rawLines[i] ?? '';
    // A centred heading in capitals set over two or more lines is one heading.
    while (centred(line) && centred(rawLines[i + 1] ?? '')) {
      i++;
      line = `${line.trimEnd()} ${(rawLines[i] ?? '').trim()}`;
    }
    // A list item wrapped with a hanging indent ("• The office would ..." / "  Japan any closer ..."): its lines set
    // in by its marker's width run on into it.
    const marker = LIST_MARKER.exec(line)?.[0].length ?? 0;
    while (
      marker > 0 &&
      indent(line) === margin &&
      (rawLines[i] ?? '').trimEnd().length >= width - WRAP_SLACK &&
      !longer(rawLines[i] ?? '', width) &&
      indent(rawLines[i + 1] ?? '') > margin &&
      indent(rawLines[i + 1] ?? '') <= marker &&
      (rawLines[i + 1] ?? '').trim() !== '' &&
      !LIST_MARKER.test(rawLines[i + 1] ?? '')
    ) {
      i++;
      line = runOn(line, rawLines[i] ?? '');
    }
    while (
      flush(line, i) &&
      (rawLines[i] ?? '').trimEnd().length >= width - WRAP_SLACK &&
      !(longerUnwrapped && longer(rawLines[i] ?? '', width)) &&
      !(longerUnwrapped && longer(rawLines[i + 1] ?? '', width)) &&
      flush(rawLines[i + 1] ?? '', i + 1) &&
      // A "Label: value" line opens a field of its own ("Link: https://..." under the byline), never continues one;
      // nor does a byline ("By Dilani Perera"), which mid-sentence would read "by".
      !FIELD_LINE.test(rawLines[i + 1] ?? '') &&
      !/^\s*By\s+\p{Lu}/u.test(rawLines[i + 1] ?? '') &&
      !CONTINUATION_LINE.test((rawLines[i + 1] ?? '').trim()) &&
      !/[\s-]{4,}\S/.test((rawLines[i] ?? '').trim())
    ) {
      i++;
      line = runOn(line, rawLines[i] ?? '');
    }
    out.push(line);
  }
  return out;
}

/**
 * A wrapped line run on into the next. A word broken at the line's end ("the North At-" / "lantic Treaty") is made
 * whole: without its hyphen when the whole is a word or the part after it is none ("Atlantic", "office"), with it
 * when both parts are words and the whole is none ("well-" / "known").
 */
function runOn(line: string, next: string): string {
  const head = line.trimEnd();
  const tail = next.trim();
  const broken = /(\p{L}+)-$/u.exec(head);
  const after = /^\p{Ll}+/u.exec(tail)?.[0];
  if (!broken?.[1] || !after) return `${head} ${tail}`;
  const whole = `${broken[1]}${after}`.toLowerCase();
  const hyphenGoes = isListedWord(whole) || !isListedWord(after);
  return `${hyphenGoes ? head.slice(0, -1) : head}${tail}`;
}

/** Lines within WRAP_SLACK of `width`, not over it: the lines of a paragraph wrapped at that width, but its last. */
const nearWidth = (lengths: readonly number[], width: number) =>
  lengths.filter((length) => length >= width - WRAP_SLACK && length <= width).length;

const longer = (line: string, width: number) => line.trimEnd().length > width;

/**
 * The width a text's prose lines (their `lengths`) are wrapped at, or null when they are not wrapped: the 90th
 * percentile of the lengths when most come close to it; failing that, the width in range that most come close to,
 * when most do. An e-mail wraps its article at 72 characters and leaves its header's, footer's and other feeds'
 * lines unwrapped, long enough to push the percentile past the width: then the lines longer than the width were
 * never wrapped at it (`longerUnwrapped`), and stay lines of their own.
 */
function wrapWidth(lengths: readonly number[]): { width: number; longerUnwrapped: boolean } | null {
  const wrapped = (width: number) => nearWidth(lengths, width) >= lengths.length * WRAPPED_SHARE;
  const percentile = [...lengths].sort((a, b) => a - b)[Math.floor(lengths.length * 0.9)] ?? 0;
  if (percentile >= WRAP_WIDTH.min && percentile <= WRAP_WIDTH.max && wrapped(percentile))
    return { width: percentile, longerUnwrapped: false };
  let best = WRAP_WIDTH.min;
  for (let width = WRAP_WIDTH.min; width <= WRAP_WIDTH.max; width++)
    if (nearWidth(lengths, width) > nearWidth(lengths, best)) best = width;
  return wrapped(best) ? { width: best, longerUnwrapped: true } : null;
}

/** A "Label: value" line, as a mail's or a form's fields are printed ("Subject: ...", "Date: ..."). */
const FIELD_LINE = /^\s*\p{Lu}[\p{L}-]{0,24}:\s+\S/u;

/** Indexes of lines in runs of two or more field lines: each a line of its own, never a wrapped paragraph's. */
function fieldLines(rawLines: readonly string[]): Set<number> {
  const found = new Set<number>();
  rawLines.forEach((line, at) => {
    if (FIELD_LINE.test(line) && (FIELD_LINE.test(rawLines[at - 1] ?? '') || FIELD_LINE.test(rawLines[at + 1] ?? '')))
      found.add(at);
  });
  return found;
}

function mostCommon(values: readonly number[]): number {
  const counts = new Map<number, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  let best = 0;
  let bestCount = 0;
  for (const [value, count] of counts)
    if (count > bestCount || (count === bestCount && value < best)) [best, bestCount] = [value, count];
  return best;
}

/**
 * A paragraph that a page dump broke mid-sentence ("...and South" / "Korea," he said.") is one line again: a line of
 * 20 words or more that does not end a sentence (or a lead-in's colon) takes the next one while that continues it.
 * Whether the joined line ends a sentence is read off its last piece, so each line is read once (reading the whole
 * joined line again at every join was quadratic in the number of pieces). A line in `whole` (a caption track's
 * paragraph, which ends where the captions paused, not where a sentence does) takes none.
 */
function joinBrokenLines(rawLines: string[], whole: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (let i = 0; i < rawLines.length; i++) {
    const first = rawLines[i] ?? '';
    const pieces = [first.trimEnd()];
    let end = visibleText(first).text;
    if (wordCount(end) >= 20 && !whole.has(first)) {
      while (!ENDS_SENTENCE.test(end) && !end.endsWith(':')) {
        let next = i + 1;
        while (next < rawLines.length && !rawLines[next]?.trim()) next++;
        const following = visibleText(rawLines[next] ?? '').text;
        const continues =
          /^[\p{Ll},;]/u.test(following) || (wordCount(following) <= 8 && ENDS_SENTENCE.test(following));
        if (!following || !continues) break;
        pieces.push((rawLines[next] ?? '').trim());
        end = following;
        i = next;
      }
    }
    out.push(pieces.length === 1 ? first : pieces.join(' '));
  }
  return out;
}

/** "Astana 21:14 | Almaty 21:14": a world clock, places and their times. */
const WORLD_CLOCK = /^\s*[\p{L} .'-]{2,30}\s+\d{1,2}:\d{2}(?:\s*[|·•]\s*[\p{L} .'-]{2,30}\s+\d{1,2}:\d{2})+\s*$/u;

/** "TRENDING: Election countdown | NATO allies split over Tokyo office | ...": a label, then other stories' headlines. */
const TICKER_LEAD = /^\s*\p{Lu}[\p{L}'’]*(?:\s+\p{L}[\p{L}'’]*){0,2}\s*:\s+/u;
/** "Breaking news | Protesters block ... | Shekel strengthens ...": the label set apart as the items are. */
const BARRED_TICKER_LEAD = /^\s*\p{Lu}[\p{L}'’]*(?:\s+\p{L}[\p{L}'’]*){0,2}\s+[|·•]\s+/u;
const TICKER_ITEM_SEPARATOR = /\s+[|·•]\s+/u;
const TICKER_MIN_ITEMS = 3;

/** A label and three or more headlines on one line, set apart by bars or dots: a ticker, however long. */
function isLabelledTicker(text: string): boolean {
  const lead = TICKER_LEAD.exec(text) ?? (CLEANING_RULES.barredTickerLabels ? BARRED_TICKER_LEAD.exec(text) : null);
  if (!lead) return false;
  const items = text.slice(lead[0].length).split(TICKER_ITEM_SEPARATOR);
  // A headline runs to a few words and ends without a full stop; sentences set apart by bars are a paragraph.
  return (
    items.length >= TICKER_MIN_ITEMS &&
    items.every((item) => {
      const words = wordCount(item);
      return words >= 2 && words <= TICKER_ITEM_MAX_WORDS && !/\.\s*$/.test(item) && !/^by\s/i.test(item);
    })
  );
}

/** An item of a market or rates bar: a few words at most ("TAIEX", "NT$/US$", "Gold (NT$/g)") and a figure. */
const FIGURE_ITEM_MAX_WORDS = 4;

/**
 * "TAIEX 17,236.45 ▲ 84.12 (0.49%) | OTC 226.18 ▼ 0.93 | NT$/US$ 31.052": three or more items set apart by bars or
 * dots, each a name or two and its figure: a market or rates bar, however long. (A dated line is read before.)
 */
function isFigureTicker(text: string): boolean {
  const items = text.split(TICKER_ITEM_SEPARATOR);
  return (
    items.length >= TICKER_MIN_ITEMS &&
    items.every((item) => /\d/.test(item) && wordCount(item.replace(/[^\p{L}\s]/gu, ' ')) <= FIGURE_ITEM_MAX_WORDS)
  );
}

/** "… the alliance is planning a liaison office, citing officials …": an excerpt cut at both ends, as search results show. */
const SNIPPET = /^\s*(?:…|\.{3})\s*\S.*\S\s*(?:…|\.{3})\s*$/u;

/** Lines classified; those in `captionParagraphs` are prose however short or unpunctuated (see joinedCaptions). */
function classify(
  rawLines: string[],
  sharedLines: ReadonlySet<string>,
  captionParagraphs: ReadonlySet<string>,
): PageLine[] {
  const visible = rawLines.map(visibleText);
  const keys = visible.map(({ text }) => repetitionKey(text));
  const counts = new Map<string, number>();
  for (const key of keys) if (key) counts.set(key, (counts.get(key) ?? 0) + 1);
  return rawLines.map((raw, index) => {
    const { text, bulleted } = visible[index] ?? { text: '', bulleted: false };
    const [kind, rule]: [LineKind, string] = captionParagraphs.has(raw)
      ? ['prose', 'caption track']
      : kindOf(raw, text, bulleted, keys[index] ?? '', counts, sharedLines);
    return { index, raw, text, kind, rule, bulleted };
  });
}

function kindOf(
  raw: string,
  text: string,
  bulleted: boolean,
  key: string,
  counts: ReadonlyMap<string, number>,
  sharedLines: ReadonlySet<string>,
): [LineKind, string] {
  const words = wordCount(text);
  if (words === 0) return ['blank', 'no words'];
  if (FOOTNOTE_LINE.test(text)) return ['boilerplate', 'footnote'];
  if (REFERENCE_ENTRY.test(text)) return ['boilerplate', 'reference'];
  const bare = text.replace(/[:.!]+$/, '').trim();
  if (words <= 6 && SECTION_MARKERS.some((marker) => marker.test(bare))) return ['boilerplate', 'section marker'];
  if (words <= 4 && CHROME_LINES.some((line) => line.test(bare))) return ['boilerplate', 'chrome line'];
  if (CONTINUATION_LINE.test(bare)) return ['boilerplate', 'chrome line'];
  if (SNIPPET.test(text)) return ['boilerplate', 'snippet'];
  if (PAGE_NUMBER.test(text)) return ['boilerplate', 'page number'];
  if (WORLD_CLOCK.test(text)) return ['boilerplate', 'world clock'];
  if ((RELATED_LINK.test(text) || SITE_PROMO_LINK.test(text)) && words <= 25) return ['boilerplate', 'related link'];
  if (CLEANING_RULES.mediaPromos && MEDIA_PROMO.test(text)) return ['boilerplate', 'related link'];
  if (READER_CALL.test(text) && words <= READER_CALL_MAX_WORDS && !REPORTED_SPEECH.test(text))
    return ['boilerplate', 'call to the reader'];
  if (COUNTER_LINE.test(text)) return ['meta', 'counter'];
  if (WIRE_SLUG.test(text)) return ['meta', 'slug'];
  const imageAlt = CLEANING_RULES.imageAltNoByline && IMAGE_LINE.test(raw);
  if (!imageAlt && ((/^by\s+\S/i.test(text) && words <= 8) || BYLINE_IN_PLACE.test(text) || isFieldByline(text)))
    return ['meta', 'byline'];
  if (!imageAlt && words <= SUBHEADING_MAX_WORDS && affiliatedByline(text)) return ['meta', 'byline'];
  // "(Reporting by A; Editing by B)": a wire story's credits, in brackets or not.
  const credits = text.replace(/^\((.*)\)$/, '$1');
  if (CREDIT_LINE.test(credits) && (words <= 20 || isCreditList(credits))) return ['boilerplate', 'credits'];
  if (isLabelledByline(text)) return ['meta', 'byline'];
  // Before labels: "Photo: Jane Doe/Agency" is a caption, not a "Label: value" line.
  if (CAPTION_PREFIX.test(text)) return ['caption', 'image credit'];
  const credit = text.match(PHOTO_CREDIT_TAIL);
  if (credit && wordCount(text.slice(0, credit.index)) >= 5) return ['caption', 'photo credit'];
  // A gallery's "[1/2]" or a wire photographer's credit ("... REUTERS/Issei Kato/Pool/File Photo") ends a caption.
  if (GALLERY_COUNTER.test(text) || WIRE_PHOTO_CREDIT.test(text)) return ['caption', 'photo credit'];
  if (LABEL_LINE.test(text) && words <= 10) return ['meta', 'label'];
  // A date in a web address ("https://site.example/2023/05/24/story") is the address's, not one the page prints.
  const date = findDate(text.replace(WEB_ADDRESS, ' '));
  if (date && (isDateline(text.replace(date.text, '')) || isDatedPartsLine(text))) return ['meta', 'dateline'];
  // After datelines: "Posted: June 12, 2023 | By Jane Doe | 5 min read" is the story's own line.
  if (CLEANING_RULES.labelledTickers && isLabelledTicker(text)) return ['boilerplate', 'labelled ticker'];
  if (CLEANING_RULES.figureTickers && isFigureTicker(text)) return ['boilerplate', 'figure ticker'];
  if (navigationItems(text) || isGappedMenu(raw) || isIndexEntries(text)) return ['boilerplate', 'navigation'];
  if (CAPTION_CREDIT.test(text) && words >= 4) return ['caption', 'caption'];
  const chromeHits = CHROME_PHRASES.filter((phrase) => matchesPhrase(phrase, text)).length;
  if (chromeHits >= (words > 60 ? 2 : 1)) return ['boilerplate', 'chrome phrase'];
  if (isConsentText(text)) return ['boilerplate', 'consent dialog'];
  if (linkDensity(raw) >= 0.5) return ['boilerplate', 'link density'];
  // A fact box's item ("Up to A$368 billion: estimated cost to Australia through 2055"): a figure the article gives.
  if (CLEANING_RULES.quantityItems && isQuantityItem(raw, bulleted)) return ['prose', 'quantity item'];
  if (bulleted && words <= 8) return ['boilerplate', 'short bullet'];
  if (words < REPEATED_CHROME_MAX_WORDS && ((counts.get(key) ?? 0) > 1 || sharedLines.has(key))) {
    return ['boilerplate', 'repeated'];
  }
  if (isProseShaped(text)) return ['prose', 'prose'];
  return ['heading', 'short line'];
}

/** Someone's words reported: "Get out of Asia, the statement said" opens with a verb and is no call to the reader. */
const REPORTED_SPEECH = /\b(?:said|says|told|tells|according to)\b/i;

/** A title's dot leaders to its page number: "Japan and NATO agree closer ties....141", "Introduction ........ 3". */
const INDEX_LEADER = /\p{L}[\p{L}\p{N}'’)]*\s*(?:\.\s?){2,}\s*\d{1,4}(?=\s|$)/gu;
const INDEX_ENTRY_MAX_WORDS = 12;

/** A table of contents or a teletext index: entries with leaders, run together or one alone on a short line. */
function isIndexEntries(text: string): boolean {
  const leaders = text.match(INDEX_LEADER)?.length ?? 0;
  return leaders >= 2 || (leaders === 1 && wordCount(text) <= INDEX_ENTRY_MAX_WORDS && /\d$/.test(text));
}

/** A dated line's words other than its date, times and labels: a few, or a writer after them ("Posted on ... by X"). */
const DATELINE_OTHER_WORDS = 5;
const DATED_BY_WRITER = /\s+by\s+\p{Lu}[\p{L}\p{N}'. -]*$/u;
const DATED_BY_OTHER_WORDS = 2;
const DATED_BY_WRITER_WORDS = 6;

/** What a line says besides its date marks it a dateline: "Updated 2 hours ago", "Posted on | by Jane Doe". */
function isDateline(withoutDate: string): boolean {
  const otherWords = wordCount(withoutDate.replace(DATELINE_NOISE, ' '));
  if (otherWords <= DATELINE_OTHER_WORDS) return true;
  if (otherWords > DATED_BY_OTHER_WORDS + DATED_BY_WRITER_WORDS + 1) return false;
  const writer = withoutDate.match(DATED_BY_WRITER)?.[0] ?? '';
  return (
    writer !== '' &&
    wordCount(writer) <= DATED_BY_WRITER_WORDS + 1 &&
    wordCount(withoutDate.replace(DATED_BY_WRITER, '').replace(DATELINE_NOISE, ' ')) <= DATED_BY_OTHER_WORDS
  );
}

/**
 * Parts of a header line set apart by bars or dashes: "Posted June 8, 2023 | Filed by the Record's Beijing desk",
 * "Posted on April 4, 2023 by Teresa Villanueva — 7 Comments".
 */
const BAR_PARTS = /\s+[|·•\u2013\u2014]\s+/;
const BAR_PART_MAX_WORDS = 8;

/** A line of short parts of which one is a dateline by itself: the date's line, with what the page files it under. */
function isDatedPartsLine(text: string): boolean {
  const parts = text.split(BAR_PARTS);
  if (parts.length < 2 || parts.some((part) => wordCount(part) > BAR_PART_MAX_WORDS)) return false;
  return parts.some((part) => {
    const date = findDate(part);
    return date !== null && isDateline(part.replace(date.text, ''));
  });
}

/** A cookie-consent dialog's text: several consent terms, in the site's or the reader's voice. */
function isConsentText(text: string): boolean {
  const terms = CONSENT_TERMS.filter((term) => term.test(text)).length;
  return terms >= CONSENT_MIN_TERMS && SITE_OR_READER_VOICE.test(text);
}

/** A caption's label on a line of its own ("Image caption,"): the next line is the caption. */
function markLabelledCaptions(lines: PageLine[]): void {
  lines.forEach((line, at) => {
    if (!CAPTION_LABEL.test(line.text)) return;
    markChrome(line, 'caption label');
    const next = lines.slice(at + 1).find((other) => other.kind !== 'blank');
    if (next && next.kind !== 'meta') Object.assign(next, { kind: 'caption', rule: 'labelled caption' });
  });
}

/** A markdown image on a line of its own: "![Members of a senior center watch the summit](https://...)". */
const IMAGE_LINE = /^\s*!\[[^\]]*\]\([^)]*\)\s*$/;
/** A bracketed photo credit ending a line: "... on Aug. 18. (Photo by Jane Roe / The Harbour Times)". */
const BRACKETED_PHOTO_CREDIT = /\((?:file\s+)?(?:photo(?:graph)?|picture|image)s?\b[^()]{1,80}\)\.?$/i;

/**
 * The line under an image that ends in a bracketed photo credit is the image's caption, however long: a gallery's
 * sentence with its credit (no image above it) stays prose.
 */
function markCreditedUnderImages(lines: PageLine[]): void {
  lines.forEach((line, at) => {
    if (!IMAGE_LINE.test(line.raw)) return;
    const next = lines.slice(at + 1).find((other) => other.kind !== 'blank');
    if (next?.kind === 'prose' && BRACKETED_PHOTO_CREDIT.test(next.text))
      Object.assign(next, { kind: 'caption', rule: 'credited under image' });
    else if (next?.kind === 'prose' && CLEANING_RULES.captionsEchoingAlt && echoesAltText(line.raw, next.text))
      Object.assign(next, { kind: 'caption', rule: 'echoes alt text' });
  });
}

/** Words of an image's alt text enough to say what it shows: "![Photo](...)" says nothing. */
const ALT_TEXT_MIN_WORDS = 5;
/** Share of the alt text's words a caption under it opens with, in its first words. */
const ALT_ECHO_SHARE = 0.7;

/**
 * Whether the line under an image opens by saying again what its alt text says ("![A television at Seoul Station
 * shows a news broadcast ...]" / "A television at Seoul Station shows a news broadcast about ..., CWS/Name"): a
 * caption, which an article's own paragraph does not do.
 */
function echoesAltText(image: string, text: string): boolean {
  const words = (value: string) => value.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const alt = words(image.slice(image.indexOf('[') + 1, image.indexOf('](')));
  if (alt.length < ALT_TEXT_MIN_WORDS) return false;
  const opening = new Set(words(text).slice(0, alt.length + ALT_TEXT_MIN_WORDS));
  return alt.filter((word) => opening.has(word)).length >= ALT_ECHO_SHARE * alt.length;
}

/** A label is a few words: a longer line is none (and is not searched for one). */
const SPONSORED_LABEL_MAX = 40;

/**
 * The line right under a sponsored label, with no blank line between, is the advertiser's ("SPONSORED CONTENT" /
 * "Halvard Composites: pressure hulls ... Download the white paper"). The label alone opens no block: an article
 * may go on after it (one line and no more is taken, as on a page flattened to no blank lines at all).
 */
function markSponsoredLines(lines: PageLine[]): void {
  lines.forEach((line, at) => {
    if (line.text.length > SPONSORED_LABEL_MAX || !SPONSORED_LABEL.test(line.text.replace(/[:.!]+$/, '').trim()))
      return;
    const next = lines[at + 1];
    // Only a line that would be quoted: a short one left as a heading was measured to cost more than it kept out.
    if (next?.kind === 'prose') markChrome(next, 'sponsored');
  });
}

/**
 * A writer's name on a line of its own with their job on the next ("Marcus Lim" / "Regional Correspondent"), as
 * mobile pages print the byline: both are the byline, not a heading.
 */
function markNamesAboveRoles(lines: PageLine[]): void {
  const shown = lines.filter((line) => line.kind !== 'blank');
  shown.forEach((line, at) => {
    const next = shown[at + 1];
    const loose = (candidate: PageLine) => candidate.rule === 'short line' || candidate.rule === 'repeated';
    if (!next || !loose(line) || !loose(next) || !isNameAndRole(line.text, next.text)) return;
    Object.assign(line, { kind: 'meta', rule: 'byline' });
    Object.assign(next, { kind: 'meta', rule: 'byline role' });
  });
}

/** How a note about the writer opens: their name, then what they are or do ("Mina Cho is a Seoul-based journalist"). */
const ABOUT_WRITER = String.raw`(?:,|\s+(?:is|was|has|covers|writes|reports|leads|joined|previously|served|worked|specialises|specializes)\b)`;
/** "About the Asia-Atlantic Security Forum", "About the author": the heading of a blurb on who publishes or writes. */
const ABOUT_HEADING = /^about\s+(?:the\s+)?(?:\p{Lu}|(?:author|authors|us|this (?:site|newsletter|publication))$)/iu;
/** The blurb says what its subject is: "The Asia-Atlantic Security Forum (AASF) is an independent ... founded in 2014". */
const SELF_DESCRIPTION = /^[^.!?]{0,120}?\b(?:is|are|was)\s+(?:an?|the)\b|\bfounded in\b/iu;

/** The blurb on a writer: their name, then what they are or did ("Edmund Halsted-Yoo served as a diplomat ..."). */
const WRITER_DESCRIBED = new RegExp(String.raw`^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}${ABOUT_WRITER}`, 'u');

/**
 * An "About ..." heading at the foot of a page and the blurb under it, which says what the publisher or the writer
 * is: not the article, though it is prose. Only a heading whose next paragraph describes its subject is one.
 */
function markAboutSections(lines: PageLine[]): void {
  lines.forEach((line, at) => {
    if (line.kind !== 'heading' || !ABOUT_HEADING.test(line.text.replace(/^#+\s*/, ''))) return;
    // The blurb: the block of prose right under the heading, up to the first blank or other line.
    // (Blank lines right under the heading are passed over: a paragraph set apart from its heading is still its.)
    let from = at + 1;
    while (CLEANING_RULES.writerAbout && lines[from]?.kind === 'blank') from++;
    const after = lines.slice(from);
    const blurbEnd = after.findIndex((next) => next.kind !== 'prose');
    const blurb = blurbEnd < 0 ? after : after.slice(0, blurbEnd);
    const first = blurb[0];
    if (
      !first ||
      !(SELF_DESCRIPTION.test(first.text) || (CLEANING_RULES.writerAbout && WRITER_DESCRIBED.test(first.text)))
    )
      return;
    // At the foot: no running text resumes below it ("About the treaty" over the article's next section is no blurb).
    if (after.slice(blurb.length).some((next) => next.kind === 'prose' && wordCount(next.text) >= RESUME_WORDS)) return;
    markChrome(line, 'about section');
    for (const next of blurb) markChrome(next, 'about section');
  });
}

/** A gallery's or a slideshow's place: "1 / 9", "3 of 12". */
const COUNTER = /^\d{1,3}\s*(?:\/|of)\s*\d{1,3}$/;

/** A counter on a line of its own is the page's furniture, never a subheading that names the section under it. */
function markCounters(lines: PageLine[]): void {
  for (const line of lines) if (line.kind !== 'blank' && COUNTER.test(line.text.trim())) markChrome(line, 'counter');
}

/** The mark that ends a press release or a wire story: "###", "-30-", "ENDS", "(END)". */
const END_MARK = /^(?:#\s?#\s?#|-\s?30\s?-|[-–—]?\s?ENDS?\s?[-–—]?|\(END\))$/u;

/**
 * What follows a press release's or a wire's end mark is the contact block, the notes to editors, the agency's own
 * lines: not the story, though some of it is prose. Only a mark after most of the page's prose is the end.
 */
function markAfterEndMark(lines: PageLine[]): void {
  const at = lines.findIndex((line) => END_MARK.test(line.text.trim()));
  if (at < 0) return;
  const proseWords = (part: PageLine[]) =>
    part.reduce((sum, line) => sum + (line.kind === 'prose' ? wordCount(line.text) : 0), 0);
  if (proseWords(lines.slice(0, at)) <= proseWords(lines.slice(at + 1))) return;
  // Its prose and headings; what is already chrome, a caption or a page field keeps its reading.
  for (const line of lines.slice(at + 1))
    if (line.kind === 'prose' || line.kind === 'heading') markChrome(line, 'after end mark');
}

/**
 * A note set in italics that says what someone is, as a writer's note at the foot of a piece does: "*Miho Castellanos
 * is The Lantern Review's security correspondent.*", whether or not the page names its writer.
 */
function isItalicBio(line: PageLine): boolean {
  const raw = line.raw.trim();
  const text = line.text.replace(/^[*_]+|[*_]+$/g, '');
  return (
    /^[*_].*[*_]$/.test(raw) &&
    sentenceCount(text) <= 2 &&
    new RegExp(`^\\p{Lu}[\\p{L}'’.-]+(?:\\s+\\p{Lu}[\\p{L}'’.-]+){1,3}${ABOUT_WRITER}`, 'u').test(text)
  );
}

/** A note about an unnamed writer: "The author is a senior fellow at ...". */
const ABOUT_THE_AUTHOR = /^the (?:author|writer)s? (?:is|are|was|were)\b/i;
/** The page's first bylines name its writers; any further down belong to other stories. */
const BIO_BYLINES = 3;
/** Writers looked for, and the longest name that is one (a stated byline may be anything). */
const BIO_WRITERS = 8;
const WRITER_NAME_MAX_CHARS = 60;

/**
 * The box about the writer that ends many articles (or sits beside them) is not coverage: a paragraph that opens
 * with a name the page's own byline gives ("By Mina Cho" ... "Mina Cho is a Seoul-based journalist who covers ...")
 * or with "The author is". An article does not report on its own writer.
 */
function markAuthorBios(lines: PageLine[], statedByline: string | null): void {
  const bylines = lines.filter((line) => line.rule === 'byline').slice(0, BIO_BYLINES);
  const named = [
    ...(statedByline ? writersOf(statedByline) : []),
    ...bylines.flatMap((line) => writersOf(line.text)),
    ...headerNameLines(lines).flatMap((line) => writersOf(line.text)),
  ];
  const writers = [...new Set(named.filter((name) => name.length <= WRITER_NAME_MAX_CHARS))].slice(0, BIO_WRITERS);
  const escape = (name: string) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const opening = writers.length > 0 ? new RegExp(`^(?:${writers.map(escape).join('|')})${ABOUT_WRITER}`, 'u') : null;
  for (const line of lines) {
    // An italic note ("*Mina Cho is a senior editor at ...*") opens with its emphasis mark.
    const text = line.text.replace(/^[*_]+/, '');
    if (line.kind === 'prose' && (ABOUT_THE_AUTHOR.test(text) || opening?.test(text) || isItalicBio(line)))
      markChrome(line, 'author bio');
  }
}

/** A person's name as a header prints it: two to four capitalised words ("Mariko Fenwick", "Corentin Alvarez-Ishida"). */
const PERSON_NAME = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}$/u;

/**
 * Lines above the first paragraph that are only people's names ("Corentin Alvarez-Ishida and Mariko Fenwick"): the
 * writers, named without a "By".
 */
function headerNameLines(lines: readonly PageLine[]): PageLine[] {
  const firstProse = lines.findIndex((line) => line.kind === 'prose');
  return lines.slice(0, Math.max(0, firstProse)).filter((line) => {
    if (line.kind !== 'heading') return false;
    const names = line.text.split(/,\s*|\s+(?:and|&)\s+/);
    return names.length >= 2 && names.every((name) => PERSON_NAME.test(name.trim()));
  });
}

const ENTRY_DATE = 'entry date';
/** A chronology has at least this many dated entries; a single dated line is the article's dateline. */
const ENTRY_DATES_MIN = 3;

/**
 * A chronology or a live page heads each entry with its date ("3 May 2023 — Nikkei breaks the story", then the
 * entry's paragraph): dated lines that each head a paragraph, three or more, are part of their entries, not the
 * page's dateline.
 */
function markEntryDates(lines: PageLine[]): void {
  const content = lines.filter((line) => line.kind !== 'blank');
  // An entry's heading names what happened besides the date; a post's "Jun 8, 2023 · #2" does not.
  const titled = (text: string) =>
    wordCount(text.replace(findDate(text)?.text ?? '', ' ').replace(/[^\p{L}\s]/gu, ' ')) >= 2;
  const heads = content.filter(
    (line, i) =>
      line.kind === 'meta' && line.rule === 'dateline' && content[i + 1]?.kind === 'prose' && titled(line.text),
  );
  if (heads.length < ENTRY_DATES_MIN) return;
  for (const line of heads) {
    line.kind = 'prose';
    line.rule = ENTRY_DATE;
  }
}

/**
 * A page store cuts pages at a length, often mid-sentence: a long line that only lacks its full stop, right after
 * the body's last paragraph and ending the page, is that paragraph's cut text ("Deputy interior minister ... said
 * the costs would be shared with the alliance, and that most of the security"), not a heading.
 */
function markCutParagraph(lines: PageLine[]): void {
  const shown = lines.filter((line) => line.kind !== 'blank');
  const [last, before] = shown.slice(-2).reverse();
  if (last && before?.kind === 'prose' && isUnpunctuatedParagraph(last)) {
    last.kind = 'prose';
    last.rule = 'cut paragraph';
    return;
  }
  // A page cut off mid-sentence, perhaps past an advertisement's or a sidebar's lines: "Kittipong said the office
  // itself would be tiny, but that the". A sentence's opening, no title, ending on a word, not a stop.
  if (!CLEANING_RULES.cutTails || !last || last.rule !== 'short line') return;
  // Not a footer's row of links ("Corrections | Site map | Privacy") nor a writer's note ("Park Ji-won is a ...").
  const cut =
    wordCount(last.text) >= CUT_TAIL_MIN_WORDS &&
    !isTitleShaped(last.text) &&
    /^\p{Lu}.*\p{Ll}$/u.test(last.text) &&
    !/[|·•]/u.test(last.text) &&
    !WRITER_NOTE.test(last.text) &&
    cutMidway(last.text);
  if (!cut) return;
  const between = shown.slice(Math.max(0, shown.length - CUT_TAIL_CHROME_LINES - 2), -1).reverse();
  const prose = between.findIndex((line) => line.kind === 'prose');
  // What comes before is a paragraph of the article: a sentence of some length, no one-line notice.
  const paragraph = between[prose];
  if (!paragraph || wordCount(paragraph.text) < UNPUNCTUATED_PARAGRAPH_MIN_WORDS) return;
  if (between.slice(0, prose).some((line) => line.kind !== 'boilerplate')) return;
  last.kind = 'prose';
  last.rule = 'cut paragraph';
}

/**
 * Whether a line reads as a sentence cut off, not another story's headline ("Storm closes airports across the
 * region"): it stops on a small word ("... but that the"), or inside a word no dictionary has ("appeared relaxe"), or
 * runs on past a comma or a full stop, or is longer than a headline.
 */
function cutMidway(text: string): boolean {
  const last = (text.match(/[\p{L}'’-]+$/u)?.[0] ?? '').toLowerCase();
  return (
    CUT_ON_WORDS.test(last) ||
    !isListedWord(last) ||
    /[,.;:]\s+\S/u.test(text) ||
    wordCount(text) > CUT_TAIL_HEADLINE_MAX_WORDS
  );
}

/** A headline's words at most, as a page's last line: a longer line is a sentence. */
const CUT_TAIL_HEADLINE_MAX_WORDS = 11;

/** Words no sentence ends on: articles, prepositions, conjunctions, auxiliaries. */
const CUT_ON_WORDS =
  /^(?:the|a|an|of|to|in|on|at|for|with|by|from|and|or|but|that|which|who|as|than|its|their|his|her|is|are|was|were|be|been|has|have|had|will|would|could|should)$/;

/** A note on the writer: a name of two to four words, then "is a" ("Park Ji-won is a Seoul-based correspondent"). */
const WRITER_NOTE = /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3}\s+is\s+an?\s/u;
/** A cut tail's words, at least: fewer may be a heading's. */
const CUT_TAIL_MIN_WORDS = 6;
/** Chrome lines at most between a cut tail and the prose above it (an "Advertisement", a sidebar's few links). */
const CUT_TAIL_CHROME_LINES = 3;

/** Words from which a line that ends mid-sentence before a page break is the start of a paragraph. */
const BROKEN_PARAGRAPH_MIN_WORDS = 8;

/**
 * A printed page's break cuts a paragraph: "According to press reports in early June, President Emmanuel", then the
 * page's footer and the next page's running header, then "Macron has told allies ...". The start, a line that
 * does not end a sentence and is no title, is joined to the prose after the break; what lies between is chrome.
 */
function markParagraphsAcrossPageBreaks(lines: PageLine[]): void {
  const firstProse = lines.findIndex((line) => line.kind === 'prose');
  if (firstProse < 0) return;
  lines.slice(firstProse + 1).forEach((line) => {
    if (line.rule !== 'short line' || wordCount(line.text) < BROKEN_PARAGRAPH_MIN_WORDS || isTitleShaped(line.text))
      return;
    // The opening of one sentence, cut after a word: "According to press reports in early June, President Emmanuel".
    if (!/^\p{Lu}/u.test(line.text) || !/\p{L}$/u.test(line.text)) return;
    // Only a printed page's break: its number, or a footer or running header the page repeats.
    let pageBreak = false;
    // Within a few lines: a footer, a page number, a running header (never a long read on for every such line).
    for (const next of lines.slice(line.index + 1, line.index + 1 + PAGE_BREAK_MAX_LINES)) {
      if (next.kind === 'prose') {
        if (!pageBreak) return;
        next.text = `${line.text} ${next.text}`;
        markChrome(line, 'paragraph across a page break');
        return;
      }
      if (next.rule === 'page number' || next.rule === 'repeated') pageBreak = true;
      else if (next.kind !== 'blank' && next.kind !== 'boilerplate' && next.rule !== 'short line') return;
    }
  });
}

/** Lines between a paragraph's start and its rest across a page break, at most (with blank lines between them). */
const PAGE_BREAK_MAX_LINES = 10;

/** "Page 1 of 2", "p. 3/7": a printed page's number. */
const PAGE_NUMBER = /^\s*(?:page|p\.)\s*\d+\s*(?:of|\/)\s*\d+\s*$/i;

/** "Up to A$368 billion: estimated cost ...", "About 0.15%: share of GDP ...": a figure, a colon, what it counts. */
const QUANTITY_ITEM = /^([^:]{1,40}):\s+(\S.*)$/u;
/** Words of what a fact box's figure counts, at least. */
const QUANTITY_ITEM_MIN_WORDS = 4;

/** A list item's mark, inside a quoted box or not: "- ", "> - ", "> * ". */
const ITEM_MARK = /^\s*(?:>\s*)*[-*•]\s+/u;

function isQuantityItem(raw: string, bulleted: boolean): boolean {
  const mark = raw.match(ITEM_MARK);
  if (!mark && !bulleted) return false;
  const item = mark ? raw.slice(mark[0].length) : stripBullet(raw.trim()).text;
  const [, label = '', rest = ''] = stripMarkdown(item).match(QUANTITY_ITEM) ?? [];
  return /\d/.test(label) && wordCount(label) <= 5 && wordCount(rest) >= QUANTITY_ITEM_MIN_WORDS;
}

/** Three or more consecutive "Label: text" lines with different labels are a wire ticker. */
/** A label naming a month or a year alone: "Early June", "2022", "Late 2023". */
const MONTH_OR_YEAR =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|(?:19|20)\d{2})\b/i;

/** A ticker's item is a headline: longer than this, a labelled line is a paragraph. */
const TICKER_ITEM_MAX_WORDS = 20;

function markTickerRuns(lines: PageLine[]): void {
  let runStart = 0;
  const flush = (end: number) => {
    const run = lines.slice(runStart, end);
    const labels = new Set(run.map((line) => tickerLabel(line.text)));
    // A ticker's items are headlines, a sentence each; a transcript's turns ("Wen Jiahao: Good afternoon. ...",
    // "Q (Kyodo): ... ?") run to several.
    const turns = run.filter((line) => sentenceCount(line.text) >= 2).length;
    // A timeline's entries are labelled by their dates ("3 May: Nikkei Asia reports ...", "Early June: ..."): what
    // happened when, the article itself.
    const dated = [...labels].filter((label) => label !== null && (findMonthDay(label) || MONTH_OR_YEAR.test(label)));
    if (dated.length * 2 > labels.size) return;
    // A fact box's items are labelled by their figures ("20,000: direct jobs ...").
    if (CLEANING_RULES.quantityItems && run.every((line) => line.rule === 'quantity item')) return;
    // A briefing's labelled paragraphs ("Why it matters: the office would be small, ...") run longer than headlines.
    const long = run.filter((line) => wordCount(line.text) > TICKER_ITEM_MAX_WORDS).length;
    if (CLEANING_RULES.labelledParagraphs && long * 2 > run.length) return;
    if (run.length >= 3 && labels.size >= 3 && turns * 2 < run.length)
      for (const line of run) markChrome(line, 'ticker run');
  };
  for (let i = 0; i <= lines.length; i++) {
    const line = lines[i];
    if (line && line.kind !== 'blank' && tickerLabel(line.text) !== null) continue;
    flush(i);
    runStart = i + 1;
  }
}

/** "Reporting by A in Tokyo and B in Brussels; Additional reporting by C; Editing by D": credits, each part one. */
function isCreditList(text: string): boolean {
  return text.split(/;\s*/).every((part) => CREDIT_LINE.test(part.trim()));
}

/** Sentences of a line: its ends of sentence followed by more words, plus one. */
function sentenceCount(text: string): number {
  return (text.match(/[.!?]["'”’)]*\s+(?=["'“‘(]?\p{Lu})/gu)?.length ?? 0) + 1;
}

/**
 * Everything after a section marker belongs to that list until running text resumes;
 * a ticker ("BREAKING") is one block and ends at the first blank line.
 */
/** Lines marked since a list's last blank line that may all be an article's header (kicker, headline, standfirst). */
const LIST_HEADER_MAX_LINES = 4;
/** The lines right above a byline that are the article's when a list runs into it with no blank line. */
const HEADLINE_AND_STANDFIRST = 2;

function markListSections(lines: PageLine[]): void {
  let open: 'list' | 'ticker' | null = null;
  let sponsored = false;
  // Under "Notes" or "References", each numbered entry is one, however long: the list ends where unnumbered text does.
  let notes = false;
  // The lines marked since the list's last blank line, as they were: an article's headline when a byline follows.
  let sinceBlank: { line: PageLine; kind: PageLine['kind']; rule: PageLine['rule'] }[] = [];
  // With no blank line between (a page flattened a line an item), only the headline and its standfirst right
  // above the byline are the article's; the menu items before them stay chrome.
  const restore = () => {
    const header = sinceBlank.length > LIST_HEADER_MAX_LINES ? sinceBlank.slice(-HEADLINE_AND_STANDFIRST) : sinceBlank;
    for (const marked of header) Object.assign(marked.line, { kind: marked.kind, rule: marked.rule });
  };
  lines.forEach((line, at) => {
    if (line.rule === 'section marker') {
      const marker = line.text.replace(/[:.!]+$/, '');
      // A ticker's or a sponsor's block ends at the next blank line, however long its lines.
      open = TICKER_MARKER.test(marker) || SPONSOR_MARKER.test(marker) ? 'ticker' : 'list';
      sponsored = SPONSOR_MARKER.test(marker);
      notes = NOTES_MARKER.test(marker);
      sinceBlank = [];
      return;
    }
    if (!open) return;
    if (line.kind === 'blank') {
      if (open === 'ticker') open = null;
      sinceBlank = [];
      return;
    }
    // A ticker on a page with no blank lines (a store's flattened page) ends where running text of several
    // sentences resumes: its items are a headline each. (A sponsor's block is sentences too: it ends at its blank line.)
    if (
      open === 'ticker' &&
      !sponsored &&
      line.kind === 'prose' &&
      sentenceCount(line.text) >= 2 &&
      wordCount(line.text) >= RESUME_WORDS
    ) {
      open = null;
      return;
    }
    const numberedNote = CLEANING_RULES.numberedNotes && open === 'list' && notes && NUMBERED_ITEM.test(line.raw);
    if (open === 'list' && line.kind === 'prose' && wordCount(line.text) >= RESUME_WORDS && !numberedNote) {
      // A standfirst right above the byline or dateline: what came before it since the list's last blank line is
      // the article's header too (a menu item "Topics", ..., the headline, the standfirst, "By Daniel Reyes").
      // A writer's name and the place filed from may stand between, a short line each ("Ananya Krishnan", "HIROSHIMA").
      const next = lines
        .slice(at + 1)
        .filter((other) => other.kind !== 'blank')
        .slice(0, CLEANING_RULES.stampBelowNames ? NAMES_OVER_STAMP + 1 : 1)
        .find((other) => other.kind === 'meta' || wordCount(other.text) > NAME_LINE_MAX_WORDS);
      if (next?.kind === 'meta' && (next.rule === 'byline' || next.rule === 'dateline')) restore();
      open = null;
      return;
    }
    // A byline or a dateline opens an article: the list ended at its last blank line, and what follows it is the
    // article's header ("Trending Now" ... a blank line, the headline, "By MARI YAMAGUCHI", "Updated 9:14 AM").
    // So too a "ticker" that is a menu's items ("Just In", "For You", "Politics", ..., the headline, "By ...") on a
    // page with no blank lines; a ticker of headlines runs on past a dated item.
    // A ticker's items carry a time, never a writer's byline: "by Jolene Cruz, Pacific News 8" opens the article.
    if (
      (open === 'list' ||
        (open === 'ticker' &&
          !sponsored &&
          ((CLEANING_RULES.menuAsTicker && menuShaped(sinceBlank)) ||
            (CLEANING_RULES.bylineEndsTicker && line.rule === 'byline')))) &&
      line.kind === 'meta' &&
      (line.rule === 'byline' || line.rule === 'dateline')
    ) {
      restore();
      open = null;
      return;
    }
    sinceBlank.push({ line, kind: line.kind, rule: line.rule });
    markChrome(line, `in list section`);
  });
}

/** Short lines (a writer's name, a place) that may stand between a standfirst and the byline or dateline under it. */
const NAMES_OVER_STAMP = 2;
const NAME_LINE_MAX_WORDS = 3;

/** Share of a run's lines, above its last two (a headline and its standfirst), that must be a menu item's length. */
const MENU_ITEM_SHARE = 0.8;

/** Lines mostly of a menu item's length: a menu flattened one item to a line, not a ticker's headlines. */
function menuShaped(run: readonly { line: PageLine }[]): boolean {
  const items = run.slice(0, -HEADLINE_AND_STANDFIRST);
  const short = items.filter(({ line }) => wordCount(line.text) <= NAVIGATION_ITEM_MAX_WORDS).length;
  return items.length > 0 && short >= MENU_ITEM_SHARE * items.length;
}

function markChrome(line: PageLine, rule: string): void {
  line.kind = 'boilerplate';
  line.rule = rule;
}

/**
 * Chrome lines in a row up to this many are one box set into the article (a newsletter sign-up, an audio player):
 * it weighs as its heaviest line, so the article goes on after it. Longer runs weigh line by line.
 */
const WIDGET_LINES = 4;

/** Kadane over line weights: running prose counts for, chrome against; the best run is the article body. */
function densestProseRun(lines: PageLine[]): [number, number] {
  const weights = widgetWeights(lines);
  let best = { sum: 0, start: 0, end: -1 };
  let sum = 0;
  // The lines may be a part of the page (mainRuledBlock's): the run starts at its first line.
  let start = lines[0]?.index ?? 0;
  for (const line of lines) {
    sum += weights.get(line.index) ?? weightOf(line);
    if (sum <= 0) {
      sum = 0;
      start = line.index + 1;
    } else if (sum > best.sum) {
      best = { sum, start, end: line.index };
    }
  }
  return [best.start, best.end];
}

/** Each line of a short run of chrome lines (blank lines aside) weighs its share of the run's heaviest line. */
function widgetWeights(lines: readonly PageLine[]): Map<number, number> {
  const weights = new Map<number, number>();
  let run: PageLine[] = [];
  const close = () => {
    if (run.length > 1 && run.length <= WIDGET_LINES) {
      const heaviest = Math.min(...run.map(weightOf));
      for (const line of run) weights.set(line.index, heaviest / run.length);
    }
    run = [];
  };
  for (const line of lines) {
    if (line.kind === 'blank') continue;
    if (line.kind === 'boilerplate') run.push(line);
    else close();
  }
  close();
  return weights;
}

function weightOf(line: PageLine): number {
  const words = wordCount(line.text);
  switch (line.kind) {
    case 'prose':
      return words;
    case 'boilerplate':
      // A list inside an article ("Related News") should not cut the article in two; other chrome weighs in full.
      if (line.rule === 'section marker') return -5;
      if (line.rule === 'in list section' || line.rule === 'ticker run' || line.rule === 'related link') return -3;
      return -Math.max(10, words);
    case 'heading':
      return -2;
    case 'meta':
      return -3;
    default:
      return 0;
  }
}

/**
 * Subheadings inside the body, and the short lead-ins ending in a colon that introduce the paragraphs after them
 * ("Another earlier Nikkei Asia report said:"), become section labels, never passages. A subheading is a short
 * line standing alone between paragraphs: a title-cased question ("Does It Have Anything to Do With Ukraine?")
 * counts, while a cluster of short lines (reading time, a trust link, a counter) does not, nor does the outlet's
 * name standing alone where the body says people spoke to it ("Sputnik" ... "told Sputnik"). A long line between
 * paragraphs that only lacks its full stop is a paragraph. Ads, "ALSO READ" links and captions can sit anywhere
 * and are looked past. Returns each paragraph line's section label.
 */
function markSections(lines: PageLine[], bodyStart: number, bodyEnd: number): Map<number, string> {
  const inBody = lines.filter(
    (line) =>
      line.index >= bodyStart &&
      line.index <= bodyEnd &&
      line.kind !== 'blank' &&
      line.kind !== 'caption' &&
      line.rule !== 'chrome line' &&
      line.rule !== 'related link' &&
      line.rule !== REPEATS_A_PARAGRAPH,
  );
  const bodyText = inBody
    .filter((line) => line.kind === 'prose')
    .map((line) => line.text)
    .join('\n');
  const spokenTo = namesSpokenTo(
    inBody.filter((line) => wordCount(line.text) <= SUBHEADING_MAX_WORDS).map((line) => line.text),
    bodyText,
  );
  const labels = new Map<number, string>();
  let heading: string | null = null;
  let lead: string | null = null;
  inBody.forEach((line, position) => {
    const before = inBody[position - 1];
    const after = inBody[position + 1];
    const proseBefore = !before || before.kind === 'prose';
    const proseAfter = after?.kind === 'prose';
    if (isLeadIn(line) && proseAfter) {
      line.kind = 'heading';
      line.rule = 'lead-in';
      lead = line.text;
    } else if (
      isSubheading(line) &&
      proseBefore &&
      after &&
      (proseAfter || isLeadIn(after)) &&
      !spokenTo.has(line.text)
    ) {
      line.kind = 'heading';
      line.rule = 'subheading';
      heading = line.text;
      lead = null;
    } else if (isUnpunctuatedParagraph(line) && proseBefore && proseAfter) {
      line.kind = 'prose';
      line.rule = 'paragraph without full stop';
    }
    const label = [heading, lead].filter((part) => part !== null).join(SECTION_SEPARATOR);
    if (line.kind === 'prose' && label) labels.set(line.index, label);
  });
  return labels;
}

/** "An earlier media report said:": short, ends in a colon (repeated on the page or not). */
function isLeadIn(line: PageLine): boolean {
  const words = wordCount(line.text);
  const shortLine = line.rule === 'short line' || line.rule === 'repeated' || line.rule === 'lead-in';
  return shortLine && /:$/.test(line.text) && words >= 3 && words <= SUBHEADING_MAX_WORDS;
}

function isSubheading(line: PageLine): boolean {
  const { text } = line;
  const words = wordCount(text);
  if (words < 2 || words > SUBHEADING_MAX_WORDS || !/^["'“‘]?[\p{Lu}\p{N}]/u.test(text) || /[;,–—-]$|:/.test(text))
    return false;
  // Parts set apart by bars ("LANKA HOMES | Luxury apartments from Rs. 28 Mn | Call ..."): an advert or a menu.
  if ((text.match(/\s\|\s/g) ?? []).length >= 2) return false;
  if (line.rule === 'short line') return !ENDS_SENTENCE.test(text) || /[?!]["'”’]*$/.test(text);
  return line.kind === 'prose' && /[?!]["'”’]*$/.test(text) && isTitleShaped(text);
}

function isUnpunctuatedParagraph(line: PageLine): boolean {
  return (
    line.rule === 'short line' && wordCount(line.text) >= UNPUNCTUATED_PARAGRAPH_MIN_WORDS && !isTitleShaped(line.text)
  );
}

function sameCaption(a: string, b: string): boolean {
  const wordsA = new Set(repetitionKey(a).split(' '));
  const wordsB = repetitionKey(b).split(' ');
  const shared = wordsB.filter((word) => wordsA.has(word)).length;
  return shared / Math.max(wordsA.size, wordsB.length) >= 0.7;
}
