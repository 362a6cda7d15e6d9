/** Telling HTML sent as a text file from text, and decoding the character references a text file carries. */
import { decodeHTML, DecodingMode } from 'entities';

/** A start or end tag: `<p>`, `<a href="x">`, `</div>`, `<br/>`; its inside never holds another `<` or `>`. */
const TAG = /<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>/gi;
/** A document's opening: a doctype, `<html>`, `<head>` or `<body>` before any text. */
const DOCUMENT_START = /^\uFEFF?\s*<(?:!doctype\s+html|html|head|body)[\s>]/i;
/** Markup is read as HTML when its tags make up this share of the characters other than spaces... */
const TAG_SHARE = 0.3;
/** ...or when this share of its lines (at least MIN_TAGGED_LINES of them) open with a tag. */
const TAGGED_LINE_SHARE = 0.6;
const MIN_TAGGED_LINES = 3;
const OPENS_WITH_TAG = /^\s*<\/?[a-z][a-z0-9-]*[\s/>]/i;

/**
 * Whether a .txt or .md file's text is an HTML page (or a fragment of one) saved under the wrong name: it opens
 * as a document does, or tags are a large share of it, or most of its lines open with one. Markdown with a few
 * tags in it (a `<br>`, an embedded `<iframe>`) is still text. Linear in the text's length.
 */
export function isMarkup(text: string): boolean {
  if (DOCUMENT_START.test(text)) return true;
  let tagChars = 0;
  let tags = 0;
  for (const match of text.matchAll(TAG)) {
    tagChars += match[0].length;
    tags += 1;
  }
  if (tags === 0) return false;
  const chars = text.replace(/\s+/g, '').length;
  if (tagChars >= chars * TAG_SHARE) return true;
  let lines = 0;
  let tagged = 0;
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    lines += 1;
    if (OPENS_WITH_TAG.test(line)) tagged += 1;
  }
  return tagged >= MIN_TAGGED_LINES && tagged >= lines * TAGGED_LINE_SHARE;
}

/**
 * `&amp;`, `&#8217;`, `&nbsp;` and the rest as the characters they stand for, as an HTML reader shows them (and as
 * markdown does): a flood of them is then what it is, a run of `&` or of spaces, which the cleaning drops by its
 * shape. Only references closed by a semicolon are read, so "AT&T" and "R&Dfunding" stay as written.
 */
export function decodeEntities(text: string): string {
  return text.includes('&') ? decodeHTML(text, DecodingMode.Strict) : text;
}
