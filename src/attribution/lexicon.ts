/**
 * The words attribution is recognised by. Plain data: a reporting verb, title or role word missing here
 * is added here, not in the extractor.
 */
import type { SpeakerKind } from './types.ts';

interface VerbEntry {
  lemma: string;
  /** Forms that do not follow the regular -s / -ed / -ing rules. */
  forms?: readonly string[];
  /** A particle that belongs to the verb: "point to", "refer to". */
  particle?: string;
  /** Counts only before a pause ("Putin continued, ..."), not before an object ("NATO continues to expand"). */
  onlyBeforePause?: boolean;
  /** Written after its subject's "was" / "is" ("Putin was quoted as saying ..."): a passive that names the speaker. */
  afterBe?: boolean;
  /** Takes the listener as object before what is said: "told reporters (that) ...". */
  listenerObject?: boolean;
}

const VERBS: readonly VerbEntry[] = [
  { lemma: 'say', forms: ['say', 'says', 'said', 'saying'] },
  { lemma: 'tell', forms: ['tell', 'tells', 'told', 'telling'], listenerObject: true },
  { lemma: 'write', forms: ['write', 'writes', 'wrote', 'writing'] },
  { lemma: 'add' },
  { lemma: 'continue', onlyBeforePause: true },
  { lemma: 'argue' },
  { lemma: 'state' },
  { lemma: 'warn' },
  { lemma: 'claim' },
  { lemma: 'note' },
  { lemma: 'urge' },
  { lemma: 'cite' },
  { lemma: 'stress' },
  { lemma: 'insist' },
  { lemma: 'explain' },
  { lemma: 'announce' },
  { lemma: 'admit', forms: ['admit', 'admits', 'admitted', 'admitting'] },
  { lemma: 'denounce' },
  { lemma: 'decry', forms: ['decry', 'decries', 'decried', 'decrying'] },
  { lemma: 'describe' },
  { lemma: 'call' },
  { lemma: 'criticize' },
  { lemma: 'criticise' },
  { lemma: 'accuse' },
  { lemma: 'dismiss' },
  { lemma: 'identify', forms: ['identify', 'identifies', 'identified', 'identifying'] },
  { lemma: 'report' },
  { lemma: 'hint' },
  { lemma: 'vow' },
  { lemma: 'promise' },
  { lemma: 'pledge' },
  { lemma: 'outline' },
  { lemma: 'emphasize' },
  { lemma: 'emphasise' },
  { lemma: 'suggest' },
  { lemma: 'assert' },
  { lemma: 'declare' },
  { lemma: 'allege' },
  { lemma: 'acknowledge' },
  { lemma: 'confirm' },
  { lemma: 'deny', forms: ['deny', 'denies', 'denied', 'denying'] },
  { lemma: 'reiterate' },
  { lemma: 'condemn' },
  { lemma: 'slam', forms: ['slam', 'slams', 'slammed', 'slamming'] },
  { lemma: 'blast' },
  { lemma: 'tweet' },
  { lemma: 'remark' },
  { lemma: 'predict' },
  { lemma: 'caution' },
  { lemma: 'complain' },
  { lemma: 'contend' },
  { lemma: 'point', particle: 'to' },
  { lemma: 'refer', particle: 'to', forms: ['refer', 'refers', 'referred', 'referring'] },
  { lemma: 'quote', forms: ['quoted as saying'], afterBe: true },
];

/** -s, -ed and -ing forms of a regular verb. */
function regularForms(lemma: string): string[] {
  const third = /(?:s|sh|ch|x|z)$/.test(lemma) ? `${lemma}es` : `${lemma}s`;
  const stem = lemma.endsWith('e') ? lemma.slice(0, -1) : lemma;
  return [lemma, third, `${stem}ed`, `${stem}ing`];
}

export interface VerbForm {
  /** As written, with its particle: "pointing to". */
  form: string;
  lemma: string;
  /** -ing form: a participle clause (", adding that ...") that takes its speaker from the sentence. */
  participle: boolean;
  /** -ed form that can be a passive ("described as"). */
  pastParticiple: boolean;
  onlyBeforePause: boolean;
  afterBe: boolean;
  listenerObject: boolean;
}

