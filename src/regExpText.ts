/** Text to be matched as written inside a regular expression: its special characters escaped. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Where a word starts or ends, in a pattern with the `u` flag: next to no letter or digit of any script. `\b` knows
 * only ASCII letters, and finds no end after "Tromsø" nor a start before "Øresund".
 */
export const WORD_START = String.raw`(?<![\p{L}\p{N}_])`;
export const WORD_END = String.raw`(?![\p{L}\p{N}_])`;
