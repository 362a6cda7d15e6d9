/**
 * Questions that ask for a kind of fact ("on what date", "how much", "how many") are answered only by passages
 * that hold one: a passage about the drills that gives no date does not answer "when are the drills?".
 */
export type FactKind = 'date' | 'time' | 'future' | 'amount' | 'count' | 'duration';

/** "What exact date", "what total amount": a word that only sharpens the fact asked for. */
const SHARPENED = String.raw`(?:(?:exact|precise|specific|actual|particular|approximate|rough|estimated|total|final|overall|likely|expected|planned)\s+)?`;

const ASKS: [FactKind, RegExp][] = [
  [
    'future',
    // "When is the office opening?": the present progressive of a plan asks for a time ahead too.
    /\bwhen\s+(?:will|would|shall)\b|\bwhen\s+(?:is|are)\s+[^?]*\b(?:going|due|expected|scheduled|set)\s+to\b|\bwhen\s+(?:is|are)\s+(?:the\s+|this\s+|that\s+|it\b|they\b)[^?,]*?\b\p{L}{2,}ing\b/iu,
  ],
  ['date', new RegExp(String.raw`\b(?:on\s+)?(?:what|which)\s+${SHARPENED}(?:date|day)\b`, 'i')],
  [
    'time',
    new RegExp(
      String.raw`\b(?:what|which)\s+${SHARPENED}(?:month|year|time|window|time ?frame|timeline|period|dates)\b|\bwhen\s+(?:will|is|are|was|were|did|does|do|has|have)\b|^\s*when\b`,
      'i',
    ),
  ],
  ['duration', /\bhow\s+long\b(?!\s+ago\b)|\bfor\s+how\s+many\s+(?:years|months|weeks|days|hours)\b/i],
  [
    'amount',
    new RegExp(
      String.raw`\bhow\s+much\b|\b(?:what|which)\s+${SHARPENED}(?:sum|amount|budget|price|cost|percentage|percent|proportion|share)\b|\bhow\s+(?:expensive|costly)\b`,
      'i',
    ),
  ],
  ['count', new RegExp(String.raw`\bhow\s+many\b|\b(?:what|which)\s+${SHARPENED}(?:number|size)\b`, 'i')],
];

const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const WEEKDAY = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)';
const HOLDS: Record<Exclude<FactKind, 'future'>, RegExp> = {
  date: new RegExp(
    `\\b${MONTH}\\.?\\s+\\d{1,2}\\b|\\b\\d{1,2}\\s+${MONTH}\\b|\\b\\d{4}-\\d{2}-\\d{2}\\b|\\b${WEEKDAY}\\b|\\b(?:yesterday|today|tomorrow)\\b`,
    'i',
  ),
  time: new RegExp(
    `\\b${MONTH}\\.?\\s+\\d{1,2}\\b|\\b\\d{1,2}\\s+${MONTH}\\b|\\b${MONTH}\\s+\\d{4}\\b|\\b(?:in|since|by|from|until|on|for|before|after)\\s+(?:(?:early|mid|late|the end of|the start of)[\\s-]+)?(?:${MONTH}|\\d{4})\\b|\\b${WEEKDAY}\\b|\\b(?:last|next|this|earlier this|later this)\\s+(?:week|month|year|${MONTH})\\b|\\b(?:yesterday|today|tomorrow)\\b|\\b\\d{4}-\\d{2}-\\d{2}\\b|\\b(?:19|20)\\d{2}\\b|\\b(?:in|by|until|before|after|since|next|this|last|early|late|mid)[\\s-]+(?:the\\s+)?(?:spring|summer|autumn|fall|winter)\\b`,
    'i',
  ),
  amount:
    /[$€£¥₩]\s?\d|\b\d[\d,.]*\s*(?:%|percent|per cent|dollars?|euros?|yen|won|pounds?|yuan|rubles?|roubles?|million|billion|trillion|bn|mn)\b|\b(?:million|billion|trillion)\b/i,
  count:
    /\b\d[\d,.]*\b|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|dozens?|single|sole)\b/i,
  duration:
    /\b(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|many|few)[\s-]+(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?)\b|\b(?:until|till|through)\s+(?:\d{4}|\p{L}+\s+\d{4})\b|\bindefinitely\b|\bpermanent(?:ly)?\b/iu,
};

/** Nouns that ask for a span of time ("What window did North Korea give?"): a time answers them, not the word itself. */
export const TIME_SPAN_NOUN = /^(?:window|time ?frame|timeline|period|dates)$/i;

/** The kind of fact a question asks for, or null when it asks for none in particular. */
export function factAsked(question: string): FactKind | null {
  return ASKS.find(([, pattern]) => pattern.test(question))?.[0] ?? null;
}

/** Words that put a time ahead: "due to open next year", "plans to sign before the summit in July". */
const AHEAD =
  /\b(?:will|would|shall|plans?|planned|planning|due|expected|next|upcoming|later|scheduled|set to|aims? to|intends?)\b/i;

/** Whether a passage states a fact of that kind; a time ahead needs a time and a word that puts it ahead. */
export function holdsFact(text: string, kind: FactKind): boolean {
  // "may" in lower case is the verb ("this may harm"), never the month.
  const checked = text.replace(/\bmay\b/g, '');
  if (kind === 'future') return HOLDS.time.test(checked) && AHEAD.test(checked);
  return HOLDS[kind].test(checked);
}
