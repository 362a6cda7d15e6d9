/** Abbreviations whose full stop does not end a sentence. */
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'gen',
  'col',
  'lt',
  'sgt',
  'capt',
  'gov',
  'sen',
  'rep',
  'st',
  'jr',
  'sr',
  'no',
  'vs',
  'etc',
  'inc',
  'ltd',
  'co',
  'corp',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'e.g',
  'i.e',
  'u.s',
  'u.k',
  'u.n',
  'e.u',
]);

/**
 * A possible sentence end: sentence punctuation (and any closing quotes) followed by a space and a capital or an
 * opening quote. It starts only where a run of punctuation starts: a start inside the run would fail the same
 * way after rescanning the rest of it, which made a long run of dots quadratic.
 */
const BOUNDARY = /(?<![.!?…])([.!?…]+["'”’)\]]*)\s+(?=["'“‘(]?[\p{Lu}\p{N}])/gu;
const CLOSERS = new Set(['"', "'", '”', '’', ')', ']']);
const LETTER = /^\p{L}$/u;
const SPACE = /\s/;

/** A sentence of a paragraph: [start, end), without the spaces around it. */
export interface SentenceBounds {
  start: number;
  end: number;
}

/** Sentences of a paragraph, each keeping its own closing quote. */
export function splitSentences(paragraph: string): string[] {
  return sentenceBounds(paragraph).map(({ start, end }) => paragraph.slice(start, end));
}

/**
 * Where each sentence of a paragraph starts and ends, in order, in time linear in the paragraph's length: the
 * text between them is spaces only. "U.S." and single initials ("J. Smith") are not ends of sentences.
 */
export function sentenceBounds(paragraph: string): SentenceBounds[] {
  const bounds: SentenceBounds[] = [];
  let start = 0;
  for (const match of paragraph.matchAll(BOUNDARY)) {
    const end = (match.index ?? 0) + (match[1]?.length ?? 0);
    const lastWord = wordBeforeStop(paragraph, start, end);
    if (ABBREVIATIONS.has(lastWord.replace(/\.$/, '')) || LETTER.test(lastWord)) continue;
    bounds.push(trimmed(paragraph, start, end));
    start = end;
  }
  const rest = trimmed(paragraph, start, paragraph.length);
  if (rest.end > rest.start) bounds.push(rest);
  return bounds;
}

/**
 * The letters and dots just before the full stop that `text.slice(from, end)` ends with (closing quotes may
 * follow it), lowercased: "u.s" for "the U.S.", "j" for "J.", "" when the end is not a full stop after a word.
 * Read backwards from the end, so a paragraph of initials is not rescanned from its start at every stop.
 */
function wordBeforeStop(text: string, from: number, end: number): string {
  let stop = end;
  while (stop > from && CLOSERS.has(text[stop - 1] ?? '')) stop -= 1;
  stop -= 1;
  if (stop < from || text[stop] !== '.') return '';
  let start = stop;
  while (start > from) {
    // A letter outside the Basic Multilingual Plane is a surrogate pair: read it whole.
    const pair =
      start - 2 >= from && isLowSurrogate(text.charCodeAt(start - 1)) && isHighSurrogate(text.charCodeAt(start - 2));
    const width = pair ? 2 : 1;
    const char = text.slice(start - width, start);
    if (char !== '.' && !LETTER.test(char)) break;
    start -= width;
  }
  return text.slice(start, stop).toLowerCase();
}

function trimmed(text: string, start: number, end: number): SentenceBounds {
  while (start < end && SPACE.test(text[start] ?? '')) start += 1;
  while (end > start && SPACE.test(text[end - 1] ?? '')) end -= 1;
  return { start, end };
}

const isHighSurrogate = (unit: number) => unit >= 0xd800 && unit <= 0xdbff;
const isLowSurrogate = (unit: number) => unit >= 0xdc00 && unit <= 0xdfff;
