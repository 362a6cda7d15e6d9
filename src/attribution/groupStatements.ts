import { foldWord, splitWords, termOf, tokensOf } from '../search/analyzer.ts';
import type { Statement } from './types.ts';

/**
 * Two statements of one speaker in two outlets are the same statement when this share of the shorter one's
 * words appear in the other in the same order (longest common subsequence over stemmed words).
 *
 * Why order, and why the shorter one: at this size a bag of stems cannot tell a light rewording from another
 * sentence on the same subject. Kim's "Washington is gradually pushing NATO into Asia through partnerships with
 * regional powers" against Al Mayadeen's "steadily ... alliances with regional countries" shares 0.63 of its
 * stems (Dice), less than two different Nikkei Asia sentences about the office (0.65), while their word order
 * keeps 0.75 against 0.52. Dividing by the shorter statement accepts an outlet quoting less of the same words
 * (Al Mayadeen stops "growing military collusion with Japan" where RT goes on: 1.00). On the seeds the same
 * statements score 0.71 and up, different ones 0.58 and below (test/attribution/grouping.test.ts).
 */
export const SAME_STATEMENT = 0.65;
/** Fewer words in common than this is a coincidence, whatever the share ("NATO" alone). */
export const MIN_COMMON_WORDS = 2;

/** The words compared: stems for words that carry meaning, folded forms for the rest ("the", "is"). */
export function sequenceOf(text: string): string[] {
  return splitWords(text).map((word) => termOf(word)?.stem ?? foldWord(word));
}

export function commonSubsequence(a: readonly string[], b: readonly string[]): number {
  let previous = new Array<number>(b.length + 1).fill(0);
  for (const word of a) {
    const row = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++)
      row[j] = word === b[j - 1] ? (previous[j - 1] ?? 0) + 1 : Math.max(previous[j] ?? 0, row[j - 1] ?? 0);
    previous = row;
  }
  return previous[b.length] ?? 0;
}

/** Share of the shorter text's words found in order in the other; 0 below MIN_COMMON_WORDS words in common. */
export function statementSimilarity(a: string, b: string): number {
  return similarityOf(sequenceOf(a), sequenceOf(b));
}

function similarityOf(left: readonly string[], right: readonly string[]): number {
  const common = commonSubsequence(left, right);
  return common < MIN_COMMON_WORDS ? 0 : common / Math.min(left.length, right.length);
}

/** One statement as every outlet that carried it: at most one statement per article, first in corpus order. */
export interface StatementGroup {
  /** The first member's id. */
  id: string;
  speaker: string;
  members: Statement[];
}

/**
 * Groups the same statement across articles: same speaker, different articles, similarity at least
 * SAME_STATEMENT. Pairs join best first, and a group never takes two statements of the same article (two
 * sentences of one article are two statements, even when a third outlet's wording resembles both).
 */
export function groupStatements(statements: readonly Statement[]): StatementGroup[] {
  const sequences = statements.map((statement) => sequenceOf(statement.text));
  const pairs: { a: number; b: number; score: number }[] = [];
  for (const [a, b] of candidatePairs(statements)) {
    const score = similarityOf(sequences[a] ?? [], sequences[b] ?? []);
    if (score >= SAME_STATEMENT) pairs.push({ a, b, score });
  }
  pairs.sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);

  const groupOf = statements.map((_, index) => index);
  const members = new Map(statements.map((_, index) => [index, [index]]));
  for (const { a, b } of pairs) {
    const [left, right] = [groupOf[a] ?? a, groupOf[b] ?? b];
    if (left === right) continue;
    const joined = [...(members.get(left) ?? []), ...(members.get(right) ?? [])];
    const articles = joined.map((index) => statements[index]?.articleId);
    if (new Set(articles).size < articles.length) continue;
    for (const index of joined) groupOf[index] = left;
    members.set(left, joined);
    members.delete(right);
  }
  return [...members.values()]
    .map((indexes) => indexes.sort((x, y) => x - y))
    .sort((x, y) => (x[0] ?? 0) - (y[0] ?? 0))
    .map((indexes) => {
      const group = indexes.map((index) => statements[index] as Statement);
      return { id: group[0]?.id ?? '', speaker: group[0]?.speaker ?? '', members: group };
    });
}

/** A stem in more of one speaker's statements than this is too common to propose pairs ("nato" for NATO). */
const CANDIDATE_MAX_POSTINGS = 64;
/**
 * Share of the smaller statement's stems a pair must have in common to be compared at all. The same statement
 * shares most of its words (the lowest pair on the seeds, "to further strengthen/boost their partnership",
 * shares one of two); this only spares the word-order comparison of pairs that share a word or two.
 */
const CANDIDATE_SHARE = 0.4;

/**
 * Pairs worth comparing: same speaker, different articles, sharing CANDIDATE_SHARE of their uncommon stems.
 * Statements are compared within their speaker only, through shared stems, so the cost stays near linear.
 */
function candidatePairs(statements: readonly Statement[]): [number, number][] {
  const bySpeaker = new Map<string, number[]>();
  statements.forEach((statement, index) => {
    const list = bySpeaker.get(statement.speaker);
    if (list) list.push(index);
    else bySpeaker.set(statement.speaker, [index]);
  });
  const pairs: [number, number][] = [];
  for (const indexes of bySpeaker.values()) {
    const stems = new Map(
      indexes.map((index) => [index, new Set(tokensOf(statements[index]?.text ?? '').map((token) => token.stem))]),
    );
    const postings = new Map<string, number[]>();
    for (const index of indexes) {
      for (const stem of stems.get(index) ?? []) {
        const list = postings.get(stem);
        if (list) list.push(index);
        else postings.set(stem, [index]);
      }
    }
    for (const index of indexes) {
      const shared = new Map<number, number>();
      for (const stem of stems.get(index) ?? []) {
        const list = postings.get(stem) ?? [];
        if (list.length > CANDIDATE_MAX_POSTINGS) continue;
        for (const other of list)
          if (other > index && statements[other]?.articleId !== statements[index]?.articleId)
            shared.set(other, (shared.get(other) ?? 0) + 1);
      }
      const size = stems.get(index)?.size ?? 0;
      for (const [other, count] of shared) {
        if (count >= Math.max(1, Math.ceil(CANDIDATE_SHARE * Math.min(size, stems.get(other)?.size ?? 0))))
          pairs.push([index, other]);
      }
    }
  }
  return pairs;
}
