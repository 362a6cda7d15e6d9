import { termOf } from './analyzer.ts';
import { isNoun, isPlaceName, isVerb, isVerbOfDegree, namesGroup } from './wordNet.ts';
import { STOP_WORDS } from './stopWords.ts';
/**
 * Questions that ask for a kind of fact ("on what date", "how much", "how many") are answered only by passages
 * that hold one: a passage about the drills that gives no date does not answer "when are the drills?".
 */
export type FactKind =
  | 'date'
  | 'time'
  | 'future'
  | 'amount'
  | 'change'
  | 'count'
  | 'duration'
  | 'ongoing'
  | 'holder'
  | 'leader'
  | 'place'
  | 'measure';

/** "What exact date", "what total amount": a word that only sharpens the fact asked for. */
const SHARPENED = String.raw`(?:(?:exact|precise|specific|actual|particular|approximate|rough|estimated|total|final|overall|likely|expected|planned|annual|yearly|monthly)\s+)?`;

/** Taking charge of a post: "run", "head", "staff", "oversee". */
const IN_CHARGE = String.raw`(?:run|head|lead|staff|man|manage|direct|chair|command|oversee|helm)`;

/** "... and over what period?", "for what length of time": a length of time ("over the next three years"), not a date. */
const PERIOD_ASKED = /\b(?:over|for|during)\s+(?:what|which)\s+(?:period|span|stretch|length\s+of\s+time)\b/i;

/** "how much of the equipment", "how much of Japan's arsenal": a share of it; not of money ("of the budget"). */
const PROPORTION_ASKED =
  /\bhow\s+much\s+of\s+(?!(?:the\s+|its\s+|their\s+|this\s+|that\s+)?(?:budget|money|funding|funds|cost|costs|spending|sum|amount|revenue|income)\b)/i;

/** An auxiliary after "where", and no word of where someone stands or spoke after it ("where does X stand"). */
const WHERE_HAPPENED = String.raw`(?:did|was|were|will|would|has|have|had|is|are|does|do)\b(?![^?]*\b(?:stands?|say|said|tell|told|speak|spoke|comment|write|wrote|remarks?|comments?|statement)\b)`;
/** "Where exactly was the Concept signed off?": an adverb may sharpen the question word. */
const WHERE_SHARPENED = new RegExp(String.raw`^\s*where\s+\p{L}+ly\s+${WHERE_HAPPENED}`, 'iu');

