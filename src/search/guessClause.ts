/** A clause boundary inside a question: a dash, comma, semicolon, colon or an earlier sentence's end. */
const BOUNDARY = /[—–,;:?!.]|\s-\s/gu;
/** "was it on ...", "or is that ...", "did he mean ...": a clause that puts a guess to the answer. */
const GUESS_OPENING =
  /^\s*(?:(?:or|and)\s+)?(?:(?:was|is|were|are|did|does|do)\s+(?:it|that|this|he|she|they)|(?:it|that)\s+(?:was|is))\b/i;
/** A question word: the part before the guess asks something of its own. */
const WH_WORD = /\b(?:where|when|who|whom|what|which|how|why)\b/i;

/**
 * Whether `label` stands only in a guess put after a question of its own: "where did he say that — was it on
 * Rossiya 24?", "who first said it, was it Putin?". The guess may be wrong; the question before it still stands, so
 * a name the coverage lacks there does not make the question unanswerable.
 */
export function onlyInGuess(question: string, label: string): boolean {
  const at = question.indexOf(label);
  if (at < 0 || question.indexOf(label, at + label.length) >= 0) return false;
  const before = question.slice(0, at);
  const boundaries = [...before.matchAll(BOUNDARY)];
  const last = boundaries.at(-1);
  if (!last || last.index === undefined) return false;
  const clause = before.slice(last.index + last[0].length);
  return GUESS_OPENING.test(clause) && WH_WORD.test(before.slice(0, last.index));
}
