import {
  asksSpeech,
  askWithSpeakers,
  speakerAskedAbout,
  SPOKE_UP,
  stateOfSpeaker,
  voicesOf,
  type SpeakerAnswer,
  type SpokenPassage,
} from '../attribution/askWithSpeakers.ts';
import { speakerSummary, type Attribution } from '../attribution/attribution.ts';
import { refusal, type RankOptions } from '../search/ask.ts';
import { isCommunicationVerb } from '../search/wordNet.ts';
import { dependsOnEarlier } from './followUp.ts';
import { pagedAnswer } from './pagedAnswer.ts';
import type { SearchEngine } from '../search/engine.ts';

/** A name as typed: capitalised words ("Pyongyang", "the Chinese Foreign Ministry"). */
const NAME = String.raw`(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*`;
const BESIDES = String.raw`(?:other\s+than|besides|apart\s+from|aside\s+from|outside(?:\s+of)?|except(?:\s+for)?|beyond)`;
/** "anyone outside Pyongyang?", "who besides the Chinese Foreign Ministry ...": someone besides the name that follows. */
const BESIDES_NAMED = new RegExp(
  String.raw`\b(?:[Ww]ho|[Aa]nyone|[Aa]nybody|[Ss]omeone|[Ss]omebody|any\s+others?|others?)\s+(?:else\s+)?(${BESIDES}\s+(${NAME}))`,
  'u',
);
/** "Besides China, who criticised the plan?": the name set aside first. */
const BESIDES_FIRST = new RegExp(
  String.raw`^\s*((?:[Bb]esides|[Aa]part\s+from|[Aa]side\s+from|[Oo]ther\s+than|[Ee]xcept\s+for)\s+(${NAME})\s*,)`,
  'u',
);

/** Switches for the rules below, so the eval can print what each one is worth (ablation). */
export const OTHER_SPEAKER_RULES = {
  /** "did anyone else chime in?", "anyone else weigh in on it": a phrasal verb of speaking up asks who else spoke. */
  spokeUpElse: true,
  /** "did anybody else speak out?" after a state's words: other voices first, the outlets reporting only after them. */
  voicesBeforeOutlets: true,
};

/** "anyone else weigh in", "who else spoke out": someone else speaking up. */
const ELSE_SPOKE_UP = new RegExp(String.raw`\belse\s+(?:${SPOKE_UP})\b`, 'iu');

/** The word after "who else", "anyone else": the verb when they are its subject. */
const ELSE_ASKED_THEN =
  /\b(?:who|anyone|anybody|someone|somebody|any\s+others?|others?)\s+else\s+([\p{L}'’]+)(?:\s+([\p{L}'’]+))?/iu;
