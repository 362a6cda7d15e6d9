/** Text clean-up shared by the corpus and the question analyser. */

const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\u00AD]/g;
const ODD_SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\t]/g;

/** NFC, no zero-width or direction marks, plain spaces, Unix line ends. */
export function normalizeUnicode(text: string): string {
  return text.normalize('NFC').replace(/\r\n?/g, '\n').replace(INVISIBLE, '').replace(ODD_SPACES, ' ');
}

/*
 * Markdown links and autolinks, each followed by alternatives that match where the link does not and consume what
 * no later link can start in: an opening with no closing bracket or parenthesis after it, or a bracket not
 * followed by a parenthesis. The link alone, retried at every later `[` or `<`, rescanned the rest of the line
 * each time (a line of `[` took seconds per 80 KB). Only matches with the group are links.
 */
const IMAGE = /!\[([^\]]*)\]\([^)]*\)|!\[[^\]]*(?:\](?!\()|\]\([^)]*$|$)/g;
const LINK = /\[([^\]]+)\]\([^)]*\)|\[[^\]]*(?:\](?!\()|\]\([^)]*$|$)|\[/g;
const AUTOLINK = /<(https?:\/\/[^>\s]+)>|<https?:\/\/[^>\s]*/g;
const linkText = (whole: string, text: string | undefined) => text ?? whole;

/**
 * Pandoc's bracketed span, text with attributes after it: "[his second in a row]{.insertion author="J. Ruiz"}", as
 * a word processor's document with tracked changes and comments converts to markdown.
 */
const BRACKETED_SPAN = /\[([^[\]]*)\]\{([^{}]*)\}/g;
/** A span the document does not print: deleted text, or a reviewer's comment. */
const UNPRINTED_SPAN = /(?:^|\s)\.(?:deletion|comment-start|comment)(?=\s|$)/;

/** `[text](url)` -> `text`, `**bold**` and `__bold__` -> `bold`, `<https://x>` -> `https://x`. */
export function stripMarkdown(line: string): string {
  return line
    .replace(BRACKETED_SPAN, (_, text: string, attributes: string) => (UNPRINTED_SPAN.test(attributes) ? '' : text))
    .replace(IMAGE, linkText)
    .replace(LINK, linkText)
    .replace(/\*\*([^*]+)\*\*/g, '$1')
    .replace(/__([^_]+)__/g, '$1')
    .replace(AUTOLINK, linkText);
}

/** Characters of a line that sit inside markdown links, as a share of its visible length. */
export function linkDensity(rawLine: string): number {
  const visible = stripMarkdown(rawLine).trim().length;
  if (visible === 0) return 0;
  let linked = 0;
  for (const match of rawLine.matchAll(LINK)) linked += match[1]?.length ?? 0;
  for (const match of rawLine.matchAll(/\bhttps?:\/\/\S+|\bwww\.\S+/g)) linked += match[0].length;
  return Math.min(1, linked / visible);
}

/** Curly quotes and primes to their ASCII forms. */
export function straightenQuotes(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201A\u201B\u2032\u00B4`]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"');
}

export function collapseSpaces(text: string): string {
  return text.replace(/[ ]{2,}/g, ' ').trim();
}

/**
 * Words of a text: runs of letters and digits, joined by single apostrophes, full stops or hyphens ("U.S.", "don't",
 * "Seol-hwa" are one each). Counted in one pass without building a list: a page's lines are counted many times,
 * and a list of every word of a 5 MB line cost more in garbage collection than the rest of the cleaning.
 */
export function wordCount(text: string): number {
  // The cleaning asks about the same line many times in a row: its last answer is kept.
  if (text === lastCounted.text) return lastCounted.count;
  lastCounted = { text, count: countWords(text) };
  return lastCounted.count;
}

let lastCounted = { text: '', count: 0 };

function countWords(text: string): number {
  let count = 0;
  let index = 0;
  while (index < text.length) {
    let end = alnumRunEnd(text, index);
    if (end === index) {
      index += 1;
      continue;
    }
    count += 1;
    for (;;) {
      const joined = CONNECTORS.has(text.charCodeAt(end)) ? alnumRunEnd(text, end + 1) : end + 1;
      if (joined <= end + 1) break;
      end = joined;
    }
    index = end;
  }
  return count;
}

/** ' ’ . - */
const CONNECTORS = new Set([0x27, 0x2019, 0x2e, 0x2d]);
const ALNUM = /^[\p{L}\p{N}]$/u;

/** Where the run of letters and digits starting at `from` ends (`from` itself when there is none). */
function alnumRunEnd(text: string, from: number): number {
  let at = from;
  while (at < text.length) {
    const code = text.charCodeAt(at);
    if ((code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39)) {
      at += 1;
      continue;
    }
    if (code < 0x80) break;
    const width = code >= 0xd800 && code <= 0xdbff && at + 1 < text.length ? 2 : 1;
    if (!ALNUM.test(text.slice(at, at + width))) break;
    at += width;
  }
  return at;
}
