/**
 * A plain-text page's horizontal rule: a row of one of "-", "=", "*", "_", "~" (spaces between allowed) at least
 * this long. A Markdown thematic break ("---", "* * *") between an article's sections is shorter; a newsletter's
 * or e-mail's rule, which boxes the article off from the mail's own parts, runs across the text.
 */
const RULE = /^\s*([-=*_~])(?:\s*\1){19,}\s*$/;
/** Share of the page's prose words one block must hold to be the article's: an e-paper's pages, ruled apart, each hold part of a story. */
const MAIN_BLOCK_SHARE = 0.7;

/** Share of the page's prose words at most in a box ruled off inside an article ("PUBLIC NOTICES", a promotion). */
const INSET_SHARE = 0.1;
/** Share of the page's prose words at least on each side of such a box: the article runs on across it. */
const SIDE_SHARE = 0.15;

export const RULED_BLOCK_RULES = {
  /** A box ruled off between two parts of the article is an inset, not where the article ends. */
  insetBoxes: true,
};

export const isRule = (raw: string): boolean => RULE.test(raw);

/** Sum of the prose words of lines from..to, both included. */
const wordsIn = (proseWords: readonly number[], from: number, to: number) =>
  proseWords.slice(from, to + 1).reduce((sum, words) => sum + words, 0);

/**
 * The rules left once each box ruled off inside the article is taken out: two rules with little prose between them
 * and much on either side ("... Kim said. / ---- / PUBLIC NOTICES / council notices / ---- / Kim pointed to ...").
 */
function withoutInsets(rules: readonly number[], proseWords: readonly number[], total: number): number[] {
  const kept = [...rules];
  for (let i = 0; i + 1 < kept.length; i++) {
    const open = kept[i] ?? 0;
    const close = kept[i + 1] ?? 0;
    const before = wordsIn(proseWords, (kept[i - 1] ?? -1) + 1, open - 1);
    const after = wordsIn(proseWords, close + 1, (kept[i + 2] ?? proseWords.length) - 1);
    if (
      wordsIn(proseWords, open + 1, close - 1) <= total * INSET_SHARE &&
      before >= total * SIDE_SHARE &&
      after >= total * SIDE_SHARE
    ) {
      kept.splice(i, 2);
      i--;
    }
  }
  return kept;
}

/**
 * The first and last line index of the block between long rules that holds most of a page's prose words, when
 * the page is ruled into blocks (two rules or more) and one block holds most of them (MAIN_BLOCK_SHARE): an e-mail digest's
 * article sits between rules, its masthead, "supported by readers" note and other feeds' items in other blocks.
 * Null when the page is not ruled so.
 */
export function mainRuledBlock(raws: readonly string[], proseWords: readonly number[]): [number, number] | null {
  const total = proseWords.reduce((sum, words) => sum + words, 0);
  const found = raws.flatMap((raw, index) => (isRule(raw) ? [index] : []));
  const rules = RULED_BLOCK_RULES.insetBoxes ? withoutInsets(found, proseWords, total) : found;
  if (rules.length < 2) return null;
  const bounds = [-1, ...rules, raws.length];
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