/** Every reporting verb form, longest first so "pointing to" wins over a shorter match. */
export const REPORTING_VERB_FORMS: readonly VerbForm[] = VERBS.flatMap((verb) =>
  (verb.forms ?? regularForms(verb.lemma)).map((form) => ({
    form: verb.particle ? `${form} ${verb.particle}` : form,
    lemma: verb.lemma,
    participle: form.endsWith('ing') && !verb.afterBe,
    pastParticiple: form.endsWith('ed') || form === 'said' || form === 'told' || form === 'written',
    onlyBeforePause: verb.onlyBeforePause ?? false,
    afterBe: verb.afterBe ?? false,
    listenerObject: verb.listenerObject ?? false,
  })),
).sort((a, b) => b.form.length - a.form.length);

const PAST_FORMS = new Map(
  VERBS.flatMap((verb) => {
    const past = verb.afterBe
      ? `was ${verb.forms?.[0] ?? verb.lemma}`
      : ((verb.forms ?? regularForms(verb.lemma))[2] ?? verb.lemma);
    const withParticle = (form: string) => (verb.particle ? `${form} ${verb.particle}` : form);
    return (verb.forms ?? regularForms(verb.lemma)).map((form): [string, string] => [
      withParticle(form),
      withParticle(past),
    ]);
  }),
);

/** Verbs whose reported words are a clause ("said that ..."); the others take an object ("urged its neighbours to ..."). */
const CLAUSE_VERBS = new Set([
  'say',
  'quote',
  'tell',
  'write',
  'add',
  'continue',
  'argue',
  'state',
  'warn',
  'claim',
  'note',
  'stress',
  'insist',
  'explain',
  'announce',
  'admit',
  'report',
  'hint',
  'vow',
  'promise',
  'pledge',
  'emphasize',
  'emphasise',
  'suggest',
  'assert',
  'declare',
  'allege',
  'acknowledge',
  'confirm',
  'deny',
  'reiterate',
  'tweet',
  'remark',
  'predict',
  'caution',
  'complain',
  'contend',
]);
const LEMMAS = new Map(
  VERBS.flatMap((verb) =>
    (verb.forms ?? regularForms(verb.lemma)).map((form): [string, string] => [
      verb.particle ? `${form} ${verb.particle}` : form,
      verb.lemma,
    ]),
  ),
);

/**
 * A reporting verb as a report tells it, in the past: "says", "adding", "denounces" -> said, added, denounced;
 * "pointing to" -> pointed to; and whether what was said follows it as a clause ("said that ..."). Null for a cue
 * that is not a verb ("according to") or one not in the lexicon.
 */
export function reportedVerb(asWritten: string): { past: string; clause: boolean } | null {
  // "has urged", "also warned": the auxiliary and adverbs between speaker and verb go.
  const key = asWritten
    .trim()
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/^(?:(?:has|have|had|also|further|then|later|again|already|earlier|\w+ly)\s+)+/, '');
  const past = PAST_FORMS.get(key);
  return past ? { past, clause: CLAUSE_VERBS.has(LEMMAS.get(key) ?? '') } : null;
}

/** "According to X" and its variants: the speaker follows the cue. */
export const ACCORDING_TO = ['according to', 'as per'] as const;

/** Words between a speaker and the verb: "has also", "went on to", "reportedly". Words in -ly are skipped as well. */
export const BETWEEN_SPEAKER_AND_VERB = [
  'has',
  'have',
  'had',
  'also',
  'further',
  'then',
  'later',
  'again',
  'once',
  'would',
  'will',
  'did',
  'does',
  'do',
  'not',
  'already',
  'earlier',
  'went on to',
  'goes on to',
  'go on to',
  'going on to',
  'has gone on to',
  // "The ministry today announced", "Park on Tuesday called on ...": a time between the speaker and the verb.
  'today',
  'yesterday',
  'tonight',
  'on Monday',
  'on Tuesday',
  'on Wednesday',
  'on Thursday',
  'on Friday',
  'on Saturday',
  'on Sunday',
] as const;

/** Abbreviated titles whose full stop does not end the sentence: "Adm. Hiroshi Yamane", "Rep. Lee Jae-myung". */
export const TITLE_ABBREVIATIONS = new Set([
  'adm',
  'gen',
  'lt',
  'col',
  'maj',
  'capt',
  'cmdr',
  'sgt',
  'gov',
  'sen',
  'rep',
  'amb',
  'brig',
  'dr',
  'prof',
  'mr',
  'mrs',
  'ms',
]);

