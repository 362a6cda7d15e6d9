import { escapeRegExp } from '../regExpText.ts';
import { wordCount } from './normalizeText.ts';

/** A publisher's note on itself is a few sentences; a longer paragraph opening on its name is a story. */
const BLURB_MAX_WORDS = 80;

/**
 * Whether a paragraph is the publisher describing itself: it opens on one of the page's own names, then says what
 * that is ("Meridian, the news and media division of Meridian Information Group, is the world's largest ...",
 * "About Harbourline: Harbourline is an independent news agency."). Another body named so is the story's subject
 * ("KCNA is the official news agency ..."), so only the page's own names count.
 */
export function describesPublisher(paragraph: string, ownNames: readonly string[]): boolean {
  if (wordCount(paragraph) > BLURB_MAX_WORDS) return false;
  const text = paragraph.replace(/^\s*About\s+[^:]{1,60}:\s*/i, '').trim();
  return ownNames.some((name) => {
    const bare = name.replace(/^the\s+/i, '').trim();
    if (bare.length < 2) return false;
    return new RegExp(
      `^(?:the\\s+)?${escapeRegExp(bare)}(?:,\\s+[^,]{3,120},)?\\s+(?:is|was)\\s+(?:the|a|an|one)\\b`,
      'iu',
    ).test(text);
  });
}
