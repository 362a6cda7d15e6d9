import { asksPost, speakerAskedAbout } from '../attribution/askWithSpeakers.ts';
import { speakerSummary, type Attribution } from '../attribution/attribution.ts';
import { cutQuestion } from '../search/ask.ts';
import { STOP_WORDS } from '../search/stopWords.ts';
import { isNoun, isVerb } from '../search/wordNet.ts';

/** Words that point back to the earlier question: a follow-up that holds one cannot be read alone. */
const POINTS_BACK = /\b(?:he|she|they|him|her|them|his|hers|its|their|it|this|those|these|there|then|the same|such)\b/i;
/** "that" points back ("when was that?", "in that document") unless it opens a clause ("said that the US ..."). */
const THAT_POINTS_BACK =
  /\b[Tt]hat\b(?!\s+(?:[Tt]he|[Aa]n?|[Ii]t|[Hh]e|[Ss]he|[Tt]hey|[Ww]e|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Tt]his|[Tt]hese|[Tt]hose|[Tt]here|\p{Lu}))/u;
/** Openings that continue the earlier question: "and Russia?", "what about new technologies?". */
const CONTINUES = /^\s*(?:and|but|also|so|or|what about|how about|same for)\b/i;
/** Personal pronouns as a subject or object, which stand for the earlier question's speaker. */
const PERSON_PRONOUN = /\b(?:he|she|him|her)\b/i;
/** A follow-up that only names someone else: "and Russia?", "what about the Chinese Foreign Ministry?". */
const ONLY_NAMES =
  /^\s*(?:(?:[Aa]nd|[Bb]ut|[Aa]lso|[Oo]r)\s+)?(?:(?:[Ww]hat|[Hh]ow)\s+about\s+)?(?:[Tt]he\s+)?(\p{L}[\p{L}\p{N}'’.-]*(?:\s+\p{L}[\p{L}\p{N}'’.-]*){0,4})\s*[?.!]*\s*$/u;

/**
 * "and what about China, what did they say?": someone named, then a question about them by a pronoun. The
 * pronoun stands for the one just named, not for the earlier question's speaker.
 */
const NAMED_THEN_ASKED =
  /^\s*(?:(?:and|but|also|so|or)\s+)?(?:what|how)\s+about\s+(?:the\s+)?([^,;:?]+?)\s*[,;:\u2013\u2014-]+\s*(.+)$/iu;
const SUBJECT_PRONOUN = /\b(?:they|he|she|it)\b/i;
/** "And Russia, what is its position?", "but the Chinese, what did they say?": a name, a comma, then the question. */
const NAMED_BEFORE_COMMA = /^\s*(?:and|but|also|so|or)\s+(?:the\s+)?([^,;:?]+?)\s*[,;:\u2013\u2014-]+\s*(.+)$/iu;
/** "And Moscow? Did they say anything as well?": the name asked on its own, then the question about them. */
const NAMED_BEFORE_QUESTION = /^\s*(?:and|but|also|so|or)\s+(?:the\s+)?([^,;:?]+?)\s*\?+\s*(\S.*)$/iu;
/** A pronoun in the question after the name, owner or not, that stands for the one named. */
const REFERS_TO_NAMED = /\b(?:they|he|she|it|its|their|his|her|them|him)\b/i;
/** The longest name read before the comma. */
const MAX_NAME_WORDS = 4;

/** A follow-up read in the light of the earlier question. */
export interface ResolvedFollowUp {
  /** The question with a pronoun for the earlier speaker replaced by the speaker's name. */
  question: string;
  /** Whether it leans on the earlier question (and so must be answered with its concepts). */
  dependsOnContext: boolean;
  /**
   * "and Russia?" after "What did China say about the NATO office?": the earlier question asked of another speaker,
   * and the names of what it was about ("NATO"), which the other speaker may have spoken of in broader terms.
   */
  swapped?: { speaker: string; topicNames: string[] };
}

/**
 * How a follow-up in a thread relates to the question before it. "Did he say anything about Moscow?" after
 * "What did Putin say ...?" is asked about Putin; "and Russia?" after "What did China say about NATO in Asia?"
 * asks the same of Russia; "And how is that affecting its ties with China?" leans on the earlier question;
 * "What did Mao Ning say?" stands alone.
 */