const ASKS: [FactKind, RegExp][] = [
  [
    // Who will hold a post, or has been picked for it: a name, which only a passage naming the holder gives.
    'holder',
    new RegExp(
      String.raw`\bwho(?:['’]?s|\s+is|\s+will|\s+would|\s+shall|\s+might|\s+could)?\s+(?:(?:the\s+)?(?:[\p{L}-]+\s+){0,3}?(?:actually\s+|really\s+)?(?=(?:gonna|going\s+to|set\s+to|due\s+to)\s))?(?:be\s+|going\s+to\s+|gonna\s+|set\s+to\s+|due\s+to\s+)*(?:(?:the\s+)?(?:[\p{L}-]+\s+){0,3}?(?:picked|chosen|named|appointed|selected|posted|tapped|nominated|assigned|sent)\s+to\s+)?${IN_CHARGE}\b(?!\s+(?:by|for)\b)|\bwho(?:['’]s|\s+is|\s+was|\s+has\s+been|\s+will\s+be|\s+would\s+be)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}?(?:picked|chosen|named|appointed|selected|tapped|nominated|assigned)\b(?!\s+as\s+(?:the\s+)?(?:author|writer|source|originator|speaker)\b)|\bname\s+of\s+the\s+(?:[\p{L}-]+\s+){0,3}?(?:official|officer|person|diplomat|envoy|head|chief|director|representative)\s+(?:who|that)\s+(?:will|would|is\s+to|is\s+going\s+to)\b|\bwho(?:['’]?s|\s+is)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}?(?:person|official|officer|guy|man|woman|diplomat|one)\s+(?:who|which|that)\s+(?:will|would|is\s+to|is\s+going\s+to)\s+(?:be\s+)?(?:work|serve|sit)(?:ing)?\s+(?:in|at)\b`,
      'iu',
    ),
  ],
  [
    // Who heads something now ("who leads NATO's Cooperative Security Division"): a name with that post.
    'leader',
    /\bwho(?:['’]s|\s+is|\s+currently)?\s+(?:currently\s+)?(?:leads|heads|runs|chairs|commands|directs|manages|in\s+charge\s+of|the\s+(?:head|chief|leader|director|chair|boss)\s+of)\b/iu,
  ],
  [
    'future',
    // "When is the office opening?": the present progressive of a plan asks for a time ahead too.
    /\bwhen\s+(?:will|would|shall)\b|\bwhen\s+(?:is|are)\s+[^?]*\b(?:going|due|expected|scheduled|set|supposed|meant|slated|planned|poised|likely)\s+to\b|\bwhen\s+(?:is|are)\s+(?:the\s+|this\s+|that\s+|it\b|they\b)[^?,]*?\b\p{L}{2,}ing\b/iu,
  ],
  ['date', new RegExp(String.raw`\b(?:on\s+)?(?:what|which)\s+${SHARPENED}(?:date|day|weekday)\b`, 'i')],
  ['duration', PERIOD_ASKED],
  [
    'time',
    new RegExp(
      String.raw`\b(?:what|which)\s+${SHARPENED}(?:month|year|time|window|time ?frame|timeline|period|dates)\b|\bwhen\s+(?:will|is|are|was|were|did|does|do|has|have)\b|^\s*when\b`,
      'i',
    ),
  ],
  ['ongoing', /\bhow\s+long\s+(?:has|have|had)\b[^?]*\bbeen\b/i],
  // "How many days did he spend there?" counts in a unit of time: a length of time answers it, not "two officials".
  [
    'duration',
    /\bhow\s+long\b(?!\s+ago\b)|\bhow\s+many\s+(?:years|months|weeks|days|hours|minutes|decades)\b(?!\s+(?:ago|after|before|later|earlier|since)\b)|\bhow\s+much\s+(?:time|warning|notice|lead\s+time|advance\s+notice)\b/i,
  ],
  // "Where did NATO approve ...?": a place where something happens; not "where does X stand on" a question, nor
  // where something was said (an interview, a briefing).
  ['place', new RegExp(String.raw`^\s*where\s+${WHERE_HAPPENED}`, 'i')],
  ['place', WHERE_SHARPENED],
  // "How far did the missile fly?", "how high did it go?": a distance, height or speed, which a passage gives as a
  // number with its unit; "how far will NATO go" is figurative, so passages giving one only come first.
  ['measure', /\bhow\s+(?:far|high|deep|fast|heavy|wide|tall|close|near)\b(?!\s+(?:along|back|ahead)\b)/i],
  // "How much bigger did the section get?", "by what percentage did spending rise?": a change, which a passage may
  // give as a proportion ("grew by a fifth", "doubled") as well as a sum.
  [
    'change',
    /\bhow\s+much\s+(?:\p{L}{2,}er|more|less|fewer)\b|\bby\s+how\s+much\b|\bby\s+what\s+(?:percentage|proportion|factor|margin|share)\b|\bhow\s+many\s+times\s+(?:\p{L}{2,}er|more|as)\b/iu,
  ],
  // "how much of Japan's equipment was usable?": a share of something, which a passage gives as a proportion ("a
  // third", "41%"), not a sum; "how much of the budget" is still money.
  ['change', PROPORTION_ASKED],
  // "How many yen a year would Japan spend?" counts money: a sum answers it, not "a one-person station".
  [
    'amount',
    new RegExp(
      String.raw`\bhow\s+much\b|\b(?:what|which)\s+${SHARPENED}(?:sum|amount|budget|price|cost|percentage|percent|proportion|share)\b|\bhow\s+(?:expensive|costly)\b|\b(?:spending|budget|cost|funding|expenditure|investment)\s+(?:figures?|totals?)\b|\bhow\s+many\s+(?:dollars|euros|yen|won|pounds|yuan|rubles|roubles|francs|rupees|dinars|rupiah|percent|per\s+cent|percentage\s+points)\b`,
      'i',
    ),
  ],
  // "How big is the office?" asks its size, which a passage gives as a number ("a one-person station").
  [
    'count',
    new RegExp(
      String.raw`\bhow\s+many\b|\b(?:what|which)\s+${SHARPENED}(?:number|size)\b|\bhow\s+(?:big|large|small|sizable|sizeable)\b|\bheadcount\b|\b(?:total\s+)?(?:count|tally)\s*[?.!]*\s*$`,
      'i',
    ),
  ],
];

const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const WEEKDAY = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)';
const DURATION =
  /\b(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|dozen|several|many|few)[\s-]+(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?)\b|\b\d+[\s-]+(?:pages?|paragraphs?|words?|lines?|chapters?|clauses?|points?)\b|\b(?:until|till|through)\s+(?:\d{4}|\p{L}+\s+\d{4})\b|\bindefinitely\b|\bpermanent(?:ly)?\b/iu;
const HOLDS: Record<Exclude<FactKind, 'future' | 'place'>, RegExp> = {
  // A number with a unit of length, height, speed or weight: "about 4,600 km", "6,000 kilometres", "Mach 5".
  measure:
    /\b\d[\d,.]*\s*(?:km|kilometres?|kilometers?|miles?|nautical\s+miles|metres?|meters?|m|feet|ft|km\/h|kph|mph|knots|tons?|tonnes?|kg|kilograms?)\b|\bmach\s+\d/i,
  date: new RegExp(
    `\\b${MONTH}\\.?\\s+\\d{1,2}\\b|\\b\\d{1,2}\\s+${MONTH}\\b|\\b\\d{4}-\\d{2}-\\d{2}\\b|\\b${WEEKDAY}\\b|\\b(?:yesterday|today|tomorrow)\\b`,
    'i',
  ),
  time: new RegExp(
    `\\b${MONTH}\\.?\\s+\\d{1,2}\\b|\\b\\d{1,2}\\s+${MONTH}\\b|\\b${MONTH}\\s+\\d{4}\\b|\\b(?:in|since|by|from|until|on|for|before|after)\\s+(?:(?:early|mid|late|the end of|the start of)[\\s-]+)?(?:${MONTH}|\\d{4})\\b|\\b${WEEKDAY}\\b|\\b(?:last|next|this|earlier this|later this)\\s+(?:week|month|year|${MONTH})\\b|\\b(?:yesterday|today|tomorrow)\\b|\\b\\d{4}-\\d{2}-\\d{2}\\b|\\b(?:19|20)\\d{2}\\b|\\b(?:in|by|until|before|after|since|next|this|last|early|late|mid)[\\s-]+(?:the\\s+)?(?:spring|summer|autumn|fall|winter)\\b|\\b\\d{1,2}(?:[:.]\\d{2})?\\s*[ap]\\.?m\\b|\\b\\d{1,2}:\\d{2}\\b|\\b(?:this|that|on\\s+[a-z]+)\\s+(?:morning|afternoon|evening|night)\\b|\\bat\\s+(?:noon|midnight|dawn|dusk)\\b`,
    'i',
  ),
  // A sum with its scale or unit, as written: "$2 million", "¥43 trillion", "5 million yen", "41%" (no word boundary
  // follows a per cent sign).
  amount:
    /[$€£¥₩]\s?\d[\d,.]*(?:\s?(?:million|billion|trillion|bn|mn|m|k)\b)?|\b\d[\d,.]*\s*(?:(?:million|billion|trillion)\s+(?:dollars?|euros?|yen|won|pounds?|yuan|rubles?|roubles?)|percent|per cent|dollars?|euros?|yen|won|pounds?|yuan|rubles?|roubles?|million|billion|trillion|bn|mn)\b|\b\d[\d,.]*\s?%|\b(?:million|billion|trillion)\b/i,
  change:
    /\b(?:a|one|two|three|four)\s+(?:half|halves|third|thirds|quarter|quarters|fifth|fifths|sixth|tenth|tenths)\b|\bhalf\b|\b(?:doubl|tripl|quadrupl|halv)(?:ed|es|ing|e)\b|\b(?:two|three|four|five|ten|\d+)[-\s]?fold\b|\b\d[\d,.]*\s*(?:times|percent|per cent|percentage points?)\b|\b\d[\d,.]*\s?%/iu,
  count:
    /\b\d[\d,.]*\b|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|dozens?|single|sole)\b/i,
  // Someone put in charge: "named to head", "will be run by", "headed by", "its first director, ...".
  holder: new RegExp(
    String.raw`\b(?:picked|chosen|named|appointed|selected|tapped|nominated|assigned)\s+(?:as\s+|to\s+)|\b(?:will|would|is\s+to|is\s+set\s+to)\s+(?:be\s+)?${IN_CHARGE}\b|\b(?:run|headed|led|staffed|manned|managed|directed|chaired|commanded|overseen)\s+by\s+\p{Lu}|\b(?:head|chief|director|leader|chair|envoy|representative|ambassador)\s*,?\s+\p{Lu}\p{Ll}+\s+\p{Lu}`,
    'u',
  ),
  // A post and the name holding it ("NATO Secretary General Jens Stoltenberg", "headed by Anna Lindqvist").
  leader: new RegExp(
    String.raw`\b(?:Secretary[- ]General|President|Prime\s+Minister|Minister|Director(?:[- ]General)?|Chief|Head|Chair(?:man|woman)?|Commander|Leader|Spokes(?:man|woman|person))\s+\p{Lu}\p{Ll}+(?:[\s-]\p{Lu}\p{Ll}+)+|\b(?:headed|led|run|chaired|commanded|directed)\s+by\s+\p{Lu}\p{Ll}+\s+\p{Lu}`,
    'u',
  ),
  duration: DURATION,
  // "How long has the delegation been blocking it?": a length of time, or the start of what is still going on ("has
  // blocked the paragraph since the end of June").
  ongoing: new RegExp(
    String.raw`${DURATION.source}|\bsince\s+(?:(?:the\s+)?(?:end|start|beginning|middle)\s+of\s+|early\s+|mid-?|late\s+|last\s+)?(?:${MONTH}|\d{4}|${WEEKDAY}|week|month|year|spring|summer|autumn|fall|winter)\b`,
    'iu',
  ),
};

