import { splitSentences } from './splitSentences.ts';
import type { Passage } from './types.ts';

/**
 * Paragraphs longer than this are split at sentence boundaries into pieces of about PASSAGE_TARGET_CHARS; a
 * sentence longer than this at its clauses, a clause at its words, and a word at this length. No passage is
 * longer: ranking, excerpts and attribution read each passage whole, for every question that reaches it.
 */
export const PASSAGE_MAX_CHARS = 700;
export const PASSAGE_TARGET_CHARS = 450;

/**
 * One passage per body paragraph, long ones split into sentence-aligned parts; ids are `${articleId}#p3` or `#p3.2`.
 * `sections[i]` is the subheading paragraph i sits under (every part of a split paragraph keeps it).
 */
export function passagesOf(articleId: string, paragraphs: readonly string[], sections: readonly (string | null)[] = []): Passage[] {
  return paragraphs.flatMap((text, index) => {
    const paragraph = index + 1;
    const parts = piecesOf(text, 0);
    return parts.map((part, partIndex) => ({
      id: parts.length === 1 ? `${articleId}#p${paragraph}` : `${articleId}#p${paragraph}.${partIndex + 1}`,
      articleId,
      paragraph,
      text: part,
      section: sections[index] ?? null,
    }));
  });
}

/**
 * Where a text too long for one passage is split, from the first that applies: sentences, clauses (after a
 * comma, semicolon or colon, or before a dash), words, and last fixed lengths (a "word" of thousands of letters).
 */
const SPLITTERS: readonly ((text: string) => string[])[] = [
  splitSentences,
  (text) => text.split(/(?<=[,;:])\s+|(?<!\s)\s+(?=[—–]\s)/),
  (text) => text.split(/\s+/),
  fixedLengths,
];

/** The text as pieces of at most PASSAGE_MAX_CHARS, split at the coarsest boundary that works and packed again. */
function piecesOf(text: string, level: number): string[] {
  const split = SPLITTERS[level];
  if (text.length <= PASSAGE_MAX_CHARS || !split) return [text];
  return pack(split(text).filter(Boolean).flatMap((piece) => piecesOf(piece, level + 1)));
}

/** Consecutive pieces joined with a space while the result stays within PASSAGE_TARGET_CHARS. */
function pack(pieces: readonly string[]): string[] {
  const parts: string[] = [];
  let current = '';
  for (const piece of pieces) {
    if (current && current.length + piece.length + 1 > PASSAGE_TARGET_CHARS) {
      parts.push(current);
      current = piece;
    } else {
      current = current ? `${current} ${piece}` : piece;
    }
  }
  if (current) parts.push(current);
  return parts;
}

/** A text without a space cut every PASSAGE_MAX_CHARS code units, never inside a surrogate pair. */
function fixedLengths(text: string): string[] {
  const pieces: string[] = [];
  for (let start = 0; start < text.length; ) {
    let end = Math.min(text.length, start + PASSAGE_MAX_CHARS);
    const unit = text.charCodeAt(end - 1);
    if (end < text.length && unit >= 0xd800 && unit <= 0xdbff) end -= 1;
    pieces.push(text.slice(start, end));
    start = end;
  }
  return pieces;
}
