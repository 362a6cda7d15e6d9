/**
 * "Did the office open?", "Has Japan signed it yet?", "When did Japan finally sign?": whether, or when, something
 * happened. When the passages that answer write the event's verb only as planned or possible ("plans to open", "in
 * talks to open", "would open", "must agree"), the coverage does not say that it happened, and the question is
 * refused saying so, rather than answered with the plans.
 */
import { splitWords, termOf } from './analyzer.ts';
import { basesOf } from './englishWords.ts';
import { irregularFormsOf } from './irregularForms.ts';
import { STOP_WORDS } from './stopWords.ts';
import { escapeRegExp } from '../regExpText.ts';
import { isPlacePhrase, isVerb, isVerbPhrase } from './wordNet.ts';

/** Words a question may open with before what it asks: "so", "and", "ok,", "wait". */
export const LEAD_IN = String.raw`(?:(?:so|and|but|ok(?:ay)?|well|then|wait)[,\s]+)*`;

/** The event a question asks whether (or when) it happened: its verb as typed and the stems of its forms. */
export interface AskedEvent {
  typed: string;
  stems: ReadonlySet<string>;
  /** For a state something was put in ("on hold"), the preposition the noun must follow to say it. */
  after?: string;
  /**
   * The verb with a particle that makes another verb of it ("fall through", "back down"): its own word is no sign of
   * what the passages must say.
   */
  phrasal?: boolean;
  /** The phrasal verb's second word, in lower case ("effect" of "take effect"): only the verb before it writes the event. */
  particle?: string;
}

/** "did", "has", "have", "had" asking whether, after a lead-in ("so", "and") or "when". */
const ASKS_WHETHER = new RegExp(
  String.raw`^\s*${LEAD_IN}(?:(?:when|whether)\s+|(?:(?:on|in)\s+)?(?:what|which)\s+(?:exact\s+)?(?:date|day|year|month)\s+)?(?:did|has|have|had)\s+(.+)$`,
  'i',
);

/**
 * "... whether NATO has opened ...", "... if Japan did sign ...": a question asked inside a request or a wish to know,
 * its subject before the auxiliary; what follows the auxiliary.
 */