export function resolveFollowUp(
  question: string,
  context: string,
  attribution: Attribution,
  /**
   * Who the earlier answer led with: "he" in a question for someone's post ("which department is he in?") when the
   * earlier question named nobody ("Who is the official quoted ...?").
   */
  earlierPerson: () => string | null = () => null,
): ResolvedFollowUp {
  const reason = FOLLOW_UP_RULES.reasonOfEarlier ? reasonOfEarlier(question, context) : null;
  // The reason asked carries the earlier question whole: it stands alone.
  if (reason) return { question: reason, dependsOnContext: false };
  const [, named, asked] = question.match(NAMED_THEN_ASKED) ?? [];
  if (named && asked && SUBJECT_PRONOUN.test(asked))
    return (
      speakerSwapped(`and ${named}?`, context, attribution) ?? {
        question: asked.replace(SUBJECT_PRONOUN, named),
        dependsOnContext: true,
      }
    );
  // "And Russia, what is its position?": someone else named, then the question about them by a pronoun.
  const [, other, about] =
    (FOLLOW_UP_RULES.namedBeforeComma ? question.match(NAMED_BEFORE_COMMA) : null) ??
    (FOLLOW_UP_RULES.namedBeforeQuestion ? question.match(NAMED_BEFORE_QUESTION) : null) ??
    [];
  if (other && about && REFERS_TO_NAMED.test(about) && other.split(/\s+/).length <= MAX_NAME_WORDS) {
    const swappedOther = speakerSwapped(`and ${other}?`, context, attribution);
    if (swappedOther) return swappedOther;
  }
  const swapped = speakerSwapped(question, context, attribution);
  if (swapped) return swapped;
  const dependsOnContext = dependsOnEarlier(question);
  // "ok but who runs it?" after "Which news agency put out the remarks?": "it" is the agency the earlier one asked for.
  const referent = FOLLOW_UP_RULES.whichReferent && RUN_IT.test(question) ? whichNounOf(context) : null;
  if (referent) return { question: question.replace(RUN_IT, `$1the ${referent}`), dependsOnContext: false };
  // "What's his actual job title?", "which department is the guy from?": the post of the person the earlier answer
  // led with, when the earlier question named a body ("north korea's foreign ministry") or nobody.
  const person = FOLLOW_UP_RULES.postOfPerson ? question.match(PERSON_MEANT)?.[0] : undefined;
  const of = (speaker: string) =>
    question.replace(PERSON_MEANT, /^his$/i.test(person ?? '') ? `${speaker}'s` : speaker);
  if (person && asksPost(of('Someone'))) {
    const named = speakerAskedAbout(context, attribution)?.speaker;
    const quoted = named && speakerSummary(attribution, named)?.kind === 'person' ? named : null;
    const speaker = quoted ?? (FOLLOW_UP_RULES.earlierPerson ? earlierPerson() : null);
    if (speaker) return { question: of(speaker), dependsOnContext };
  }
  const speaker = PERSON_PRONOUN.test(question)
    ? (speakerAskedAbout(context, attribution)?.speaker ??
      (FOLLOW_UP_RULES.earlierPerson && asksPost(question) ? earlierPerson() : null))
    : undefined;
  return { question: speaker ? question.replace(PERSON_PRONOUN, speaker) : question, dependsOnContext };
}

/** A person a follow-up asking someone's post points back to: a pronoun, "his", or "the guy", "that official". */
const PERSON_MEANT =
  /\b(?:he|she|him|her|his|(?:the|this|that)\s+(?:guy|man|woman|lady|bloke|fellow|chap|gentleman|person|official|spokes(?:man|woman|person)))\b/i;

/**
 * What a turn of a conversation leaves as the context of the next: the question as it was read, with the
 * context it leaned on when it did ("when did she say that?" after "and what did China say?" keeps both), so a
 * third turn still knows what the first was about. A question that stands alone starts afresh.
 */
export function contextAfter(question: string, context: string | null, attribution: Attribution): string {
  if (!context) return cutQuestion(question);
  const resolved = resolveFollowUp(cutQuestion(question), cutQuestion(context), attribution);
  return cutQuestion(resolved.dependsOnContext ? `${resolved.question} (${context})` : resolved.question);
}

