import { COMMENTS_MARKER } from './boilerplatePatterns.ts';
import type { PageLine } from './cleanPage.ts';

/**
 * A reader comment's header, as forums and comment boxes print it: a name (a handle, "K. Morita", "Yoshiko
 * (Wajima)"), a verb of posting, and the time or date of the post before a colon: "hakusan_taro wrote at 16:02:",
 * "Ana says:", "Ben replied on 3 May 2023, 10:12:", or alone on its line as blogs print it ("Anonymous said...").
 * The comment's text may follow on the same line.
 */
const COMMENT_HEADER =
  /^[\p{L}\p{N}_.'’-]+(?:\s+[\p{L}\p{N}_.'’()-]+){0,3}\s+(?:(?:wrote|says|commented|replied|posted)(?:\s+(?:at|on)\s+[^:]{1,40}(?::\d{2})?)?\s*:|(?:wrote|says|said|commented|replied|posted)\s*(?:\.\.\.|…)\s*$)/u;
/** How long ago a post was made: "10 hr ago", "3 days ago". */
const AGO = String.raw`\d+\s*(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?|mo|months?|y|yrs?|years?)\.?\s+ago`;
/**
 * A thread's comment header as forums print it: one handle ("u/tsuyu_season", "@mika", "[deleted]"), a dot or bar,
 * and how long ago it was posted ("· 13 hr. ago"), alone on its line. The post's own "Posted by u/... ·" is no
 * comment.
 */
const THREAD_COMMENT_HEADER = new RegExp(`^(?:u\\/|@)?[\\p{L}\\p{N}_.'’[\\]-]+\\s*[·•|]\\s*${AGO}$`, 'iu');
/**
 * The same header, or as forums also print it: a reply's quote marks ("> ", ">> "), the votes before the handle
 * ("▲ 742 ▼ u/ex_jsdf_logistics · 10 hr ago") and the writer's tag ("kuroshio_current (OP) · 2 hr ago").
 */
const MARKED_COMMENT_HEADER = new RegExp(
  `^(?:>+\\s*)?(?:[▲△↑⬆]\\s*\\d+\\s*[▼▽↓⬇]?\\s*)?(?:u\\/|@)?[\\p{L}\\p{N}_.'’[\\]-]+(?:\\s+\\((?:author|op|mod|moderator|admin|editor)\\))?\\s*[·•|]\\s*${AGO}$`,
  'iu',
);
/** Comment headers a thread has at least: one such line alone may be the article quoting a post. */
const MIN_COMMENTS = 2;

/**
 * Readers' comments under an article are no part of it, however much they read like prose ("I work at a factory in
 * Nonoichi and we lived through exactly what that businessman describes."): each line opening with a comment's
 * header, and the text lines under a header on a line of its own, are chrome once the page has two headers or more.
 */
export function markReaderComments(lines: PageLine[]): void {
  const threadHeader = COMMENT_RULES.markedHeaders ? MARKED_COMMENT_HEADER : THREAD_COMMENT_HEADER;
  const isThreadHeader = (text: string) => threadHeader.test(text.trim());
  const isHeader = (text: string) => COMMENT_HEADER.test(text) || isThreadHeader(text);
  const headers = lines.filter((line) => line.kind !== 'blank' && isHeader(line.text));
  if (headers.length < MIN_COMMENTS) return;
  for (const header of headers) {
    header.kind = 'boilerplate';
    header.rule = 'reader comment';
    // A header alone on its line heads the comment's text on the next non-blank line; a thread's comment runs on
    // to its action line ("Reply Share Report"), its reply level or the next header.
    const thread = isThreadHeader(header.text);
    if (!thread && header.text.replace(COMMENT_HEADER, '').trim()) continue;
    let texts = 0;
    for (const text of lines.slice(header.index + 1)) {
      if (text.kind === 'blank') continue;
      if (isHeader(text.text) || (texts > 0 && (!thread || COMMENT_END.test(text.text)))) break;
      text.kind = 'boilerplate';
      text.rule = 'reader comment';
      texts++;
    }
  }
}

/** A comment as boxes print it, its writer then a dash: "jinnyla — My halmoni would say ...", "PHT Desk – @jinnyla Yes". */
const DASHED_COMMENT = /^[\p{L}\p{N}_.'’@-]+(?:\s+[\p{L}\p{N}_.'’-]+){0,3}\s+[—–]\s+\S/u;

/** Switches for the rules here, so that a test can show what each one does. */
export const COMMENT_RULES = { dashedComments: true, markedHeaders: true };

/**
 * Under a comment box's heading, comments each opening with their writer and a dash, and the lines after them up to
 * the page's own chrome ("Please keep comments respectful.", the footer), are readers', not the article's: the box is
 * known by its heading and its first comment both, so a "Comments" subheading over prose stays the article's.
 */
export function markDashedComments(lines: PageLine[]): void {
  if (!COMMENT_RULES.dashedComments) return;
  lines.forEach((heading, at) => {
    if (!COMMENTS_MARKER.test(heading.text.trim())) return;
    const after = lines.slice(at + 1).filter((line) => line.kind !== 'blank');
    if (!after[0] || !DASHED_COMMENT.test(after[0].text)) return;
    for (const line of after) {
      if (line.kind === 'boilerplate' && line.rule !== 'in list section') break;
      line.kind = 'boilerplate';
      line.rule = 'reader comment';
    }
  });
}

/** Where a thread's comment ends: its actions ("⬆ 412 ⬇ Reply Share Report Save") or the next reply level. */
const COMMENT_END = /\b(?:Reply|Report|Permalink)\b|^\s*level\s+\d+\s*$/i;