const EMBEDDED_WHETHER =
  /\b(?:whether|if)\s+(?:[\p{L}'’-]+\s+){1,5}?(?:did|has|have|had)\s+(?!(?:to|any|no|a|an|the)\b)(.+)$/iu;

/** Words between the auxiliary and the event that are no event: "actually end up opening", "finally", "ever". */
const NOT_THE_EVENT =
  /^(?:actually|finally|ever|eventually|really|ultimately|already|yet|still|even|truly|indeed|officially|formally|end|ended|up|go|goes|going|gone|went|ahead|get|got|manage|managed|come|came|around|not|never)$/i;

/** Verbs that take their meaning from the noun after them: "make a trip", "take a decision", "pay a visit". */
const LIGHT_VERBS = /^(?:make|made|take|took|taken|pay|paid|give|gave|given|have|had|hold|held|become|became)$/i;

/** Verbs of putting something in a state ("put on hold", "kept under review"): the state is what happened. */
const PLACING_VERBS =
  /^(?:put|puts|putting|set|sets|setting|place|placed|placing|take|takes|took|taken|taking|bring|brings|brought|keep|keeps|kept)$/i;
const PLACING_PREPOSITIONS = /^(?:on|in|into|off|under|out)$/i;

export const DETERMINERS = /^(?:the|a|an|this|that|these|those|its|their|his|her|our|my|your|any|some|no|each|every)$/i;
const MODALS = /^(?:will|would|could|can|may|might|shall|should|must|ll|d)$/i;
const FILLERS =
  /^(?:not|also|soon|eventually|still|then|only|first|yet|now|likely|possibly|probably|never|ever|be|have)$/i;
const BE = /^(?:is|are|was|were|be|been|being|am)$/i;
/** Verbs of saying, which the stop words hold: a question whether someone said something asks about the saying. */
const SAYING = /^(?:say|said|tell|told|mention|mentioned|talk|talked)$/i;
/** "went on to cite", "managed to open": an infinitive that happened. */
const DONE_BEFORE_TO = /^(?:on|managed|proceeded|came|happened|got|finally)$/i;

/** "Why did NATO scrap ...?": a question taking for granted that something happened. */
const ASKS_GIVEN = new RegExp(String.raw`^\s*${LEAD_IN}why\s+(?:did|has|have|had)\s+(.+)$`, 'iu');

/**
 * The event a question asks about: the first word after its auxiliary that can be a verb and is no name, nor a word
 * after a determiner ("did the plan work" asks about working), nor an adverb or phrasal verb around it.
 */
export function eventAskedAbout(question: string, isName: (word: string) => boolean): AskedEvent | null {
  const asked = eventAfter(question.match(ASKS_WHETHER)?.[1], isName);
  if (asked) return asked;
  // "Can you tell me whether NATO has opened its office?": the question asked inside a request, in a clause's order.
  const embedded = PLANNED_RULES.embeddedWhether ? question.match(EMBEDDED_WHETHER) : null;
  const inClause = embedded ? eventAfter(embedded[1], isName) : null;
  if (inClause) return inClause;
  // "Can you confirm that NATO opened its Tokyo office?": the claim to check says what happened, as "did" would ask.
  const claimed = PLANNED_RULES.claimsChecked ? eventAfter(claimOf(question), isName) : null;
  if (claimed || !PLANNED_RULES.clauseEvents) return claimed;
  // "Do we know the date the office opened its doors?": a clause after "the date", "when" tells a past event.
  const clause = eventAfter(question.match(DATED_CLAUSE)?.[1], isName);
  return clause && PAST_FORM.test(clause.typed) ? clause : null;
}

/** Switches for the rules below, so that a test can show what each one does. */
export const PLANNED_RULES = {
  clauseEvents: true,
  claimsChecked: true,
  subjectNouns: true,
  afterEvents: true,
  phrasalVerbs: true,
  particleVerbs: true,
  gerundComplements: true,
  compoundModifiers: true,
  /** "Why did Tokyo give up lobbying?": a common verb and its particle ("give up") are the event, not the "-ing". */
  stopWordPhrasals: true,
  /** "When did the agreement take effect?": only "take effect" in a passage writes the event, not "take" alone. */
  phrasalUses: true,
  /** "What did the NATO summit in Lithuania end up deciding?": the gathering as the subject of its outcome. */
  gatheringsDeciding: true,
  /** "Can you tell me whether NATO has opened its office?": whether it happened, asked inside a request. */
  embeddedWhether: true,
};

/**
 * "Is it true that ...", "is it accurate ...", "can you confirm (that) ...", "could you verify whether ...": a frame
 * asking whether a claim holds, before the claim itself.
 */
export const CLAIM_FRAME = new RegExp(
  String.raw`^\s*${LEAD_IN}(?:is\s+it\s+(?:really\s+)?(?:true|accurate|correct|right|the\s+case|a\s+fact)|(?:can|could|would)\s+(?:you|someone|anyone)\s+(?:please\s+)?(?:confirm|verify|check)|(?:please\s+)?(?:confirm|verify))\s*[,:]?\s+(?:(?:that|whether|if)\s+)?(.+)$`,
  'iu',
);

/** The claim a question asks to be checked ("NATO opened its Tokyo office"), or undefined when it checks none. */
export function claimOf(question: string): string | undefined {
  return question.match(CLAIM_FRAME)?.[1];
}

/** "the date the office opened", "when the office opened", "the year (that) the alliance set it up": the clause after it. */
const DATED_CLAUSE =
  /\b(?:(?:the|what|which)\s+(?:exact\s+|actual\s+)?(?:date|day|year|month|time)|when)\s+(?:that\s+|on\s+which\s+)?((?:the|a|an|its|their|his|her)\s.+)$/iu;
/** A verb in the past: what the clause tells as done. */
const PAST_FORM = /\p{L}{2,}ed$/u;

/** Words at most between a verb of putting and the state it puts its object in: "put the Tokyo office on hold". */
const MAX_OBJECT_WORDS = 4;

/** The state a verb of putting at `at` puts something in ("on hold"), as an event, or null when none follows. */
function stateAfter(words: readonly string[], at: number): AskedEvent | null {
  for (let prep = at + 1; prep <= at + 1 + MAX_OBJECT_WORDS && prep < words.length; prep++) {
    if (!PLACING_PREPOSITIONS.test(words[prep] ?? '')) continue;
    // A state is a bare noun ("on hold", "in place", "under review"); "on the office" names a topic.
    const nounAt = prep + 1;
    const noun = words[nounAt] ?? '';
    const stem = /^\p{Ll}+$/u.test(noun) && !STOP_WORDS.has(noun) ? termOf(noun)?.stem : undefined;
    return stem
      ? {
          typed: words.slice(at, nounAt + 1).join(' '),
          stems: new Set([stem]),
          after: (words[prep] ?? '').toLowerCase(),
        }
      : null;
  }
  return null;
}

/** Whether a question asks why something happened, taking it as done: "Why did NATO scrap its plan?". */
export function takesAsDone(question: string): boolean {
  return ASKS_GIVEN.test(question);
}

/** The event a question takes as having happened ("Why did NATO scrap its plan?" -> scrap), found as above. */
export function eventTakenAsDone(question: string, isName: (word: string) => boolean): AskedEvent | null {
  return eventAfter(question.match(ASKS_GIVEN)?.[1], isName);
}

/**
 * Who a "why did ..." question says did it, when that is a person's name: the capitalised words right after the
 * auxiliary, two or three, one of them no English word ("Kim Seol-hwa" in "Why has Kim Seol-hwa in Brussels met?"),
 * before the event's verb. Null for a place, a body or a word of English ("NATO", "Japan", "the Foreign Ministry").
 */
export function doerOf(question: string, event: AskedEvent, isEnglish: (word: string) => boolean): string | null {
  const rest = question.match(ASKS_GIVEN)?.[1] ?? '';
  const before = rest.slice(
    0,
    Math.max(0, rest.search(new RegExp(`(?<![\\p{L}])${escapeRegExp(event.typed)}(?![\\p{L}])`, 'u'))),
  );
  const name = /^((?:\p{Lu}[\p{L}'’.-]*)(?:\s+\p{Lu}[\p{L}'’.-]*){1,2})(?=\s|$)/u.exec(before.trim())?.[1];
  if (!name || isPlacePhrase(name)) return null;
  return name.split(/\s+/).some((word) => !isEnglish(word.toLowerCase())) ? name : null;
}

/** The verbs among NOT_THE_EVENT ("go on to open", "end up opening"): passed over as the event, still verbs. */
const VERBS_NOT_THE_EVENT = /^(?:end|ended|go|goes|going|gone|went|get|got|manage|managed|come|came)$/i;

/** Whether the next word, past adverbs like "actually", is a verb in lower case and no name. */
function verbFollows(words: readonly string[], at: number, isName: (word: string) => boolean): boolean {
  let next = at + 1;
  while (next < words.length && NOT_THE_EVENT.test(words[next] ?? '') && !VERBS_NOT_THE_EVENT.test(words[next] ?? ''))
    next++;
  const word = words[next] ?? '';
  // "did Russia deny forming a bloc": a verb's "-ing" complement, where a subject's verb would be a base form.
  if (PLANNED_RULES.gerundComplements && /\p{L}{2}ing$/u.test(word)) return false;
  return /^\p{Ll}+$/u.test(word) && !STOP_WORDS.has(word) && !isName(word) && isVerb(word);
}

/**
 * Whether the word at `at` is part of a hyphenated compound ("long-range", "state-run") or the noun right after one
 * ("the disaster-response part"): a modifier and its noun, never the verb.
 */
function inCompound(text: string, words: readonly string[], at: number): boolean {
  const [previous, word, next] = [words[at - 1], words[at] ?? '', words[at + 1]];
  const joined = (left: string, right: string) =>
    new RegExp(`(?<![\\p{L}\\p{N}])${left}-${right}(?![\\p{L}\\p{N}])`, 'iu').test(text);
  const after = (left: string) => new RegExp(`[\\p{L}\\p{N}]-${left}\\s+${word}(?![\\p{L}\\p{N}])`, 'iu').test(text);
  return (
    (previous !== undefined && (joined(previous, word) || after(previous))) ||
    (next !== undefined && joined(word, next))
  );
}

function eventAfter(rest: string | undefined, isName: (word: string) => boolean): AskedEvent | null {
  if (!rest) return null;
  const words = splitWords(rest);
  for (let at = 0; at < words.length; at++) {
    const word = words[at] ?? '';
    const lower = word.toLowerCase();
    // "did Tokyo say who would pay": the saying is asked about, and what was said may be a plan.
    if (SAYING.test(lower) || MODALS.test(lower)) return null;
    // "give up lobbying", "get stuck": a common verb with its particle is one verb (WordNet's), the event; not one of
    // those passed over before what happened ("go on to open", "end up opening").
    const stopPhrasal =
      PLANNED_RULES.stopWordPhrasals &&
      STOP_WORDS.has(lower) &&
      !(NOT_THE_EVENT.test(lower) && /^(?:to|\p{Ll}+ing)$/u.test(words[at + 2] ?? '')) &&
      /^\p{Ll}+$/u.test(words[at + 1] ?? '') &&
      isVerbPhrase(`${lower} ${words[at + 1] ?? ''}`);
    if (stopPhrasal)
      return {
        typed: `${word} ${words[at + 1] ?? ''}`,
        stems: new Set([termOf(lower)?.stem ?? lower]),
        phrasal: true,
        particle: words[at + 1] ?? '',
      };
    if (STOP_WORDS.has(lower) || NOT_THE_EVENT.test(lower) || /\d/.test(word)) continue;
    // "put on hold", "put the office on hold", "put into effect": the noun after the preposition is the event.
    const placed = PLACING_VERBS.test(lower) ? stateAfter(words, at) : null;
    if (placed) return placed;
    // "make his trip", "take a decision", "pay a visit": the noun after a light verb is the event.
    if (LIGHT_VERBS.test(lower) && DETERMINERS.test(words[at + 1] ?? '')) continue;
    if (/^\p{Lu}/u.test(word) || isName(lower)) continue;
    if (DETERMINERS.test(words[at - 1] ?? '') || !isVerb(lower)) continue;
    // "the long-range missile", "the disaster-response part": a compound modifier and its noun are no verb.
    if (PLANNED_RULES.compoundModifiers && inCompound(rest, words, at)) continue;
    // "did NATO's liaison post actually open": a noun the next verb follows is the subject's last word.
    // "did the ministry bring back flights", "was bringing back": a verb with its particle is one verb (WordNet's "bring
    // back"), the event, not a subject noun before the verb "back".
    const particle = words[at + 1] ?? '';
    const verbPhrase =
      /^\p{Ll}+$/u.test(particle) &&
      (PLANNED_RULES.particleVerbs ? [lower, ...basesOf(lower)] : [lower]).some((form) =>
        isVerbPhrase(`${form} ${particle}`),
      );
    if (PLANNED_RULES.subjectNouns && !(PLANNED_RULES.particleVerbs && verbPhrase) && verbFollows(words, at, isName))
      continue;
    const stems = new Set(
      [lower, ...irregularFormsOf(lower)].map((form) => termOf(form)?.stem ?? '').filter((stem) => stem !== ''),
    );
    const phrasal = PLANNED_RULES.phrasalVerbs && verbPhrase;
    return stems.size > 0 ? { typed: word, stems, ...(phrasal ? { phrasal, particle } : {}) } : null;
  }
  return null;
}

/** How a passage writes an event's verb: as done, as planned or possible, or neither (a noun, an adjective). */
function usesOf(text: string, event: AskedEvent): { done: number; planned: number } {
  const words = splitWords(text).map((word) => word.toLowerCase());
  let done = 0;
  let planned = 0;
  words.forEach((word, at) => {
    const stem = termOf(word)?.stem;
    if (!stem || !event.stems.has(stem)) return;
    // "take part" or "take place" is no use of "take effect".
    if (PLANNED_RULES.phrasalUses && event.particle && words[at + 1] !== event.particle) return;
    const before = (back: number) => words[at - back] ?? '';
    // The modal may stand a word or two before: "would soon open", "could not be opened".
    const modal = [1, 2, 3].some(
      (back) => MODALS.test(before(back)) && [...Array(back - 1).keys()].every((i) => FILLERS.test(before(i + 1))),
    );
    if (modal) planned++;
    else if (before(1) === 'to') {
      if (DONE_BEFORE_TO.test(before(2))) done++;
      else planned++;
    } else if (word.endsWith('ing')) {
      // "is opening" is an arrangement ahead; "the opening of" is a noun.
      if (BE.test(before(1))) planned++;
    } else if (DETERMINERS.test(before(1))) {
      // "an open secret", "the signed accord": an adjective.
    } else done++;
  });
  return { done, planned };
}

/** Whether these passages write the event only as planned or possible: at least once, and never as done. */
export function onlyPlanned(texts: readonly string[], event: AskedEvent): boolean {
  let planned = 0;
  for (const text of texts) {
    const uses = usesOf(text, event);
    if (uses.done > 0) return false;
    planned += uses.planned;
  }
  return planned > 0;
}

/** Whether any of these passages writes the event's verb, or one of these stems standing in for it, at all. */
export function saysEvent(texts: readonly string[], event: AskedEvent, standIns: ReadonlySet<string>): boolean {
  return texts.some((text) => {
    const words = splitWords(text).map((word) => word.toLowerCase());
    return words.some((word, at) => {
      const stem = termOf(word)?.stem;
      if (stem === undefined) return false;
      // "on hold" is said only as the phrase: "would hold talks" puts nothing on hold.
      if (event.after) return event.stems.has(stem) && [words[at - 1], words[at - 2]].includes(event.after);
      return event.stems.has(stem) || standIns.has(stem);
    });
  });
}

/**
 * "What came out of the NATO summit in Lithuania?", "what was the outcome of the vote", "what happened at the
 * talks", "what was decided about the programme at the summit": a question asking what an event brought, which
 * takes the event as past. The event as typed.
 */
const ASKS_OUTCOME =
  /\b(?:what\s+(?:came|has\s+come|comes)\s+(?:out\s+)?of|what\s+(?:was|were)\s+(?:the\s+)?(?:outcomes?|results?|upshot|fruits?)\s+of|what\s+(?:happened|was\s+(?:decided|agreed))(?:\s+(?:about|on|over|regarding|concerning|with)\s+[^?]*?)?\s+at|what\s+did\s+(?:the\s+)?[\p{L}-]+\s+(?:summit|talks|meeting|conference|vote|visit)\s+(?:produce|yield|decide|agree))\s+(.+)/iu;

/** Where the event's phrase ends: what it was for, or when ("for japan", "in the end"). */
const EVENT_PHRASE_END = /\s+(?:for|in\s+the\s+end|at\s+the\s+end|after\s+all|then|exactly)\b.*$|[?.!]+\s*$/i;

/** Words that put what a sentence says of an event ahead of it: "before the summit", "the upcoming talks". */
const AHEAD_OF_EVENT =
  /\b(?:before|ahead\s+of|upcoming|forthcoming|next|will|would|due|expected|scheduled|planned|plans?\s+to|set\s+to|slated)\b/i;

/**
 * "What did the NATO summit in Lithuania end up deciding about Japan?": the gathering as the subject of what it
 * brought, perhaps in the end ("end up", "finally"). The gathering as typed.
 */
const GATHERING_DECIDED =
  /\bwhat\s+did\s+((?:the|that|this)\s+(?:[\p{L}\p{N}'’-]+\s+){0,3}?(?:summit|talks|meeting|conference|vote|visit)(?:\s+(?:in|at|of)\s+[\p{L}\p{N}'’-]+)?)\s+(?:(?:end\s+up|finally|actually|eventually|ultimately|in\s+the\s+end)\s+)?(?:produce|yield|decid(?:e|ing)|agree(?:ing)?|conclud(?:e|ing)|deliver(?:ing)?|bring(?:ing)?)\b/iu;

/** The event whose outcome a question asks for, as typed ("the NATO summit in Lithuania"), or null. */
export function outcomeAskedOf(question: string): string | null {
  const decided = PLANNED_RULES.gatheringsDeciding ? GATHERING_DECIDED.exec(question)?.[1] : undefined;
  if (decided) return decided;
  const rest = question.match(ASKS_OUTCOME)?.at(-1);
  const phrase = rest?.replace(EVENT_PHRASE_END, '').trim();
  return phrase && /\p{L}/u.test(phrase) ? phrase : null;
}

/** The gathering a question asks what came after, as typed ("the Lithuania summit"), or null. */
export function eventAfterAskedOf(question: string): string | null {
  return PLANNED_RULES.afterEvents ? (question.match(AFTER_EVENT)?.[1]?.trim() ?? null) : null;
}

/** A gathering itself put ahead: "before the NATO summit in Lithuania", "the upcoming talks", "next week's meeting". */
const GATHERING_AHEAD =
  /\b(?:before|ahead\s+of|until|upcoming|forthcoming|next|coming)\s+(?:the\s+|this\s+|that\s+|its\s+|week['’]s\s+|month['’]s\s+|year['’]s\s+)?(?:[\p{L}\p{N}'’-]+\s+){0,3}?(?:summit|talks|meeting|conference|vote|election|referendum|visit)\b/iu;

/** Whether these sentences, each naming a gathering, all put the gathering itself ahead (GATHERING_AHEAD). */
export function onlyGatheringAhead(sentences: readonly string[]): boolean {
  return sentences.length > 0 && sentences.every((sentence) => GATHERING_AHEAD.test(sentence));
}

/**
 * "Did the office get the green light after the Lithuania summit?", "following the talks, was it shelved?": what
 * came after a gathering, which takes it as past as much as asking its outcome does (not "the following summit", the
 * next one). The gathering as typed, up to the clause's end.
 */
const AFTER_EVENT =
  /(?<!\b(?:the|a|an|this|that|its|their)\s+)\b(?:after|following|since)\s+((?:the\s+|that\s+|this\s+)?(?:[\p{L}\p{N}'’-]+\s+){0,4}?(?:summit|talks|meeting|conference|vote|election|referendum|visit)(?:\s+(?:in|at|of)\s+[\p{L}\p{N}'’-]+(?:\s+in\s+[\p{L}\p{N}'’-]+)?)?)(?=\s*[,?.!;]|\s+(?:the|did|was|were|has|had|is|and|or|did)\b|\s*$)/iu;

/**
 * Whether these sentences, each about the event, all speak of it as ahead ("before the NATO summit in Lithuania
 * in July"): then the coverage predates it and says nothing of what it brought.
 */
export function onlyAhead(sentences: readonly string[]): boolean {
  return sentences.length > 0 && sentences.every((sentence) => AHEAD_OF_EVENT.test(sentence));
}
