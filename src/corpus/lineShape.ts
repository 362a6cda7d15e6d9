import { wordCount } from './normalizeText.ts';

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