/**
 * "and Russia?" after "What did the Chinese foreign ministry say about NATO in Asia?" is "What did Russia say
 * about NATO in Asia?": the earlier question named a speaker and the follow-up only names another one, or asks
 * whether another sees it the same way.
 */
function speakerSwapped(question: string, context: string, attribution: Attribution): ResolvedFollowUp | null {
  const named = otherSpeakerNamed(question);
  if (!named) return null;
  const earlier = speakerAskedAbout(context, attribution);
  const other = speakerAskedAbout(`What did ${named} say?`, attribution);
  if (!earlier || !other || other.speaker === earlier.speaker) return null;
  const at = context.indexOf(earlier.phrase);
  if (at < 0) return null;
  // The names inside what the earlier question was about, not its first word: "NATO" in "... about the NATO office?".
  const topic = `${context.slice(0, at)} ${context.slice(at + earlier.phrase.length)}`;
  const topicNames = [...topic.matchAll(/(?<=\s)\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*/gu)].map(
    (match) => match[0],
  );
  return {
    question: `${context.slice(0, at)}${named}${context.slice(at + earlier.phrase.length)}`,
    dependsOnContext: false,
    swapped: { speaker: named, topicNames },
  };
}

/** Switches for the rules below, so the eval can print what each one is worth (ablation). */
export const FOLLOW_UP_RULES = {
  viewOfOther: true,
  earlierPerson: true,
  sameAskedOf: true,
  postOfPerson: true,
  namedBeforeComma: true,
  namedBeforeQuestion: true,
  /** "why though?" after "Is North Korea unhappy about ...?": "Why is North Korea unhappy about ...?" */
  reasonOfEarlier: true,
  /** "who runs it?" after "Which news agency ...?": "it" is the thing the earlier question asked for. */
  whichReferent: true,
};

/** "it" as what someone runs, owns or heads: "who runs it", "who funds it". */
const RUN_IT = /\b((?:runs?|owns?|leads?|heads?|controls?|manages?|operates?|funds?|finances?)\s+)it\b/i;
/** The earlier question's "which" or "what" and the words after it. */
const WHICH_OPENING = /^\s*(?:(?:and|so|ok(?:ay)?)[,\s]+)?(?:which|what)\s+(.+)$/i;
/** A noun phrase of three words at most: "news agency", "North Korean outlet". */
const NOUN_PHRASE_MAX_WORDS = 3;

/**
 * The thing a "which" question asked for, its words up to the verb: "news agency" of "Which news agency put out the
 * North Korean official's remarks?". Null when the question asks no "which" or "what" of a noun.
 */
function whichNounOf(context: string): string | null {
  const rest = WHICH_OPENING.exec(context)?.[1];
  if (!rest) return null;
  const phrase: string[] = [];
  for (const word of rest.split(/\s+/)) {
    const bare = word.replace(/[^\p{L}-]/gu, '');
    const lower = bare.toLowerCase();
    if (phrase.length >= NOUN_PHRASE_MAX_WORDS || !bare || STOP_WORDS.has(lower)) break;
    // A noun or a name; after the first word, a word that can be a verb ends the phrase ("agency put out").
    if (!/^\p{Lu}/u.test(bare) && (!isNoun(lower) || (phrase.length > 0 && isVerb(lower)))) break;
    phrase.push(bare);
    if (bare !== word) break;
  }
  return phrase.length > 0 ? phrase.join(' ') : null;
}

/** "why?", "Why, though? What's their argument?", "how come": a reason asked of the earlier question, then the rest. */
const WHY_ALONE =
  /^\s*(?:(?:and|but|ok(?:ay)?|so)[,\s]+)?(?:why|how\s+come)\b\s*,?\s*(?:(?:though|tho|then|exactly|so|is\s+that|was\s+that)\b)?\s*(?:[?.!]+\s*(.*))?$/iu;
/** The words opening a question that a reason asked of it replaces: "What is North Korea accusing ..." -> "is North Korea ...". */
const WH_OPENING = /^\s*(?:what|who|which|how|where|when)\b\s*/i;
/** "Is North Korea ...": the auxiliary opening a question, in lower case after "Why". */
const AUXILIARY_OPENING = /^(?:Is|Are|Was|Were|Do|Does|Did|Has|Have|Had|Will|Would|Can|Could|Should)\b/;

