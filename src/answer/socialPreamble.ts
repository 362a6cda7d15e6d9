import { QUESTION_OPENING_WORDS } from '../search/chatPreamble.ts';
import { aboutAsker } from '../search/guessClause.ts';

/** A sentence of greeting, apology or thanks: "Hi, sorry, first time posting here, hope this is the right channel." */
const SOCIAL_OPENING =
  /^\s*(?:hi|hello|hey|dear|greetings|good\s+(?:morning|afternoon|evening)|sorry|apologies|excuse\s+me|thanks?|thank\s+you|cheers|quick\s+question|first\s+time)\b/i;
/** What the asker passes on as read or heard ("I read that Kim Jong Un said ..."): a premise, kept. */
const PASSED_ON =
  /\b(?:read|heard|saw|seen|told|learn(?:ed|t)|noticed)\s+(?:that|about|somewhere|online|how|whether)\b/i;
/** A capitalised word inside a sentence (not its first word, nor "I"): a name, which the question may be about. */
const NAME_INSIDE = /(?<=\S\s+)(?!I\b|I['’])\p{Lu}/u;
/** A question word opening what a colon introduces. */
const QUESTION_OPENING = new RegExp(`^\\s*(?:${QUESTION_OPENING_WORDS})\\b`, 'i');

/**
 * A discourse particle closing a chat message ("what about russia tho", "who said it lol", "and China, btw?"): it
 * says how the question is put, never what about, and read as a word it would join the name before it.
 */
const CLOSING_PARTICLE =
  /(?:,\s*|\s+)(?:tho|though|lol|lmao|haha|btw|anyway|anyways|pls|plz|please|thx|thanks|ty|tbh|imo|rn)\s*([?!.]*)\s*$/i;

/** Switches for the rules here, so that a test can show what each one does. */
export const SOCIAL_RULES = {
  postscripts: true,
  closingParticles: true,
  backgroundBeforePointer: true,
  coverageRemarks: true,
};

/** "Who was that?", "Which outlet said it?", "what was it about?": a short question pointing back, nothing more. */
const POINTER_QUESTION =
  /^\s*(?:so\s+|and\s+|but\s+)?(?:who|what|which|when|where|why|how)\b(?:\s+\S+){0,3}?\s+(?:that|it|this|them|they|he|she|him|her)\s*\?+\s*$/i;

function social(sentence: string): boolean {
  if (NAME_INSIDE.test(sentence) || PASSED_ON.test(sentence)) return false;
  // About the asker: "I read the coverage a few days ago and I'm a bit confused".
  return (
    SOCIAL_OPENING.test(sentence) ||
    aboutAsker(sentence) ||
    (SOCIAL_RULES.coverageRemarks && !sentence.includes('?') && COVERAGE_REMARK.test(sentence))
  );
}

/**
 * "The reports seem a bit vague about his title.", "The articles are confusing on this.": a remark on how the coverage
 * reads, beside the question; its words ("reports", "title") would otherwise ask something of the pages.
 */
const COVERAGE_REMARK =
  /^\s*(?:the|these|those|all\s+the|both|all\s+three|the\s+three)\s+(?:reports?|articles?|stories|story|coverage|outlets?|pieces?|sources?|write-?ups?)\s+(?:seems?|seemed|are|were|is|was|looks?|sounds?|feels?|all|don['’]?t|do\s+not|doesn['’]?t|aren['’]?t|weren['’]?t|never)\b/i;

/**
 * A message without the courtesies and the asker's words about themselves around its question: "Hi, sorry, first
 * time posting here. I read the coverage a few days ago and I'm a bit confused: did any of the outlets include what
 * Beijing said? Thanks!" asks "did any of the outlets include what Beijing said?". A sentence naming anyone, or
 * passing on something read or heard, stays: it may be the question's premise.
 */
export function withoutSocialPreamble(message: string): string {
  const sentences = message.split(/(?<=[.!?])\s+/);
  while (sentences.length > 1 && !sentences[0]?.trimEnd().endsWith('?') && social(sentences[0] ?? ''))
    sentences.shift();
  // After the question, the same: "What does NATO stand for? My 10-year-old asked and I blanked."
  const trailing = (sentence: string) =>
    SOCIAL_OPENING.test(sentence) || (SOCIAL_RULES.postscripts && social(sentence));
  while (sentences.length > 1 && trailing(sentences.at(-1) ?? '') && !sentences.at(-1)?.includes('?')) sentences.pop();
  // "I've been following how Beijing reacts ... In this case somebody warned that ... Who was that?": a short question
  // pointing back asks about the sentence right before it; what comes earlier is the asker's background.
  if (SOCIAL_RULES.backgroundBeforePointer && sentences.length > 2 && POINTER_QUESTION.test(sentences.at(-1) ?? ''))
    sentences.splice(0, sentences.length - 2);
  const [first = '', ...rest] = sentences;
  const colon = first.indexOf(':');
  const opened =
    colon > 0 && social(first.slice(0, colon)) && QUESTION_OPENING.test(first.slice(colon + 1))
      ? first.slice(colon + 1).trim()
      : first;
  const question = [opened, ...rest].join(' ');
  return SOCIAL_RULES.closingParticles ? question.replace(CLOSING_PARTICLE, '$1') : question;
}
