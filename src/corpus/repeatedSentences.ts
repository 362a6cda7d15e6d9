import type { PageLine } from './cleanPage.ts';
import { repetitionKey } from './lineShape.ts';
import { wordCount } from './normalizeText.ts';

/** The rule that marks such a line: set in among paragraphs, it does not part them (markSections). */
export const REPEATS_A_PARAGRAPH = 'repeats a paragraph';
/** A pull quote or a reader's highlight is a sentence or two of the article; longer lines are paragraphs of their own. */
const QUOTE_MAX_WORDS = 40;
/** Shorter lines ("Read more", a name) repeat by chance. */
const QUOTE_MIN_WORDS = 8;

/**
 * A line that repeats, word for word, part of a longer paragraph above it on the same page is the page showing
 * that sentence again: a pull quote set between paragraphs, a reader app's highlight ("> The final communique does
 * not mention the office at all."). The paragraph holds it; the repeat is chrome, and would only be quoted twice.
 */
export function markRepeatedSentences(lines: PageLine[]): void {
  const paragraphs = lines
    .filter((line) => line.kind === 'prose' && wordCount(line.text) > QUOTE_MIN_WORDS)
    .map((line) => ({ index: line.index, key: ` ${repetitionKey(line.text)} ` }));
  for (const line of lines) {
    if (line.kind !== 'prose' && line.kind !== 'heading') continue;
    const words = wordCount(line.text);
    if (words < QUOTE_MIN_WORDS || words > QUOTE_MAX_WORDS) continue;
    const key = ` ${repetitionKey(line.text)} `;
    // A longer paragraph above it holds it: two equal lines are the repetition rule's (cleanPage), not this one's,
    // and a paragraph that a later, longer line opens with was printed first (a page printing it twice, extended).
    if (
      paragraphs.some(
        (paragraph) => paragraph.index < line.index && paragraph.key.length > key.length && paragraph.key.includes(key),
      )
    ) {
      line.kind = 'boilerplate';
      line.rule = REPEATS_A_PARAGRAPH;
    }
  }
}
