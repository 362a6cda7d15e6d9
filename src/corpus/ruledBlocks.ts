/**
 * A plain-text page's horizontal rule: a row of one of "-", "=", "*", "_", "~" (spaces between allowed) at least
 * this long. A Markdown thematic break ("---", "* * *") between an article's sections is shorter; a newsletter's
 * or e-mail's rule, which boxes the article off from the mail's own parts, runs across the text.
 */
const RULE = /^\s*([-=*_~])(?:\s*\1){19,}\s*$/;
/** Share of the page's prose words one block must hold to be the article's: an e-paper's pages, ruled apart, each hold part of a story. */
const MAIN_BLOCK_SHARE = 0.7;

export const isRule = (raw: string): boolean => RULE.test(raw);

/**
 * The first and last line index of the block between long rules that holds most of a page's prose words, when
 * the page is ruled into blocks (two rules or more) and one block holds most of them (MAIN_BLOCK_SHARE): an e-mail digest's
 * article sits between rules, its masthead, "supported by readers" note and other feeds' items in other blocks.
 * Null when the page is not ruled so.
 */
export function mainRuledBlock(raws: readonly string[], proseWords: readonly number[]): [number, number] | null {
  const rules = raws.flatMap((raw, index) => (isRule(raw) ? [index] : []));
  if (rules.length < 2) return null;
  const bounds = [-1, ...rules, raws.length];
  const total = proseWords.reduce((sum, words) => sum + words, 0);
  let best: [number, number] | null = null;
  let bestWords = 0;
  for (let i = 0; i + 1 < bounds.length; i++) {
    const from = (bounds[i] ?? 0) + 1;
    const to = (bounds[i + 1] ?? 0) - 1;
    const words = proseWords.slice(from, to + 1).reduce((sum, count) => sum + count, 0);
    if (words > bestWords) [best, bestWords] = [[from, to], words];
  }
  return best && bestWords > total * MAIN_BLOCK_SHARE ? best : null;
}
