import { splitSentences } from './splitSentences.ts';
import type { Passage } from './types.ts';

/**
 * Paragraphs longer than this are split at sentence boundaries into pieces of about PASSAGE_TARGET_CHARS; a
 * sentence longer than this at its clauses, else its words, and a word at this length. No passage is longer:
 * ranking, excerpts and attribution read each passage whole, for every question that reaches it.
 */
export const PASSAGE_MAX_CHARS = 700;
export const PASSAGE_TARGET_CHARS = 450;

/**
 * One passage per body paragraph, long ones split into sentence-aligned parts; ids are `${articleId}#p3` or `#p3.2`.
 * `sections[i]` is the subheading paragraph i sits under (every part of a split paragraph keeps it).
 */
export function passagesOf(
  articleId: string,
  paragraphs: readonly string[],
  sections: readonly (string | null)[] = [],
): Passage[] {
  return paragraphs.flatMap((text, index) => {
    const paragraph = index + 1;
    const parts = piecesOf(text);
    return parts.map((part, partIndex) => ({
      id: parts.length === 1 ? `${articleId}#p${paragraph}` : `${articleId}#p${paragraph}.${partIndex + 1}`,
      articleId,
      paragraph,
      text: part,
      section: sections[index] ?? null,
    }));
  });
}

/** One passage per paragraph that fits; a longer one split at its sentences, packed, each sentence at most PASSAGE_MAX_CHARS. */
function piecesOf(paragraph: string): string[] {
  if (paragraph.length <= PASSAGE_MAX_CHARS) return [paragraph];
  return pack(
    splitSentences(paragraph).flatMap((sentence) =>
      sentence.length <= PASSAGE_MAX_CHARS ? [sentence] : cutLong(sentence),
    ),
  );
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

const SPACE = /\s/;
const isSpace = (char: string | undefined) => char !== undefined && SPACE.test(char);

/**
 * A sentence too long for one passage, as parts of at most PASSAGE_TARGET_CHARS, each ending at the last clause
 * boundary that fits (after a comma, semicolon or colon, or before a dash), else at the last space; a single word
 * longer than that is a part of its own, cut every PASSAGE_MAX_CHARS code units (never inside a surrogate pair).
 * One pass: each cut looks back at most PASSAGE_TARGET_CHARS from where the part would end.
 */
function cutLong(sentence: string): string[] {
  const parts: string[] = [];
  let start = 0;
  while (start < sentence.length) {
    if (sentence.length - start <= PASSAGE_TARGET_CHARS) {
      parts.push(sentence.slice(start));
      break;
    }
    const end = clauseEnd(sentence, start) ?? spaceEnd(sentence, start) ?? wordEnd(sentence, start);
    parts.push(sentence.slice(start, end).trimEnd());
    start = end;
    while (isSpace(sentence[start])) start += 1;
  }
  return parts;
}

/** The end of the last clause that fits in a part starting at `start`: just after a comma, semicolon or colon followed by a space, or before ` — ` / ` – `. */
function clauseEnd(text: string, start: number): number | null {
  for (let at = start + PASSAGE_TARGET_CHARS; at > start + 1; at--) {
    if (!isSpace(text[at])) continue;
    const before = text[at - 1];
    if (before === ',' || before === ';' || before === ':') return at;
    const dash = text[at + 1] === '—' || text[at + 1] === '–';
    if (dash && (at + 2 === text.length || isSpace(text[at + 2])) && !isSpace(before)) return at;
  }
  return null;
}

/** The end of the last word that fits in a part starting at `start`. */
function spaceEnd(text: string, start: number): number | null {
  for (let at = start + PASSAGE_TARGET_CHARS; at > start; at--)
    if (isSpace(text[at]) && !isSpace(text[at - 1])) return at;
  return null;
}

/** A word longer than a part: whole up to PASSAGE_MAX_CHARS, else cut there. */
function wordEnd(text: string, start: number): number {
  let end = start;
  while (end < text.length && end - start < PASSAGE_MAX_CHARS && !isSpace(text[end])) end += 1;
  const unit = text.charCodeAt(end - 1);
  if (end < text.length && !isSpace(text[end]) && unit >= 0xd800 && unit <= 0xdbff) end -= 1;
  return end;
}
