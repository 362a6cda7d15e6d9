/**
 * What a statement covers: the stretch of the sentence on the statement's side of its attribution, up to the next
 * participle clause or the end of a dash-enclosed aside, then trimmed, and narrowed to the words inside the marks
 * when it is a quotation standing alone.
 */
import { ADJUNCT_START, type Cue } from './attributionCues.ts';
import { outermost, type Quote } from './quotes.ts';
import type { Span, Statement } from './types.ts';

const DASH = /\s[–—]\s/gu;

/** Dash-enclosed asides of a sentence (" – which Beijing has decried as an “Asian NATO” – "). */
function asidesOf(masked: string, sentence: Span): Span[] {
  const dashes = [...masked.slice(sentence.start, sentence.end).matchAll(DASH)].map(
    (match) => sentence.start + (match.index ?? 0),
  );
  const asides: Span[] = [];
  for (let i = 0; i < dashes.length; i += 2)
    asides.push({ start: dashes[i] ?? sentence.end, end: dashes[i + 1] ?? sentence.end });
  return asides;
}

/** The span a cue's statement covers, before trimming. */
export function contentOf(cue: Cue, cues: readonly Cue[], sentence: Span, masked: string): Span | null {
  const asides = asidesOf(masked, sentence);
  const asideOf = (at: number) => asides.findIndex((aside) => at > aside.start && at < aside.end);
  const aside = asideOf(cue.verbStart);
  const limit = aside >= 0 ? (asides[aside]?.end ?? sentence.end) : sentence.end;
  const nextSplit = cues.find(
    (other) =>
      other.mode === 'split' &&
      other.verbStart > cue.verbEnd &&
      asideOf(other.verbStart) === aside &&
      other.boundary < limit,
  );
  const end = nextSplit ? nextSplit.boundary : limit;
  switch (cue.mode) {
    case 'after': {
      const earlier = cues.filter((other) => other !== cue && other.end <= cue.start && other.mode !== 'split').at(-1);
      return {
        // "“...,” Kim said, according to the ministry": an earlier attribution is never part of what a later one reports.
        start: earlier
          ? Math.max(sentence.start, earlier.end, contentEndOf(earlier, cues, sentence, masked))
          : sentence.start,
        end: cue.start,
      };
    }
    case 'around':
      // “We will not back down,” John Smith said, “and ...”: the words before the attribution are the statement; the
      // quotation after it continues them and is read as a continued quote.
      return /[”"’']\s*,?\s*$/u.test(masked.slice(sentence.start, cue.start))
        ? { start: sentence.start, end: cue.start }
        : { start: sentence.start, end: limit };
    case 'before':
    case 'split': {
      let start = cue.contentFrom ?? cue.end;
      // "As my colleague Sarah Whitfield argued in these pages, this is no longer symbolic": the main clause is said.
      const comma = masked.indexOf(',', start);
      if (
        cue.mode === 'before' &&
        /^\s*As\s[^,]*$/u.test(masked.slice(sentence.start, cue.start)) &&
        comma >= 0 &&
        comma < end &&
        !/\bthat\b|\u2219/u.test(masked.slice(start, comma))
      )
        start = comma + 1;
      const rest = masked.slice(start, end);
      const lead = rest.match(/^[\s,]*/u)?.[0].length ?? 0;
      start += lead;
      const tail = masked.slice(start, end);
      // "said in remarks reported by KCNA on Monday that ...": skip an adjunct before "that".
      const that =
        tail.match(/^that\s+/u) ?? (ADJUNCT_START.test(tail) ? tail.match(/^[^,\u2219“”"]*?\bthat\s+/u) : null);
      if (that) start += that[0].length;
      return { start, end };
    }
  }
}

function contentEndOf(cue: Cue, cues: readonly Cue[], sentence: Span, masked: string): number {
  return contentOf(cue, cues, sentence, masked)?.end ?? cue.end;
}

/**
 * A statement's final span and kind: a quotation standing alone (after nothing but "that" or "as an", with only
 * punctuation after it) is a 'quote' and spans the words inside the marks; anything else is 'reported' and spans
 * the clause, quoted fragments and all. Surrounding spaces and trailing commas and full stops are left out.
 */
export function classify(text: string, span: Span, quotes: readonly Quote[]): { kind: Statement['kind']; span: Span } {
  let { start, end } = span;
  while (start < end && /\s/u.test(text[start] ?? '')) start++;
  while (end > start && /[\s,;:.]/u.test(text[end - 1] ?? '')) end--;
  for (const quote of outermost(quotes)) {
    const from = quote.open < 0 ? quote.start : quote.open;
    const to = Math.min(text.length, quote.close + 1);
    if (from < start || to > span.end) continue;
    if (!/^(?:that\s+|as\s+(?:an?\s+|the\s+)?)?$/u.test(text.slice(start, from))) continue;
    if (!/^[\s,.;:]*$/u.test(text.slice(to, Math.max(to, end)))) continue;
    let innerEnd = quote.end;
    while (innerEnd > quote.start && /[\s,;:]/u.test(text[innerEnd - 1] ?? '')) innerEnd--;
    return { kind: 'quote', span: { start: quote.start, end: innerEnd } };
  }
  return { kind: 'reported', span: { start, end } };
}