/** Nouns that ask for a span of time ("What window did North Korea give?"): a time answers them, not the word itself. */
export const TIME_SPAN_NOUN = /^(?:window|time ?frame|timeline|period|dates)$/i;

/**
 * "Who led the delegation to Japan?": the past of leading, and the body led, up to what follows it ("to", "in", "and",
 * a comma). Its last word is the body's head noun.
 */
const LED_BODY =
  /\bwho\s+(?:led|headed|chaired|commanded|directed)\s+(?:the|this|that|its|their|a|an)\s+((?:[\p{L}'’-]+\s+){0,5}?[\p{L}-]+)(?=\s+(?:to|in|at|on|from|for|of|that|which|who|and|during|when|last|this|sent)\b|\s*[?,.;:!]|\s*$)/iu;

/**
 * The body of people a question asks the past leader of ("Who led the NATO delegation to Japan?" -> "delegation"),
 * or null. Only a body: "Who led the criticism?" asks who spoke first, which any statement answers.
 */
export function ledBodyOf(question: string): string | null {
  if (!FACT_RULES.pastLeader) return null;
  const head = LED_BODY.exec(question)?.[1]?.split(/\s+/).at(-1);
  return head && namesGroup(head) ? head : null;
}

/** The kind of fact a question asks for, or null when it asks for none in particular. */
export function factAsked(question: string): FactKind | null {
  if (ledBodyOf(question)) return 'leader';
  const kind = ASKS.find(
    ([kind, pattern]) =>
      (kind !== 'change' || FACT_RULES.changeAsked) &&
      (kind !== 'measure' || FACT_RULES.measureAsked) &&
      (pattern !== PROPORTION_ASKED || FACT_RULES.proportionAsked) &&
      (pattern !== PERIOD_ASKED || FACT_RULES.periodAsked) &&
      (pattern !== WHERE_SHARPENED || FACT_RULES.whereSharpened) &&
      (kind !== 'amount' || !FACT_RULES.degreeAsked || !degreeAsked(question)) &&
      (kind !== 'future' || !FACT_RULES.goingSomewhere || !GOING_SOMEWHERE.test(question)) &&
      pattern.test(question),
  )?.[0];
  if (kind) return kind;
  if (FACT_RULES.costVerb && COST_VERB.test(question)) return 'amount';
  if (FACT_RULES.keywordMoney && MONEY_NOUN.test(question) && keywordsOnly(question)) return 'amount';
  if (FACT_RULES.statedAsked) {
    const stated = STATED_ASKS.find(([, pattern]) => pattern.test(question))?.[0];
    if (stated) return stated;
  }
  if (!FACT_RULES.copulaAsked) return null;
  return COPULA_ASKS.find(([, pattern]) => pattern.test(question))?.[0] ?? null;
}

/**
 * "Which article states the yearly amount Japan will pay?", "which outlet gives the date of the meeting?": the fact
 * named as what a report states, gives or mentions.
 */
const STATED = String.raw`\b(?:states?|stated|gives?|gave|mentions?|mentioned|reports?|reported|lists?|listed|cites?|cited|provides?|provided|specif(?:y|ies|ied)|quotes?|quoted|discloses?|disclosed|reveals?|revealed|includes?|included|contains?|contained)\s+(?:the|a|an|any|its|their)\s+${SHARPENED}(?:(?:projected|estimated|expected|planned|annual|yearly|monthly|overall|total)\s+)*`;
const STATED_ASKS: [FactKind, RegExp][] = [
  ['amount', new RegExp(String.raw`${STATED}(?:sum|amount|budget|price|cost)s?\b`, 'i')],
  ['count', new RegExp(String.raw`${STATED}(?:number|size|headcount)\b`, 'i')],
  ['date', new RegExp(String.raw`${STATED}date\b`, 'i')],
];

/**
 * "nato tokyo liaison office running cost", "liaison office annual budget": a noun of money in a query of keywords,
 * with no question word or verb to ask anything else of it, asks the sum ("who bears the costs?" asks who).
 */
const MONEY_NOUN = /\b(?:costs?|prices?|price\s+tags?|budgets?)\b/i;
/** A question word or an auxiliary: the query is a clause, not keywords. */
const CLAUSE_WORD =
  /\b(?:who|whom|whose|what|which|why|how|when|where|is|are|was|were|do|does|did|will|would|can|could|should|has|have|had)\b/i;

/** Whether a query is keywords only, with no question word or auxiliary: "liaison office annual budget". */
export function keywordsOnly(question: string): boolean {
  return !CLAUSE_WORD.test(question);
}

/** "What will the submarine programme cost Australia?", "what did it cost?": "cost" as the verb asks a sum. */
const COST_VERB = /\bwhat\s+(?:will|would|does|do|did|could|might|is|are)\b[^?]*?\bcost\b(?!\s+(?:of|for)\b)/i;

/** Words of money, whose "how much" asks a sum (DEGREE_ASKED, MONEY_WORDS). */
const MONEY = String.raw`cost|costs|costing|pay|pays|paid|spend|spends|spent|fund|funds|funded|budget|money|dollars?|euros?|yen|worth|price`;

/**
 * "how much the liaison office really matters to Tokyo", "how much does Seoul trust Tokyo": a degree, which no sum
 * answers; "how much will the office cost" asks one.
 */
const DEGREE_ASKED = new RegExp(
  String.raw`\bhow\s+much\b(?![^?]*\b(?:${MONEY})\b)[^?]*?\b(?:matters?|mattered|cares?|cared|counts?|counted|weighs?|weighed|worr(?:y|ies|ied)|trusts?|trusted|values?|valued|influences?|influenced|rel(?:y|ies|ied)|depends?|depended|helps?|helped|hurts?|affects?|affected|likes?|liked|wants?|wanted)\b`,
  'i',
);

/**
 * "Since when are Japanese prime ministers going to NATO summits?", "when are they going to the summit": going to a
 * place or an event (a name, or a noun after its determiner), not "going to" do something ahead.
 */
const GOING_SOMEWHERE = /\bgoing\s+to\s+(?:(?:the|an?|its|their|his|her|this|that|these|those|our|my)\s|\p{Lu})/u;

/** Words of money: "how much" before them asks a sum whatever the verb. */
const MONEY_WORDS = new RegExp(String.raw`\b(?:${MONEY}|paying|spending|funding|won|aid)\b|[$€£¥₩]`, 'i');
/** "how much" and the rest of its clause. */
const HOW_MUCH_CLAUSE = /\bhow\s+much\b([^?.!;]*)/i;

/**
 * Whether "how much" asks a degree: a verb of the list above, or (FACT_RULES.degreeVerbs) a verb of thinking, feeling,
 * sensing or dealing with others in its clause ("how much Tokyo and the alliance collaborate"), and no money word.
 */
function degreeAsked(question: string): boolean {
  if (DEGREE_ASKED.test(question)) return true;
  const clause = FACT_RULES.degreeVerbs ? HOW_MUCH_CLAUSE.exec(question)?.[1] : undefined;
  if (!clause || MONEY_WORDS.test(clause)) return false;
  return clause.split(/[^\p{L}]+/u).some(
    (word) =>
      // A verb only, and not a gerund: "the five year plan" is a noun, "by missing a night at sea" no verb asked.
      /^\p{Ll}{4,}$/u.test(word) &&
      !/ing$/.test(word) &&
      !STOP_WORDS.has(word) &&
      !isNoun(word) &&
      isVerbOfDegree(word),
  );
}

/** "What's the projected annual cost of ...", "What was the date of ...": the fact named after a copula. */
const COPULA = String.raw`\b(?:what|which)(?:['’]s|\s+(?:is|was|are|were|will\s+be|would\s+be))\s+(?:the\s+|its\s+|their\s+)?${SHARPENED}(?:(?:projected|estimated|expected|planned|annual|yearly|monthly|overall|total)\s+)*`;
const COPULA_ASKS: [FactKind, RegExp][] = [
  ['amount', new RegExp(String.raw`${COPULA}(?:sum|amount|budget|price|cost)s?\b`, 'i')],
  ['date', new RegExp(String.raw`${COPULA}date\b`, 'i')],
];

/** Words that put a time ahead: "due to open next year", "plans to sign before the summit in July". */
const AHEAD =
  /\b(?:will|would|shall|plans?|planned|planning|due|expected|next|upcoming|later|scheduled|set to|aims? to|intends?)\b/i;

/** Every post with its holder's name in a text (HOLDS.leader, searched throughout). */
const LEADER_POSTS = new RegExp(HOLDS.leader.source, 'gu');
/** Words between a thing and the post of its head: "the division is headed by", "NATO's secretary general". */
const LINKING_WORDS = /^(?:is|was|are|were|be|been|the|a|an|s|its|their)$/i;

/**
 * Whether a passage names who heads the thing asked about: a post with a name after it and, right before the post,
 * a word of the thing ("NATO Secretary General Jens Stoltenberg" heads NATO, not its Cooperative Security Division;
 * "the delegation met President Yoon" names no head of the delegation).
 */
export function namesHeadOf(text: string, thingStems: ReadonlySet<string>): boolean {
  for (const match of text.matchAll(LEADER_POSTS)) {
    const before = text
      .slice(Math.max(0, match.index - 60), match.index)
      .split(/[^\p{L}\p{N}]+/u)
      .filter((word) => word && !LINKING_WORDS.test(word));
    if (thingStems.has(termOf(before.at(-1) ?? '')?.stem ?? '')) return true;
    // "a delegation from NATO's Cooperative Security Division (CS), led by ...": what is led comes a few words back.
    if (
      FACT_RULES.pastLeader &&
      LED_BY.test(match[0]) &&
      before.slice(-8).some((word) => thingStems.has(termOf(word)?.stem ?? ''))
    )
      return true;
  }
  // "the state-run Korean Central News Agency": who runs the thing is named in a compound before it.
  if (FACT_RULES.runCompounds)
    for (const match of text.matchAll(RUN_COMPOUND)) {
      const run = (match[1] ?? '').split(/[^\p{L}\p{N}]+/u).filter(Boolean);
      if (run.some((word) => thingStems.has(termOf(word)?.stem ?? ''))) return true;
    }
  // "Rear Admiral Jane Doe, who led the delegation": a name, then the leading of the thing.
  for (const match of text.matchAll(NAME_THEN_LEADS)) {
    const led = (match[1] ?? '').split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    if (led.some((word) => thingStems.has(termOf(word)?.stem ?? ''))) return true;
  }
  return false;
}

/** A compound naming who runs what follows it, six words on at most: "state-run Korean Central News Agency (KCNA)". */
const RUN_COMPOUND =
  /(?<![\p{L}.-])[\p{L}.]+-(?:run|led|owned|controlled|operated)\s+((?:[\p{L}\p{N}'’()-]+\s+){0,5}[\p{L}\p{N}'’()-]+)/gu;

/** "led by", "headed by": the post's holder leads what was named just before. */
const LED_BY = /^(?:headed|led|run|chaired|commanded|directed)\s+by\b/;

/** A name, then its leading of something within a few words ("Jane Doe, who headed the NATO team"). */
const NAME_THEN_LEADS =
  /\p{Lu}\p{Ll}+(?:[\s-]\p{Lu}\p{Ll}+)+,?\s+(?:who\s+)?(?:led|leads|headed|heads|chaired|chairs|commanded|commands)\s+((?:[\p{L}'’-]+\s+){0,4}[\p{L}'’-]+)/gu;

/** Whether a passage states a fact of that kind; a time ahead needs a time and a word that puts it ahead. */
export function holdsFact(text: string, kind: FactKind): boolean {
  // "may" in lower case is the verb ("this may harm"), never the month.
  const checked = text.replace(/\bmay\b/g, '');
  if (kind === 'future') return HOLDS.time.test(checked) && AHEAD.test(checked);
  if (kind === 'place') return namesPlace(text);
  // A count is no day of a date ("on April 4") nor a year ("in 2022"); a rank counts ("the 12th launch this year").
  if (kind === 'count' && FACT_RULES.countsNotDates) {
    const undated = checked.replace(DATES_AND_YEARS, ' ');
    return HOLDS.count.test(undated) || /\b\d+(?:st|nd|rd|th)\b/i.test(undated);
  }
  if (kind === 'change')
    return (
      HOLDS.change.test(checked) || HOLDS.amount.test(checked) || (FACT_RULES.changeEnds && CHANGE_ENDS.test(checked))
    );
  if (kind === 'duration' && FACT_RULES.datedSpans && DATED_SPAN.test(checked)) return true;
  // "How much refined petroleum ...?": a quantity of a substance, counted in its unit ("500,000 barrels").
  if (kind === 'amount' && FACT_RULES.quantitiesOfStuff && QUANTITY_OF_STUFF.test(checked)) return true;
  return HOLDS[kind].test(checked);
}

/**
 * A span's end: a year, perhaps after its month or day ("July 2019", "12 June 2023", "2023"). Its start may leave the
 * year to the end ("from March to June 2024", "between 4 May and 12 June 2023").
 */
const SPAN_END = String.raw`(?:(?:early|mid|late)[\s-]+)?(?:\d{1,2}\s+)?(?:${MONTH}\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?)?,?\s+)?\d{4}`;
const SPAN_START = String.raw`(?:${SPAN_END}|(?:(?:early|mid|late)[\s-]+)?(?:\d{1,2}\s+)?${MONTH}\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?)?)`;
/** A length of time given by its two ends: "between July 2019 and December 2023", "from March to June 2024". */
const DATED_SPAN = new RegExp(
  String.raw`\b(?:between|from)\s+${SPAN_START}\s+(?:and|to|until|till|through)\s+${SPAN_END}\b`,
  'i',
);

/** A number with a unit of volume, mass or energy: "500,000 barrels", "3 million tonnes", "1,200 megawatts". */
const QUANTITY_OF_STUFF =
  /\b\d[\d,.]*\s*(?:(?:million|billion|thousand)\s+)?(?:barrels?|tonnes?|tons?|litres?|liters?|gallons?|cubic\s+(?:metres?|meters?|feet)|kilograms?|kg|megawatts?|gigawatts?|kilowatt-hours?)\b/i;

/** A change said as its two ends: "within seconds rather than the minutes it took", "down from 71 percent". */
const CHANGE_ENDS =
  /\b(?:seconds|minutes|hours|days|weeks|months|years|\d[\d,.]*\s*(?:%|percent|per cent|\p{L}+)?)\s+(?:rather\s+than|instead\s+of|compared\s+(?:with|to)|down\s+from|up\s+from)\b/iu;

/** The sum a text states, as written ("$2 million", "5 percent"), or null. */
export function amountIn(text: string): string | null {
  return HOLDS.amount.exec(text.replace(/\bmay\b/g, ''))?.[0] ?? null;
}

/** Switches for the rules here, so that a test can show what each one does. */
export const FACT_RULES = {
  /** "Where exactly was the Concept signed off?": an adverb sharpening "where" still asks a place. */
  whereSharpened: true,
  countsNotDates: true,
  changeAsked: true,
  willEvents: true,
  pastLeader: true,
  measureAsked: true,
  changeEnds: true,
  eventAfterSubject: true,
  copulaAsked: true,
  statedAsked: true,
  periodAsked: true,
  costVerb: true,
  degreeAsked: true,
  /** "how much Tokyo and the alliance collaborate": a verb of the mind or of dealing with others asks a degree. */
  degreeVerbs: true,
  /** "when are they going to NATO summits": going to a place or an event asks no time ahead. */
  goingSomewhere: true,
  quantitiesOfStuff: true,
  /** "how much of the equipment was usable": a share, not a sum. */
  proportionAsked: true,
  /** "Over what period?" of "seven between July 2019 and December 2023": a span given by its two ends. */
  datedSpans: true,
  /** "liaison office annual budget": a noun of money in keywords asks the sum. */
  keywordMoney: true,
  /** "Who runs KCNA?" of "the state-run Korean Central News Agency": the compound names who runs it. */
  runCompounds: true,
};

const DATES_AND_YEARS = new RegExp(
  `\\b${MONTH}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?\\b(?:,?\\s+\\d{4})?|\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}\\b(?:\\s+\\d{4})?|\\b\\d{4}-\\d{2}-\\d{2}\\b|\\b(?:19|20)\\d{2}s?\\b`,
  'gi',
);

/** A place after a preposition of place: "at the Madrid summit", "in Vilnius", "in Mons, Belgium". */
const LOCATIVE_NAME =
  /\b(?:in|at|from|near|to|inside|outside)\s+(?:the\s+)?(\p{Lu}[\p{L}'’-]*(?:,?\s+\p{Lu}[\p{L}'’-]*)*)/gu;

/** Whether a text says where: a preposition of place before a name WordNet knows as a place. */
function namesPlace(text: string): boolean {
  for (const match of text.matchAll(LOCATIVE_NAME))
    if ((match[1] ?? '').split(/,?\s+/).some((word) => isPlaceName(word.replace(/['’]s$/, '')))) return true;
  return false;
}

/** "scheduled to open", "due to be signed", "expected to start": the event a time is asked of. */
const TIMED_EVENT =
  /\b(?:scheduled|due|expected|set|slated|supposed|planned|going|meant|likely)\s+to\s+(?:be\s+)?(?:\p{L}+ly\s+)*(\p{L}+)/iu;
/** "... NATO office in Tokyo will open officially?": the verb right after "will", as the subject is put first. */
const WILL_EVENT = /\b(?:will|shall)\s+(?:be\s+)?(?:\p{L}+ly\s+)*(\p{L}+)\b(?=[^?]*\?\s*$|[^?]*$)/iu;
/** "When will the NATO office in Tokyo open?": the subject after "will", and the verb that ends the question. */
const WILL_SUBJECT_EVENT =
  /\b(?:will|shall)\s+(?:the|a|an|its|their|this|that|these|those|it|they)\b[^?]*?\s(\p{L}+)\s*\?*\s*$/iu;
/** A question asking a time, its preposition first or not: "when", "on which date", "in what year". */
const ASKS_TIME = /^\s*(?:when|(?:(?:on|by|in|at|from|until)\s+)?(?:what|which)\s+(?:date|day|month|year|time))\b/i;
/** Words that may follow "will" and are no event: a subject put after it ("when will the office ...", "will Japan"). */
const NO_EVENT = /^(?:the|a|an|it|they|he|she|this|that|these|those|we|you|i|there|its|their)$|^\p{Lu}/u;

/** The event a question asks the time of ("When is the office scheduled to open?" -> open), or null. */
export function timedEventOf(question: string): string | null {
  if (!ASKS_TIME.test(question)) return null;
  const scheduled = question.match(TIMED_EVENT)?.[1];
  if (scheduled) return scheduled;
  const willed = FACT_RULES.willEvents ? question.match(WILL_EVENT)?.[1] : undefined;
  if (willed && !NO_EVENT.test(willed) && isVerb(willed)) return willed;
  const last = FACT_RULES.eventAfterSubject ? question.match(WILL_SUBJECT_EVENT)?.[1] : undefined;
  return last && !NO_EVENT.test(last) && isVerb(last) ? last : null;
}
