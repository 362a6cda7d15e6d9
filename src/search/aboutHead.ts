/**
 * The head of what a question asks about: "about the liaison office in Tokyo" -> "the liaison office", "about
 * lowering tariffs on Japanese car exports" -> "lowering tariffs"; null when it has no "about".
 */
export function aboutHead(question: string): string | null {
  return question.match(ABOUT_HEAD)?.[1] ?? null;
}

/** A phrase of at most four words up to a preposition or the end of the clause: what something is about. */
const HEAD = String.raw`((?:the\s+|a\s+|an\s+)?[\p{L}\p{N}'’-]+(?:\s+[\p{L}\p{N}'’-]+){0,3}?)(?=\s+(?:in|of|on|for|at|with|from|to|by|between|near|during|after|before)\b|\s*[,?.!;]|\s*$)`;
const ABOUT_HEAD = new RegExp(String.raw`\babout\s+${HEAD}`, 'iu');

/** Verbs of judging something aloud ("slammed", "praised"): whether someone did is whether they said so. */
export const JUDGED_ALOUD =
  'slam(?:med)?|blast(?:ed)?|critici[sz]ed?|condemn(?:ed)?|denounced?|decr(?:y|ied)|lambast(?:ed)?|praised?|hail(?:ed)?|applaud(?:ed)?|endorsed?|echo(?:ed)?|dismiss(?:ed)?|den(?:y|ied)|acknowledged?|accused?';
const JUDGED_HEAD = new RegExp(String.raw`\b(?:${JUDGED_ALOUD})\s+${HEAD}`, 'iu');

/** What a verb of judging judges, as an about-phrase would name it: "did Mao Ning slam AUKUS at ..." -> "AUKUS". */
export function judgedHead(question: string): string | null {
  return question.match(JUDGED_HEAD)?.[1] ?? null;
}