/** Capitalised words that make a title, not a name: "Russian President Vladimir Putin". */
export const TITLE_WORDS = new Set([
  ...TITLE_ABBREVIATIONS,
  'president',
  'prime',
  'minister',
  'foreign',
  'defence',
  'defense',
  'secretary',
  'general',
  'secretary-general',
  'chief',
  'spokesperson',
  'spokeswoman',
  'spokesman',
  'ambassador',
  'chancellor',
  'premier',
  'deputy',
  'vice',
  'senator',
  'governor',
  'mayor',
  'king',
  'queen',
  'professor',
  'admiral',
  'colonel',
  'captain',
  'lieutenant',
  'brigadier',
  'commodore',
  'director',
  'chairman',
  'chairwoman',
  'leader',
  'supreme',
  'commander',
  'envoy',
  'representative',
  'ministry',
  'affairs',
  'state',
  'official',
  'head',

  'correspondent',
  'analyst',
  // A programme's own voices: "Host Priya Anand-Lowe talks with ...".
  'host',
  'presenter',
  'anchor',
  'moderator',
]);

/** Head nouns of a body's name: "Japan's defence ministry", "the Chinese Embassy in Manila", "Joint Chiefs of Staff". */
export const BODY_WORDS = new Set([
  'ministry',
  'union',
  'council',
  'agency',
  'office',
  'organization',
  'organisation',
  'department',
  'commission',
  'committee',
  'government',
  'parliament',
  'army',
  'embassy',
  'consulate',
  'mission',
  'chiefs',
  'command',
  'bureau',
  'cabinet',
  'assembly',
  'guard',
  'navy',
  'party',
]);

/**
 * A role word of a question that roles of other names also fill: a foreign ministry's official or an ambassador is
 * a "diplomat", an ambassador an "envoy". Each maps to words any of which, in a speaker's roles or body, fits it.
 */
/**
 * What readers call anyone asked for comment on a story ("a Colombo analyst", "the Kazakh expert"): the page may call
 * them a fellow, a political scientist or a researcher, or only name the institute or centre they are at.
 */
const COMMENTATORS: readonly string[] = [
  'analyst',
  'expert',
  'researcher',
  'scholar',
  'fellow',
  'professor',
  'lecturer',
  'academic',
  'scientist',
  'specialist',
  'commentator',
  'observer',
  'institute',
  'centre',
  'center',
  'university',
  'think tank',
];

/** Whether a role word is one a commentator is called by ("analyst", "expert", "scholar"), not an office. */
export function isCommentatorRole(role: string): boolean {
  return COMMENTATORS.includes(role.replace(/s$/, '')) && ROLE_NOUNS.has(role.replace(/s$/, ''));
}

export const ROLE_KIN: Readonly<Record<string, readonly string[]>> = {
  diplomat: [
    'diplomat',
    'ambassador',
    'envoy',
    'consul',
    'embassy',
    'foreign minist',
    'foreign affairs',
    'foreign office',
    'state department',
  ],
  envoy: ['envoy', 'ambassador', 'representative', 'special representative', 'emissary'],
  ambassador: ['ambassador', 'envoy', 'permanent representative'],
  academic: [
    'academic',
    'professor',
    'lecturer',
    'researcher',
    'scholar',
    'fellow',
    'scientist',
    'university',
    'teaches',
  ],
  // "The professor from Laval" is one who "teaches Asian security at Université Laval".
  professor: ['professor', 'lecturer', 'academic', 'teaches', 'lectures', 'university'],
  lecturer: ['lecturer', 'professor', 'academic', 'teaches', 'lectures', 'university'],
  scholar: ['scholar', 'academic', 'professor', 'lecturer', 'researcher', 'fellow', 'scientist'],
  expert: COMMENTATORS,
  analyst: COMMENTATORS,
  scientist: COMMENTATORS,
  specialist: COMMENTATORS,
  commentator: COMMENTATORS,
  observer: COMMENTATORS,
};

/**
 * Roles a page's sources are described by, many to a page and none an office one person holds: "a Korea analyst",
 * "the guest from Kobe", "an official travelling with Kishida" (a president or a minister is an office).
 */
export const SOURCE_ROLES: ReadonlySet<string> = new Set([
  ...COMMENTATORS,
  'official',
  'diplomat',
  'guest',
  'source',
  'insider',
  'aide',
  'reporter',
  'journalist',
  'correspondent',
]);

/**
 * Lowercase words naming a role before a name ("Chinese Foreign Ministry spokeswoman Mao Ning", "his counterpart Lee
 * Jong-sup"), or describing someone in a question ("the deputy national security adviser").
 */
