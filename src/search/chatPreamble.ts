/** The words a question opens with: a question word or an auxiliary put first. */
export const QUESTION_OPENING_WORDS =
  'what|who|whom|whose|which|when|where|why|how|is|are|was|were|do|does|did|can|could|will|would|has|have|had|should';

/** What follows a lead-in's colon: the question proper, a preposition perhaps first ("on what date"). */
const QUESTION_AHEAD = `(?=(?:(?:on|in|at|for|by|from|to|with|about|since|until)\\s+)?(?:${QUESTION_OPENING_WORDS})\\b)`;

/**
 * "hey, quick one: when did ...", "question for the bot: who ...": a few words before a colon that opens the
 * question proper ("on what date" too). They say how it is asked, not what about, and the question's own shape
 * starts after them.
 */
const PREAMBLE = new RegExp(`^\\s*((?:[^\\s:?!.]+\\s+){0,5}[^\\s:?!.]+)\\s*:\\s*${QUESTION_AHEAD}`, 'iu');

/** The preamble as a pattern of the question's qualifier phrases (group 1), which are matched with `matchAll`. */
export const CHAT_PREAMBLE = new RegExp(PREAMBLE.source, 'giu');

/** The question after its chat preamble, or the whole question when it has none. */
export function withoutPreamble(question: string): string {
  const match = PREAMBLE.exec(question);
  return match ? question.slice(match[0].length) : question;
}

/**
 * "Need the precise phrasing for a subtitle: which official said ...", "For my essay I need the exact attribution:
 * who ...": a longer lead-in before the question proper, with no capital after its first word (but "I").
 */
const LONG_PREAMBLE = new RegExp(
  String.raw`^\s*([^\s:?!.]+(?:\s+(?:I|I['’]\p{Ll}+|[^\s:?!.\p{Lu}]+)){6,13})\s*:\s*` + QUESTION_AHEAD,
  'u',
);

/** The long lead-in of a question and the question after it (see LONG_PREAMBLE), or null. */
export function longLeadInOf(question: string): { leadIn: string; rest: string } | null {
  const match = LONG_PREAMBLE.exec(question);
  return match?.[1] ? { leadIn: match[1], rest: question.slice(match[0].length) } : null;
}
