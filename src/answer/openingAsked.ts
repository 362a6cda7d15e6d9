import type { SearchEngine } from '../search/engine.ts';

/**
 * "the subheading at the top of the RT article", "the line on top of their story": what is printed at an article's
 * top, as named by where it sits.
 */
const AT_THE_TOP =
  /\b(?:sub-?head(?:ing|line)?|sub-?title|summary|blurb|line|text|sentence|words)\s+(?:at|on)\s+(?:the\s+)?top\s+of\b/i;

/** "RT's piece has a one-line summary at the top.": the same, the article named before it, no "of" after "top". */
const AT_THE_TOP_ENDING =
  /\b(?:sub-?head(?:ing|line)?|sub-?title|summary|blurb|line|text|sentence)\s+(?:at|on)\s+(?:the\s+|its\s+|their\s+)?top(?=\s*(?:[.,;:?!]|$))/i;

/**
 * "the executive summary Al Mayadeen runs under its headline", "the one-sentence deck under the headline": a line
 * named by where it sits, under the headline, whatever it is called.
 */
const UNDER_HEADLINE =
  /\b(?:summary|deck|blurb|line|sentence|teaser|text|sub[\s-]?head(?:ing|line)?|words)\b[^?.!]{0,40}?\b(?:under|below|beneath)\s+(?:the\s+|its\s+|their\s+)?(?:[\p{L}'’-]+\s+){0,3}?(?:headline|title)\b/iu;

/**
 * "the opening summary lines of RT and Al Mayadeen", "their opening lines", "the lines at the top": the opening
 * lines of several articles, named in the plural, or with a word between "opening" and "lines".
 */
const OPENINGS =
  /\b(?:(?:summary|headline)\s+lines|(?:first|opening|top)\s+(?:summary\s+|few\s+|two\s+|couple\s+of\s+)?(?:lines|paragraphs|sentences)|(?:first|opening)\s+summary(?:\s+lines?)?|(?:lines|sentences|summaries)\s+(?:at|on)\s+(?:the\s+)?top)\b/i;

/** Switches for the rules here, so that a test can show what each one does. */
export const OPENING_RULES = { atTheTop: true, atTheTopEnding: true, underHeadline: true, plurals: true };

/**
 * "What does the dek under the Al Mayadeen headline say?", "In its summary line, ...", "the first paragraph": a
 * question about the lines that open an article is answered by each article's first passage (its standfirst, or its
 * lead when it prints none), not by the headline the question mentions to place them.
 */
const OPENING =
  /\b(?:dek|standfirst|stand-first|strapline|subtitle|summary\s+line|teaser|lede|lead\s+paragraph|(?:first|opening)\s+(?:line|paragraph|sentence))\b/i;
/** The words placing it: "under the Al Mayadeen headline" (the outlet's name stays), "below the title". */
const PLACED =
  /\b(?:under|below|beneath|after)\s+(?:the\s+|its\s+|their\s+)?((?:[\p{L}'’-]+\s+){0,3}?)(?:headline|title)\b/giu;

export function openingAsked(question: string): boolean {
  return (
    OPENING.test(question) ||
    (OPENING_RULES.atTheTop && AT_THE_TOP.test(question)) ||
    (OPENING_RULES.atTheTopEnding && AT_THE_TOP_ENDING.test(question)) ||
    (OPENING_RULES.underHeadline && UNDER_HEADLINE.test(question)) ||
    (OPENING_RULES.plurals && OPENINGS.test(question))
  );
}

/** The question without the words naming the opening lines and where they sit, left to say what is asked of them. */
export function withoutOpeningWords(question: string): string {
  return question
    .replace(PLACED, ' $1')
    .replace(new RegExp(OPENING.source, 'gi'), ' ')
    .replace(new RegExp(AT_THE_TOP.source, 'gi'), ' ')
    .replace(new RegExp(AT_THE_TOP_ENDING.source, 'gi'), ' ')
    .replace(new RegExp(OPENINGS.source, 'gi'), ' ')
    .replace(/\b(?:summary|deck|blurb|teaser)\b/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The first passage of every article: where a standfirst or a lead stands. */
export function openingPassages(engine: SearchEngine): ReadonlySet<string> {
  return new Set(engine.corpus.articles.flatMap((article) => (article.passages[0] ? [article.passages[0].id] : [])));
}