export const ROLE_NOUNS = new Set([
  'spokeswoman',
  'spokesman',
  'spokesperson',
  'official',
  'minister',
  'president',
  'premier',
  'chief',
  'envoy',
  'ambassador',
  'diplomat',
  'analyst',
  'expert',
  'leader',
  'secretary',
  'director',
  'head',
  'adviser',
  'advisor',
  'correspondent',
  'reporter',
  'editor',
  'professor',
  'researcher',
  'commander',
  'lawmaker',
  'senator',
  'governor',
  'mayor',
  'chairman',
  'chairwoman',
  'chair',
  'chairperson',
  'representative',
  'deputy',
  'general',
  'scholar',
  'fellow',
  'scientist',
  'lecturer',
  'specialist',
  'commentator',
  'academic',
  'observer',
  'aide',
  'journalist',
  'legislator',
  'chancellor',
  'negotiator',
  'defector',
  'counterpart',
  'colleague',
]);

/** The head noun of a description says what kind of speaker it refers back to: "the official", "the outlet", "the ministry". */
export const DESCRIPTION_HEADS: Readonly<Record<string, SpeakerKind>> = {
  official: 'person',
  spokeswoman: 'person',
  spokesman: 'person',
  spokesperson: 'person',
  minister: 'person',
  president: 'person',
  premier: 'person',
  leader: 'person',
  chief: 'person',
  envoy: 'person',
  ambassador: 'person',
  diplomat: 'person',
  analyst: 'person',
  expert: 'person',
  director: 'person',
  secretary: 'person',
  general: 'person',
  outlet: 'outlet',
  website: 'outlet',
  newspaper: 'outlet',
  agency: 'outlet',
  paper: 'outlet',
  daily: 'outlet',
  broadcaster: 'outlet',
  channel: 'outlet',
  network: 'outlet',
  magazine: 'outlet',
  publication: 'outlet',
  report: 'outlet',
  ministry: 'institution',
  bloc: 'institution',
  alliance: 'institution',
  government: 'institution',
  administration: 'institution',
  organization: 'institution',
  organisation: 'institution',
  body: 'institution',
  department: 'institution',
  council: 'institution',
  committee: 'institution',
  embassy: 'institution',
  military: 'institution',
  army: 'institution',
};

/** Plural heads: "the two officials" are the last two people named in the sentence. */
export const PLURAL_PERSON_HEADS = new Set(['officials', 'leaders', 'ministers', 'men', 'women', 'diplomats', 'sides']);

/** Lowercase words a description may hold before its head: "the state-run news agency", "the U.S.-led military bloc". */
export const DESCRIPTION_MODIFIERS = new Set([
  'military',
  'news',
  'state-run',
  'state',
  'foreign',
  'senior',
  'top',
  'former',
  'western',
  'regional',
  'defence',
  'defense',
  'prime',
  'deputy',
  'media',
  'government',
  'secretary',
  'two',
  'three',
  'both',
  'chief',
  'atlantic',
  'official',
  'ministry',
  'online',
  'daily',
  'national',
  'public',
  'japanese',
  'north',
  'south',
]);

/** Opening words of a sentence that are not its subject: "Meanwhile, Putin continued, ..." */
export const INTRO_WORDS = new Set([
  'meanwhile',
  'however',
  'separately',
  'moreover',
  'also',
  'still',
  'earlier',
  'later',
  'elsewhere',
  'in',
  'on',
  'at',
  'during',
  'last',
  'this',
  'further',
  'yet',
  'but',
  'and',
  'instead',
  'previously',
  'now',
  'then',
  'today',
  'yesterday',
  'speaking',
  'stepping',
  'after',
  'before',
  'since',
  'when',
  'while',
  'for',
  'from',
  'by',
  'with',
  'according',
]);

/** Capitalised words that never make a name on their own. */
export const NOT_NAMES = new Set([
  'the',
  'a',
  'an',
  'in',
  'on',
  'at',
  'it',
  'he',
  'she',
  'they',
  'this',
  'that',
  'these',
  'those',
  'but',
  'and',
  'or',
  'meanwhile',
  'however',
  'last',
  'earlier',
  'later',
  'officials',
  'analysts',
  'experts',
  'sources',
  'reports',
  'critics',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'western',
  'eastern',
  'all',
  'some',
  'many',
  'both',
  'we',
  'i',
  'you',
  'there',
]);

export const PRONOUNS: Readonly<Record<string, SpeakerKind | 'any'>> = {
  he: 'person',
  she: 'person',
  it: 'institution',
};

/** A word naming a person's or a body's role ("president", "ministry"), not an outlet's. */
export function isRoleWord(word: string): boolean {
  return (Object.hasOwn(DESCRIPTION_HEADS, word) && DESCRIPTION_HEADS[word] !== 'outlet') || ROLE_NOUNS.has(word);
}
