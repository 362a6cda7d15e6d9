/** Switches for the rules below, so that a test can show what each one does. */
export const REQUEST_RULES = {
  courtesy: true,
  nameAsked: true,
  nameWithoutArticle: true,
  interjections: true,
  claimChecked: true,
  hedgedRecollection: true,
  listingAsked: true,
  innerTags: true,
  explainingRequests: true,
  apologies: true,
};

/** "What is the name of the North Korean official?" asks who the official is; "What are the names of ..." who they are. */
const NAME_OF =
  /^(?:what(?:['’]s|\s+is|\s+was)\s+the\s+(?:(?:full|exact|formal|official|proper|complete|correct|actual|real)\s+){0,2}name|(what\s+(?:are|were)\s+the\s+(?:(?:full|exact|formal|official|proper|complete|correct|actual|real)\s+){0,2}names))\s+of\s+(?=\S)/i;
/**
 * The same with its article left out, as speakers of languages without articles write it: "What was name of NATO
 * department ...?".
 */
const NAME_OF_WITHOUT_ARTICLE = /^(?:what(?:['’]s|\s+is|\s+was)\s+name|(what\s+(?:are|were)\s+names))\s+of\s+(?=\S)/i;

/**
 * The words around a question that ask politely rather than ask something: a greeting or a request before it
 * ("hey bot,", "Can you tell me", "I want to know:") and thanks after it ("thanks!", "please"). Patterns anchor
 * on the question itself ("What did ...", "Who in ..."), so they must not see these.
 */
const GREETING =
  /^(?:hey|hi|hello|yo|ok|okay|so|well|um+|quick\s+question)(?:\s+(?:bot|there|all|everyone|folks))?\s*[,!:.;-]*\s+/i;
/**
 * A formula asking leave before the question ("Excuse me,", "Pardon me,", "Sorry to bother you,", "Forgive me,"):
 * it says how the asker asks, not what about.
 */
const APOLOGY =
  /^(?:(?:excuse|pardon|forgive)\s+me|(?:sorry|apologies)(?:\s+to\s+(?:bother|trouble|disturb)\s+you)?)(?:\s*[,!:.;-]+\s*(?:but\s+)?|\s+but\s+)(?=\S)/i;
/** A word of chat before the question proper: "wait which countries ...", "hmm, who said ...", "oh and what ...". */
const INTERJECTION =
  /^(?:wait|hmm+|oh|ah|lol|anyway|alright|right)\s*[,!:.;-]*\s+(?=(?:and\s+|but\s+|so\s+)?(?:what|which|who|whom|whose|when|where|why|how|did|does|do|is|are|was|were|has|have|can|could)\b)/i;
const REQUEST =
  /^(?:(?:can|could|would|will)\s+you\s+(?:please\s+|kindly\s+)?(?:tell|show|give)\s+me|(?:please\s+)?(?:tell|show|give|get|find)\s+me|(?:please\s+)?(?:quote|cite|list|name)(?=\s+(?:what|who|whom|how|where|when|why|which)\b)|do\s+you\s+know|i\s+(?:want|would\s+like|wanna|need)\s+to\s+know|i['’]d\s+like\s+to\s+know|i(?:['’]m|\s+am)\s+(?:wondering|curious)|i\s+wonder|question)\s*[,:;-]*\s+(?=\S)/i;
/**
 * A request to be told or shown, put as an imperative of explaining before a question of its own ("Walk me through
 * what Seoul said", "Fill me in on who ...", "Remind me what ..."): the question after it is what is asked.
 */
const EXPLAINING_REQUEST =
  /^(?:(?:please|kindly)\s+)?(?:(?:walk|talk|take|run|step)\s+(?:me|us)\s+(?:through|over)|fill\s+(?:me|us)\s+in(?:\s+on)?|remind\s+(?:me|us)(?:\s+of)?|help\s+(?:me|us)\s+(?:understand|see|figure\s+out)|let\s+(?:me|us)\s+know)\s*[,:;-]*\s+(?=(?:what|who|whom|whose|which|when|where|why|how)\b)/i;
const THANKS =
  /\s*[,.;!-]*\s*(?:thanks|thank\s+you|thx|ty|cheers|please|pls|plz)(?:\s+(?:so\s+much|a\s+lot|in\s+advance))?\s*([!.?]*)\s*$/i;

/**
 * A tag asking for yes or no after the question: "? same words or not", "..., right?", "or what?". It adds nothing
 * to what is asked, and its "not" would read as a negation. A plain "... or not?" stays: "is it a treaty or not" is
 * answered by "this is not a treaty".
 */
const TAG = String.raw`right|yes\s+or\s+no|true\s+or\s+false|am\s+i\s+right|is\s+that\s+right`;
const YES_NO_TAG = new RegExp(
  String.raw`(?:([?.!,;])\s*(?:[\p{L}'’]+\s+){0,3}or\s+not|\s*,?\s+or\s+what|([?,])\s*(?:${TAG}))\s*([?!.]*)\s*$`,
  'iu',
);

/**
 * The same tag closing a sentence with another after it: "Kim Seol-hwa is the foreign minister, right? Or what is his
 * actual job?". The sentence keeps its question mark; "right" is no word of what is asked.
 */
const INNER_YES_NO_TAG = new RegExp(
  String.raw`\s*,\s*(?:${TAG}|correct|is\s+that\s+correct|isn['’]t\s+(?:it|he|she|that)|no)\s*\?(?=\s+\S)`,
  'giu',
);

/**
 * A sentence after the question saying what shape the answer should take ("Explain in one or two sentences.",
 * "Keep it brief.", "In your own words please."): every word of it is one of answering, length or form, so it
 * asks nothing of the coverage. One with any other word ("Explain why China objects.") is a question in itself.
 */
const ANSWER_FORM_WORD =
  /^(?:explain|answer|reply|respond|summari[sz]e|keep|give|put|write|list|describe|be|just|it|them|that|this|me|us|the|a|an|in|into|with|using|your|my|own|words?|terms|one|two|three|four|five|few|couple|of|or|and|at|most|max(?:imum)?|no|more|than|under|less|only|sentences?|lines?|bullets?|bullet-points?|points?|paragraphs?|brief(?:ly)?|short(?:ly)?|concise(?:ly)?|simple|simply|plain(?:ly)?|english|please|pls|plz)$/i;
/** The form a shape is asked in: a unit or a manner, without which "Explain it." would be no instruction. */
const ANSWER_FORM_MARK =
  /^(?:words?|terms|sentences?|lines?|bullets?|bullet-points?|points?|paragraphs?|brief(?:ly)?|short(?:ly)?|concise(?:ly)?|simple|simply|plain(?:ly)?)$/i;
const LAST_SENTENCE = /([?.!])\s+([^?.!]+)[.!]*\s*$/u;
const FIRST_SENTENCE = /^([^?.!]+)[.!]+\s+(?=\S)/u;

/**
 * A sentence of courtesy before or after the question ("Good afternoon.", "Much obliged.", "Thank you ever so
 * much.", "Many thanks in advance, I appreciate it."): every word of it is one of greeting, thanking or their
 * fillers, and one of them thanks or greets. One with any other word ("Thanks, and what did China say?") asks.
 */
const COURTESY_WORD =
  /^(?:thanks?|thank(?:s|ful)|obliged|grateful|appreciate[ds]?|cheers|ta|regards|greetings|hello|hi|hey|dear|good|morning|afternoon|evening|day|sorry|to|bother|trouble|for|your|the|help|time|in|advance|so|very|much|many|ever|a|lot|bunch|million|truly|really|greatly|most|kindly|kind|of|you|it|i|am|be|would|will|all|sir|madam|friends?|folks|everyone|and|best|warm|warmest|kindest|please|pls|plz)$/i;
const COURTESY_MARK =
  /^(?:thanks?|thank(?:s|ful)|obliged|grateful|appreciate[ds]?|cheers|regards|greetings|hello|hi|morning|afternoon|evening|sorry)$/i;

/** Whether every word of a sentence is one of `vocabulary` and one of them is a `mark` of what the sentence does. */
function madeOf(sentence: string | undefined, vocabulary: RegExp, mark: RegExp): boolean {
  const words = sentence?.match(/[\p{L}-]+/gu) ?? [];
  return words.length > 0 && words.every((word) => vocabulary.test(word)) && words.some((word) => mark.test(word));
}

const isCourtesy = (sentence: string | undefined) => madeOf(sentence, COURTESY_WORD, COURTESY_MARK);

function withoutCourtesy(question: string): string {
  let rest = question;
  const first = FIRST_SENTENCE.exec(rest);
  if (first && isCourtesy(first[1])) rest = rest.slice(first[0].length);
  const last = LAST_SENTENCE.exec(rest);
  if (last && isCourtesy(last[2])) rest = rest.slice(0, last.index + 1);
  return rest;
}

/**
 * A sentence after a claim asking whether it holds ("Is that an accurate summary?", "Is this true?", "Can you
 * confirm?", "Does the coverage back this up?"): every word is one of checking, and one of them judges or checks.
 * The claim before it is what is asked.
 */
const CHECK_WORD =
  /^(?:is|was|are|that|this|it|those|these|an?|the|accurate|true|correct|right|fair|summary|description|reading|account|characteri[sz]ation|claim|statement|can|could|would|you|confirm|verify|check|please|really|actually|does|do|did|coverage|articles?|reports?|outlets?|back|up|support|so|or|not|false)$/i;
const CHECK_MARK = /^(?:accurate|true|correct|right|fair|confirm|verify|check|false|back|support)$/i;
/** A label before a claim: "Claim doing the rounds:", "Viral claim:", "Fact check:", "Rumour on X:". */
const CLAIM_LABEL =
  /^(?:(?:an?|this|the)\s+)?(?:viral\s+|popular\s+|online\s+)?(?:claims?|rumou?rs?|fact[-\s]?check|assertion)(?:\s+(?:doing\s+the\s+rounds|going\s+(?:a)?round|circulating|online|on\s+[\p{L}]+))?\s*:\s+(?=\S)/iu;

/**
 * A half-remembered aside before the question ("One of the reports listed AUKUS as Australia, Britain and Canada I
 * think? Which outlets spell out who is in AUKUS?"): a sentence the asker hedges, then a question that stands alone
 * (no "it", "them", "he" leaning on the aside). The question is asked, the aside is not searched for.
 */
const HEDGED_ASIDE =
  /^[^?.!]*\b(?:I\s+think|I\s+believe|I\s+guess|I\s+recall|I\s+seem\s+to\s+(?:recall|remember)|if\s+I\s+remember(?:\s+(?:right|rightly|correctly))?|if\s+I['’]m\s+not\s+mistaken|I\s+might\s+be\s+wrong)\b[^?.!]*[?.!]+\s+(?=(?:what|which|who|whom|whose|when|where|why|how|did|does|do|is|are|was|were|has|have)\b)/i;
const LEANING = /\b(?:it|its|they|them|their|that|this|those|these|he|him|his|she|her|ones?)\b/i;

function withoutHedgedAside(question: string): string {
  const aside = HEDGED_ASIDE.exec(question);
  if (!aside) return question;
  const rest = question.slice(aside[0].length);
  return LEANING.test(rest) ? question : rest;
}

/** The last sentence, a question this time: the claim before it ends in a full stop. */
const LAST_QUESTION = /([.!])\s+([^?.!]+)\?+\s*$/u;

function withoutClaimCheck(question: string): string {
  const rest = question.replace(CLAIM_LABEL, '');
  const last = LAST_QUESTION.exec(rest);
  return last && madeOf(last[2], CHECK_WORD, CHECK_MARK) ? rest.slice(0, last.index + 1) : rest;
}

/**
 * A list asked for after the question ("Itemise.", "List them all.", "Enumerate each one separately."): every word
 * is one of listing, and one of them lists.
 */
const LISTING_WORD =
  /^(?:itemi[sz]e|enumerate|list|them|all|each|every|one|separately|individually|by|please|pls|plz)$/i;
const LISTING_MARK = /^(?:itemi[sz]e|enumerate|list)$/i;

function withoutAnswerForm(question: string): string {
  const last = LAST_SENTENCE.exec(question);
  const form =
    madeOf(last?.[2], ANSWER_FORM_WORD, ANSWER_FORM_MARK) ||
    (REQUEST_RULES.listingAsked && madeOf(last?.[2], LISTING_WORD, LISTING_MARK));
  return last && form ? question.slice(0, last.index + 1) : question;
}

/** The question without the greeting, request or thanks around it; unchanged when nothing else would be left. */
export function withoutRequestFrame(question: string): string {
  let rest = withoutAnswerForm(REQUEST_RULES.courtesy ? withoutCourtesy(question.trim()) : question.trim());
  if (REQUEST_RULES.claimChecked) rest = withoutClaimCheck(rest);
  if (REQUEST_RULES.hedgedRecollection) rest = withoutHedgedAside(rest);
  if (REQUEST_RULES.innerTags) rest = rest.replace(INNER_YES_NO_TAG, '?');
  for (let previous = ''; previous !== rest;) {
    previous = rest;
    rest = rest
      .replace(GREETING, '')
      .replace(REQUEST_RULES.apologies ? APOLOGY : /$^/, '')
      .replace(REQUEST_RULES.interjections ? INTERJECTION : /$^/, '')
      .replace(REQUEST, '')
      .replace(REQUEST_RULES.explainingRequests ? EXPLAINING_REQUEST : /$^/, '')
      .replace(THANKS, (_thanks, marks: string) => (marks.includes('?') ? '?' : ''))
      .replace(YES_NO_TAG, (_tag, before: string | undefined, comma: string | undefined, marks: string) =>
        [before, comma, marks].some((mark) => mark?.includes('?')) ? '?' : '',
      )
      .trim();
  }
  const asWho = (_name: string, plural: string | undefined) => (plural ? 'Who are ' : 'Who is ');
  if (REQUEST_RULES.nameAsked) rest = rest.replace(NAME_OF, asWho);
  if (REQUEST_RULES.nameWithoutArticle) rest = rest.replace(NAME_OF_WITHOUT_ARTICLE, asWho);
  return /[\p{L}\p{N}]/u.test(rest) ? rest : question;
}
