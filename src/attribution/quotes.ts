import { sentenceBounds } from '../corpus/splitSentences.ts';
import { TITLE_ABBREVIATIONS } from './lexicon.ts';
import type { Span } from './types.ts';

/** One quotation in a text. */
export interface Quote {
  /** Index of the opening mark; -1 when the text starts inside the quotation (its opening mark was lost). */
  open: number;
  /** Index of the closing mark; the text's length when the quotation runs on past its end. */
  close: number;
  /** The words quoted, without the marks: [start, end). */
  start: number;
  end: number;
  /** Double marks (“ ” or "); single marks (‘ ’ or ') are nested quotations or scare quotes. */
  double: boolean;
  /** 0 for a quotation not inside another one. */
  depth: number;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** What may stand just before an opening straight quote: nothing, a space, an opening bracket or dash. */
const BEFORE_OPENING = /[\s([{\u2014\u2013/-]/u;

type Mark = { kind: 'open' | 'close'; double: boolean } | null;

function markAt(text: string, i: number): Mark {
  const ch = text[i] ?? '';
  const prev = i > 0 ? (text[i - 1] ?? '') : '';
  const next = text[i + 1] ?? '';
  if (ch === '“' || ch === '„' || ch === '«') return { kind: 'open', double: true };
  if (ch === '”' || ch === '»') return { kind: 'close', double: true };
  if (ch === '"') {
    const opens =
      (prev === '' || BEFORE_OPENING.test(prev) || prev === '‘' || prev === "'") && next !== '' && !/\s/u.test(next);
    return { kind: opens ? 'open' : 'close', double: true };
  }
  if (ch === '‘') return { kind: 'open', double: false };
  if (ch === '’' || ch === "'") {
    // NATO’s, don't: an apostrophe between letters.
    if (LETTER_OR_DIGIT.test(prev) && LETTER_OR_DIGIT.test(next)) return null;
    if (
      ch === "'" &&
      (prev === '' || BEFORE_OPENING.test(prev) || prev === '"' || prev === '“') &&
      LETTER_OR_DIGIT.test(next)
    ) {
      return { kind: 'open', double: false };
    }
    return { kind: 'close', double: false };
  }
  return null;
}

/**
 * Every quotation in a text, curly or straight, nested or not, in order of their start. A closing mark
 * with no opening one before it starts the quotation at the text's start (a lost opening mark); an
 * opening mark never closed runs to the end (a quotation continued in the next paragraph). A single
 * closing mark with no single quotation open is an apostrophe ("allies’ ").
 */
export function findQuotes(text: string): Quote[] {
  const stack: { index: number; double: boolean }[] = [];
  const found: Omit<Quote, 'depth'>[] = [];
  let sawDouble = false;
  for (let i = 0; i < text.length; i++) {
    const mark = markAt(text, i);
    if (!mark) continue;
    if (mark.kind === 'open') {
      stack.push({ index: i, double: mark.double });
      if (mark.double) sawDouble = true;
      continue;
    }
    if (mark.double) {
      const at = stack.map((entry) => entry.double).lastIndexOf(true);
      if (at >= 0) {
        const opening = stack[at] as { index: number };
        stack.length = at;
        found.push({ open: opening.index, close: i, start: opening.index + 1, end: i, double: true });
      } else if (!sawDouble) {
        found.push({ open: -1, close: i, start: 0, end: i, double: true });
      }
      sawDouble = true;
    } else if (stack.at(-1)?.double === false) {
      const opening = stack.pop() as { index: number };
      found.push({ open: opening.index, close: i, start: opening.index + 1, end: i, double: false });
    }
  }
  const unclosed = stack.find((entry) => entry.double);
  if (unclosed)
    found.push({ open: unclosed.index, close: text.length, start: unclosed.index + 1, end: text.length, double: true });
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  return found.map((quote) => ({
    ...quote,
    depth: found.filter((other) => other !== quote && other.start <= quote.open && other.end >= quote.close).length,
  }));
}

/** Quotations not inside another one. */
export function outermost(quotes: readonly Quote[]): Quote[] {
  return quotes.filter((quote) => quote.depth === 0);
}

/** The character a quotation's words are masked with, so that speakers and verbs are not found inside quotes. */
export const MASK = '\u2219';

/** The text with the words of each outermost quotation masked (same length, so offsets hold). */
export function maskQuotes(text: string, quotes: readonly Quote[]): string {
  let masked = text;
  for (const quote of outermost(quotes)) {
    masked = masked.slice(0, quote.start) + MASK.repeat(quote.end - quote.start) + masked.slice(quote.end);
  }
  return masked;
}

/**
 * Sentences of a passage as spans; a sentence boundary inside a quotation does not split it ("“A. B,” he said.").
 * One pass over the sentences and the outermost quotations, both in order of their start.
 */
export function sentenceSpans(text: string, quotes: readonly Quote[]): Span[] {
  const spans: Span[] = [];
  const outer = outermost(quotes).sort((a, b) => a.start - b.start);
  let next = 0;
  // The furthest end of the quotations that open before the current sentence.
  let openUntil = -1;
  for (const { start, end } of sentenceBounds(text)) {
    for (let quote = outer[next]; quote && quote.start < start; quote = outer[++next])
      openUntil = Math.max(openUntil, quote.end);
    const previous = spans.at(-1);
    if (previous && openUntil > start) previous.end = end;
    else spans.push({ start, end });
  }
  return spans;
}

/**
 * A dateline opening a passage: "SEOUL, South Korea (AP) — ", "BEIJING, July 28 (Xinhua) -- ", "Tokyo (AFP) - ",
 * "TOKYO, March 16, 2024 – " (a bare "KANAZAWA -- " is BARE_DATELINE). A place in capitals or a wire's name in
 * brackets, then a dash: the place is where the story was filed, neither a speaker nor part of what was said.
 */
const DATELINE =
  /^\s*(?:\p{Lu}{2,}(?:[ -]\p{Lu}{2,})*(?:(?:,\s*[^()\n–—]{1,40}?)?\s*\([^()]{1,30}\)|,\s*[^()\n–—]{1,40}?)|\p{Lu}[\p{L}.'’]*(?:[ -]\p{Lu}[\p{L}.'’]*)*(?:,\s*[^()\n–—]{1,40}?)?\s*\([^()]{1,30}\))\s*(?:--|[-–—])\s+/u;

/**
 * A place in capitals and a dash alone before the first sentence: "KANAZAWA -- China's foreign ministry ...",
 * "TOKYO - Japan's government ..." (a print edition's hyphen for a dash).
 */
const BARE_DATELINE = /^\s*\p{Lu}{3,}(?:[ -]\p{Lu}{3,})*\s+(?:--|[-–—])\s+(?=\p{Lu})/u;

/** A live blog's time stamp opening a passage: "12:09 p.m. ET: ", "10:42 KST - ". */
const TIME_STAMP = /^\s*\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+\p{Lu}{2,4})?\s*(?::|--|[-–—])\s+/u;

/** Where the text after a passage's dateline or time stamp starts; 0 when it has none. */
export function datelineEnd(text: string): number {
  return (text.match(DATELINE) ?? text.match(BARE_DATELINE) ?? text.match(TIME_STAMP))?.[0].length ?? 0;
}

/** Sentences split after an abbreviated title ("Adm. Hiroshi Yamane") joined again: the title belongs to the name. */
export function joinAfterTitles(text: string, spans: readonly Span[]): Span[] {
  const joined: Span[] = [];
  for (const span of spans) {
    const previous = joined.at(-1);
    const title = previous && text.slice(previous.start, previous.end).match(/(?:^|\s)(\p{L}+)\.$/u)?.[1];
    if (previous && title && TITLE_ABBREVIATIONS.has(title.toLowerCase()) && /^\p{Lu}/u.test(text.slice(span.start)))
      previous.end = span.end;
    else joined.push({ ...span });
  }
  return joined;
}

/**
 * Sentences split again where a quotation opens a new one after a full stop ('Biden says no. "It's not about China,"
 * the president insists.'): the sentence splitter only splits before a capital letter.
 */
export function splitBeforeQuotes(text: string, spans: readonly Span[], quotes: readonly Quote[]): Span[] {
  const opens = outermost(quotes)
    .filter((quote) => quote.open >= 0 && quote.double)
    .map((quote) => quote.open);
  const split: Span[] = [];
  for (const span of spans) {
    let start = span.start;
    for (const open of opens) {
      if (open <= start || open >= span.end) continue;
      const stop = text.slice(start, open).match(/(?:^|\s)(\p{L}{2,})[.!?]\s+$/u);
      if (!stop?.[1] || TITLE_ABBREVIATIONS.has(stop[1].toLowerCase())) continue;
      split.push({ start, end: open - (stop[0].length - stop[0].trimEnd().length) });
      start = open;
    }
    split.push({ start, end: span.end });
  }
  return split;
}