/**
 * The earlier question asked for its reason: "why?" after "Is North Korea unhappy about NATO's plans?" is "Why is
 * North Korea unhappy about NATO's plans?", with whatever the follow-up says after its "why" ("What's their
 * argument?"). Null for any other follow-up, or an earlier question that is no question.
 */
function reasonOfEarlier(question: string, context: string): string | null {
  const match = question.match(WHY_ALONE);
  if (!match || !readsAsQuestion(context)) return null;
  const earlier = context
    .trim()
    .replace(/[?.!\s]+$/, '')
    .replace(WH_OPENING, '')
    .replace(AUXILIARY_OPENING, (verb) => verb.toLowerCase());
  const rest = (match[1] ?? '').trim();
  return `Why ${earlier}?${rest ? ` ${rest}` : ''}`;
}

/** "same thing for Moscow?", "and the same question for Seoul": the earlier question asked of someone else. */
const SAME_ASKED_OF =
  /^\s*(?:(?:and|ok(?:ay)?|so)[,\s]+)?(?:the\s+)?same\s+(?:thing|question|goes)?\s*(?:for|with|about|of)\s+(?:the\s+)?([^?.!,;]{2,60}?)\s*[?.!]*\s*$/iu;

/**
 * "Does China's foreign ministry see it the same way?", "Would Moscow agree?": someone's view asked of what the
 * earlier question was about.
 */
const VIEW_ASKED =
  /^\s*(?:(?:and|but|so)\s+)?(?:does|do|did|would|will|is|are|was|were|has|have)\s+(?:the\s+)?(.+?)\s+(?:see|view|think|feel|agree|share|take|read|regard|describe|put|echo|say)\b/i;

/** Whom a follow-up names in the earlier speaker's place: "and Russia?", "does Beijing see it the same way?". */
function otherSpeakerNamed(question: string): string | undefined {
  const only = question.match(ONLY_NAMES)?.[1];
  if (only && CONTINUES.test(question)) return only;
  const same = FOLLOW_UP_RULES.sameAskedOf ? question.match(SAME_ASKED_OF)?.[1] : undefined;
  if (same) return same;
  const viewer = FOLLOW_UP_RULES.viewOfOther ? question.match(VIEW_ASKED)?.[1] : undefined;
  return viewer && dependsOnEarlier(question) ? viewer : undefined;
}

/** Openings of a question or a request: "who ...", "did ...", "tell me ...", "compare ...". */
const ASKS =
  /^\s*(?:who|whom|whose|what|when|where|which|why|how|is|are|was|were|do|does|did|can|could|will|would|should|has|have|had|tell me|show me|give me|list|explain|compare|summari[sz]e|find|quote)\b/i;
/** Words addressing a person: in a thread, a question to "you" that does not address the bot is for a member. */
const SECOND_PERSON = /\b(?:you|your|yours|u|ya)\b/i;

/**
 * Whether a message in a conversation reads as a question for the coverage ("what did China say?", "and
 * Russia?", "tell me about the Quad"), as opposed to chatter ("thanks!", "lol, classic KCNA").
 */
export function readsAsQuestion(text: string): boolean {
  const trimmed = text.trim();
  return /\?[\s\p{P}\p{S}]*$/u.test(trimmed) || ASKS.test(trimmed) || CONTINUES.test(trimmed);
}

/** Whether a message speaks to someone in the second person ("did you see the RT one?"). */
export function speaksToSomeone(text: string): boolean {
  return SECOND_PERSON.test(text);
}

/** Whether a question leans on the one before it: it points back, continues it, or is too short to stand alone. */
export function dependsOnEarlier(question: string): boolean {
  return (
    POINTS_BACK.test(question) ||
    THAT_POINTS_BACK.test(question) ||
    CONTINUES.test(question) ||
    contentWords(question) <= 2
  );
}

function contentWords(text: string): number {
  return text.split(/[^\p{L}\p{N}]+/u).filter((word) => word.length > 3).length;
}
