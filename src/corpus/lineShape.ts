import { wordCount } from './normalizeText.ts';
import { BYLINE_AFFILIATION, ROLE_NOUNS, ROLE_WORDS, SPOKE_TO } from './outletPatterns.ts';

/** Ends like a sentence: full stop, question or exclamation mark, ellipsis, perhaps inside closing quotes. */
export const ENDS_SENTENCE = /[.!?…]["'”’»)\]*]*$/;
const BULLET = /^\s*(?:[•·◦▪▫●○■□‣⁃–—*+-]|\d{1,2}[.)])\s+/;
const TICKER_LABEL = /^([^:]{2,40}):\s+\S/;

/** Leading list bullet removed, and whether there was one. */
export function stripBullet(line: string): { text: string; bulleted: boolean } {
  const match = line.match(BULLET);
  return match ? { text: line.slice(match[0].length), bulleted: true } : { text: line, bulleted: false };
}

/** A body paragraph: a finished sentence of some length, or long enough to be running text anyway. */
export function isProseShaped(text: string): boolean {
  const words = wordCount(text);
  return (words >= 6 && ENDS_SENTENCE.test(text)) || (words >= 8 && /:$/.test(text)) || words >= 25;
}

/** "Israeli media: ...", "AFP: ..." — the label of a wire-ticker line, lowercased; null when the line has none. */
export function tickerLabel(text: string): string | null {
  const match = text.match(TICKER_LABEL);
  const label = match?.[1];
  if (!label || wordCount(label) > 6 || /[.!?"“”]/.test(label)) return null;
  return label.toLowerCase();
}

/** A comparison key for repeated lines: lowercase letters and digits only. */
export function repetitionKey(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** Words a title leaves in lower case ("Does It Have Anything to Do With Ukraine?"). */
const MINOR_WORDS = new Set([
  'a', 'an', 'the', 'and', 'or', 'but', 'nor', 'for', 'of', 'to', 'in', 'on', 'at', 'by', 'with', 'from', 'as', 'vs',
  'via', 'into', 'onto', 'per', 'than', 'over', 'off', 'up', 'out', 'amid', 'after', 'about',
]);

/** Title case: every word capitalised but the small ones, and most words capitalised. */
export function isTitleShaped(text: string): boolean {
  const words = text.match(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu) ?? [];
  if (words.length < 2) return false;
  let capitalised = 0;
  for (const word of words) {
    if (/^[\p{Lu}\p{N}]/u.test(word)) capitalised++;
    else if (!MINOR_WORDS.has(word.toLowerCase())) return false;
  }
  return capitalised >= words.length * 0.6;
}

/** Whether `text` says people spoke to `name` ("..., told Sputnik."): then `name` is an outlet, not a subheading. */
export function isNamedAsSpokenTo(name: string, text: string): boolean {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`\\b(?:${SPOKE_TO.join('|')})\\s+(?:the\\s+)?${escaped}(?![\\p{L}\\p{N}])`, 'u').test(text);
}

/**
 * A byline naming the writer's outlet and job: "KEN MORIYASU, Nikkei Asia diplomatic correspondent | Europe" ->
 * writer "KEN MORIYASU", outlet "Nikkei Asia". The outlet is null when the affiliation is only a job ("Staff Writer").
 * Null when the line is not such a byline (prose naming a correspondent goes on past the job).
 */
export function affiliatedByline(text: string): { writer: string; outlet: string | null } | null {
  const match = text.replace(/^by\s+/i, '').match(BYLINE_AFFILIATION);
  const writer = match?.[1];
  const words = match?.[2]?.trim().split(/\s+/) ?? [];
  if (!writer || words.length > 10 || !ROLE_NOUNS.has((words.at(-1) ?? '').toLowerCase())) return null;
  while (words.length > 0 && (ROLE_WORDS.has((words.at(-1) ?? '').toLowerCase()) || /^\p{Ll}/u.test(words.at(-1) ?? ''))) words.pop();
  const outlet = words.join(' ');
  return { writer, outlet: outlet && words.every((word) => /^[\p{Lu}\p{N}&]/u.test(word)) ? outlet : null };
}
