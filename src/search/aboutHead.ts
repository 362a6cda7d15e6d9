/**
 * The head of what a question asks about: "about the liaison office in Tokyo" -> "the liaison office", "about
 * lowering tariffs on Japanese car exports" -> "lowering tariffs"; null when it has no "about".
 */
export function aboutHead(question: string): string | null {
  return (
    question.match(
      /\babout\s+((?:the\s+|a\s+|an\s+)?[\p{L}\p{N}'’-]+(?:\s+[\p{L}\p{N}'’-]+){0,3}?)(?=\s+(?:in|of|on|for|at|with|from|to|by|between|near|during|after|before)\b|\s*[,?.!;]|\s*$)/iu,
    )?.[1] ?? null
  );
}
