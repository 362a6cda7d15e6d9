/** Abbreviations whose full stop does not end a sentence. */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'col', 'lt', 'sgt', 'capt', 'gov', 'sen', 'rep', 'st', 'jr', 'sr', 'no',
  'vs', 'etc', 'inc', 'ltd', 'co', 'corp', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct',
  'nov', 'dec', 'e.g', 'i.e', 'u.s', 'u.k', 'u.n', 'e.u',
]);

/**
 * Sentences of a paragraph, each keeping its own closing quote.
 * A boundary is sentence punctuation (and any closing quotes) followed by a space and a capital or an opening quote.
 */
export function splitSentences(paragraph: string): string[] {
  const sentences: string[] = [];
  const boundary = /([.!?…]+["'”’)\]]*)\s+(?=["'“‘(]?[\p{Lu}\p{N}])/gu;
  let start = 0;
  for (const match of paragraph.matchAll(boundary)) {
    const end = (match.index ?? 0) + (match[1]?.length ?? 0);
    const before = paragraph.slice(start, end);
    const lastWord = before.match(/([\p{L}.]+)[.]["'”’)\]]*$/u)?.[1]?.toLowerCase() ?? '';
    // "U.S." and single initials ("J. Smith") are not ends of sentences.
    if (ABBREVIATIONS.has(lastWord.replace(/\.$/, '')) || /^\p{L}$/u.test(lastWord)) continue;
    sentences.push(before.trim());
    start = end;
  }
  const rest = paragraph.slice(start).trim();
  if (rest) sentences.push(rest);
  return sentences;
}
