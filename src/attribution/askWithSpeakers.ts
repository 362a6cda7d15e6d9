import { editDistanceWithin, spellingVariants } from '../search/spelling.ts';
import { splitSentences } from '../corpus/splitSentences.ts';
import { foldWord, termOf, tokensOf } from '../search/analyzer.ts';
import { SPEECH_STEMS } from '../search/analyzeQuestion.ts';
import { COVERAGE_NOUNS } from '../search/statedCounts.ts';
import {
  countriesOfAdjective,
  isAbstractNoun,
  isAdjective,
  hasCommunicationSense,
  isCommunicationNoun,
  isCommunicationVerb,
  isConcreteNoun,
  isVerb,
  countryOfCapital,
  namesNewsMedium,
  namesPeople,
  RELATION_WEIGHTS,
} from '../search/wordNet.ts';
import { DETERMINERS, LEAD_IN } from '../search/plannedEvents.ts';
import { factAsked } from '../search/factKinds.ts';
import { escapeRegExp } from '../regExpText.ts';
import { isListedWord } from '../search/englishWords.ts';
import { ANYONE_NOUNS } from '../search/anyoneNouns.ts';
import { STOP_WORDS } from '../search/stopWords.ts';
import {
  answerOf,
  ask,
  carriersOf,
  conceptMatch,
  DEFAULT_LIMIT,
  nextPassageOf,
  pageOf,
  passageCovers,
  passageNames,
  REASONS,
  refusal,
  sourcesOf,
  type RankOptions,
} from '../search/ask.ts';
import { knownWordsOf } from '../search/knownWords.ts';
import { namePartsCorrected } from '../search/namePartners.ts';
import { analyzeQuestion, type Concept } from '../search/analyzeQuestion.ts';
import { consensusPassages, namesTopic } from '../answer/overview.ts';
import { aboutHead, JUDGED_ALOUD, judgedHead } from '../search/aboutHead.ts';
import { documentsWithTerm } from '../search/miniSearchInternals.ts';
import { speakerNamesCased, typedInLowerCase } from '../search/trueCase.ts';
import { outletsNamedIn } from '../search/outletNamedIn.ts';
import type { Article } from '../corpus/types.ts';
import type { SearchEngine } from '../search/engine.ts';
import type { Answer, CitedPassage } from '../search/types.ts';
import { attributionOf, speakerSummary, speakersOfPassage, statementsOf, type Attribution } from './attribution.ts';
import { SPEAKERS } from './speakers.ts';
import {
  DESCRIPTION_HEADS,
  isRoleWord,
  PLURAL_PERSON_HEADS,
  REPORTING_VERB_FORMS,
  ROLE_KIN,
  SOURCE_ROLES,
  TITLE_WORDS,
} from './lexicon.ts';
import { DEFAULT_DIRECTORY } from './speakerDirectory.ts';
import { describedOtherwise, describedSpeakers, otherRoleAfter } from './speakerDescriptions.ts';
import type { SpeakerKind, Statement } from './types.ts';
import { withQuotesFollowing } from './quotesFollowing.ts';
import { citeStatement, resolveSpeaker, writtenFullNameOf, type CitedStatement } from './whoSaid.ts';

/** A cited passage with who speaks in it. */
export interface SpokenPassage extends CitedPassage {
  /** Who speaks in the passage shown (see speakersOfPassage); empty when nobody is quoted there. */
  speakers: readonly string[];
  /** The statement in the passage that best answers the question, with every outlet that carried it. */
  statement: CitedStatement | null;
}

/** A speaker an answer leads with. */
export interface LeadSpeaker {
  speaker: string;
  kind: SpeakerKind;
  role: string | null;
  /** The answer's passages where this speaker answers, in answer order. */
  passageIds: string[];
}

export interface SpeakerAnswer extends Answer {
  passages: SpokenPassage[];
  /** The question asks who said something, or what a named speaker said. */
  asksWho: boolean;
  /** The speaker the question names ("What did Mao Ning say ..."), canonical; null when it names none. */
  askedSpeaker: string | null;
  /** Who answers, in order of the passages: for a who-question, lead the answer with these. */
  speakers: LeadSpeaker[];
}

/** Passages the leading speaker of a who-answer gets on the first pass; every other speaker gets one. */
const LEAD_SPEAKER_FIRST = 3;
/** The lead speakers are read from at least this many of the first passages. */
const LEAD_SPEAKERS_READ = 10;
/** What a topic word found only in a statement's section or headline is worth to a who-question. */
const WHO_CONTEXT_CREDIT = 0.75;
/**
 * What a topic word found only in a statement's section is worth when the speaker is asked for: nearly as much as in
 * the statement ("she added" speaks on what the paragraph before it is about), a little less, so that the statement
 * that says it comes before the one after it.
 */
const SPEAKER_CONTEXT_CREDIT = 0.95;
/**
 * The share of the answer floors that the asked speaker's own statements must reach on the topic ("What did Mao Ning
 * say about ...?"): they are few and already chosen by the speaker, so a topic worded otherwise than they word it
 * need not be covered as fully as a search of the whole coverage must. A question asking who keeps the whole floor.
 */
const SPEAKER_FLOOR_SHARE = 0.6;
/** A who-question asks what was said: a direct quotation answers it a little better than reported speech. */
const QUOTE_BONUS = 0.1;
/** Central statements are the ones several outlets carried: this much per extra outlet, within a speaker. */
const OUTLET_BONUS = 0.15;

/** "Who said ...", "whom", "whose", "who is ...", and "which official / country / outlet ..." asking for a speaker. */
const WHO =
  /(?:^|[^\p{L}])(?:who|whom|whose)(?:$|[^\p{L}])|\bwhich\s+(?:[\p{L}-]+\s+){0,2}?(?:official|officials|country|countries|leader|minister|ministry|spokes(?:man|woman|person)|head|government|diplomats?|agency|side|nation|state|body|person|people)\b/iu;
/**
 * A "who" inside a noun phrase ("that group of officials who went to Japan, what did they discuss?") relates a clause
 * to the noun before it: the question is the one asked after it. A "who" that opens the question, follows a
 * punctuation mark or stands before no later question word asks who.
 */
const RELATIVE_WHO =
  /\p{L}\s+(?:who|whom|whose)\b[^?]*?(?:[,;:]\s*|\b)(?:what|which|when|where|why|how)\s+(?:\p{L}+\s+)?(?:is|are|was|were|did|do|does|has|have|had|will|would|can|could)\b/iu;

