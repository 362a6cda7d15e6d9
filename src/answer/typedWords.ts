/**
 * A refusal quotes the question's words as the user typed them. The question is read after spelling correction,
 * acronyms spelled out and the like, so a label can hold a word the user never wrote ("missile" for "misile"); each
 * such stretch is put back as typed.
 */

interface Word {
  text: string;
  folded: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

function wordsOf(text: string): Word[] {
  return [...text.matchAll(WORD)].map((match) => ({
    text: match[0],
    folded: match[0].normalize('NFKC').toLowerCase().replace(/’/g, "'"),
    start: match.index,
    end: match.index + match[0].length,
  }));
}

/** A stretch of the read question that differs from what was typed, and the typed words it stands for. */
interface Rewrite {
  read: string[];
  typed: string;
}

/** The stretches where the read question differs from the typed one: a longest common subsequence of their words. */
function rewritesOf(typed: string, read: string): Rewrite[] {
  const from = wordsOf(typed);
  const to = wordsOf(read);
  const common = Array.from({ length: from.length + 1 }, () => new Array<number>(to.length + 1).fill(0));
  for (let i = from.length - 1; i >= 0; i--)
    for (let j = to.length - 1; j >= 0; j--)
      common[i]![j] =
        from[i]!.folded === to[j]!.folded
          ? common[i + 1]![j + 1]! + 1
          : Math.max(common[i + 1]![j]!, common[i]![j + 1]!);
  const rewrites: Rewrite[] = [];
  let i = 0;
  let j = 0;
  while (i < from.length || j < to.length) {
    if (i < from.length && j < to.length && from[i]!.folded === to[j]!.folded) {
      i++;
      j++;
      continue;
    }
    const typedStart = i;
    const readStart = j;
    while (
      (i < from.length || j < to.length) &&
      !(i < from.length && j < to.length && from[i]!.folded === to[j]!.folded)
    ) {
      if (j >= to.length || (i < from.length && common[i + 1]![j]! >= common[i]![j + 1]!)) i++;
      else j++;
    }
    // Only a stretch rewritten, not words dropped from the question (a greeting) or added to it; word for word
    // where it kept the count ("misile over the ofice").
    if (i === typedStart || j === readStart) continue;
    if (i - typedStart === j - readStart)
      for (let k = 0; k < i - typedStart; k++)
        rewrites.push({ read: [to[readStart + k]!.folded], typed: from[typedStart + k]!.text });
    else
      rewrites.push({
        read: to.slice(readStart, j).map((word) => word.folded),
        typed: typed.slice(from[typedStart]!.start, from[i - 1]!.end),
      });
  }
  return rewrites;
}

/** `part` with every run of words that one rewrite produced put back as the user typed it. */
function asTyped(part: string, rewrites: readonly Rewrite[]): string {
  const words = wordsOf(part);
  let result = '';
  let at = 0;
  for (let k = 0; k < words.length;) {
    const rewrite = rewrites.find(({ read }) => read.every((word, offset) => words[k + offset]?.folded === word));
    if (!rewrite) {
      k++;
      continue;
    }
    const last = words[k + rewrite.read.length - 1]!;
    result += part.slice(at, words[k]!.start) + rewrite.typed;
    at = last.end;
    k += rewrite.read.length;
  }
  return result + part.slice(at);
}

/**
 * The refusal's reason with its quoted words as typed: `typed` is the question as the user wrote it, `read` as the
 * engine read it. A quote already in the user's words is left as it is, and so is a quote of anything but the
 * question (a line of a page holds words the question does not).
 */
export function reasonInWordsTyped(reason: string, typed: string, read: string): string {
  const rewrites = rewritesOf(typed, read);
  if (rewrites.length === 0) return reason;
  const typedWords = new Set(wordsOf(typed).map((word) => word.folded));
  const readWords = new Set(wordsOf(read).map((word) => word.folded));
  return reason.replace(/(["“])([^"”]+)(["”])/g, (quote, open: string, part: string, close: string) => {
    const words = wordsOf(part);
    if (words.every((word) => typedWords.has(word.folded))) return quote;
    if (!words.every((word) => readWords.has(word.folded))) return quote;
    return `${open}${asTyped(part, rewrites)}${close}`;
  });
}
