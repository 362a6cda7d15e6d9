/**
 * Text helpers for what the bot echoes back into Discord: markdown and mention escaping that can be undone
 * (the bot reads its own answers back to page through them and to find a thread's question), and cutting
 * text at word boundaries to a length limit.
 */

/** Marks text that was cut. Escaped wherever it occurs in echoed text, so an unescaped one at the end means "cut". */
export const ELLIPSIS = '…';

/** Characters with a markdown or mention meaning anywhere in a line, plus the cut marker. */
const INLINE_SPECIAL = /[\\*_~`|[\]<@…]/g;
/** Line starts that make a quote, a heading, a list or a numbered item: `> `, `# `, `-# `, `- `, `+ `, `1. `. */
const LINE_START_SPECIAL = /^(\s*)([->#+]|\d+\.)/gm;
const ESCAPED = /\\([\\*_~`|[\]<@…>#+.-])/g;

/**
 * Escapes markdown and mention syntax so the text shows as typed: `**x**` stays literal, `<@123>` and
 * `@everyone` render as plain text. `unescapeMarkdown` undoes it exactly.
 */
export function escapeMarkdown(text: string): string {
  const inline = text.replace(INLINE_SPECIAL, (char) => `\\${char}`);
  return inline.replace(LINE_START_SPECIAL, (_match, space: string, marker: string) => {
    return marker.endsWith('.') ? `${space}${marker.slice(0, -1)}\\.` : `${space}\\${marker}`;
  });
}

export function unescapeMarkdown(text: string): string {
  return text.replace(ESCAPED, '$1');
}

/** One line: runs of whitespace (newlines included) become one space. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Cuts `text` to at most `max` code units, at the last word boundary when there is one in the second half,
 * and appends `marker`. Never splits a surrogate pair.
 */
export function truncate(text: string, max: number, marker = ELLIPSIS): string {
  if (text.length <= max) return text;
  if (max <= marker.length) return marker.slice(0, Math.max(0, max));
  let cut = max - marker.length;
  if (isLowSurrogate(text.charCodeAt(cut))) cut -= 1;
  const space = text.lastIndexOf(' ', cut);
  if (space >= cut / 2) cut = space;
  return `${text.slice(0, cut).trimEnd()}${marker}`;
}

export interface Fitted {
  /** The escaped text, with an unescaped ELLIPSIS at the end when cut. Within the length asked. */
  shown: string;
  /** The unescaped text that `shown` displays, without the marker. */
  kept: string;
  cut: boolean;
}

/**
 * Escapes `text` and fits it in `max` code units, cutting at a word boundary before escaping so an
 * escape is never split. `unescapeMarkdown(shown)` minus a trailing ELLIPSIS gives back `kept`.
 */
export function fitEscaped(text: string, max: number): Fitted {
  const whole = escapeMarkdown(text);
  if (whole.length <= max) return { shown: whole, kept: text, cut: false };
  const budget = max - ELLIPSIS.length;
  // Longest prefix whose escaped form fits: escaping only grows text, so the search is monotone.
  let low = 0;
  let high = text.length;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (escapeMarkdown(text.slice(0, middle)).length <= budget) low = middle;
    else high = middle - 1;
  }
  let end = low;
  if (end > 0 && isLowSurrogate(text.charCodeAt(end))) end -= 1;
  const space = text.lastIndexOf(' ', end);
  if (space >= end / 2 && end < text.length) end = space;
  const kept = text.slice(0, end).trimEnd();
  return { shown: `${escapeMarkdown(kept)}${ELLIPSIS}`, kept, cut: true };
}

/** Reads back what `fitEscaped` showed: the kept text, and whether it was cut. */
export function readFitted(shown: string): { text: string; cut: boolean } {
  // The marker is escaped unless an even number of backslashes (escaped backslashes) precede it.
  const backslashes = shown.endsWith(ELLIPSIS) ? (/\\*$/.exec(shown.slice(0, -ELLIPSIS.length))?.[0].length ?? 0) : -1;
  const cut = backslashes >= 0 && backslashes % 2 === 0;
  return { text: unescapeMarkdown(cut ? shown.slice(0, -ELLIPSIS.length) : shown), cut };
}

const MENTION = /<@[!&]?\d+>|<#\d+>|@everyone|@here/g;

/** The words of a question to search for: mentions address people, they are not part of the question. */
export function searchTextOf(question: string): string {
  return oneLine(question.replace(MENTION, ' '));
}

/** Removes mentions of one user (the bot) from a message, keeping everything else. */
export function withoutMentionOf(userId: string, content: string): string {
  return oneLine(content.replace(new RegExp(`<@!?${userId}>`, 'g'), ' '));
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** "¶4" for passage `...#p4`: where in its article a passage stands. */
export function paragraphOf(passageId: string): string {
  const at = passageId.lastIndexOf('#p');
  return at >= 0 ? `¶${passageId.slice(at + 2)}` : '';
}