const COPULA = /^(?:is|are|was|were|'s|’s)$/i;
/** A subject after an auxiliary: a pronoun, a determiner or a name. */
const SUBJECT_AFTER = /^(?:it|they|he|she|we|you|i|the|this|that|these|those|its|their|\p{Lu}[\p{L}'’-]*)$/u;
const AUXILIARY =
  /^(?:would|wud|will|does|do|did|can|could|should|is|are|was|were|has|have|had|might|may|must|shall|'s|’s)$/i;
const SOMEONE = /\b(?:who|whom|anyone|anybody|someone|somebody)\b/i;

/** What a question asking for other speakers sets aside: a name it gives, or (for "else") the earlier question's. */
export interface OthersAsked {
  /** The name typed ("Pyongyang"), or null when "else" points back to the earlier question. */
  named: string | null;
  /** The question without the words setting someone aside, to search by. */
  rest: string;
}

/** Whether a question asks who besides someone said it, and whom it sets aside. */
export function othersAsked(question: string): OthersAsked | null {
  const first = question.match(BESIDES_FIRST);
  // "Apart from Japan, which countries ...?" sets aside a thing, not a speaker: only "who", "anyone" ask for one.
  const besides = first && SOMEONE.test(question.slice(first[0].length)) ? first : question.match(BESIDES_NAMED);
  if (besides?.[1] && besides[2]) return { named: besides[2], rest: question.replace(besides[1], ' ').trim() };
  const [, next = '', after = ''] = question.match(ELSE_ASKED_THEN) ?? [];
  // "who else would it consult?", "who else is in the Quad?": "who" before an auxiliary and its subject, or a copula,
  // is no speaker; "who else has spoken out?" is one.
  const objectAsked = AUXILIARY.test(next) && (COPULA.test(next) || SUBJECT_AFTER.test(after));
  const verb = AUXILIARY.test(next) ? after : next;
  const speaks =
    next !== '' &&
    !objectAsked &&
    (asksSpeech(question) ||
      isCommunicationVerb(verb) ||
      (OTHER_SPEAKER_RULES.spokeUpElse && ELSE_SPOKE_UP.test(question)));
  return speaks ? { named: null, rest: question } : null;
}

/** "Which North Korean official", "What country": a question's opening asking which speaker. */
const WHICH_SPEAKER =
  /^\s*(?:which|what)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:officials?|spokes(?:man|woman|person|people)|ministers?|diplomats?|analysts?|experts?|countr(?:y|ies)|governments?|persons?|people|outlets?|leaders?|ministry|ministries|bod(?:y|ies))\s+/iu;

/** The earlier question asked of anyone: its speaker's words made "anyone", or its "which official" made "who". */
function askedOfAnyone(context: string, attribution: Attribution): string | null {
  const which = context.match(WHICH_SPEAKER);
  if (which) return `Who ${context.slice(which[0].length)}`;
  const speaker = speakerAskedAbout(context, attribution);
  return speaker && context.includes(speaker.phrase) ? context.replace(speaker.phrase, 'anyone') : null;
}

/**
 * "who else said that? anyone outside Pyongyang?", "did anyone else complain about it?" after a question on what
 * China said: the passages on the topic whose speakers are not those set aside, nor anyone speaking for the same
 * state. Null when the question does not ask so, or no one is found to set aside.
 */
export function otherSpeakersAnswer(
  engine: SearchEngine,
  question: string,
  asked: OthersAsked,
  options: RankOptions,
  attribution: Attribution,
  lowerCase: boolean,
): SpeakerAnswer | null {
  const context = options.context;
  const setAside = asked.named
    ? (speakerAskedAbout(`What did ${asked.named} say?`, attribution)?.speaker ?? null)
    : context
      ? (speakerAskedAbout(context, attribution)?.speaker ??
        askWithSpeakers(engine, context, { limit: 1 }, attribution, lowerCase).speakers[0]?.speaker ??
        null)
      : null;
  if (!setAside) return null;
  const excluded = new Set([setAside, ...voicesOf(stateOfSpeaker(setAside) ?? setAside, attribution, engine)]);
  // "who else said that?": what the earlier question asked, asked of anyone ("What did anyone say about ...?").
  const earlier = context && dependsOnEarlier(asked.rest) ? askedOfAnyone(context, attribution) : null;
  const searched: RankOptions = { ...options, offset: 0, limit: engine.corpus.passages.length };
  // Asked whole, it leans on nothing before it.
  if (earlier) {
    delete searched.context;
    delete searched.dependsOnContext;
  }
  const all = askWithSpeakers(engine, earlier ?? asked.rest, searched, attribution, lowerCase);
  const spoken = all.passages.filter(
    (passage): passage is SpokenPassage => passage.statement !== null && !excluded.has(passage.statement.speaker),
  );
  // Asked who else spoke after someone other than an outlet: an outlet's report of the story is no voice on it.
  const isOutlet = (speaker: string) => speakerSummary(attribution, speaker)?.kind === 'outlet';
  const voicesFirst = OTHER_SPEAKER_RULES.voicesBeforeOutlets && !isOutlet(setAside);
  const outletsLast = <T>(items: readonly T[], speakerOf: (item: T) => string): T[] =>
    voicesFirst
      ? [...items.filter((item) => !isOutlet(speakerOf(item))), ...items.filter((item) => isOutlet(speakerOf(item)))]
      : [...items];
  const others = outletsLast(spoken, (passage) => passage.statement?.speaker ?? '');
  if (others.length === 0)
    return {
      // Named only as typed: the one set aside may be a name the question never gave ("Pyongyang": North Korea).
      ...refusal(question, 'Nothing in the coverage answers that: it quotes no one else on it.'),
      passages: [],
      asksWho: true,
      askedSpeaker: null,
      speakers: [],
    };
  const speakers = outletsLast(
    all.speakers.filter((lead) => !excluded.has(lead.speaker)),
    (lead) => lead.speaker,
  );
  return pagedAnswer(question, others, speakers, true, engine, options);
}