function asksForSpeaker(question: string): boolean {
  if (!WHO.test(question)) return false;
  const first = /(?:^|[^\p{L}])(?:who|whom|whose)(?:$|[^\p{L}])/iu.exec(question);
  // "which official ..." asks for a speaker wherever it stands; a relative "who" alone does not.
  if (!first) return true;
  const before = question.slice(0, first.index + 1).trimEnd();
  const opensClause = before === '' || /[,;:.!?(\-–—]$/.test(before);
  return opensClause || !RELATIVE_WHO.test(question.slice(Math.max(0, first.index - 30)));
}

/**
 * Who-questions that survey the speakers on a topic ("Who said what about X?", "Who commented on X?"), as
 * opposed to asking who said one thing ("Who said that Asia is not a wrestling ground?").
 */
const SURVEY =
  /\bwho\b[^?]*\bwhat\b|\bwho\s+(?:has\s+|have\s+)?(?:said|spoke|speaks|commented|comments|talked|reacted|responded|weighed in)\s+(?:about|on|to|regarding)\b|\bwhich\s+(?:speakers|officials|people|voices)\b[^?]*\b(?:about|on|regarding)\b|\bwho\s+(?:is|are|was|were)\s+(?:quoted|cited)\b/i;
/** Asking who the coverage's speakers are: "who is quoted?", "list all the people quoted", "who are the speakers?". */
const SPEAKERS_LISTED =
  /\bwho\s+(?:is|are|was|were|gets?|got)\s+(?:quoted|cited)\b|\bwho\s+(?:are|were)\s+the\s+(?:speakers|sources|voices)\b|\b(?:list|name|show)\b[^?]*\b(?:speakers|people|persons|officials|voices|sources)\b|\b(?:which|what)\s+(?:people|persons|officials|speakers|voices)\s+(?:are|were|get|got)\s+(?:quoted|cited)\b|\bwho\s+(?:speaks|spoke|talks|talked)\s*\??$/i;
/** The words of such a question, taken out before looking for a topic in it. */
const SPEAKER_WORDS =
  /\b(?:who|which|what|list|name|show|all|every|the|people|persons|officials|speakers|sources|voices|quoted|cited|is|are|was|were|gets?|got|speaks|spoke|talks|talked|in|me)\b/gi;
/** Words for a stance someone takes, which what they said shows: "angry", "worried", "opposed". */
const ATTITUDE =
  '(?:mad|angry|upset|annoyed|unhappy|furious|outraged|irritated|worried|concerned|alarmed|afraid|nervous|wary|uneasy|opposed|hostile|critical|skeptical|sceptical)';
const ATTITUDE_WORDS = new RegExp(`\\b${ATTITUDE}\\b`, 'giu');
/**
 * "Why is Pyongyang so mad at Japan?", "What's Beijing worried about?": a speaker's stance, which what it said shows,
 * and failing that what others report of it.
 */
const STANCE: readonly RegExp[] = [
  new RegExp(
    `\\b(?:why|how\\s+come)\\s+(?:\\p{L}+ly\\s+)?(?:is|are|was|were)\\s+(.+?)\\s+(?:so\\s+|this\\s+|that\\s+)?${ATTITUDE}\\b`,
    'iu',
  ),
  new RegExp(
    `\\bwhat\\s*(?:is|are|was|were|['’]?s)\\s+(.+?)\\s+(?:so\\s+)?${ATTITUDE}\\s+(?:about|at|over|of|by)\\b`,
    'iu',
  ),
];
/**
 * "Is Moscow upset about NATO's push into Asia too?", "are the russians kinda worried": whether a party holds a
 * stance, asked of it, which its words show (or, never quoted, do not). Not a claim put to the check ("Is it true
 * that ..."): its subject holds no clause.
 */
const STANCE_ASKED_WHETHER = new RegExp(
  String.raw`^\s*${LEAD_IN}(?:is|are|was|were)\s+((?:(?!\b(?:that|whether|if)\b)[^,;:?!])+?)\s+(?:(?:\p{L}+ly|also|so|too|kinda|at\s+all|very|this|that)\s+)*${ATTITUDE}\b`,
  'iu',
);
/** "Where does Moscow stand on it?", "say where Moscow stands": a stance asked, which the speaker's words give. */
const STANDS_ON = /\bwhere\s+(?:(?:does|did|do|is|are|was|were)\s+)?(.+?)\s+stand(?:s|ing)?\b/iu;
/** Speech made or given: "make her remarks", "gave a speech", "issued the statement". */
const MADE_SPEECH =
  /\b(?:make|made|give|given|gave|deliver|delivered|issue|issued)\s+(?:(?:her|his|their|its|the|these|those|this|that|a|an|such)\s+)?(?:remarks?|comments?|statements?|speech|address|warning|claims?)\b/giu;
/** Nouns for a reply to something said: "Tokyo's rebuttal", "a retort to Pyongyang". */
const REPLY_NOUNS = 'repl(?:y|ies)|answers?|rebuttals?|retorts?|rejoinders?|ripostes?|denials?|rebukes?|counters?';
/** "What reason did the alliance give ...?", "What response did New Zealand offer ...?": a response given is said. */
const GIVEN_RESPONSE =
  /\b(?:what|which)\s+(?:(?:kind|sort)\s+of\s+)?(?:reasons?|explanations?|justifications?|rationale|excuses?|arguments?|grounds|responses?|reactions?|repl(?:y|ies)|comments?|remarks?|statements?|answers?)\s+(?:did|does|do|has|have)\s+(.+?)\s+(?:give|given|offer|offered|provide|provided|cite|cited|put\s+forward|make|made|issue|issued|have|had)\b/iu;
/** Nouns for a view someone holds, and what it is on: "the stand of X on ...", "the reaction from X to ...". */
const VIEW_NOUNS = String.raw`view|views|stand|stance|position|attitude|opinion|thoughts|reaction|response|line`;
const VIEW_TOPIC = String.raw`\s+(.+?)\s+(?:on|about|regarding|towards?|over|concerning|to|re)\b`;
/**
 * "What is the stand of the South Korean government on ...", "the reaction of Beijing to ...": a view named before
 * whose it is, as the possessive names it after ("Seoul's stand on ...").
 */
const VIEW_OF = new RegExp(String.raw`\b(?:${VIEW_NOUNS}|take)\s+of${VIEW_TOPIC}`, 'iu');
/**
 * "the reaction from Pyongyang to ...", "a line from Beijing on ...": a view named before where it comes from ("take
 * from" is left out: "what lesson did she take from Delhi ..." is a verb).
 */
const VIEW_FROM = new RegExp(String.raw`\b(?:${VIEW_NOUNS}|word)\s+from${VIEW_TOPIC}`, 'iu');
/**
 * "What was the answer of the South Korean government to ...", "the rebuttal from Tokyo to ...": a reply named before
 * whose it is, as "Tokyo's rebuttal" names it after.
 */
const REPLY_OF = new RegExp(String.raw`\b(?:${REPLY_NOUNS})\s+(?:of|from)${VIEW_TOPIC}`, 'iu');
/**
 * "Describe how the Japanese government responded to ...", "why DPRK say NATO ...": a speaker's reply or words asked
 * without the auxiliary, as a school task or a clipped question words it. (Not "which outlet reports how China
 * reacted": there the reply is what a page reports, not the thing asked.)
 */
const UNAIDED_SPEECH = [
  /^\s*(?:(?:please|kindly)\s+)?(?:describe|explain|outline|discuss|summari[sz]e|tell\s+(?:me|us))\s+how\s+(?!(?:many|much|long|far|often|soon|big|large|come|did|does|do|has|have|had|is|are|was|were)\b)(.+?)\s+(?:reacted|responded|replied|answered)\b/iu,
  // Not "What dilemma does X say": an auxiliary before the verb is THING_ASKED_OF's.
  /^\s*(?:why|what)\s+(?!(?:did|does|do|has|have|had|is|are|was|were|will|would|can|could)\b)(?![^?]*?\b(?:did|does|do|has|have|had)\s[^?]*?\b(?:say|says|said|claim|claims|think|thinks)(?![\p{L}-]))(.+?)\s+(?:say|says|said|claim|claims|think|thinks)(?![\p{L}-])/iu,
];
/**
 * "What dilemma does the think-tank director say ...", "Which threat did Kim warn of": the thing said, asked first
 * (not "Which outlet does not say ...": an outlet asked for is not what was said).
 */
const THING_ASKED_OF =
  /^\s*(?:what|which)\s+(?!(?:outlets?|publications?|(?:news)?papers?|(?:web)?sites?|sources?|media|agenc(?:y|ies)|channels?|networks?)\b)(?:[\p{L}-]+\s+){1,2}(?:did|does|do|has|have)\s+(?!(?:not|never)\b)(.+?)\s+(?:say|said|claim|argue|warn|tell|write|add|mean|think|call|urge|ask|request|demand|announce|report|accuse|denounce|stress|expect|predict|believe|fear)(?![\p{L}-])/iu;
/** "Which locations did Manila add ...": what is added is asked for first, by a noun. */
const ADDED_THING =
  /^\s*(?:what|which)\s+(?:[\p{L}-]+\s+)?([\p{L}-]+)\s+(?:did|does|do|has|have)\s+.+?\s+add(?![\p{L}-])/iu;

/**
 * Whether a question asks which things someone added ("Which locations did Manila add?", "What members has NATO
 * added?"), not what they added in words: the thing is a place, an object, a person or a group (WordNet).
 */
function thingAdded(question: string): boolean {
  const thing = ADDED_THING.exec(question)?.[1];
  return thing !== undefined && isConcreteNoun(thing);
}

/**
 * A likening asked more loosely: "To which old regimes did Putin compare them?", "Which countries of 1930s he compare
 * to?" (several words after the question word, no auxiliary), "Which regimes did he invoke by way of comparison?",
 * "the exact comparison he drew with the 1930s".
 */
const COMPARISON_DRAWN = [
  /\b(?:what|which|who|whom)\s+(?:[\p{L}\d'’-]+\s+){0,4}?(?:(?:did|does|do|has|have)\s+)?(.+?)\s+(?:compare[sd]?|liken(?:s|ed)?|equate[sd]?)\b/iu,
  /\b(?:what|which|who|whom)\s+(?:[\p{L}\d'’-]+\s+){0,4}?(?:did|does|do|has|have)\s+(.+?)\s+(?:invoke|cite|bring\s+up|point\s+to)\s+(?:[\p{L}-]+\s+){0,3}?(?:comparisons?|parallels?|analog(?:y|ies))\b/iu,
  /\b(?:comparisons?|parallels?|analog(?:y|ies))\s+(?:that\s+)?(.+?)\s+(?:drew|draws|drawn|made|makes|offered|offers)\b/iu,
];
/**
 * The words framing a likening, which are not its topic: "by way of comparison", "invoked", "parallels". The verb
 * "compare" stays: its kin ("like") are how the speaker's words liken.
 */
const LIKENING = /\b(?:comparisons?|invok(?:e[sd]?|ing)|parallels?|analog(?:y|ies)|by\s+way\s+of)\b/giu;
/**
 * Speaking up, in phrasal verbs: "did Beijing weigh in too?", "has Seoul spoken out". (Not "hit back" nor "push back":
 * "how did Seoul hit back after the launch" asks a deed, suspending a military agreement.)
 */
export const SPOKE_UP = String.raw`weigh(?:ed)?\s+in|chime[sd]?\s+in|sp(?:eak|oke|oken)\s+(?:out|up)|sound(?:ed)?\s+off`;
/** "How does Pyongyang say other nations are reacting ...?", "How did China's spokesman argue that ...?". */
const HOW_SAID = /\bhow\s+(?:did|does|do|has|have)\s+(.+?)\s+(?:say|claim|argue|explain|justify)(?![\p{L}-])/iu;
/**
 * "What does the retired naval commander consider the greatest danger", "How likely does the head of the think tank
 * consider it that ...": what someone judges is what they said.
 */
const VIEW_CONSIDERED =
  /\b(?:what|why|how\s+(?:likely|probable|\p{L}+ly))\s+(?:did|does|do|has|have)\s+(.+?)\s+(?:consider|reckon|deem|judge)(?![\p{L}-])/iu;
const SPOKE_UP_ASKED = new RegExp(String.raw`\b(?:did|has|have)\s+(.+?)\s+(?:${SPOKE_UP})\b`, 'iu');
/** "did", "has", "have", "had" opening a question whether something was done, or a sentence of it ("..., and did"). */
const ASKED_WHETHER_DONE = String.raw`(?:^|[,;:?!.]\s*|\band\s+)(?:did|has|have|had)`;
/**
 * "Did Seoul lodge a formal protest over ...", "is it true that Canberra issued a statement ...": a speech act asked
 * as a deed, by a verb of putting out and its noun (group 2), which must name something said (see speechActAsked).
 * Asked whether it was done, not when or where ("When did France voice its objection?" asks a fact of a report).
 */
const SPEECH_ACT_DONE = new RegExp(
  String.raw`(?:${ASKED_WHETHER_DONE}|\bthat)\s+(.+?)\s+(?:lodge[ds]?|file[ds]?|issue[ds]?|voice[ds]?|register(?:s|ed)?|deliver(?:s|ed)?|release[ds]?|send|sends|sent|make|makes|made)\s+(?:a|an|any|its|their|his|her|the|some)\s+(?:[\p{L}-]+\s+){0,2}?([\p{L}-]+)(?=\s+(?:over|about|on|against|to|with|at|regarding|after|in|that|condemning|criticising|criticizing|protesting|rejecting)\b|\s*[?,.!]|\s*$)`,
  'iu',
);
/** The light verbs of SPEECH_ACT_DONE whose object must be mostly something said: one can "make a plan". */
const MAKES = /\s(?:make|makes|made)\s/iu;
/**
 * "does pyongyang say other countries are worried": asked in the present, what the subject says. ("how far along
 * does Pyongyang say ..." asks a fact, which the whole coverage answers.)
 */
const PRESENT_SAID =
  /^(?!\s*how\b).*?\b(?:does|do)\s+(.+?)(?<!\b(?:a|an|any|no|the|some|its|their|his|her))\s+(?:say|claim|argue|warn|insist|allege|suggest)(?![\p{L}-])/iu;
/**
 * "Did the Japanese government answer North Korea's accusations?", "has Seoul answered Pyongyang": asked whether it
 * answered, as "did it reply" is. Not "has the question been answered".
 */
const ANSWER_DONE = new RegExp(
  String.raw`${ASKED_WHETHER_DONE}\s+(.+?)(?<!\b(?:a|an|any|no|the|some|more|final|real|its|their|his|her|been|be|being))\s+answer(?:ed)?\s+(?!(?:to|for|by|with|that|in|on)\b)(?=\p{L})`,
  'iu',
);
/** "What has the Japanese government answered on ...?", "what did Mao Ning reply": an answer given is said. */
const ANSWERED =
  /\b(?:what|why)\s+(?:did|does|do|has|have)\s+(.+?)\s+(?:answer(?:ed)?|repl(?:y|ied)|respond(?:ed)?)(?![\p{L}-])/iu;

/**
 * Phrasings that name the speaker asked about: "What did Mao Ning say", "according to Kim", "Putin's view". A verb
 * of speech is a word of its own: "think" in "the Seoul think-tank fellow" is none.
 */
const NAMED_SPEAKER = [
  /\b(?:what|why)\s+(?:did|does|do|has|have)\s+(.+?)\s+(?:say|said|claim|argue|warn|tell|write|add|mean|think|call|urge|ask|request|demand|announce|report|accuse|denounce|stress|expect|predict|believe|fear|suggest|propose|recommend|advise|make(?=\s+of\b))(?![\p{L}-])/iu,
  /\bhow\s+(?:did|does|do|has|have)\s+(.+?)\s+(?:react|respond|reply|describe|call|see|view|characteri[sz]e|answer|feel|think|regard|perceive)(?![\p{L}-])/iu,
  // "Did Wellington get a say in ...": "say" after a determiner is a noun, no speech.
  // "Did Mao Ning also slam AUKUS?": a verb of judging aloud asks what was said too.
  new RegExp(
    String.raw`\b(?:did|has|have)\s+(.+?)(?<!\b(?:a|an|any|no|the|some|more|final|real|its|their|his|her))\s+(?:say|said|claim(?:ed)?|argued?|warn(?:ed)?|react(?:ed)?|respond(?:ed)?|repl(?:y|ied)|comment(?:ed)?|mention(?:ed)?|${JUDGED_ALOUD})\b`,
    'iu',
  ),
  /\baccording\s+to\s+(.+?)(?:,|\?|$)/iu,
  new RegExp(
    `\\b(.+?)['’]s\\s+(?:(?:official|formal|public|first|initial|latest)\\s+)?(?:view|views|take|stance|position|attitude|opinion|thoughts|reaction|response|comments?|remarks?|statements?|words|warning|claim|line|${REPLY_NOUNS})\\b`,
    'iu',
  ),
  // "Who in Beijing told ...": those of a capital speak for its government.
  /^\s*[Ww]ho\s+(?:in|at|from)\s+((?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*)/u,
  // "Which document did the Kremlin leader hold up ...": a subject described by a name and a role, whatever the verb.
  new RegExp(
    `\\b(?:did|does|do|has|have)\\s+((?:the\\s+)?(?:\\p{Lu}[\\p{L}'’-]*\\s+){1,3}(?:${Object.keys(DESCRIPTION_HEADS)
      .filter((head) => DESCRIPTION_HEADS[head] === 'person')
      .join('|')}))\\b`,
    'u',
  ),
  ...STANCE,
  STANCE_ASKED_WHETHER,
  // "When did the spokeswoman make her remarks?": remarks made, a speech given, are said.
  new RegExp(String.raw`\b(?:when|where|how|why)\s+(?:did|does|do|has|have|had)\s+(.+?)\s+${MADE_SPEECH.source}`, 'iu'),
  // "Which countries did Putin compare it to?", "who did Kim liken NATO to": a likening is said.
  /\b(?:what|which|who|whom)\s+(?:[\p{L}-]+\s+)?(?:did|does|do|has|have)\s+(.+?)\s+(?:compare|liken|equate)\b/iu,
  ...COMPARISON_DRAWN,
  // "What reason did the alliance give for ...?": a reason given is said.
  GIVEN_RESPONSE,
  VIEW_OF,
  VIEW_FROM,
  REPLY_OF,
  THING_ASKED_OF,
  ...UNAIDED_SPEECH,
  STANDS_ON,
  SPOKE_UP_ASKED,
  SPEECH_ACT_DONE,
  HOW_SAID,
  ANSWERED,
  ANSWER_DONE,
  PRESENT_SAID,
  VIEW_CONSIDERED,
  // "the exact passage in which the North Korean official says ...", "the part where Kim says ...": a passage asked
  // for by who says it. (Last: the patterns above are taken by their place in this list.)
  /\b(?:passage|part|line|bit|quote|paragraph|sentence)s?\s+(?:in\s+which|where|when)\s+(.+?)\s+(?:says|said|claims|claimed|argues|argued|warns|warned|writes|wrote|calls|called|describes|described)\b/iu,
];
/** A question about a response: "How did X respond / react / reply to Y". */
const RESPONDS_TO = new RegExp(
  `\\b(?:respond|react|repl(?:y|ied)|answer)\\w*\\s+to\\b|\\b(?:response|reaction|${REPLY_NOUNS})\\s+to\\b`,
  'i',
);
/** Words for what was said, which a response refers to. */
const SPEECH_NOUNS =
  /\b(?:reports?|remarks?|comments?|statements?|accusations?|criticism|claims?|warnings?|words|allegations?|response|reaction)\b/i;
/**
 * "What did New Zealand's leader say about his country and NATO?": the speaker's own country, people or government
 * is who speaks, not a topic their words must name.
 */
const SPEAKERS_OWN = /\b(?:his|her|its|their)\s+(?:own\s+)?(?:country|nation|government|people|state)\b/giu;
/**
 * The answer's passages that name the speaker, by the last word of their name in any case ("Macron", "foreign
 * ministry"); refused when none does.
 */
function naming(answer: Answer, speaker: string): Answer {
  const name = speaker.split(/\s+/).at(-1) ?? speaker;
  const pattern = new RegExp(`(?<![\\p{L}])${escapeRegExp(name)}(?![\\p{L}])`, 'iu');
  const passages = answer.passages.filter((passage) => pattern.test(passage.text));
  return passages.length > 0
    ? { ...answer, passages, total: passages.length }
    : refusal(answer.question, REASONS.notFound);
}

/**
 * The answer's passages that name the speaker as the question does, by any of the names its words stand for
 * ("Pyongyang": "the North's Korean Central News Agency"), or by the speaker's own name.
 */
function namingAsked(answer: Answer, asked: SpeakerAsked, engine: SearchEngine): Answer {
  const named = naming(answer, asked.speaker);
  if (named.answered) return named;
  const concepts = analyzeQuestion(asked.phrase, engine).filter((concept) => !concept.qualifier);
  const passages = answer.passages.filter(
    (passage) => concepts.length > 0 && concepts.every((concept) => passageCovers(concept, passage.id, engine)),
  );
  return passages.length > 0 ? { ...answer, passages, total: passages.length } : named;
}

/** A speaker asked by a description, a word in lower case among the phrase's ("an unnamed Russian diplomat"). */
const DESCRIBED = /(?<![\p{L}'’-])(?!(?:the|a|an|of|in|at|for|from|and|or|'s)\b)\p{Ll}{3,}/u;

/** A quotation: what a source says, in which the words describing them are not ("We work well with Japan"). */
const QUOTATION = /“[^”]*”|"[^"]*"|‘[^’]{12,}’/gu;

/** How far apart, in words, a description's words may stand in a passage: "in Beijing, a ministry spokesperson". */
const DESCRIPTION_SPAN = 6;

/**
 * Whether the passage's own words, outside its quotations, describe one person as the question does: every word of
 * the description, or one it relates to (a capital for its country's people: "Beijing" for "Chinese"), within
 * DESCRIPTION_SPAN words of its last ("a source in the Russian diplomatic service"). Words a quotation names are the
 * source's ("We work well with Japan"), and words far apart describe others ("an official at the Élysée ... the
 * Tokyo office" is no Japanese official).
 */
function describedTogether(concepts: readonly Concept[], text: string): boolean {
  const words = text.replace(QUOTATION, ' ').split(/[^\p{L}\p{N}]+/u);
  const stemsAt = words.map((word) => {
    const country = /^\p{Lu}/u.test(word) ? countryOfCapital(word) : null;
    return [termOf(word)?.stem ?? '', ...(country ? [termOf(country)?.stem ?? ''] : [])];
  });
  // The person is named by the word or one standing for it, not a word derived from it ("office" of "official").
  const positions = (concept: Concept, person: boolean) => {
    const related = [...concept.related].filter(([, strength]) => !person || strength !== RELATION_WEIGHTS.derived);
    const stems = new Set([...concept.ownStems, ...related.map(([stem]) => stem)]);
    return stemsAt.flatMap((here, index) => (here.some((stem) => stems.has(stem)) ? [index] : []));
  };
  const [head, ...rest] = [...concepts].reverse().map((concept, index) => positions(concept, index === 0));
  return (head ?? []).some((at) =>
    rest.every((others) => others.some((index) => Math.abs(index - at) <= DESCRIPTION_SPAN)),
  );
}

/**
 * "I spoke to a senior Japanese diplomat who told me ...": someone quoted relays what a source told them, the source
 * described and not credited (the passage's statement is the relayer's).
 */
const RELAYED_TO_SPEAKER = /\b(?:told|assured|warned|confided\s+to|said\s+to)\s+(?:me|us)\b/i;

/** Words saying a source goes unnamed. */
const NAMELESS = /^(?:unnamed|anonymous|unidentified|nameless|undisclosed)$/iu;

/**
 * The answer's passages that credit no one by name, tell someone speaking and cover every word of the description
 * the question gives the speaker: a source the page describes and never names. Not a printed field (a caption).
 */
function describing(answer: Answer, asked: SpeakerAsked, engine: SearchEngine, attribution: Attribution): Answer {
  // "unnamed", "anonymous": that the page names no one, which a passage crediting no one by name says its own way.
  // A capitalised word opening the phrase alone ("German official") is still a name.
  const concepts = analyzeQuestion(asked.phrase, engine).filter(
    (concept) =>
      !concept.qualifier && !(concept.vague && !/^\p{Lu}/u.test(concept.label)) && !NAMELESS.test(concept.label),
  );
  const passages = answer.passages.filter(
    (passage) =>
      concepts.length > 0 &&
      ((attribution.byPassage.get(passage.id)?.length ?? 0) === 0 ||
        (SPEAKER_RULES.relayedSources && RELAYED_TO_SPEAKER.test(passage.text))) &&
      passage.printed === undefined &&
      // A source is told speaking ("told", "said"); a line about someone (an author's note) does not speak.
      passage.text.split(/[^\p{L}]+/u).some((word) => SPEECH_FORMS.has(word.toLowerCase())) &&
      concepts.every((concept) => passageCovers(concept, passage.id, engine)) &&
      describedTogether(concepts, passage.text),
  );
  return passages.length > 0
    ? { ...answer, passages, total: passages.length }
    : refusal(answer.question, REASONS.notFound);
}

/**
 * Whether a question asks for a person only by what they are ("the Oslo researcher"): a noun of people heads the
 * phrase, which holds no word of their name ("the Japanese government" is a body, not one of its members).
 */
function describedOnly(asked: SpeakerAsked): boolean {
  const name = new Set(asked.speaker.toLowerCase().split(/[^\p{L}]+/u));
  // "the former Japanese ambassador who advised Tokyo": the noun before a relative clause heads it.
  const described = asked.phrase.split(/\s(?:who|whom|whose|that|which)\s/i)[0] ?? '';
  const head =
    described
      .split(/[^\p{L}]+/u)
      .filter(Boolean)
      .at(-1) ?? '';
  return (
    DESCRIBED.test(asked.phrase) &&
    namesPeople(head) &&
    !asked.phrase
      .toLowerCase()
      .split(/[^\p{L}]+/u)
      .some((word) => word.length > 1 && name.has(word))
  );
}

/**
 * A speaker's passages that speak of one of a topic's concepts or more, in its own words or an alias, not a related
 * word ("Taiwan" is not "China"): those speaking of more of the topic, by its concepts' weights, first.
 */
function statementsOnTopic(topic: string, passages: readonly CitedPassage[], engine: SearchEngine): CitedPassage[] {
  const analyzed = analyzeQuestion(topic, engine).filter((concept) => !concept.qualifier && !concept.vague);
  const inOwnWords = analyzed.map((concept) => ({ ...concept, related: new Map<string, number>() }));
  const found = onConcepts(inOwnWords, passages, engine);
  if (found.length > 0 || !SPEAKER_RULES.topicInOtherWords) return found;
  // "Why does the Lisbon researcher think the plan matters even though it is small?" of one who calls it "modest":
  // failing the reader's own words, a word related to one (not to a name: "Taiwan" is still not "China").
  const inOtherWords = analyzed.map((concept) =>
    concept.name || /^\p{Lu}/u.test(concept.label) ? { ...concept, related: new Map<string, number>() } : concept,
  );
  return onConcepts(inOtherWords, passages, engine);
}

/** The passages covering one of the concepts or more, those covering more of them (by weight) first. */
function onConcepts(
  concepts: readonly Concept[],
  passages: readonly CitedPassage[],
  engine: SearchEngine,
): CitedPassage[] {
  const covered = (passage: CitedPassage) =>
    concepts
      .filter((concept) => passageCovers(concept, passage.id, engine))
      .reduce((sum, concept) => sum + concept.weight, 0);
  return passages
    .map((passage) => ({ passage, weight: covered(passage) }))
    .filter(({ weight }) => weight > 0)
    .sort((a, b) => b.weight - a.weight)
    .map(({ passage }) => passage);
}

/**
 * "about Japan possibly joining NATO": an -ing verb after a name, its subject, tells what the name does; the
 * speaker's words say it their own way ("become a member"), and the names are the topic. Typed in lower case ("about
 * nato coming to asia"), the subject is a name the coverage writes (`names`, folded).
 */
function clauseVerb(word: string, phrase: string, names: ReadonlySet<string>): boolean {
  if (!/^\p{Ll}{3,}ing$/u.test(word) || !isVerb(word)) return false;
  const subject = new RegExp(`([\\p{L}'’-]+)\\s+(?:\\p{Ll}+ly\\s+)?${word}\\b`, 'u').exec(phrase)?.[1] ?? '';
  const folded = foldWord(subject);
  return /^\p{Lu}/u.test(subject) || (SPEAKER_RULES.lowerCaseSubjects && !STOP_WORDS.has(folded) && names.has(folded));
}

/** Switches for the rules below, so that a test can show what each one does. */
export const SPEAKER_RULES = {
  /** "Who gave Beijing's reply to the reports ...?": the passage right after one naming the reports goes on with it. */
  responsesFollowing: true,
  /** "What does the retired commander consider the greatest danger?": what someone judges is what they said. */
  viewsConsidered: true,
  /** "How did the Russians react?": a people in the plural is its state, when the coverage quotes it as a whole. */
  peoplesPlural: true,
  /** "What is the name of the NATO official who will run the office?": who will hold a post is asked, not what one said. */
  holderAsked: true,
  /** "How did an official ... interpret the North's statement?": the owner of the verb's object is no speaker. */
  verbObjectOwners: true,
  /** "What Russia say about the office?": a learner's dropped "did", not "what" as "which". */
  auxiliaryDropped: true,
  /** "the channel's former South Korean diplomat": the page owning its guest is no part of who is asked about. */
  pageOwners: true,
  /** "the assembly's president, a Norwegian MP, describe": the appositive is no part of who is asked about. */
  appositiveAsides: true,
  /** "an Indian official, speaking anonymously, said": the aside is no part of who is asked about. */
  subjectAsides: true,
  /** "Dr Priya Nathan" of a speaker quoted as "Dr Nathan", when the page writes the whole name. */
  fullNamesWritten: true,
  standsOn: true,
  thingsAdded: true,
  whichNamedIt: true,
  personNouns: true,
  quotedNameRespelled: true,
  /** "Kim Sol-hwa": a whole quoted name typed a letter off, the slip inside a hyphenated part. */
  wholeNameRespelled: true,
  /** "Which government slapped the ... label": a described speaker's phrase ends at its verb, of whatever kind. */
  verbEndsDescription: true,
  /** "What has the Japanese government answered on ...?": who answered is the speaker asked about. */
  answersGiven: true,
  /** "Did the Japanese government answer North Korea's accusations?": asked whether it answered, it is the speaker. */
  answersDone: true,
  /** "Is Moscow upset about ...?": whether a party holds a stance, asked, names it as the speaker. */
  stancesAsked: true,
  /** A described commentator's words on none of the question's own words: those on a word related to one. */
  topicInOtherWords: true,
  /** "Did any outlet carry Australia's comments": the possessive's owner is the name, not "carry Australia". */
  ownerNamesAlone: true,
  /** "about nato coming to asia": a name typed in lower case before an -ing verb is its subject, as "NATO" is. */
  lowerCaseSubjects: true,
  /** "an official in Seoul": a run of words opening or closing on a preposition names no speaker. */
  edgePrepositions: true,
  /** "How did Seoul respond to the pact?": a state's deeds reported answer, when its words do not. */
  deedsRespond: true,
  /** "South Korea's presidential office" speaks for South Korea, as "Japan's defence ministry" does for Japan. */
  longStateNames: true,
  sayingNotEvent: true,
  askedOfRemarks: true,
  descriptionsSearched: true,
  newsOfEvent: true,
  negativeAsked: true,
  speakerFloor: true,
  viewOf: true,
  /** "the reaction from Pyongyang to ...": a view asked for by where it comes from names who holds it. */
  viewFrom: true,
  /** "the answer of the South Korean government to ...": a reply asked for by whose it is names who gave it. */
  repliesOf: true,
  /** "What did the Republic of Korea say?": a state named in full is that state, not North Korea's longer name. */
  wholeStateNames: true,
  /** "Who was the official claiming X?", "... who called X an 'open secret'?": the claim, with who made it. */
  claimsNamed: true,
  /** "Why did South Korea refuse to join ...?": the subject of a verb of communication is a speaker asked about. */
  communicationSubjects: true,
  /** "Did Mao Ning also slam AUKUS? What did she say about it?": "she" is the speaker the earlier sentence names. */
  pronounAcrossSentences: true,
  /** "the russian guy", "that Chinese lady": a noun for anyone at all after a people's name is that state's voice. */
  anyoneOfState: true,
  /** "Did Seoul lodge a formal protest ...": a speech act asked as a deed names its doer as the speaker asked. */
  speechActsDone: true,
  /** "the Republic of Korea's Ministry of Foreign Affairs": a long official name counts as one word of the phrase. */
  longNamesCounted: true,
  unaidedSpeech: true,
  thingAskedOf: true,
  affiliatedRoles: true,
  documentsSpeak: true,
  subjectOnly: true,
  namePartsRespelled: true,
  comparisonsDrawn: true,
  quotedNameInside: true,
  statesNamed: true,
  rolesOutsideNames: true,
  eventNamed: true,
  gerundHeads: true,
  textsRespondedTo: true,
  prepositionFirst: true,
  bodyJoined: true,
  /** "Which unit of the ministry is he with?": a part of a body, then the person whose post is asked. */
  partOfBody: true,
  /** "Kim Seol-hwa is working in which department?": the question word where the answer would stand. */
  bodyAskedInPlace: true,
  /** "an anonymous European diplomat in Seoul": a source the page quotes unnamed, described in its own words. */
  unnamedDescribed: true,
  /** "did Beijing weigh in too?": a phrasal verb of speaking up asks what was said. */
  spokeUp: true,
  /** "How does Pyongyang say ...?": what the subject says, asked by how it says it. */
  howSaid: true,
  /** "did an unnamed senior NATO diplomat reportedly say": an adverb of hearsay closing the subject is no part of who. */
  closingAdverbs: true,
  /** "should I cite for the spokeswoman's comments": a verb of speech the asker is the subject of reports nothing. */
  askersSpeech: true,
  /** "say about France's stance": an owner after a preposition is refused as no unquoted speaker either. */
  objectOwnersQuoted: true,
  /** "does pyongyang say ...?": what the subject says, asked in the present. */
  presentSaid: true,
  /** "did NATO adopt the Concept that Beijing denounced": the verb of saying is the relative clause's. */
  relativeClauseSubject: true,
  /** "According to Tokyo, how long ...?": a fact the speaker gave, reported by a page naming them, answers. */
  factsReported: true,
  /** "What's Beijing's position?": "What's" opening the possessive's phrase is no part of the name. */
  contractedOpening: true,
  /** "What did an unnamed Russian diplomat say?": passages crediting no one that describe the speaker so answer. */
  describedSpeaker: true,
  /** "According to the Oslo researcher, ...": a commentator asked by what they are, whose words on a topic answer. */
  describedStatements: true,
  /** "What did Putin say about Ukraine?": a name in the topic is not spoken of by a word related to it ("countries"). */
  namesInOwnWords: true,
  /** "a senior Japanese diplomat who told me ...": a described source whom a quoted speaker relays. */
  relayedSources: true,
  /** "according to an unnamed official at Japan's ... agency": a source said to go unnamed is no speaker named. */
  namelessDescribed: true,
  /** "a NATO official": not someone the page names with a title and never describes so. */
  indefiniteDescriptions: true,
  /** The same for a description that resolves to no speaker the coverage quotes. */
  describedUnquoted: true,
  /** "react to the Strategic Concept itself": "itself" after a text's name leaves the text what is responded to. */
  emphaticReflexive: true,
  /** "What did Sergei Lavrov or the Russian Foreign Ministry say ...?": each speaker joined, unquoted, is refused. */
  joinedSpeakers: true,
};
/** The word joining two speakers in one subject: "Lavrov or the Foreign Ministry", "Seoul and Canberra". */
const JOINING = /\s+(?:or|and|nor)\s+/i;
/** A reflexive pronoun used for emphasis after a noun: "the document itself", "the leaders themselves". */
const EMPHATIC_REFLEXIVE = /^(?:itself|themselves|himself|herself)$/iu;
/** The head of a text's name: a document, a strategy, a communiqué. */
const DOCUMENT_HEAD =
  /^(?:documents?|concepts?|reports?|statements?|communiqu[eé]s?|papers?|declarations?|strateg(?:y|ies)|treat(?:y|ies)|agreements?|texts?|resolutions?|doctrines?|charters?|memos?|memorand(?:um|a)|readouts?|transcripts?|guidelines?|reviews?)$/iu;
/** A question's opening auxiliary in the negative ("didn't", "didnt", "hasn't"), less its negation. */
const NEGATIVE_AUXILIARY = /^(\s*(?:did|does|do|has|have|had|is|are|was|were))n['’]?t\b/iu;

/**
 * "the korea analyst", "the guest from kobe", "the official travelling with Kishida": a description headed by a role
 * in lower case, owned by no name, that fits no speaker as the directory and the page word them. A page describes its
 * sources in its own words, so the search goes on and its gate decides. A name ("Kishida", "Kim Yo Jong"), an
 * office ("the South Korean president") or a role of a named body ("NATO's spokesperson") never quoted is refused.
 */
function describesByRole(phrase: string): boolean {
  const words = phrase.trim().split(/\s+/);
  if (words.some((word) => /['’]s?$/u.test(word))) return false;
  const head = descriptionHead(phrase);
  if (!/^\p{Ll}/u.test(head)) return false;
  // "the Islamabad think-tank director": any role held at a think tank or a university is a source's.
  const affiliated = SPEAKER_RULES.affiliatedRoles && COMMENTATOR_PLACE.test(phrase) && isRoleWord(head);
  return affiliated || SOURCE_ROLES.has(head.replace(/s$/, ''));
}

/**
 * Whether a description ends in a noun for a person ("the Swedish envoy", "the Opposition spokeswoman", "the radar
 * operator"), WordNet's: a description the page may word otherwise.
 */
function describesAPerson(phrase: string): boolean {
  const words = phrase.trim().split(/\s+/);
  const head = words.at(-1) ?? '';
  if (words.length < 2 || words.some((word) => /['’]s?$/u.test(word)) || !/^\p{Ll}+$/u.test(head)) return false;
  return namesPeople(head);
}

/**
 * Whether an answer's first page quotes someone described by this noun: a role the coverage gives them names it or
 * a close relative ("spokesman" for a "spokesperson"). A question about a minister nobody quotes is not answered
 * with an official's words, even where the passage names a minister.
 */
function quotesOneDescribed(answer: Answer, phrase: string, engine: SearchEngine, attribution: Attribution): boolean {
  const [head, ...modifiers] = analyzeQuestion(phrase, engine).reverse();
  if (!answer.answered || !head) return false;
  const stemsOf = (concept: Concept) =>
    new Set([
      ...concept.phrasings.flat(),
      ...[...concept.related].filter(([, strength]) => strength >= RELATION_WEIGHTS.similar).map(([stem]) => stem),
    ]);
  const headStems = stemsOf(head);
  const modifierStems = modifiers.map(stemsOf);
  return answer.passages.slice(0, 3).some((passage) => {
    const speakers = speakersOfPassage(attribution, passage.id);
    const roles = new Set(
      tokensOf(speakers.flatMap((speaker) => speakerSummary(attribution, speaker)?.roles ?? []).join(' ')).map(
        (token) => token.stem,
      ),
    );
    // Its kind, and one of what sets it apart when the description gives any: a "Western defence minister" is no
    // Japanese foreign minister.
    return (
      [...headStems].some((stem) => roles.has(stem)) &&
      (modifierStems.length === 0 || modifierStems.some((stems) => [...stems].some((stem) => roles.has(stem))))
    );
  });
}
/**
 * The noun heading a description: its last word before a preposition, a clause or a participle ("participant from a
 * ... body", "official travelling with ...").
 */
function descriptionHead(phrase: string): string {
  return (
    phrase
      .split(/\s+(?:at|of|from|in|with|for|on|who|travel\w*|based)\s+/i)[0]
      ?.trim()
      .split(/\s+/)
      .at(-1) ?? ''
  );
}

const QUOTE_MARK = /["“”]/u;
/** "a diplomat", "one senior Defence official", "another participant": one of a kind, up to three words before it. */
const UNNAMED_SOURCE =
  /\b(?:a|an|one|another)\s+(?:[\p{L}-]+\s+){0,3}?([\p{L}-]+)(?=\s*(?:[,:]|\b(?:at|of|from|in|with|for|on|who|based|said|says|told|put|added|warned|speaking)\b))/giu;

/**
 * Whether an answer's best passage quotes someone its page describes as the question does but names nowhere, so no
 * speaker holds the role: a sentence with the description's head noun or a synonym ("diplomat") after "a" or "one",
 * every name the description gives ("European") or else one of its other words, and a verb of speech or a quotation.
 * "A diplomat at a European embassy in Seoul, speaking on condition of anonymity, put it plainly: "..."". (Read in
 * the best three passages, a sealed batch let a line of page furniture into an answer.)
 */
function quotesDescribedUnnamed(answer: Answer, phrase: string, engine: SearchEngine): boolean {
  const head = descriptionHead(phrase).toLowerCase();
  // "South Korea's president" is owned by a name: someone the page would name, not an unnamed source.
  if (!answer.answered || /['’]/u.test(phrase) || !/^\p{Ll}+$/u.test(head) || !namesPeople(head)) return false;
  const concepts = analyzeQuestion(phrase, engine).filter((concept) => !concept.vague && !concept.qualifier);
  const headConcept = concepts.find((concept) => concept.label.toLowerCase() === head);
  if (!headConcept) return false;
  const stemsOf = (concept: Concept) =>
    new Set([
      ...concept.phrasings.flat(),
      ...[...concept.related].filter(([, strength]) => strength >= RELATION_WEIGHTS.similar).map(([stem]) => stem),
    ]);
  const headStems = stemsOf(headConcept);
  const others = concepts.filter((concept) => concept !== headConcept);
  // Every name it gives ("European", "Seoul": not a Russian diplomat's), or else one of its other words.
  const names = others.filter((concept) => /^\p{Lu}/u.test(concept.label)).map(stemsOf);
  const modifiers = names.length > 0 ? [] : others.map(stemsOf);
  return answer.passages.slice(0, 1).some((passage) =>
    splitSentences(passage.text).some((sentence) => {
      const stems = new Set(tokensOf(sentence).map((token) => token.stem));
      const has = (set: ReadonlySet<string>) => [...set].some((stem) => stems.has(stem));
      // An unnamed source is one of a kind: "A diplomat at ...", "One Defence official", "a senior official".
      const unnamedHead = [...sentence.matchAll(UNNAMED_SOURCE)].some((match) =>
        tokensOf(match[1] ?? '').some((token) => headStems.has(token.stem)),
      );
      return (
        unnamedHead &&
        names.every(has) &&
        (modifiers.length === 0 || modifiers.some(has)) &&
        (QUOTE_MARK.test(sentence) || has(SPEECH_STEMS))
      );
    }),
  );
}

/** Where commentators work. */
const COMMENTATOR_PLACE = /\b(?:think[\s-]tanks?|institutes?|universit(?:y|ies)|cent(?:re|er)s?|academ(?:y|ies))\b/iu;

/** Whether an answer's first page quotes someone: what a question about a described source must find. */
function quotesSomeone(answer: Answer, attribution: Attribution): boolean {
  return (
    answer.answered &&
    answer.passages.slice(0, 3).some((passage) => speakersOfPassage(attribution, passage.id).length > 0)
  );
}

/** "which" or "what" then a noun, not an auxiliary ("which agency", not "what did"). */
const WH_THEN_NOUN = String.raw`(?:which|what)\s+(?!(?:did|does|do|was|were|is|are|has|have|had|will|would|can|could)\b)\p{L}`;
/** "Which agency ...", "What day ...": the question asks for a thing of some kind, not what someone did or said. */
const WH_DETERMINER = new RegExp(String.raw`^\s*${WH_THEN_NOUN}`, 'iu');
/** A verb of speech or thought in its base form: "say" of "What Russia say about ...?". */
const BASE_SPEECH_VERB = String.raw`(?:say|think|mean|want|believe|feel|tell|claim|argue|warn)`;

/**
 * "What Russia say about the office?", "what the Chinese Foreign Ministry think": the asked speaker right after "what"
 * and a verb of speech in its base form, as learners of English write "what did X say", not "what" as "which".
 */
function auxiliaryDropped(question: string, asked: SpeakerAsked): boolean {
  return new RegExp(String.raw`^\s*what\s+${escapeRegExp(asked.subject)}\s+${BASE_SPEECH_VERB}\b`, 'iu').test(question);
}

/** The same after the preposition it governs, moved to the front: "Through which media ...", "On what day ...". */
const WH_DETERMINER_AFTER_PREPOSITION = new RegExp(
  String.raw`^\s*(?:through|in|on|by|from|via|at|for|with|under)\s+${WH_THEN_NOUN}`,
  'iu',
);

/** Whether a question asks for something said, thought or felt (SPEECH_VERBS, MADE_SPEECH, ATTITUDE_WORDS). */
export function asksSpeech(question: string): boolean {
  return SPEECH_ASKED.some((pattern) => pattern.test(question));
}

/** The page's own writer: "the author", "the Harwell writers", "the columnist", "the blogger". */
const OWN_WRITER = /^(?:authors?|writers?|columnists?|editorialists?|bloggers?|essayists?)$/iu;
/** A verb wanting someone else to speak ("the spokeswoman want the minister to tell"): the subject is before it. */
const WANTS_OTHER =
  /\s+(?:wants?|wanted|expects?|expected|asks?|asked|needs?|needed|urges?|urged|wish(?:es|ed)?|would\s+like)\s+\S.*$/iu;
/** A relative pronoun ending the phrase ("the share of South Koreans who [see]"): the verb is the clause's. */
const RELATIVE_END = /\s(?:who|which|that|whom)$/iu;
/** A question word contracted with "is" or "has" opening a phrase: "What's", "Who's", "How's". */
const CONTRACTED_OPENING = /^\s*(?:what|who|where|when|why|how|that|there|here)['’]s\s+/iu;
/**
 * A relative pronoun after a noun, then the clause's own subject, a name, ending the phrase ("the 2022 Strategic
 * Concept that Beijing [denounced]"): the verb is the clause's, its subject not the question's.
 */
const RELATIVE_SUBJECT =
  /\s(?!(?:in|at|of|from|on|by|for|with|to|about|and|or|but|so|did|does|do|has|have|had|say|said|says)\s)[\p{L}\d'’-]+\s+(?:that|which|whom)\s+(?:(?:the|its|their)\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}$/u;

/**
 * The subject in the words a pattern took for it: up to a verb wanting someone else to speak; none when the verb
 * belongs to a relative clause, of which the phrase is no subject.
 */
function subjectOf(typed: string | undefined): string | undefined {
  // "What's Beijing's position?": the question word's contraction opens the possessive's phrase, and is no name.
  const phrase = SPEAKER_RULES.contractedOpening ? typed?.replace(CONTRACTED_OPENING, '') : typed;
  if (!phrase || !SPEAKER_RULES.subjectOnly) return phrase;
  if (RELATIVE_END.test(phrase.trim())) return undefined;
  if (SPEAKER_RULES.relativeClauseSubject && RELATIVE_SUBJECT.test(` ${phrase.trim()}`)) return undefined;
  const whole = phrase.replace(WANTS_OTHER, '');
  // "an unnamed senior NATO diplomat reportedly": an adverb of hearsay closing the subject says how it is known, not who.
  const subject = SPEAKER_RULES.closingAdverbs ? withoutClosingAdverbs(whole) : whole;
  // "an Indian foreign ministry official, speaking anonymously,": the aside says how they spoke, not who they are.
  const unaside = SPEAKER_RULES.subjectAsides ? subject.replace(SUBJECT_ASIDE, '') : subject;
  // "the assembly's president, a Norwegian MP,": an indefinite appositive says what else they are, not who.
  const described = SPEAKER_RULES.appositiveAsides ? unaside.replace(APPOSITIVE_ASIDE, '') : unaside;
  // "the channel's former South Korean diplomat": the page's own guest or contributor; the page is no part of who.
  const owner = PAGE_OWNER.exec(described)?.[1];
  return SPEAKER_RULES.pageOwners && owner && (PAGE_KIND.test(owner) || namesNewsMedium(owner))
    ? described.replace(PAGE_OWNER, '')
    : described;
}

/**
 * The phrase less the adverbs of hearsay closing it: "reportedly", "allegedly", "supposedly" (a participle with
 * "-ly"). "publicly" or "officially" may say what is asked, and stay.
 */
function withoutClosingAdverbs(phrase: string): string {
  const words = phrase.trimEnd().split(/\s+/);
  const adverb = (word: string) => /^\p{Ll}{2,}edly$/u.test(word) && isVerb(word.slice(0, -2));
  while (words.length > 1 && adverb(words.at(-1) ?? '')) words.pop();
  return words.join(' ');
}

/** A possessive opening a subject: "the channel's", "this show's". */
const PAGE_OWNER = /^\s*(?:the|this|that)\s+(\p{L}+)['’]s\s+(?=\S)/iu;
/** The kinds of page a question may call the one it is about (their own guests, contributors, writers). */
const PAGE_KIND =
  /^(?:channel|show|podcast|programme|program|broadcast|episode|site|website|blog|newsletter|paper|magazine|outlet|network|station|thread|forum|page|video)$/iu;

/** A participle's or relative clause's aside closing a subject between commas ("..., who declined to be named,"). */
const SUBJECT_ASIDE = /\s*,\s+(?:who|which|\p{Ll}+ing|\p{Ll}+ed)\b[^,]*,?\s*$/u;
/** An indefinite noun phrase in apposition closing a subject between commas (", a Norwegian MP,"). */
const APPOSITIVE_ASIDE = /(?<=\S)\s*,\s+(?:a|an)\s+[^,]+,?\s*$/iu;

/** The shortest part of a quoted person's name a one-letter slip is corrected to: "Putn" is Putin, "Kin" no one. */
const RESPELLED_PART_MIN = 5;

/**
 * One word typed a letter off a part of the name of one person the coverage quotes ("Putn", "Stoltenbreg"), as the
 * coverage writes it; null when it is no such slip, or a slip of two people's names.
 */
function quotedNameRespelled(typed: string, attribution: Attribution): string | null {
  if (!/^\p{L}{4,}$/u.test(typed)) return null;
  const parts = attribution.speakers
    .filter((summary) => summary.kind === 'person')
    .flatMap((summary) => summary.speaker.split(/\s+/))
    .filter((part) => part.length >= RESPELLED_PART_MIN);
  return onlySlipOf(typed, parts, false);
}

/**
 * The one name written that the name typed is a slip of (a letter off, or, with `swaps`, two neighbouring letters
 * swapped); null for none, or for a slip of two names.
 */
function onlySlipOf(typed: string, written: readonly string[], swaps: boolean): string | null {
  const folded = foldWord(typed);
  const near = new Set(
    written.filter((name) => {
      const spelt = foldWord(name);
      return editDistanceWithin(folded, spelt, 1) === 1 || (swaps && spellingVariants(folded).includes(spelt));
    }),
  );
  return near.size === 1 ? ([...near][0] ?? null) : null;
}

/** The shortest whole name a one-letter slip is corrected to: "Kim Seol-hwa" is, "Li Xi" is not. */
const RESPELLED_NAME_MIN = 8;

/**
 * A whole name typed a letter off the name of one person the coverage quotes ("Kim Sol-hwa"), or with two
 * neighbouring letters swapped ("Kim Seol-wha"), as the coverage writes it: a slip inside a hyphenated part, which no
 * part on its own matches; null when it is no such slip, or a slip of two people's names.
 */
function wholeNameRespelled(typed: string, attribution: Attribution): string | null {
  if (!/^\p{L}+(?:[\s-]+\p{L}+)+$/u.test(typed)) return null;
  const names = attribution.speakers
    .filter((summary) => summary.kind === 'person' && summary.speaker.length >= RESPELLED_NAME_MIN)
    .map((summary) => summary.speaker);
  return onlySlipOf(typed, names, true);
}

/** "How did X respond", "how has X reacted": the way X responded, in words or in deeds. */
const RESPONSE_ASKED = /\bhow\s+(?:did|does|do|has|have|had|will|would)\s+.+?\s+(?:respond|react)\w*\b/i;
/** A passage telling a response as one: "Seoul reacted quickly", "in response", "retaliated". */
const RESPONSE_TOLD = /\b(?:react|respond|response|reaction|retaliat|repl(?:y|ied|ies))\w*/i;

/** A preposition, which opens or closes no name ("in Seoul", "official at"). */
const EDGE_PREPOSITION = /^(?:in|at|from|of|on|for|with|to|by|inside|within)$/i;

/** Whether a pattern of NAMED_SPEAKER is on (see SPEAKER_RULES). */
function patternOn(pattern: RegExp): boolean {
  if (pattern === VIEW_OF) return SPEAKER_RULES.viewOf;
  if (pattern === VIEW_FROM) return SPEAKER_RULES.viewFrom;
  if (pattern === REPLY_OF) return SPEAKER_RULES.repliesOf;
  if (pattern === STANDS_ON) return SPEAKER_RULES.standsOn;
  if (pattern === SPOKE_UP_ASKED) return SPEAKER_RULES.spokeUp;
  if (pattern === SPEECH_ACT_DONE) return SPEAKER_RULES.speechActsDone;
  if (pattern === HOW_SAID) return SPEAKER_RULES.howSaid;
  if (pattern === VIEW_CONSIDERED) return SPEAKER_RULES.viewsConsidered;
  if (pattern === PRESENT_SAID) return SPEAKER_RULES.presentSaid;
  if (pattern === ANSWERED) return SPEAKER_RULES.answersGiven;
  if (pattern === ANSWER_DONE) return SPEAKER_RULES.answersDone;
  if (pattern === STANCE_ASKED_WHETHER) return SPEAKER_RULES.stancesAsked;
  if (pattern === THING_ASKED_OF) return SPEAKER_RULES.thingAskedOf;
  if (COMPARISON_DRAWN.includes(pattern)) return SPEAKER_RULES.comparisonsDrawn;
  return !UNAIDED_SPEECH.includes(pattern) || SPEAKER_RULES.unaidedSpeech;
}

/** Whether SPEECH_ACT_DONE's noun names something said: any sense so after "lodge" or "issue", most after "make". */
function speechActAsked(question: string): boolean {
  const match = SPEECH_ACT_DONE.exec(question);
  const noun = match?.[2] ?? '';
  return match !== null && (MAKES.test(match[0]) ? isCommunicationNoun(noun) : hasCommunicationSense(noun));
}

/**
 * The passages of a response to words: those naming the words responded to ("in response to media reports"), and
 * those right after one such that go on with it ("Asia is an anchor for peace ...," the spokeswoman said when
 * addressed on the issue), kept in their order.
 */
function responsesIn(passages: readonly CitedPassage[], engine: SearchEngine): CitedPassage[] {
  const naming = passages.filter((passage) => SPEECH_NOUNS.test(passage.text));
  if (!SPEAKER_RULES.responsesFollowing) return naming;
  const next = nextPassageOf(engine);
  const kept = new Set(naming.flatMap((passage) => [passage.id, next.get(passage.id)?.id ?? passage.id]));
  return passages.filter((passage) => kept.has(passage.id));
}

/** "Japan's response to ...", "Putin's view": the possessive pattern of NAMED_SPEAKER. */
const POSSESSIVE = NAMED_SPEAKER[4];
/** The patterns whose phrase is the subject of the question: the first three of NAMED_SPEAKER and "who in X". */
const SUBJECT_PATTERNS: ReadonlySet<RegExp> = new Set([...NAMED_SPEAKER.slice(0, 3), ...NAMED_SPEAKER.slice(5)]);
/** "slammed", "praised": a judgement said aloud, which the speaker's words give in their own terms. */
const JUDGING = new RegExp(String.raw`\b(?:${JUDGED_ALOUD})\b`, 'giu');
const SPEECH_VERBS =
  /\b(?:say|said|says|claim(?:ed|s)?|argue[sd]?|warn(?:ed|s)?|tell|told|write|wrote|add(?:ed|s)?|mean|think|call(?:ed|s)?|urge[sd]?|announce[sd]?|report(?:ed|s)?|accuse[sd]?|denounce[sd]?|stress(?:ed|es)?|react(?:ed|s)?|respond(?:ed|s)?|repl(?:y|ied|ies)|comment(?:ed|s)?|mention(?:ed|s)?|view|views|take|stance|position|attitude|opinion|thoughts|reaction|response|remarks?|statements?|words|anything|something)\b/giu;
/** A question opening on whom it asks for: "Who ...", "Whos ...", "What is the name ...". */
const HOLDER_OPENING = /^\s*(?:who\b|whos\b|what(?:['’]s|\s+is)\s+(?:the\s+|his\s+|her\s+)?name\b)/iu;

/** The patterns asksSpeech reads, without the global flag (a global pattern's test() moves on from its last match). */
const SPEECH_ASKED = [SPEECH_VERBS, MADE_SPEECH, ATTITUDE_WORDS, JUDGING].map(
  (pattern) => new RegExp(pattern.source, 'iu'),
);

/**
 * The answer with speakers: every passage that answers, ranked once, each with who speaks in it and the statement
 * that answers the question; the speakers who answer, in order, to lead with. A question that names the speaker
 * it asks about ("What did Mao Ning say about NATO?") is answered only from what that speaker (or one speaking
 * for it) said on the topic, read within its section; when they said nothing on it, the answer says so.
 */
export function askWithSpeakers(
  engine: SearchEngine,
  question: string,
  options: RankOptions = {},
  attribution: Attribution = attributionOf(engine),
  /** Whether the user typed the question without capitals (before any were put back): see typedInLowerCase. */
  lowerCase: boolean = typedInLowerCase(question),
): SpeakerAnswer {
  // Typed without capitals, the speaker is looked for as if typed with them ("what did south korea's president say").
  const cased = lowerCase ? speakerNamesCased(question, engine, personWordsOf(attribution)) : question;
  const speaker = speakerAskedAbout(cased, attribution, lowerCase);
  // "According to Nikkei Asia" where Nikkei Asia is itself an outlet of the coverage asks about its article, not its quoted words.
  // Nor does a part of an outlet's name the question gives ("4 News" in "According to TBN Channel 4 News, why ...").
  const outletNamed = (phrase: string) => {
    if (outletsNamedIn(phrase, engine.corpus.articles)) return true;
    const holding = outletsOf(engine.corpus.articles).filter((outlet) => foldWord(outlet).includes(foldWord(phrase)));
    return (
      holding.length > 0 &&
      (outletsNamedIn(cased, engine.corpus.articles)?.outlets ?? []).some((outlet) => holding.includes(outlet))
    );
  };
  // Asked by the question itself ("Who will run ...", "What is the name of ..."), not by a clause describing a source
  // ("according to an official who was not named").
  const holderAsked = SPEAKER_RULES.holderAsked && HOLDER_OPENING.test(cased) && factAsked(cased) === 'holder';
  const asked = speaker && !outletNamed(speaker.phrase) && !holderAsked ? speaker : null;
  const unquotedCased = asked ? null : unquotedSpeakerAsked(cased, engine, attribution, lowerCase);
  // Named in the refusal as typed: only the case was changed, so the words are where they were.
  const at = unquotedCased ? cased.indexOf(unquotedCased) : -1;
  const unquoted = unquotedCased && at >= 0 ? question.slice(at, at + unquotedCased.length) : unquotedCased;
  // A description the page words otherwise goes on to the search when what it finds quotes someone.
  const bySourceRole = describesByRole(unquotedCased ?? '');
  const byPersonNoun = SPEAKER_RULES.personNouns && describesAPerson(unquotedCased ?? '');
  const byHeadNoun = SPEAKER_RULES.unnamedDescribed && namesPeople(descriptionHead(unquotedCased ?? '').toLowerCase());
  // Searched only for a description: the search is the dearest step of a refusal.
  const searchedForDescribed =
    unquoted !== null && SPEAKER_RULES.descriptionsSearched && (bySourceRole || byPersonNoun || byHeadNoun)
      ? ask(engine, question, options)
      : null;
  const searchedAsDescribed =
    searchedForDescribed !== null &&
    ((bySourceRole && quotesSomeone(searchedForDescribed, attribution)) ||
      (byPersonNoun && quotesOneDescribed(searchedForDescribed, unquotedCased ?? '', engine, attribution)) ||
      (byHeadNoun && quotesDescribedUnnamed(searchedForDescribed, unquotedCased ?? '', engine)));
  // "what did mao ming say": a part of a quoted name typed a letter off, beside a part the coverage writes with it.
  const respelled =
    unquoted && SPEAKER_RULES.namePartsRespelled
      ? (namePartsCorrected(unquoted, engine, knownWordsOf(engine).names) ??
        (SPEAKER_RULES.quotedNameRespelled ? quotedNameRespelled(unquoted, attribution) : null) ??
        (SPEAKER_RULES.wholeNameRespelled ? wholeNameRespelled(unquoted, attribution) : null))
      : null;
  if (unquoted && respelled)
    return {
      ...askWithSpeakers(engine, question.replace(unquoted, respelled), options, attribution, lowerCase),
      question,
    };
  // "What did an unnamed Russian diplomat say?" where no speaker is so described: a passage crediting no one by
  // name that describes them so answers, as for a described speaker whose own statements do not.
  const describedUnnamed =
    unquoted !== null && !searchedAsDescribed && SPEAKER_RULES.describedUnquoted && DESCRIBED.test(unquoted)
      ? describing(
          ask(engine, question, { ...options, offset: 0, limit: engine.corpus.passages.length }),
          { speaker: unquoted, phrase: unquoted, subject: unquoted },
          engine,
          attribution,
        )
      : null;
  if (unquoted && !searchedAsDescribed && !describedUnnamed?.answered)
    return {
      ...refusal(question, `Nothing in the coverage answers that: it quotes nobody as “${unquoted}”.`),
      passages: [],
      asksWho: true,
      askedSpeaker: null,
      speakers: [],
    };
  // "what's kim seol-hwa's actual job?", "which department is she in?": who a named speaker is.
  const roleOf = roleAskedOf(cased, attribution);
  if (roleOf) return { ...askWithSpeakers(engine, `Who is ${roleOf}?`, options, attribution), question };
  // "Who was the North Korean official quoted ...?": one speaker described, asked who they are.
  // "Which North Korean official claimed that ...?": one speaker described, and what they said.
  const which =
    asked || holderAsked
      ? null
      : (cased.match(WHICH_CLAIMED) ?? (SPEAKER_RULES.whichNamedIt ? cased.match(WHICH_NAMED_IT) : null));
  const described = which ? identityAsked(`who is the ${which[1]}`, attribution) : null;
  if (which && described) {
    // Still a question asking who: what the speaker said must answer it as fully as one asking who does.
    const claimed = askWithSpeakers(
      engine,
      `What did ${described} say about ${which[2]}`,
      { ...options, floorShare: 1 },
      attribution,
    );
    if (claimed.answered) return { ...claimed, question };
  }
  const identified = asked || holderAsked ? null : identityAsked(cased, attribution);
  if (identified) {
    // "Who was the official that claimed everybody knows America wants an Asian pact?": the claim, with who made it.
    const claim = (cased.match(CLAIM_MADE) ??
      (SPEAKER_RULES.claimsNamed ? cased.match(CLAIM_NAMED) : null))?.[1]?.replace(/[?.!]+\s*$/, '');
    const claimed = claim
      ? askWithSpeakers(
          engine,
          `What did ${identified} say about ${claim}?`,
          { ...options, floorShare: 1 },
          attribution,
        )
      : null;
    if (claimed?.answered) return { ...claimed, question };
    return { ...askWithSpeakers(engine, `Who is ${identified}?`, options, attribution), question };
  }
  const askedSpeaker = asked?.speaker ?? null;

  const voices = askedSpeaker ? voicesOf(askedSpeaker, attribution, engine) : new Set<string>();
  const everything = { ...options, offset: 0, limit: engine.corpus.passages.length };
  // "Who said what about X?": a statement is about what its section and article are about, a little less surely.
  // "Who is quoted?", "List the people quoted": every speaker of the coverage, naming no topic.
  const everyone =
    !asked && SPEAKERS_LISTED.test(question) && !namesTopic(question.replace(SPEAKER_WORDS, ' '), engine);
  const survey = everyone || (!asked && SURVEY.test(question));
  const whoContext = survey ? { sectionContext: { credit: WHO_CONTEXT_CREDIT, headline: true } } : {};
  const spoken = asked ? speakerAnswer(engine, question, asked, voices, everything, attribution) : null;
  // A stance no statement of the speaker shows may be reported by others ("the French objection was about ...").
  const stanceReported = spoken !== null && !spoken.answered && STANCE.some((pattern) => pattern.test(cased));
  const speakerShown = stanceReported ? null : askedSpeaker;
  const asksWho = asksForSpeaker(question) || speakerShown !== null || everyone;
  const ofSpeaker = describedUnnamed?.answered ? describedUnnamed : spoken && !stanceReported ? spoken : null;
  const ranked = ofSpeaker
    ? { ...ofSpeaker, passages: withQuotesFollowing(ofSpeaker.passages, engine, attribution) }
    : everyone
      ? answerOf(
          question,
          consensusPassages(
            engine,
            options.outlet ? [options.outlet] : (outletsNamedIn(question, engine.corpus.articles)?.outlets ?? []),
          ).filter((passage) => attribution.byPassage.has(passage.id)),
          engine,
          everything,
        )
      : ask(engine, question, { ...everything, ...whoContext });
  const questionTerms = new Set(
    tokensOf(question)
      .map((token) => token.stem)
      .filter((stem) => !SPEECH_STEMS.has(stem)),
  );
  const speak = (passage: CitedPassage) => speakPassage(passage, questionTerms, voices, engine, attribution);
  const quoting = (passage: SpokenPassage) =>
    (attribution.byPassage.get(passage.id) ?? []).some(
      (statement) =>
        statement.kind === 'quote' && statement.speaker === (passage.statement?.speaker ?? passage.speakers[0]),
    );
  // Ordering by speaker reads every passage's statement; otherwise only the page's and the lead speakers' are read.
  const read = Math.max(0, options.offset ?? 0) + Math.max(1, options.limit ?? DEFAULT_LIMIT);
  const ordered = survey
    ? bySpeaker(ranked.passages.map(speak), quoting)
    : ranked.passages.slice(0, Math.max(read, LEAD_SPEAKERS_READ)).map(speak);
  const page = pageOf(ordered, options);
  const shown = Math.max(0, options.offset ?? 0) + page.length;
  return {
    ...ranked,
    answered: ranked.answered && page.length > 0,
    reason: ranked.answered && page.length === 0 ? REASONS.notFound : ranked.reason,
    passages: page,
    sources: sourcesOf(page, engine),
    total: survey ? ordered.length : ranked.passages.length,
    asksWho,
    askedSpeaker: speakerShown,
    speakers: leadSpeakers(ordered.slice(0, Math.max(shown, LEAD_SPEAKERS_READ)), attribution),
  };
}

/**
 * A who-answer ordered by speaker: the speaker who says most on the topic leads with three of their central
 * statements (quotations carried by the most outlets first), every other speaker follows with the passage
 * that answers most directly, in order of it, and then every other passage in rank order.
 */
function bySpeaker(passages: readonly SpokenPassage[], quoting: (passage: SpokenPassage) => boolean): SpokenPassage[] {
  const speakerOf = (passage: SpokenPassage) => passage.statement?.speaker ?? passage.speakers[0];
  // Outlets that carried the passage, or its statement in other words (one outlet splits a quote over two paragraphs).
  const outlets = (passage: SpokenPassage) =>
    Math.max(passage.carriers.length, new Set(passage.statement?.carriers.map((carrier) => carrier.outlet)).size);
  const central = (passage: SpokenPassage) =>
    passage.score + (quoting(passage) ? QUOTE_BONUS : 0) + OUTLET_BONUS * (outlets(passage) - 1);
  const weight = new Map<string, number>();
  for (const passage of passages) {
    const speaker = speakerOf(passage);
    if (speaker) weight.set(speaker, (weight.get(speaker) ?? 0) + central(passage));
  }
  const lead = [...weight.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  const bySpeakerName = new Map<string, SpokenPassage[]>();
  for (const passage of passages) {
    const speaker = speakerOf(passage);
    if (!speaker) continue;
    const list = bySpeakerName.get(speaker) ?? [];
    list.push(passage);
    bySpeakerName.set(speaker, list);
  }
  // The same statement in another outlet's words counts once.
  const statements = new Set<string>();
  const leading = [...(bySpeakerName.get(lead ?? '') ?? [])]
    .sort((a, b) => central(b) - central(a))
    .filter((passage) => {
      const id = passage.statement?.id ?? passage.id;
      if (statements.has(id)) return false;
      statements.add(id);
      return true;
    })
    .slice(0, LEAD_SPEAKER_FIRST);
  // Every other speaker once, by how directly their passage answers.
  const others = [...bySpeakerName.entries()]
    .filter(([speaker]) => speaker !== lead)
    .map(([, list]) => [...list].sort((a, b) => b.score - a.score)[0])
    .filter((passage): passage is SpokenPassage => passage !== undefined)
    .sort((a, b) => b.score - a.score);
  const first = [...leading, ...others];
  const shown = new Set(first);
  return [...first, ...passages.filter((passage) => !shown.has(passage))];
}

/**
 * The answer to "What did X say about Y?": the passages where X (or one speaking for X) speaks that answer Y,
 * each read with its section ("she added" after the paragraph on the office is about the office). With no Y
 * ("What did China say?"), all of X's passages, in the coverage's order. When X said nothing on Y, a refusal
 * that says so.
 */
function speakerAnswer(
  engine: SearchEngine,
  question: string,
  asked: SpeakerAsked,
  voices: ReadonlySet<string>,
  options: RankOptions,
  attribution: Attribution,
): Answer {
  // A report cited as a source ("what did the Nikkei report say about ...") is the source of the whole report: of
  // the passages saying "reportedly" as much as of those naming it.
  if (speakerSummary(attribution, asked.speaker)?.kind === 'outlet') {
    const whole = ask(engine, question, options);
    if (whole.answered) return whole;
  }
  const within = passagesSpokenIn(engine, voices, attribution);
  // The subject as typed: found in a question typed without capitals, where it was looked for with them.
  const at = question.toLowerCase().indexOf(asked.subject.toLowerCase());
  const topic = (
    at >= 0
      ? `${question.slice(0, at)} ${question.slice(at + asked.subject.length)}`
      : question.replace(asked.subject, ' ')
  )
    .replace(MADE_SPEECH, ' ')
    .replace(SPEECH_VERBS, ' ')
    .replace(JUDGING, ' ')
    .replace(ATTITUDE_WORDS, ' ')
    .replace(SPEAKERS_OWN, ' ')
    .replace(SPEAKER_RULES.comparisonsDrawn ? LIKENING : /$^/, ' ');
  const searched = ask(engine, topic, {
    ...options,
    ...(SPEAKER_RULES.sayingNotEvent && asksSpeech(question) ? { said: true } : {}),
    within,
    sectionContext: { credit: SPEAKER_CONTEXT_CREDIT },
    floorShare:
      options.floorShare ?? (SPEAKER_RULES.speakerFloor && !asksForSpeaker(question) ? SPEAKER_FLOOR_SHARE : 1),
  });
  // "What did Putin say about the liaison office in Tokyo?": the office is what he must have spoken about, not Tokyo.
  const head = aboutHead(question.replace(SPEAKERS_OWN, ' ')) ?? judgedHead(question);
  // What the speaker thought or wanted about it ("the alliance's intentions in Asia") is what they conveyed, in
  // their own words: only the topic ("the alliance") must be in the passage.
  const names = knownWordsOf(engine).names;
  const headConcepts = head
    ? analyzeQuestion(head, engine).filter(
        (concept) =>
          !concept.qualifier &&
          !concept.vague &&
          !(!concept.name && isAbstractNoun(concept.label)) &&
          !participleBefore(concept.label, head) &&
          !(SPEAKER_RULES.gerundHeads && gerundOpening(concept.label, head)) &&
          !clauseVerb(concept.label, head, names),
      )
    : [];
  // "What did Putin say about Ukraine?": a name is spoken of in its own words or an alias ("Kyiv"), not a word
  // related to it ("countries").
  const strictHead = headConcepts.map((concept) =>
    SPEAKER_RULES.namesInOwnWords && /^\p{Lu}/u.test(concept.label)
      ? { ...concept, related: new Map<string, number>() }
      : concept,
  );
  const onHead = (id: string) => strictHead.every((concept) => passageCovers(concept, id, engine));
  const headed = searched.passages.filter((passage) => onHead(passage.id));
  const found =
    headed.length === searched.passages.length || !searched.answered
      ? searched
      : headed.length > 0
        ? { ...searched, passages: headed, total: headed.length }
        : refusal(question, REASONS.notFound);
  // "How did X respond to Y's accusations?": a response names what it responds to (reports, remarks, claims). A
  // response to a deed told as a clause ("to NATO setting up shop in Japan") names the deed, which the search has
  // asked for; a response to an event ("to the trilateral summit") is its speakers' words in the report on it.
  const respondsTo = question.match(REACTED_TO);
  const target = respondsTo?.[1] ?? respondsTo?.[2] ?? '';
  // "How did Beijing react to NATO's strategy document?": a response to a text names the text ("denounced NATO's
  // Strategic Concept"), not a remark.
  // A text that is itself words said ("the office reports", "her statement") keeps to passages naming what was said.
  // "to the Strategic Concept itself": an emphatic reflexive after the text's name adds nothing to it.
  const targetWords = (target.split(/[?.!]/)[0] ?? '').trim().split(/\s+/);
  if (SPEAKER_RULES.emphaticReflexive && targetWords.length > 1 && EMPHATIC_REFLEXIVE.test(targetWords.at(-1) ?? ''))
    targetWords.pop();
  const textHead = targetWords.at(-1) ?? '';
  const toText = SPEAKER_RULES.textsRespondedTo && DOCUMENT_HEAD.test(textHead) && !SPEECH_NOUNS.test(textHead);
  const responds =
    RESPONDS_TO.test(question) && !(respondsTo && toDeed(target)) && !toText
      ? responsesIn(found.passages, engine)
      : found.passages;
  const answeredTopically =
    found.answered && responds.length === 0
      ? refusal(question, REASONS.notFound)
      : { ...found, passages: responds, total: responds.length };
  // "How did Beijing react to the trilateral summit?": its reaction, in a report on the summit, need not name it.
  const reaction = answeredTopically.answered ? [] : reactionsIn(engine, question, voices, attribution);
  const topical =
    reaction.length > 0
      ? answerOf(question, mainSpeakerFirst(reaction, voices, attribution), engine, options)
      : answeredTopically;
  if (topical.answered || topical.reason !== REASONS.noTerms) {
    if (topical.answered)
      return { ...topical, question, passages: mainSpeakerFirst(topical.passages, voices, attribution) };
    // The whole coverage searched for the question, once, for the readings below that fall back on it.
    let searchedWhole: Answer | undefined;
    const whole = () => (searchedWhole ??= ask(engine, question, options));
    if (topical.reason?.startsWith('Nothing in the coverage answers that:')) {
      // "According to Tokyo, how long was the missile in the air?": a fact the speaker gave, which a page may report
      // without quoting them ("Japan's Defense Ministry put its flight time at ..."): the passages naming them.
      if (SPEAKER_RULES.factsReported && factAsked(question)) {
        const reported = namingAsked(whole(), asked, engine);
        if (reported.answered) return { ...reported, question };
      }
      return { ...topical, question };
    }
    // "According to Nikkei Asia, ...": an outlet is a source of the whole report, not only of its quoted words.
    const kind = speakerSummary(attribution, asked.speaker)?.kind;
    if (kind === 'outlet') return whole();
    // "When did the French president make his trip to China?": no speech asked for; what the articles report of
    // him, whoever tells it, answers, from the passages that name him.
    // "Which news agency first carried the official's remarks, and on what day?": asked for something of the remarks
    // (who carried them, when), not what they said; what the articles report of them answers, as above.
    const whDeterminer =
      (WH_DETERMINER.test(question) && !(SPEAKER_RULES.auxiliaryDropped && auxiliaryDropped(question, asked))) ||
      (SPEAKER_RULES.prepositionFirst && WH_DETERMINER_AFTER_PREPOSITION.test(question));
    if (!asksSpeech(question) || (SPEAKER_RULES.askedOfRemarks && whDeterminer)) {
      const reported = naming(whole(), asked.speaker);
      if (reported.answered) return reported;
    }
    // "How did Seoul respond to the pact?": a state or a body responds by deeds too ("Seoul reacted quickly. The
    // government summoned the Russian ambassador"), which the articles report without quoting it: the passages naming
    // it as the question does and telling a response. A response to words ("to the NATO office reports") is words.
    if (
      SPEAKER_RULES.deedsRespond &&
      RESPONSE_ASKED.test(question) &&
      (kind === 'state' || kind === 'institution') &&
      !SPEECH_NOUNS.test(textHead)
    ) {
      const reported = namingAsked(whole(), asked, engine);
      const responses = reported.passages.filter((passage) => RESPONSE_TOLD.test(passage.text));
      if (responses.length > 0) return { ...reported, passages: responses, total: responses.length, question };
    }
    // "What did an unnamed Russian diplomat say about a peace treaty?": a speaker asked by what they are, not by name,
    // may be one the page describes so ("a source in the Russian diplomatic service") and credits to no one named.
    if (SPEAKER_RULES.describedSpeaker && DESCRIBED.test(asked.phrase)) {
      const described = describing(whole(), asked, engine, attribution);
      if (described.answered) return { ...described, question };
    }
    // "According to the Oslo researcher, what did shelving the Tokyo outpost reveal?": a commentator asked by what they
    // are (Sigrid Hovland, of the Oslo Institute), speaking for no body, is asked what they said on the page's story in
    // the reader's words, not theirs: their statements that speak of one of the question's topics answer.
    if (
      SPEAKER_RULES.describedStatements &&
      kind === 'person' &&
      speakerSummary(attribution, asked.speaker)?.memberOf === null &&
      describedOnly(asked)
    ) {
      const onTopic = statementsOnTopic(topic, speakerPassages(engine, voices, options.outlet, attribution), engine);
      if (onTopic.length > 0) return answerOf(question, onTopic, engine, options);
    }
    return refusal(question, `The coverage quotes ${asked.speaker}, but not on that.`);
  }
  const outletReason = options.outlet ? REASONS.outletSilent(options.outlet) : REASONS.notFound;
  return answerOf(
    question,
    speakerPassages(engine, voices, options.outlet, attribution),
    engine,
    { ...options, offset: 0, limit: Infinity },
    outletReason,
  );
}

/** "the proposed office", "the planned office": a participle before a noun says how the thing stands, not what it is. */
function participleBefore(label: string, phrase: string): boolean {
  const at = phrase.indexOf(label);
  return /^\p{Ll}+ed$/u.test(label) && at >= 0 && /^\s+\p{L}/u.test(phrase.slice(at + label.length));
}

/**
 * "engaging partners in Asia", "building a new axis": a verb in -ing opening what was spoken about says what is done
 * to its object, which is the topic; the speaker may word the doing otherwise ("talk more with our partners").
 */
function gerundOpening(label: string, phrase: string): boolean {
  const words = phrase.trim().split(/\s+/);
  return words.length > 1 && words[0] === label && /^\p{Ll}+ing$/u.test(label) && isVerb(label);
}

/** "NATO setting up shop in Japan", "Japan joining": a subject and a verb in -ing, not a noun ("the meeting"). */
function toDeed(target: string): boolean {
  if (SPEECH_NOUNS.test(target)) return false;
  const words = target.split(/\s+/);
  return words.some(
    (word, at) =>
      at > 0 &&
      /^\p{L}+ing$/u.test(word) &&
      isVerb(word.toLowerCase()) &&
      !DETERMINERS.test(words[at - 1] ?? '') &&
      !/['’]s$/u.test(words[at - 1] ?? ''),
  );
}

/** What a reaction is to, after "react to", "response to" ...: "the trilateral summit". */
const REACTED_TO = new RegExp(
  `\\b(?:respond|react|repl(?:y|ied)|answer)\\w*\\s+to\\s+(.+?)\\s*[?.!]*$|\\b(?:response|reaction|${REPLY_NOUNS})\\s+to\\s+(.+?)\\s*[?.!]*$`,
  'i',
);
/** "the reports about", "news that", "media reports of": news of an event, not anyone's words. */
const NEWS_OF =
  /^(?:the\s+|these\s+|those\s+)?(?:(?:latest|recent|media|news|press)\s+)?(?:reports?|news|reporting|coverage|word)\s+(?:about|on|of|that)\s+/i;
/** A report is about what it names this often at least (or in its headline): a mention in passing is not enough. */
const ABOUT_MENTIONS = 2;

/**
 * The speakers' statements in the reports about what a reaction question names ("the trilateral summit"): there,
 * what they said is their reaction, though it does not name the summit. Empty when the question asks for no
 * reaction to something, or no report about it quotes them.
 */
function reactionsIn(
  engine: SearchEngine,
  question: string,
  voices: ReadonlySet<string>,
  attribution: Attribution,
): CitedPassage[] {
  const match = question.match(REACTED_TO);
  // "react to the reports about a NATO office": news of an event brings the event, which the reaction is to.
  const reacted = match?.[1] ?? match?.[2];
  const target = SPEAKER_RULES.newsOfEvent ? reacted?.replace(NEWS_OF, '') : reacted;
  // A reaction to someone ("respond to North Korea") is to their words, which the question's own search reads.
  const bare = target?.replace(/^(?:the|a|an)\s+/i, '').replace(/['’]s?$/, '');
  if (!target || !bare || SPEECH_NOUNS.test(target) || resolveSpeaker(attribution, bare)) return [];
  const all = analyzeQuestion(target, engine).filter((concept) => !concept.qualifier && !concept.vague);
  // "the San Diego announcement", "the Vilnius summit": an event its name identifies; the report need not say
  // "announcement" twice.
  const names = all.filter((concept) => concept.name || /^\p{Lu}/u.test(concept.label));
  const byName = SPEAKER_RULES.eventNamed && names.length > 0 && names.length < all.length;
  const concepts = byName ? names : all;
  if (concepts.length === 0) return [];
  // Only the reports the speakers speak in are read: a few, however large the coverage.
  const spoken = speakerPassages(engine, voices, undefined, attribution);
  const articleOf = (passage: CitedPassage) => engine.passageById.get(passage.id)?.articleId ?? '';
  const isAbout = (articleId: string) => {
    const article = engine.corpus.articles.find((candidate) => candidate.meta.id === articleId);
    if (!article) return false;
    const title = tokensOf(article.meta.title).map((token) => token.stem);
    return concepts.every(
      (concept) =>
        conceptMatch(concept, new Set(title), () => title) >= 1 ||
        (!byName &&
          article.passages.filter((passage) => passageNames(concept, passage.id, engine)).length >= ABOUT_MENTIONS),
    );
  };
  const about = new Set([...new Set(spoken.map(articleOf))].filter(isAbout));
  return spoken.filter((passage) => about.has(articleOf(passage)));
}

/**
 * Every passage where one of these speakers speaks, once per near-duplicate group: first those where they are a
 * main speaker, then those where they speak in passing ("which Beijing has decried as ..." inside Kim's words),
 * each in the coverage's order.
 */
function speakerPassages(
  engine: SearchEngine,
  voices: ReadonlySet<string>,
  outlet: string | undefined,
  attribution: Attribution,
): readonly CitedPassage[] {
  const key = outlet?.toLowerCase() ?? '';
  const known = voicedFor(engine, voices).passages.get(key);
  if (known) return known;
  const passages: CitedPassage[] = [];
  const seen = new Set<string>();
  for (const statement of statementsOf(voices, attribution)) {
    if (seen.has(statement.passageId)) continue;
    const group = engine.groups.get(statement.passageId) ?? [statement.passageId];
    for (const id of group) seen.add(id);
    const carriers = carriersOf(statement.passageId, engine);
    if (outlet && carriers[0]?.outlet.toLowerCase() !== outlet.toLowerCase()) continue;
    passages.push({
      id: statement.passageId,
      text: engine.passageById.get(statement.passageId)?.text ?? '',
      carriers,
      score: 0,
      matchedTerms: [],
    });
  }
  const ordered = mainSpeakerFirst(passages, voices, attribution);
  voicedFor(engine, voices).passages.set(key, ordered);
  return ordered;
}

/** The passages the voices speak in, with their near-duplicates in other outlets: what their answers are searched in. */
function passagesSpokenIn(
  engine: SearchEngine,
  voices: ReadonlySet<string>,
  attribution: Attribution,
): ReadonlySet<string> {
  const voiced = voicedFor(engine, voices);
  if (voiced.within) return voiced.within;
  const within = new Set<string>();
  for (const statement of statementsOf(voices, attribution))
    for (const id of engine.groups.get(statement.passageId) ?? [statement.passageId]) within.add(id);
  return (voiced.within = within);
}

/**
 * What is worked out once for each speaker asked about (the voices of voicesOf, kept per attribution): a body's
 * statements number thousands at 100k passages, and going through them took milliseconds a question.
 */
interface Voiced {
  within?: ReadonlySet<string>;
  /** speakerPassages by the outlet asked for, lower case ('' for every outlet). */
  passages: Map<string, readonly CitedPassage[]>;
}
const voicedByEngine = new WeakMap<SearchEngine, WeakMap<ReadonlySet<string>, Voiced>>();

function voicedFor(engine: SearchEngine, voices: ReadonlySet<string>): Voiced {
  let byVoices = voicedByEngine.get(engine);
  if (!byVoices) voicedByEngine.set(engine, (byVoices = new WeakMap<ReadonlySet<string>, Voiced>()));
  let voiced = byVoices.get(voices);
  if (!voiced) byVoices.set(voices, (voiced = { passages: new Map<string, readonly CitedPassage[]>() }));
  return voiced;
}

/**
 * Who speaks for a speaker: those the speakers table gives it, and, for a body quoted through someone unnamed ("a
 * spokesperson for China's Ministry of National Defense said"), the people of the same article given that role
 * ("Spokesperson Tan Kefei", "the spokesperson also said").
 */
export function voicesOf(speaker: string, attribution: Attribution, engine: SearchEngine): ReadonlySet<string> {
  let known = voiceSets.get(attribution);
  if (!known) voiceSets.set(attribution, (known = new Map<string, ReadonlySet<string>>()));
  let voices = known.get(speaker);
  if (!voices) known.set(speaker, (voices = findVoices(speaker, attribution, engine)));
  return voices;
}

/** Each attribution's voices by body: the same for every question, and at 100k passages a scan of thousands of articles. */
const voiceSets = new WeakMap<Attribution, Map<string, ReadonlySet<string>>>();

/** Whether a body's name opens with a state's name of two words or more as its owner ("South Korea's ..."). */
function opensWithOwner(body: string, state: string): boolean {
  return /\s/.test(state) && new RegExp(`^${escapeRegExp(state)}['’]s\\s`, 'iu').test(body);
}

function findVoices(speaker: string, attribution: Attribution, engine: SearchEngine): Set<string> {
  const voices = new Set(DEFAULT_DIRECTORY.voicesOf(speaker));
  // A state speaks through the bodies the table does not know that its name or people's adjective opens: "the
  // Russian embassy in Vilnius", "Japan's defence ministry".
  const entry = SPEAKERS.find((known) => known.canonical === speaker);
  const isState =
    (entry?.kind ?? attribution.speakers.find((summary) => summary.speaker === speaker)?.kind) === 'state';
  if (isState) {
    const names = new Set([speaker, ...(entry?.names ?? []), ...(entry?.searchedAs ?? [])]);
    for (const summary of attribution.speakers) {
      if (summary.kind !== 'institution' || summary.memberOf !== null || voices.has(summary.speaker)) continue;
      const first = summary.speaker.split(/\s+/)[0] ?? '';
      const owner = first.replace(/['’]s$/u, '');
      if (names.has(owner) || (owner === first && countriesOfAdjective(first).includes(speaker)))
        voices.add(summary.speaker);
      // A name of two words or more: "South Korea's presidential office".
      else if (SPEAKER_RULES.longStateNames && [...names].some((name) => opensWithOwner(summary.speaker, name)))
        voices.add(summary.speaker);
    }
  }
  const headOf = (role: string | null) =>
    role
      ?.toLowerCase()
      .split(/\s+/)
      .find((word) => DESCRIPTION_HEADS[word] === 'person');
  const heads = new Map<string, Set<string>>();
  for (const statement of statementsOf(new Set([speaker]), attribution)) {
    const head = headOf(statement.role);
    if (!head || statement.speakerKind === 'person') continue;
    heads.set(statement.articleId, (heads.get(statement.articleId) ?? new Set()).add(head));
  }
  const articles = articlesById(engine.corpus.articles);
  for (const [articleId, roles] of heads) {
    const statements = statementsByArticle(attribution).get(articleId) ?? [];
    let text: string | undefined;
    // The role as the article prints it before the name: "Spokesperson Tan Kefei made the remarks".
    const printed = (name: string) => {
      text ??= (articles.get(articleId)?.passages ?? []).map((passage) => passage.text).join('\n');
      const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      return [...roles].some((role) => new RegExp(`\\b${role}\\s+${escaped}\\b`, 'iu').test(text ?? ''));
    };
    for (const other of statements)
      if (
        other.speakerKind === 'person' &&
        !voices.has(other.speaker) &&
        (roles.has(headOf(other.role) ?? '') || printed(other.speaker))
      )
        voices.add(other.speaker);
  }
  return voices;
}

const articleIndexes = new WeakMap<readonly Article[], Map<string, Article>>();

function articlesById(articles: readonly Article[]): Map<string, Article> {
  let byId = articleIndexes.get(articles);
  if (!byId) articleIndexes.set(articles, (byId = new Map(articles.map((article) => [article.meta.id, article]))));
  return byId;
}

const outletLists = new WeakMap<readonly Article[], string[]>();

/** The coverage's outlets, each once. */
function outletsOf(articles: readonly Article[]): string[] {
  let outlets = outletLists.get(articles);
  if (!outlets) outletLists.set(articles, (outlets = [...new Set(articles.map((article) => article.meta.outlet))]));
  return outlets;
}

const articleStatements = new WeakMap<Attribution, Map<string, Statement[]>>();

function statementsByArticle(attribution: Attribution): Map<string, Statement[]> {
  let byArticle = articleStatements.get(attribution);
  if (!byArticle) {
    byArticle = new Map();
    for (const statement of attribution.statements)
      byArticle.set(statement.articleId, [...(byArticle.get(statement.articleId) ?? []), statement]);
    articleStatements.set(attribution, byArticle);
  }
  return byArticle;
}

/** Passages where one of the voices is a main speaker before those where it speaks in passing, each kept in order. */
function mainSpeakerFirst(
  passages: readonly CitedPassage[],
  voices: ReadonlySet<string>,
  attribution: Attribution,
): CitedPassage[] {
  const main = passages.map((passage) =>
    passage.carriers.some((carrier) =>
      speakersOfPassage(attribution, carrier.passageId).some((speaker) => voices.has(speaker)),
    ),
  );
  return [...passages.filter((_, i) => main[i]), ...passages.filter((_, i) => !main[i])];
}

function speakPassage(
  passage: CitedPassage,
  questionTerms: ReadonlySet<string>,
  voices: ReadonlySet<string>,
  engine: SearchEngine,
  attribution: Attribution,
): SpokenPassage {
  const statements = attribution.byPassage.get(passage.id) ?? [];
  const speakers = speakersOfPassage(attribution, passage.id);
  const best = answeringStatement(statements, questionTerms, voices, speakers);
  const group = best ? attribution.groupOf.get(best.id) : undefined;
  return { ...passage, speakers, statement: group ? citeStatement(group, engine) : null };
}

/**
 * The statement of a passage that answers the question: among the asked speaker's (and those speaking for it)
 * when the passage has any, else among all: the one sharing most
 * of the question's words, counting only its own words (the words of a statement quoted inside it belong to
 * that one: "which Beijing has decried as an 'Asian NATO'" inside Kim's words); else the passage's main speaker's.
 */
export function answeringStatement(
  statements: readonly Statement[],
  questionTerms: ReadonlySet<string>,
  voices: ReadonlySet<string>,
  mainSpeakers: readonly string[],
): Statement | null {
  const asked = statements.filter((statement) => voices.has(statement.speaker));
  const candidates = asked.length > 0 ? asked : statements;
  let best: Statement | null = null;
  let bestScore = 0;
  for (const statement of candidates) {
    const inner = candidates.filter(
      (other) =>
        other !== statement &&
        other.span.start >= statement.span.start &&
        other.span.end <= statement.span.end &&
        other.text.length < statement.text.length,
    );
    const innerTerms = new Set(inner.flatMap(stemsOfStatement));
    const own = new Set(stemsOfStatement(statement).filter((stem) => !innerTerms.has(stem)));
    const score = [...questionTerms].filter((term) => own.has(term)).length;
    if (score > bestScore) [best, bestScore] = [statement, score];
  }
  return best ?? candidates.find((statement) => mainSpeakers.includes(statement.speaker)) ?? candidates[0] ?? null;
}

const statementStems = new WeakMap<Statement, string[]>();

/** A statement's stems, worked out once: the same statements answer question after question. */
function stemsOfStatement(statement: Statement): string[] {
  let stems = statementStems.get(statement);
  if (!stems) statementStems.set(statement, (stems = tokensOf(statement.text).map((token) => token.stem)));
  return stems;
}

/** Words at most in a phrase naming someone the coverage does not quote; a longer one is a clause, no name. */
const UNQUOTED_WORDS = 6;
/** A run of capitalised words, joined perhaps by "of", "the", "and" or "for": "Republic of Korea's Ministry of ...". */
const NAME_RUN = /\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:of|the|and|for)\s+)*\p{Lu}[\p{L}'’.-]*)*/gu;

/**
 * The words of a phrase, a body's name of several counted as one ("Ministry of Foreign Affairs" is one name, not four
 * words): one joined by "of" or "for", as official names are, and never written in the coverage, where it may be the
 * page's own publisher or a body it reports on.
 */
function phraseLength(phrase: string, engine: SearchEngine): number {
  const length = phrase.trim().split(/\s+/).length;
  // Only a phrase too long as typed is read again: the coverage is searched for its names.
  if (length <= UNQUOTED_WORDS || !SPEAKER_RULES.longNamesCounted) return length;
  const written = (name: string) => {
    const lower = name.replace(/['’]s$/u, '').toLowerCase();
    return engine.corpus.passages.some((passage) => passage.text.toLowerCase().includes(lower));
  };
  const named = phrase.replace(NAME_RUN, (name) => (/\s(?:of|for)\s/u.test(name) && !written(name) ? 'N' : name));
  return named.trim().split(/\s+/).length;
}

/**
 * "What did South Korea's president say ...", "How did Australia respond ...": a speaker named by a proper
 * name (with or without a role) whom the coverage never quotes, neither by that name nor as one speaking for
 * it. Returns the words as typed, or null when the question names no such speaker (outlets, and plain
 * descriptions like "the official", are left to the ordinary answer).
 */
export function unquotedSpeakerAsked(
  question: string,
  engine: SearchEngine,
  attribution: Attribution,
  typedInLowerCase = !/\p{Lu}/u.test(question),
): string | null {
  const phrases = [
    ...NAMED_SPEAKER.slice(0, 3),
    GIVEN_RESPONSE,
    VIEW_OF,
    VIEW_FROM,
    REPLY_OF,
    THING_ASKED_OF,
    ...UNAIDED_SPEECH,
    ANSWERED,
    ANSWER_DONE,
    STANCE_ASKED_WHETHER,
    ...(speechActAsked(question) ? [SPEECH_ACT_DONE] : []),
  ]
    .filter(patternOn)
    .map((pattern) => {
      const phrase = subjectOf(question.match(pattern)?.[1]);
      return phrase?.trim().replace(/^(?:the|a|an)\s+/i, '');
    });
  // "What was Kishida's response", "when did KCNA carry the foreign ministry official's comments": the possessive's
  // phrase runs from the question's start; its owner is the words after its last function word.
  const ownerPhrase = POSSESSIVE ? question.match(POSSESSIVE)?.[1] : undefined;
  const owner = ownerPhrase?.trim().split(/\s+/);
  const afterFunctionWords = namedTail(
    owner?.slice(owner.findLastIndex((word) => STOP_WORDS.has(word.toLowerCase())) + 1),
  );
  // "What did a senior Canadian official say about France's stance?": an owner after a preposition is what was
  // said about, as speakerAskedAbout reads it, and no speaker the coverage fails to quote.
  const ownedObject =
    SPEAKER_RULES.objectOwnersQuoted &&
    ownerPhrase !== undefined &&
    ownerIsObject(ownerPhrase, attribution.corpus.articles);
  if (afterFunctionWords && afterFunctionWords.length > 0 && !ownedObject) phrases.push(afterFunctionWords.join(' '));
  // "Why did South Korea refuse to join ...?": a verb of communication says its subject spoke.
  const communicated = SPEAKER_RULES.communicationSubjects ? subjectOfCommunication(question) : null;
  if (communicated) phrases.push(communicated.replace(/^(?:the|a|an)\s+/i, ''));
  const described = describedSpeakerAsked(question);
  const unquoted = (phrase: string): boolean => {
    if (phraseLength(phrase, engine) > UNQUOTED_WORDS) return false;
    if (outletsNamedIn(phrase, engine.corpus.articles)) return false;
    const words = phrase.split(/\s+/);
    // Typed in lower case, a word is a name the coverage never has, or one it writes as a name ("kishida").
    const names = knownWordsOf(engine).names;
    const proper = words.filter(
      (word) =>
        /^\p{Lu}/u.test(word) ||
        (uncasedNameWord(word, typedInLowerCase, attribution) &&
          (!inCoverage(word, engine) || names.has(foldWord(word)))),
    );
    if (proper.length === 0) return false;
    // "the 2022 Strategic Concept", "that NATO Madrid document": a text says what it says, reported, not quoted.
    if (SPEAKER_RULES.documentsSpeak && DOCUMENT_HEAD.test(words.at(-1) ?? '')) return false;
    // "the Harwell author": the page's own writer, whose view is the page's, not a quote.
    if (SPEAKER_RULES.subjectOnly && OWN_WRITER.test(words.at(-1) ?? '')) return false;
    const roles = words.map((word) => word.toLowerCase().replace(/['’]s$/, '')).filter(isRoleWord);
    if (phrase === described && roles.length === 0) return false;
    // A people ("South Koreans", "Europeans") is asked about as what polls and reports say of it, not as a speaker.
    const last = (words.at(-1) ?? '').toLowerCase();
    if (roles.length === 0 && /\p{L}{3}s$/u.test(last) && isAdjective(last.slice(0, -1))) return false;
    // "Which alliance doc did Putin point to": a phrase running past a quoted speaker's name is no unknown speaker.
    if (SPEAKER_RULES.quotedNameInside && namesQuotedSpeaker(words, attribution)) return false;
    // Of a state the phrase names in full, or nobody's: "the Republic of Korea's foreign ministry" is no North Korean.
    const whole = SPEAKER_RULES.wholeStateNames ? DEFAULT_DIRECTORY.byName(phrase) : undefined;
    const state =
      (SPEAKER_RULES.statesNamed ? stateNamedIn(words) : null) ?? (whole?.kind === 'state' ? whole.canonical : null);
    const fitting = describedSpeakers(phrase, roles, attribution).filter(
      (speaker) => !state || !ofAnotherState(speaker, state),
    );
    return fitting.length === 0 && !unnamedSpeakerIn(phrase, engine);
  };
  for (const phrase of [...phrases, described]) {
    if (!phrase) continue;
    // "Sergei Lavrov or the Russian Foreign Ministry": speakers joined are unquoted when each of them is.
    const joined = SPEAKER_RULES.joinedSpeakers
      ? phrase.split(JOINING).map((part) => part.replace(/^(?:the|a|an)\s+/i, ''))
      : [phrase];
    if (joined.length > 1 ? joined.every(unquoted) : unquoted(phrase)) return phrase;
  }
  return null;
}

/**
 * "Did any outlet carry Australia's comments": an owner ending in a name after a word in lower case is the name, not
 * the verb before it ("carry Australia"). Words typed in lower case, or no name at the end, are kept whole.
 */
function namedTail(words: string[] | undefined): string[] | undefined {
  if (!words || !SPEAKER_RULES.ownerNamesAlone) return words;
  let from = words.length;
  while (from > 0 && /^\p{Lu}/u.test(words[from - 1] ?? '')) from--;
  return from > 0 && from < words.length && /^\p{Ll}/u.test(words[from - 1] ?? '') ? words.slice(from) : words;
}

/** "Why did ...", a learner's "Why South Korea refuse ...": a question taking as done what its subject did. */
const WHY_DID = /^\s*why\s+(?:(did|does|do|has|have)\s+)?(.+)$/iu;
/** Words a why-question's subject may run to before its verb: "the Foreign Ministry of North Korea". */
const SUBJECT_WORDS = 7;

/**
 * The subject of "Why did X <verb> ...?" when the verb is one of communication ("refuse", "protest", "applaud"):
 * capitalised words and small words up to the first other word, which must be that verb. With the auxiliary dropped
 * ("Why South Korea refuse ...?"), only a name before the verb's plain form: "Why is Wellington talking ..." is no
 * such question. Null otherwise.
 */
function subjectOfCommunication(question: string): string | null {
  const match = WHY_DID.exec(question);
  const dropped = match !== null && match[1] === undefined;
  const words = match?.[2]?.split(/\s+/) ?? [];
  for (let i = 1; i < Math.min(words.length, SUBJECT_WORDS + 1); i++) {
    const word = (words[i] ?? '').replace(/[^\p{L}'’-]/gu, '');
    if (/^\p{Lu}/u.test(word) || (!dropped && STOP_WORDS.has(word.toLowerCase()))) continue;
    const subject = words.slice(0, i);
    if (dropped && (!subject.every((part) => /^\p{Lu}/u.test(part)) || /(?:ing|ed)$/i.test(word))) return null;
    return isVerb(word) && isCommunicationVerb(word) ? subject.join(' ') : null;
  }
  return null;
}

/**
 * Whether the speakers table puts a speaker in a state other than this one (a body of it, or someone of such a
 * body): the North Korean Foreign Ministry is not of South Korea; a speaker the table does not list may be anyone's.
 */
function ofAnotherState(speaker: string, state: string): boolean {
  const owner = stateOfSpeaker(speaker);
  return owner !== null && owner !== state;
}

/** The state the speakers table puts a speaker in, through the bodies it is of (Kim Seol-hwa: North Korea), or null. */
export function stateOfSpeaker(speaker: string): string | null {
  let known = DEFAULT_DIRECTORY.byName(speaker);
  for (let depth = 0; known && known.kind !== 'state' && known.memberOf && depth < 4; depth++)
    known = DEFAULT_DIRECTORY.byName(known.memberOf);
  return known?.kind === 'state' ? known.canonical : null;
}

/** A state the speakers table knows named in the words, as a capitalised run that may hold "of": "Republic of Korea's". */
function stateNamedIn(words: readonly string[]): string | null {
  // The longest run first, so "Democratic People's Republic of Korea" is never read as its "Republic of Korea".
  for (let length = words.length; length > 0; length--)
    for (let from = 0; from + length <= words.length; from++) {
      const run = words.slice(from, from + length);
      if (!/^\p{Lu}/u.test(run[0] ?? '') || !/^\p{Lu}/u.test(run.at(-1) ?? '')) continue;
      // A state the speaker belongs to: "the Republic of Korea's ...", "... of the Republic of Korea". "Japan" of "the
      // Japan Research Center official" names a body, not a state.
      const owned =
        /['’]s$/u.test(run.at(-1) ?? '') ||
        /^of$/i.test(words[from - 1] ?? '') ||
        (/^the$/i.test(words[from - 1] ?? '') && /^of$/i.test(words[from - 2] ?? ''));
      if (!owned) continue;
      if (!run.every((word) => /^\p{Lu}/u.test(word) || word === 'of')) continue;
      const known = DEFAULT_DIRECTORY.byName(run.join(' ').replace(/['’]s$/u, ''));
      if (known?.kind === 'state') return known.canonical;
    }
  return null;
}

/**
 * Whether a whole run of the words' capitalised words names a person the coverage quotes: "Putin" in "alliance doc
 * did Putin", not "Kim" of "Kim Yo-jong" (the run is longer) nor "South Korean" (a state, not a person).
 */
function namesQuotedSpeaker(words: readonly string[], attribution: Attribution): boolean {
  let from = 0;
  while (from < words.length) {
    let to = from;
    while (to < words.length && /^\p{Lu}/u.test(words[to] ?? '')) to++;
    const speaker = to > from ? resolveSpeaker(attribution, words.slice(from, to).join(' ')) : null;
    if (speaker && speakerSummary(attribution, speaker)?.kind === 'person') return true;
    from = Math.max(to, from + 1);
  }
  return false;
}

/** "Who is the ...", "who was that ...": a question for who someone described is. */
const IDENTITY = /^\s*who\s+(?:is|was)\s+(?:the|that|this)\s+(.+)$/iu;
/** Kinds of body someone works in, as a question names them: "department", "ministry", "centre". */
const BODY_KINDS = String.raw`department|ministry|agency|office|body|organi[sz]ation|institute|institution|cent(?:er|re)|unit|division`;
const BODY_NOUN = `(?:${BODY_KINDS})`;
/** A body's kind or a part of one: "section", "branch", "bureau". */
const BODY_OR_PART = `(?:${BODY_KINDS}|part|section|branch|wing|arm|bureau)`;
/** Asking a named person's post: "what's X's (actual) job / role / title", "which department is X in". */
const ROLE_ASKED = [
  // Not "NATO's role in Asia": a role in something is a topic.
  /\bwhat(?:['’]s|\s+is|\s+was)\s+(.+?)['’]s?\s+(?:\p{L}+\s+)?(?:job|role|position|title|post|occupation)\b(?!\s+(?:in|on|at|for|within|towards?|over)\b)/iu,
  new RegExp(
    String.raw`\bwhich\s+${BODY_NOUN}\s+(?:is|was|does|did)\s+(.+?)\s+(?:in|from|with|work\s+(?:for|in|at)|belong\s+to)\b`,
    'iu',
  ),
  // The preposition first, and the verb before its subject as other languages put it: "in which department works he?",
  // "for which ministry does she work?"; and "where does he work?".
  new RegExp(
    String.raw`\b(?:in|at|for|from|with)\s+(?:which|what)\s+${BODY_NOUN}\s+(?:(?:does|did)\s+(.+?)\s+(?:work|serve|sit)|(?:works?|worked|serves?|served|is|was|sits?)\s+(.+?))\s*[?.!]*\s*$`,
    'iu',
  ),
  /\bwhere\s+(?:does|did)\s+(.+?)\s+work\b/iu,
];
/** "Which department is he attached to?", "which ministry is she part of": other ways of belonging to a body. */
const BODY_JOINED = new RegExp(
  String.raw`\bwhich\s+${BODY_NOUN}\s+(?:is|was)\s+(.+?)\s+(?:attached\s+to|assigned\s+to|part\s+of|employed\s+(?:by|at|in)|affiliated\s+with|working\s+(?:for|in|at)|under)\b`,
  'iu',
);

/**
 * "Which unit of the ministry is he with?", "which part of the government does she work for?": a part of a body
 * named, the person after it.
 */
const PART_OF_BODY = new RegExp(
  String.raw`\bwhich\s+${BODY_OR_PART}\s+of\s+(?:the\s+|its\s+|their\s+)?[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,2}?\s+(?:(?:is|was|are|were)\s+(.+?)\s+(?:in|from|with|under|attached\s+to|part\s+of)|(?:does|did|do)\s+(.+?)\s+(?:work|serve|sit|belong)(?:\s+(?:for|in|at|to))?)\s*[?.!]*\s*$`,
  'iu',
);

/**
 * "Kim Seol-hwa is working in which department?": the body asked for where the answer would stand, as speakers of
 * languages that do not move the question word write it.
 */
const BODY_ASKED_IN_PLACE = new RegExp(
  String.raw`^\s*(?:and\s+)?(.+?)\s+(?:(?:is|was)\s+(?:(?:working|employed|based|serving)\s+)?|works?\s+|worked\s+|serves?\s+)(?:in|at|for|with|from)\s+(?:which|what)\s+${BODY_OR_PART}\b`,
  'iu',
);

/** The patterns asking someone's post, with those whose rules are on. */
function roleAsked(): readonly RegExp[] {
  return [
    ...ROLE_ASKED,
    ...(SPEAKER_RULES.bodyJoined ? [BODY_JOINED] : []),
    ...(SPEAKER_RULES.partOfBody ? [PART_OF_BODY] : []),
    ...(SPEAKER_RULES.bodyAskedInPlace ? [BODY_ASKED_IN_PLACE] : []),
  ];
}

/** Whether a question asks someone's post ("which department is he in?", "what's her job?"), named or not. */
export function asksPost(question: string): boolean {
  return roleAsked().some((pattern) => pattern.test(question));
}

/** The speaker whose post a question asks ("what's kim seol-hwa's actual job?"), or null. */
function roleAskedOf(question: string, attribution: Attribution): string | null {
  for (const pattern of roleAsked()) {
    const match = question.match(pattern);
    const named = match?.[1] ?? match?.[2];
    const speaker = named ? resolveSpeaker(attribution, named) : null;
    // A person's post: a body's or a state's "role" is what it does, a topic.
    const kind = speakerSummary(attribution, speaker)?.kind;
    if (speaker && kind === 'person') return speaker;
  }
  return null;
}

/** "Which <description> claimed (that) <claim>": the description and the claim. */
const WHICH_CLAIMED =
  /^\s*which\s+(.+?)\s+(?:claimed|claims|said|says|warned|warns|argued|argues|insisted|insists|suggested|suggests|stated|states|asserted|asserts|described|describes|characteri[sz]ed|characteri[sz]es|dismissed|dismisses|(?:commented|comments|spoke|speaks|weighed\s+in)\s+(?:on|about))\s+(?:that\s+)?(.{8,}?)\s*[?.!]*\s*$/iu;
/**
 * "Which North Korean official called US efforts ... an open secret?", "Which government branded the Quad ...": a
 * naming or a judging is said too. (Not "told" or "urged": read this way, "Which Asian spokeswoman urged the region's
 * countries to stay on high alert?" lost its answer from the top 10.)
 */
const WHICH_NAMED_IT =
  /^\s*which\s+(.+?)\s+(?:called|branded|labell?ed|dubbed|termed|accused|denounced|slammed|blasted|critici[sz]ed)\s+(.{8,}?)\s*[?.!]*\s*$/iu;
/** What the one described said, in the question describing them: "... that claimed (that) X", "... going on about X". */
const CLAIM_MADE =
  /\b(?:(?:that|who)\s+(?:claimed|claims|said|says|warned|warns|argued|argues|accused|accuses|insisted|insists|suggested|suggests|stated|states|asserted|asserts)|(?:that\s+|who\s+)?(?:(?:was|is|kept)\s+)?(?:going|banging|harping|rambling|ranting)\s+on\s+about|(?:that\s+|who\s+)?(?:(?:was|is|kept)\s+)?(?:talking|ranting)\s+about)\s+(?:that\s+)?(.{8,})$/iu;
/**
 * The claim after a description, in a participle or a verb of naming: "the North Korean official claiming (that) X",
 * "the official who called X an 'open secret'".
 */
const CLAIM_NAMED =
  /\b(?:(?:claiming|saying|warning|arguing|insisting|suggesting|stating|asserting)\s+(?:that\s+)?|(?:that|who)\s+(?:called|branded|labell?ed|dubbed|termed|denounced|slammed|blasted|critici[sz]ed)\s+)(.{8,})$/iu;

/**
 * The one speaker a "who is the <description>" question describes ("the North Korean official quoted ...",
 * "the chinese spokeswoman"): the words up to its role words, names among them read as names whatever their case.
 */
function identityAsked(question: string, attribution: Attribution): string | null {
  const words =
    question
      .match(IDENTITY)?.[1]
      ?.replace(/[?.!]+\s*$/, '')
      .split(/\s+/) ?? [];
  const role = words.findIndex((word) => isRoleWord(word.toLowerCase()));
  if (role < 0 || role > 4) return null;
  let end = role + 1;
  while (end < words.length && isRoleWord((words[end] ?? '').toLowerCase())) end++;
  const description = words
    .slice(0, end)
    .map((word, i) =>
      i < role && !isRoleWord(word.toLowerCase()) ? word.charAt(0).toUpperCase() + word.slice(1) : word,
    )
    .join(' ');
  const roles = words
    .slice(0, end)
    .map((word) => word.toLowerCase())
    .filter(isRoleWord);
  const fitting = describedSpeakers(description, roles, attribution);
  return fitting.length === 1 ? (fitting[0] ?? null) : null;
}

/**
 * In a question typed without capitals, a word that is not English and names no speaker is read as part of a name:
 * "kim" is not all of "kim jong un".
 */
function uncasedNameWord(word: string, typedInLowerCase: boolean, attribution: Attribution): boolean {
  return (
    typedInLowerCase && /^\p{L}{3,}$/u.test(word) && !isListedWord(word) && resolveSpeaker(attribution, word) === null
  );
}

/** Whether the coverage has a word, as typed or as the word it misspells ("stoltenbreg"). */
function inCoverage(word: string, engine: SearchEngine): boolean {
  return analyzeQuestion(word, engine).some((concept) =>
    concept.phrasings.some((phrasing) => phrasing.every((stem) => engine.documentFrequency.has(stem))),
  );
}

const NOUN_AFTER = /^(?:of|the|a|an)$/i;

/**
 * The speaker a "which" question describes by role before a verb of communication: "Which Western defence
 * minister praised ..." -> "Western defence minister". Null for other shapes ("Which Japanese leader was ...").
 */
function describedSpeakerAsked(question: string): string | null {
  const words = question.match(/\bwhich\s+([^?,;:]+)/iu)?.[1]?.split(/\s+/) ?? [];
  // "Which government slapped the Asian NATO label on ...": a verb before its object's determiner ends the subject,
  // whatever verb of communication follows ("label").
  const verbBeforeObject = (word: string, i: number) =>
    SPEAKER_RULES.verbEndsDescription && DETERMINERS.test(words[i + 1] ?? '') && isVerb(word);
  const verb = words.findIndex(
    (word, i) =>
      i > 0 &&
      /^\p{Ll}+$/u.test(word) &&
      !isRoleWord(word) &&
      // After "of" or "the" a word is a noun: "head of state".
      !NOUN_AFTER.test(words[i - 1] ?? '') &&
      (isCommunicationVerb(word) || verbBeforeObject(word, i)),
  );
  return verb > 0 && isCommunicationVerb(words[verb] ?? '') ? words.slice(0, verb).join(' ') : null;
}

/**
 * Whether a passage has every word of the description (or the passage before it in its section has the others)
 * and its role beside a verb of speech: sources the extractor cannot name ("A NATO spokesperson said ...", "two
 * officials said ... Seoul ...") are quoted all the same.
 */
function unnamedSpeakerIn(phrase: string, engine: SearchEngine): boolean {
  // The description ends in the role that speaks: "NATO spokesperson", "Seoul officials", "diplomats"; or the role
  // comes before where it works: "an official at the Élysée".
  const head =
    phrase
      .trim()
      .split(/\s+(?:at|of|from|in|with)\s+/i)[0]
      ?.split(/\s+/)
      .at(-1)
      ?.toLowerCase() ?? '';
  const singular = head.replace(/s$/, '');
  if (!isRoleWord(head) && !isRoleWord(singular) && !PLURAL_PERSON_HEADS.has(head)) return false;
  // "a Kazakh analyst" is the "Kazakh political scientist" who told the agency: the role as the page words it.
  const kin = (ROLE_KIN[singular] ?? []).filter((word) => /^\p{L}+$/u.test(word) && word !== singular);
  const headStems = new Set(tokensOf(head).map((token) => token.stem));
  const stems = [...new Set(tokensOf(phrase).map((token) => token.stem))].filter(
    (stem) => kin.length === 0 || !headStems.has(stem),
  );
  const frequency = (stem: string) => engine.documentFrequency.get(stem) ?? 0;
  const rarest = stems.reduce<string | undefined>(
    (best, stem) => (best === undefined || frequency(stem) < frequency(best) ? stem : best),
    undefined,
  );
  if (rarest === undefined || frequency(rarest) === 0) return false;
  const heads = [head, ...kin.flatMap((word) => [word, `${word}s`])].map(escapeRegExp).join('|');
  const speaking = new RegExp(
    `\\b(?:${heads})\\b(?:\\W+\\w+){0,8}?\\W+(?:said|says|told|added|stated|noted|warned|explained|confirmed|declined)\\b`,
    'i',
  );
  // Only the passages holding the description's rarest word can hold all of it, or the next passage of their
  // section: "Now a clearer signal from the French side." ... ""We do not need to open offices," the official said."
  for (const id of documentsWithTerm(engine.index, rarest, 'text')) {
    const terms = engine.passageTerms.get(id);
    const passage = engine.passageById.get(id);
    if (!terms || !passage) continue;
    const passages = articlesById(engine.corpus.articles).get(passage.articleId)?.passages ?? [];
    const next = passages[passages.findIndex((one) => one.id === id) + 1];
    const speaker = [passage, ...(next && next.section === passage.section ? [next] : [])].find((one) => {
      const own = engine.passageTerms.get(one.id);
      return stems.every((stem) => terms.has(stem) || own?.has(stem)) && speaking.test(one.text);
    });
    if (speaker) return true;
  }
  return false;
}

/** A speaker a question asks about: who, the words of the question naming them, and the question's whole subject. */
export interface SpeakerAsked {
  speaker: string;
  phrase: string;
  /** What to take out of the question to leave its topic ("the Chinese government" where the phrase is "Chinese"). */
  subject: string;
}

/** The speaker a question asks about by name, resolved against the coverage's speakers, with the words naming it; null when none. */
/** Prepositions that make what follows an object: "make of France's stance", "the reaction to Putin's remarks". */
const OBJECT_PREPOSITION = /^(?:of|to|about|on|with|against|over|toward|towards|at|for|from|into|by)$/i;

/**
 * Whether the owner of "X's stance" (the words after the phrase's last function word) follows a preposition: "what
 * will they make of France's stance" asks what others think of it, not what France said.
 */
function ownerIsObject(phrase: string, articles: readonly Article[]): boolean {
  const words = phrase.trim().split(/\s+/);
  const last = words.findLastIndex((word) => STOP_WORDS.has(word.toLowerCase()));
  // "Which academic said Beijing's reaction was expected?": after a verb of speech, the owner is in what was said.
  // "Which outlet should I cite for the Chinese spokeswoman's comments?": what the asker says is no speech reported.
  const asker = (at: number) => SPEAKER_RULES.askersSpeech && /^(?:i|we)$/i.test(words[at - 1] ?? '');
  if (words.slice(0, -1).some((word, at) => SPEECH_FORMS.has(word.toLowerCase()) && !asker(at))) return true;
  if (SPEAKER_RULES.verbObjectOwners && objectOfSubjectsVerb(words, articles)) return true;
  return last >= 0 && OBJECT_PREPOSITION.test(words[last] ?? '');
}

/** An auxiliary before a question's subject: "How did [an official ...] interpret ...". */
const SUBJECT_AUXILIARY = /^(?:did|does|do|will|would|can|could|should)$/i;
/** A determiner between a verb and the owner of its object: "interpret the North's statement". */
const DETERMINER = /^(?:the|a|an|this|that|these|those)$/i;

/**
 * "How did an unnamed official in the presidential office interpret the North's statement?": the owner ends the
 * object of the subject's verb, a verb after the auxiliary and its subject, so the subject is who is asked about.
 */
function objectOfSubjectsVerb(words: readonly string[], articles: readonly Article[]): boolean {
  const before = words.slice(0, -1);
  while (before.length > 0 && DETERMINER.test(before.at(-1) ?? '')) before.pop();
  const verb = before.at(-1) ?? '';
  const auxiliary = before.findIndex((word) => SUBJECT_AUXILIARY.test(word));
  // "Does any outlet ... carry Beijing's reaction?", "Do RT and Al Mayadeen characterise Beijing's take ...?": a
  // page's verb passes on the owner's words, which are asked.
  const subject = before.slice(auxiliary + 1, -1);
  return (
    auxiliary >= 0 &&
    subject.length > 0 &&
    !subject.some((word) => COVERAGE_NOUNS.test(word)) &&
    outletsNamedIn(subject.join(' '), articles) === null &&
    /^\p{Ll}{3,}$/u.test(verb) &&
    isVerb(verb)
  );
}

/** The forms of the verbs of speech: "said", "claims", "argued". */
const SPEECH_FORMS: ReadonlySet<string> = new Set(REPORTING_VERB_FORMS.map((verb) => verb.form.toLowerCase()));

export function speakerAskedAbout(
  question: string,
  attribution: Attribution,
  typedInLowerCase = !/\p{Lu}/u.test(question),
): SpeakerAsked | null {
  // "Didn't Mao Ning also slam AUKUS?" asks what "Did Mao Ning ..." asks.
  const positive = SPEAKER_RULES.negativeAsked ? question.replace(NEGATIVE_AUXILIARY, '$1') : question;
  // "Did Mao Ning also slam AUKUS? What did she say about it?": "she" is the speaker the sentence before asks about.
  const earlier = SPEAKER_RULES.pronounAcrossSentences ? speakerOfEarlierSentence(positive, attribution) : null;
  if (earlier) return earlier;
  for (const pattern of NAMED_SPEAKER) {
    if (!patternOn(pattern)) continue;
    const phrase = subjectOf(positive.match(pattern)?.[1]);
    if (!phrase) continue;
    if (pattern === POSSESSIVE && ownerIsObject(phrase, attribution.corpus.articles)) continue;
    if (pattern === THING_ASKED_OF && SPEAKER_RULES.thingsAdded && thingAdded(positive)) continue;
    if (pattern === SPEECH_ACT_DONE && !speechActAsked(positive)) continue;
    const words = phrase.trim().split(/\s+/).slice(-5);
    // "the director at ...", "a professor at ...": a description of someone, every word of which they must answer.
    const description = /^(?:the|a|an)\s/i.test(phrase.trim());
    // "according to an unnamed official at Japan's procurement agency": a source the question says goes unnamed is
    // no state speaking as a whole; its words are searched for as the page describes them (a body named, "an unnamed
    // German Foreign Office official", still speaks for its body).
    const nameless =
      SPEAKER_RULES.namelessDescribed &&
      description &&
      phrase
        .trim()
        .split(/\s+/)
        .some((word) => NAMELESS.test(word));
    // The longest run of the phrase's words that names a speaker: "did the Chinese Foreign Ministry" -> Chinese Foreign Ministry.
    // A function word is capitalised only for opening the sentence: "In Pyongyang's view" names Pyongyang.
    const capital = (word: string | undefined) =>
      word !== undefined && /^\p{Lu}/u.test(word) && !STOP_WORDS.has(word.toLowerCase());
    const stranger = (word: string | undefined) =>
      word !== undefined && uncasedNameWord(word, typedInLowerCase, attribution);
    // A title may be cut off its name ("Foreign Minister | Yoshimasa Hayashi"), a name never halved.
    const joined = (left: string | undefined, right: string | undefined) =>
      (capital(left) && capital(right) && !TITLE_WORDS.has(left?.toLowerCase() ?? '')) ||
      (left !== undefined && right !== undefined && (stranger(left) || stranger(right)));
    // Runs naming a state of the speakers table that no quoted speaker stands for: none of their words is tried again.
    const states: [number, number][] = [];
    for (let length = words.length; length > 0; length--) {
      for (let from = 0; from + length <= words.length; from++) {
        // Never half a name: "Korea" out of "South Korea", "Kim" out of "Kim Jong Un".
        if (joined(words[from - 1], words[from]) || joined(words[from + length - 1], words[from + length])) continue;
        if (states.some(([start, end]) => from >= start && from + length <= end)) continue;
        // "in Seoul" is no name: the place alone is tried next, as the capital of its state.
        if (
          SPEAKER_RULES.edgePrepositions &&
          (EDGE_PREPOSITION.test(words[from] ?? '') || EDGE_PREPOSITION.test(words[from + length - 1] ?? ''))
        )
          continue;
        const named = words.slice(from, from + length).join(' ');
        const speaker =
          resolveSpeaker(attribution, named) ??
          (SPEAKER_RULES.fullNamesWritten ? writtenFullNameOf(attribution, named) : null) ??
          (SPEAKER_RULES.peoplesPlural ? stateOfPeople(named, attribution) : null);
        // "the Republic of Korea": a state the speakers table names so is that state, never the one whose longer name
        // holds it (North Korea's "Democratic People's Republic of Korea"), nor one of its words' ("Korea").
        const state = SPEAKER_RULES.wholeStateNames ? DEFAULT_DIRECTORY.byName(named) : undefined;
        if (state?.kind === 'state' && length > 1 && (!speaker || ofAnotherState(speaker, state.canonical))) {
          states.push([from, from + length]);
          continue;
        }
        // "the Chinese ambassador": a role after the name that the speaker does not have is someone else.
        if (speaker && otherRoleAfter(words.slice(from + length), speaker, attribution)) continue;
        // A name inside a longer description ("European" in "the director at the foreign ministry's European affairs
        // bureau") is the speaker only when the speaker also answers the description's other words.
        if (
          speaker &&
          description &&
          length < words.length &&
          describedOtherwise([...words.slice(0, from), ...words.slice(from + length)], speaker, attribution)
        )
          continue;
        // The whole subject is not the topic: "government" in "What did the Chinese government say about X?".
        // A likening's phrase runs from the question word ("old regimes did Putin"): only the name is its subject.
        const wholeSubject = SUBJECT_PATTERNS.has(pattern) && !COMPARISON_DRAWN.includes(pattern);
        if (speaker && nameless && speakerSummary(attribution, speaker)?.kind === 'state') continue;
        if (speaker) return { speaker, phrase: named, subject: wholeSubject ? phrase.trim() : named };
      }
    }
    // "Beijing's foreign ministry spokesperson": a description with a name and a role, fitting one speaker; and the
    // subject "Japan" in "How did Japan respond ...?": the country's officials ("the Japanese government").
    // A role word ending a name after "of" ("Government" in "the Banksia School of Government") is part of the name.
    const phraseWords = phrase.split(/\s+/);
    const roles = phraseWords
      .filter((_, i) => !SPEAKER_RULES.rolesOutsideNames || !insideName(phraseWords, i))
      .map((word) => word.toLowerCase())
      .filter(isRoleWord);
    // "What was Japan's response to ...": the possessive names the subject too.
    const bare = phrase.trim().replace(/^(?:(?:what|how|why|was|is|were|are|did|does|do|the)\s+)+/i, '');
    // "the Russian guy": a people named, and a person of it, who may be anyone speaking for its state.
    const anyone = /^(\p{Lu}\S*)\s+(\S+)$/u.exec(bare);
    const people =
      SPEAKER_RULES.anyoneOfState && roles.length === 0 && anyone && ANYONE_NOUNS.test(anyone[2] ?? '')
        ? anyone[1]
        : undefined;
    const country =
      roles.length === 0 && (SUBJECT_PATTERNS.has(pattern) || pattern === POSSESSIVE) && /^\p{Lu}\S*$/u.test(bare);
    const described =
      (roles.length > 0 || country || people) && /\p{Lu}/u.test(phrase)
        ? describedSpeakers(
            people ?? (country ? bare : phrase),
            people || country ? ['government'] : roles,
            attribution,
          )
        : [];
    // Several fit ("the Russian government": Russia and Vladimir Putin): the one the others speak for.
    const speakingForAll = described.find((candidate) =>
      described.every((other) => DEFAULT_DIRECTORY.voicesOf(candidate).has(other)),
    );
    const only = described.length === 1 ? described[0] : speakingForAll;
    // "the Republic of Korea's foreign ministry": a state named in full is whose the speaker must be (its "Korea" is
    // no half of North Korea).
    const state = SPEAKER_RULES.statesNamed ? stateNamedIn(phraseWords) : null;
    const ofOtherState = only && state && ofAnotherState(only, state);
    const summary = only === undefined ? undefined : speakerSummary(attribution, only);
    const namelessState = nameless && summary?.kind === 'state';
    // "a NATO official": someone the page names and never describes so ("Secretary-General Jens Stoltenberg") is
    // not who an indefinite description asks about; one it brings in so ("an official with ..., Kim Seol-hwa") is.
    const namedOtherwise =
      SPEAKER_RULES.indefiniteDescriptions &&
      /^an?\s/i.test(phrase.trim()) &&
      summary?.kind === 'person' &&
      summary.roles.length > 0 &&
      !summary.roles.some((role) => /^an?\s/i.test(role));
    if (only && !ofOtherState && !namelessState && !namedOtherwise)
      return { speaker: only, phrase: phrase.trim(), subject: phrase.trim() };
    // The subject of "How did X react to Y's remarks?" is the one asked about, never Y.
    if (SUBJECT_PATTERNS.has(pattern)) return null;
  }
  return null;
}

/** "he" or "she" as the subject of a question's last sentence: "What did she say about it?". */
const PRONOUN_SUBJECT = /\b(?:did|does|do|has|have|is|was|will|would)\s+(he|she)\b/iu;

/**
 * The speaker a question's earlier sentence asks about or names (a person), when its last sentence's subject is "he" or
 * "she": "Did Mao Ning also slam AUKUS? What did she say about it?" is asked of Mao Ning. Null otherwise.
 */
function speakerOfEarlierSentence(question: string, attribution: Attribution): SpeakerAsked | null {
  const sentences = question.split(/(?<=[?.!])\s+/).filter(Boolean);
  const last = sentences.at(-1) ?? '';
  if (sentences.length < 2 || !PRONOUN_SUBJECT.test(last)) return null;
  const before = sentences.slice(0, -1).join(' ');
  const asked = speakerAskedAbout(`${before.replace(/[?.!]+\s*$/, '')}?`, attribution);
  const named =
    asked?.speaker ??
    [...before.matchAll(/\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*/gu)]
      .map((run) => resolveSpeaker(attribution, run[0]))
      .find((speaker) => speaker !== null && speakerSummary(attribution, speaker)?.kind === 'person');
  if (!named) return null;
  const pronoun = PRONOUN_SUBJECT.exec(last)?.[1] ?? '';
  const resolved = speakerAskedAbout(
    `${before} ${last.replace(PRONOUN_SUBJECT, (verb) => verb.replace(pronoun, named))}`,
    attribution,
  );
  return resolved?.speaker === named ? { ...resolved, subject: asked?.subject ?? named } : null;
}

/**
 * The state a people in the plural is of, as a name and its people's adjective go ("Russia" / "Russian"): "the
 * Russians" are the state the coverage quotes as a whole. Null when that state is not quoted as such.
 */
function stateOfPeople(named: string, attribution: Attribution): string | null {
  if (!/\p{L}ns$/u.test(named)) return null;
  const state = resolveSpeaker(attribution, named.slice(0, -2));
  return state && speakerSummary(attribution, state)?.kind === 'state' ? state : null;
}

/**
 * Whether a capitalised word ends an institution's name after "of" ("School of Government"), where it says what the
 * institution studies or serves, not who speaks ("the Chinese Foreign Ministry" is a ministry that speaks).
 */
function insideName(words: readonly string[], i: number): boolean {
  const capital = (word: string | undefined) => word !== undefined && /^\p{Lu}/u.test(word);
  return capital(words[i]) && /^(?:of|for)$/i.test(words[i - 1] ?? '') && capital(words[i - 2]);
}

function leadSpeakers(passages: readonly SpokenPassage[], attribution: Attribution): LeadSpeaker[] {
  const lead = new Map<string, LeadSpeaker>();
  for (const passage of passages) {
    const names = passage.statement ? [passage.statement.speaker] : passage.speakers;
    for (const name of names) {
      const known = lead.get(name);
      if (known) {
        known.passageIds.push(passage.id);
        continue;
      }
      const summary = speakerSummary(attribution, name);
      lead.set(name, {
        speaker: name,
        kind: summary?.kind ?? 'person',
        role: passage.statement?.speaker === name ? passage.statement.role : (summary?.roles[0] ?? null),
        passageIds: [passage.id],
      });
    }
  }
  return [...lead.values()];
}

const personWordsCache = new WeakMap<Attribution, ReadonlySet<string>>();

/** Folded words of the names of the people the coverage quotes, worked out once per attribution. */
function personWordsOf(attribution: Attribution): ReadonlySet<string> {
  const cached = personWordsCache.get(attribution);
  if (cached) return cached;
  const words = new Set(
    attribution.speakers
      .filter((summary) => summary.kind === 'person')
      .flatMap((summary) => summary.speaker.split(/[\s-]+/u).map(foldWord)),
  );
  personWordsCache.set(attribution, words);
  return words;
}
