import { splitSentences } from './splitSentences.ts';
import type { Passage } from './types.ts';

/** Paragraphs longer than this are split at sentence boundaries into pieces of about PASSAGE_TARGET_CHARS. */
export const PASSAGE_MAX_CHARS = 700;
export const PASSAGE_TARGET_CHARS = 450;

/**
 * One passage per body paragraph, long ones split into sentence-aligned parts; ids are `${articleId}#p3` or `#p3.2`.
 * `sections[i]` is the subheading paragraph i sits under (every part of a split paragraph keeps it).
 */
export function passagesOf(articleId: string, paragraphs: readonly string[], sections: readonly (string | null)[] = []): Passage[] {
  return paragraphs.flatMap((text, index) => {
    const paragraph = index + 1;
    const parts = text.length > PASSAGE_MAX_CHARS ? packSentences(splitSentences(text)) : [text];
    return parts.map((part, partIndex) => ({
      id: parts.length === 1 ? `${articleId}#p${paragraph}` : `${articleId}#p${paragraph}.${partIndex + 1}`,
      articleId,
      paragraph,
      text: part,
      section: sections[index] ?? null,
    }));
  });
}

function packSentences(sentences: string[]): string[] {
  const parts: string[] = [];
  let current = '';
  for (const sentence of sentences) {
    if (current && current.length + sentence.length + 1 > PASSAGE_TARGET_CHARS) {
      parts.push(current);
      current = sentence;
    } else {
      current = current ? `${current} ${sentence}` : sentence;
    }
  }
  if (current) parts.push(current);
  return parts;
}
