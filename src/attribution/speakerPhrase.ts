import {
  BODY_WORDS,
  DESCRIPTION_HEADS,
  DESCRIPTION_MODIFIERS,
  NOT_NAMES,
  PLURAL_PERSON_HEADS,
  PRONOUNS,
  ROLE_NOUNS,
  TITLE_WORDS,
} from './lexicon.ts';
import { nameKey, type KnownSpeaker, type SpeakerDirectory } from './speakerDirectory.ts';
import type { SpeakerKind } from './types.ts';
import { isPlaceName, placeOfPeople } from '../search/wordNet.ts';
import { isCommonEnglishWord } from '../search/englishWords.ts';
import { STOP_WORDS } from '../search/stopWords.ts';

/** A word of a text with its place. */
export interface Word {
  text: string;
  start: number;
  end: number;
}

/** How a sentence names who speaks, before it is resolved against the article. */
export type SpeakerPhrase =
  | { type: 'pronoun'; word: string; start: number; end: number }
  /** "the Foreign Ministry official", "the bloc", "the Nikkei Asia news website" */
  | { type: 'description'; words: string[]; head: string; start: number; end: number }
  /** "the two officials" */
  | { type: 'plural'; count: number; start: number; end: number }
  /** "a NATO spokesperson", "a spokesperson for China's Ministry of National Defense": someone unnamed of a body. */
  | { type: 'unnamed'; words: string[]; head: string; start: number; end: number }
  /**
   * "Chinese Foreign Ministry spokeswoman Mao Ning": the capitalised words, and the role words before them. `body`:
   * a body named by its shape ("Japan's defence ministry"), whose words are its name as they stand.
   */
  | {
      type: 'name';
      words: string[];
      roleWords: string[];
      start: number;
      end: number;
      body?: boolean;
      /** A person then the body they are of ("Dr X of the Institute"): see personOfBody. */
      affiliated?: boolean;
    };

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;
const DOTTED_ACRONYM = /^(?:\p{L}\.)+$/u;

/** Words of a text (offsets relative to `offset`); a full stop ends a word unless it is a dotted acronym ("U.S."). */
export function wordsOf(text: string, offset = 0): Word[] {
  const words: Word[] = [];
  for (const match of text.matchAll(WORD)) {
    let word = match[0];
    if (word.endsWith('.') && !DOTTED_ACRONYM.test(word)) word = word.replace(/\.+$/, '');
    word = word.replace(/['’]$/, '');
    const start = offset + (match.index ?? 0);
    words.push({ text: word, start, end: start + word.length });
  }
  return words;
}

const capitalised = (word: string) => /^[\p{Lu}\p{N}]/u.test(word);
const lower = (word: string) => word.toLowerCase().replace(/[’]/g, "'");

/** A speaker phrase made of exactly these words, or null. */
export function parsePhrase(words: readonly Word[]): SpeakerPhrase | null {
  const first = words[0];
  const last = words.at(-1);
  if (!first || !last) return null;
  const start = first.start;
  const end = last.end;
  if (words.length === 1 && lower(first.text) in PRONOUNS)
    return { type: 'pronoun', word: lower(first.text), start, end };

  // "Its mission to the European Union", "Their embassy": a body of someone named before, never a name of its own.
  if (PHRASE_RULES.possessiveOpening && POSSESSIVE_PRONOUNS.has(lower(first.text))) return null;
  // "8 Li Haoran" (a numbered paragraph), "12.41pm Treasurer Jim Chalmers" (a live blog's time), "BEIJING TOKYO
  // China's foreign ministry" (a dateline): the speaker starts after them, a shorter phrase of the same words.
  if (
    PHRASE_RULES.leadingNoise &&
    (NUMBER_OR_TIME.test(first.text) || (words.length > 1 && isDatelinePlace(first.text)))
  )
    return null;
  const bodyWords = (lower(first.text) === 'the' ? words.slice(1) : words).map((word) => word.text);
  if (isBodyName(bodyWords)) return { type: 'name', words: bodyWords, roleWords: [], start, end, body: true };

  if (lower(first.text) === 'the') {
    const rest = words.slice(1).map((word) => word.text);
    const head = lower(rest.at(-1) ?? '');
    if (rest.length === 0 || rest.length > 7) return null;
    // "the Ministry of National Defense": a body's name, "of" and all.
    if (
      rest.some((word) => NAME_JOINERS.has(lower(word))) &&
      rest.every((word) => capitalised(word) || NAME_JOINERS.has(lower(word))) &&
      capitalised(rest[0] ?? '') &&
      capitalised(rest.at(-1) ?? '')
    )
      return { type: 'name', words: rest, roleWords: [], start, end };
    const modifiersOk = rest.slice(0, -1).every((word) => capitalised(word) || isModifier(word));
    if (!modifiersOk) return null;
    if (PLURAL_PERSON_HEADS.has(head)) {
      const count = rest.some((word) => ['two', 'both'].includes(lower(word)))
        ? 2
        : rest.some((word) => lower(word) === 'three')
          ? 3
          : 0;
      return count > 0 ? { type: 'plural', count, start, end } : null;
    }
    if (head in DESCRIPTION_HEADS || capitalised(rest.at(-1) ?? ''))
      return { type: 'description', words: rest, head, start, end };
    return null;
  }

  if (lower(first.text) === 'a' || lower(first.text) === 'an') return unnamedPhrase(words, start, end);

  // "Dr Helena Voss-Nakagawa of the Pacific Futures Institute in Sydney": a person of a body, the body their role.
  const affiliated = personOfBody(words.map((word) => word.text));
  if (affiliated)
    return { type: 'name', words: affiliated.name, roleWords: affiliated.role, start, end, affiliated: true };

  // Name: capitalised words, optionally with lowercase role words before the last capitalised run. A body's name may
  // hold "of" ("Ministry of National Defense").
  if (!capitalised(last.text)) return null;
  let nameFrom = words.length;
  while (
    nameFrom > 0 &&
    (capitalised(words[nameFrom - 1]?.text ?? '') ||
      (NAME_JOINERS.has(lower(words[nameFrom - 1]?.text ?? '')) &&
        BODY_WORDS.has(lower(words[nameFrom - 2]?.text ?? ''))) ||
      particleInName(words, nameFrom - 1))
  )
    nameFrom--;
  const before = words.slice(0, nameFrom).map((word) => word.text);
  const run = words.slice(nameFrom).map((word) => word.text);
  // "Former Japanese ambassador to Belgium Kenta Morisawa": a place after the role's preposition, then the name.
  const [place = '', ...person] = run;
  const placed =
    person.length >= 2 &&
    roleOfPlace(before) &&
    guessKind(person) === 'person' &&
    isPlaceName(place) &&
    !person.some((word) => isPlaceName(word));
  const role = placed ? before.slice(0, lower(before.at(-1) ?? '') === 'the' ? -2 : -1) : before;
  if (role.length > 0) {
    // Role words: "Chinese Foreign Ministry spokeswoman": capitalised words, then lowercase role nouns.
    const lastRole = lower(role.at(-1) ?? '');
    if (!ROLE_NOUNS.has(lastRole)) return null;
    if (!role.every((word) => capitalised(word) || ROLE_NOUNS.has(lower(word)) || isModifier(word))) return null;
  }
  if (NOT_NAMES.has(lower(run[0] ?? '')) && run.length === 1) return null;
  if (placed) return { type: 'name', words: person, roleWords: [...before, place], start, end };
  return { type: 'name', words: run, roleWords: before, start, end };
}

/** A generational suffix after a name: "Jr.", "Sr.", "III". */
const GENERATIONAL_SUFFIX = /^(?:Jr|Sr|II|III|IV)\.?$/u;

/** Lower-case words inside family names: "Elise van Roon", "Ursula von der Leyen", "Luiz Inácio Lula da Silva". */
const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'van',
  'von',
  'der',
  'den',
  'de',
  'del',
  'della',
  'di',
  'da',
  'das',
  'dos',
  'du',
  'la',
  'le',
  'ter',
  'ten',
  'bin',
  'ibn',
]);

/**
 * Whether the word at `at` is such a particle inside a name: a capitalised word (or another particle) before it, and
 * a capitalised word after the particles ("Dr van Roon", "von der Leyen").
 */
function particleInName(words: readonly Word[], at: number): boolean {
  if (!PHRASE_RULES.nameParticles || !NAME_PARTICLES.has(words[at]?.text ?? '')) return false;
  let after = at + 1;
  while (NAME_PARTICLES.has(words[after]?.text ?? '')) after++;
  let before = at - 1;
  while (before >= 0 && NAME_PARTICLES.has(words[before]?.text ?? '')) before--;
  return capitalised(words[after]?.text ?? '') && before >= 0 && capitalised(words[before]?.text ?? '');
}

const HONORIFICS = /^(?:dr|mr|mrs|ms|miss|mx|sir|dame)\.?$/i;

/** Prepositions tying a role to the place it is of: "ambassador to Belgium", "governor of Okinawa", "envoy for Asia". */
const ROLE_PLACE_JOINERS = new Set(['to', 'of', 'for', 'in', 'at']);

/** Whether words end in a role and its preposition, "the" perhaps after it: "ambassador to", "Ambassador to the". */
function roleOfPlace(words: readonly string[]): boolean {
  const end = lower(words.at(-1) ?? '') === 'the' ? words.length - 1 : words.length;
  return ROLE_PLACE_JOINERS.has(lower(words[end - 1] ?? '')) && ROLE_NOUNS.has(lower(words[end - 2] ?? ''));
}

/** Prepositions tying a person to the body they are of: "X of the Institute", "X at Hanseo University", "X from ...". */
const OF_PERSON = new Set(['of', 'at', 'from', 'with']);

/**
 * A person named in two to four capitalised words (after any titles: "Dr", "Professor"), then "of", "at", "from" or
 * "with" and a capitalised body ("of the Lowy-adjacent Pacific Futures Institute in Sydney"): the person, with the
 * rest as their role. Null when the name part is a body's ("Ministry of Defense") or the rest names no body.
 */
function personOfBody(words: readonly string[]): { name: string[]; role: string[] } | null {
  const joiner = words.findIndex((word, i) => i > 0 && OF_PERSON.has(lower(word)));
  if (joiner < 0 || words.length > AFFILIATED_WORDS) return null;
  let titles = 0;
  while (titles < joiner && TITLE_WORDS.has(lower(words[titles] ?? '').replace(/\.$/, ''))) titles++;
  const name = words.slice(titles, joiner);
  if (name.length < 2 || name.length > 4 || !name.every(capitalised)) return null;
  if (name.some((word) => BODY_WORDS.has(lower(word)) || NOT_NAMES.has(lower(word)))) return null;
  const rest = words.slice(joiner);
  if (!rest.slice(1).some((word) => BODY_WORDS.has(lower(word)) || capitalised(word))) return null;
  if (!capitalised(rest.at(-1) ?? '')) return null;
  // A title that says what they do ("Professor") belongs to the role; an honorific ("Dr", "Mr") does not.
  const roleTitles = words.slice(0, titles).filter((word) => !HONORIFICS.test(word));
  return guessKind(name) === 'person' ? { name, role: [...roleTitles, ...rest] } : null;
}

/** Prepositions tying a body to the place or body it belongs to: "Embassy in Manila", "mission to the European Union". */
const BODY_TAIL_JOINERS = new Set(['of', 'for', 'in', 'to']);

/**
 * A body named by its shape, whether or not the table knows it: a proper name, then modifiers, then a body's head
 * noun, then perhaps a preposition and a name ("Japan's defence ministry", "South Korea's Joint Chiefs of Staff",
 * "Chinese Embassy in Manila", "China's mission to the European Union"). Its owner must be named: by a possessive
 * before the head, or by the name after it; "Foreign Ministry" alone stays a description of a body named before.
 */
function isBodyName(words: readonly string[]): boolean {
  const head = words.findIndex((word) => BODY_WORDS.has(lower(word)));
  if (head < 1 || words.length > 9 || !capitalised(words[0] ?? '')) return false;
  const owner = words.slice(0, head).findIndex((word) => /['’]s$/u.test(word));
  const before = words.slice(0, head);
  // The owner's name is capitalised ("South Korea's"); after it, capitalised words or modifiers ("defence"), or up to
  // two plain words of the body's own, as a role has them ("South Korea's presidential office", "national security").
  const plain = (word: string) => PHRASE_RULES.plainBodyModifiers && PLAIN_MODIFIER.test(word) && !STOP_WORDS.has(word);
  if (!before.every((word, i) => capitalised(word) || (owner >= 0 && i > owner && (isModifier(word) || plain(word)))))
    return false;
  if (before.filter((word) => !capitalised(word) && !isModifier(word)).length > PLAIN_MODIFIERS_MAX) return false;
  const tail = words.slice(head + 1);
  if (tail.length === 0) return owner >= 0;
  const named = tail.slice(lower(tail[1] ?? '') === 'the' ? 2 : 1);
  return (
    BODY_TAIL_JOINERS.has(lower(tail[0] ?? '')) &&
    named.length > 0 &&
    named.every((word) => capitalised(word) || NAME_JOINERS.has(lower(word))) &&
    capitalised(named.at(-1) ?? '')
  );
}

/** Words joining a body's name to what it is of: "Ministry of National Defense", "Department for Education". */
const NAME_JOINERS = new Set(['of', 'for']);
/** Prepositions tying an unnamed person to the body they speak for: "a spokesperson for", "an official with". */
const OF_BODY = new Set(['for', 'with', 'at', 'of', 'from', 'in']);

/**
 * "a NATO spokesperson", "a senior Chinese official", "a spokesperson for China's Ministry of National Defense":
 * modifiers and a person's role, then perhaps a preposition and the body's name.
 */
function unnamedPhrase(words: readonly Word[], start: number, end: number): SpeakerPhrase | null {
  const rest = words.slice(1).map((word) => word.text);
  const at = rest.findIndex((word) => DESCRIPTION_HEADS[lower(word)] === 'person');
  if (at < 0 || rest.length > 10) return null;
  const modifiers = rest.slice(0, at);
  // "a senior Taiwanese security official": a plain word of the role's own ("security", "intelligence") modifies it too.
  const plain = (word: string) => PHRASE_RULES.plainModifiers && PLAIN_MODIFIER.test(word) && !STOP_WORDS.has(word);
  if (!modifiers.every((word) => capitalised(word) || isModifier(word) || plain(word))) return null;
  if (modifiers.filter((word) => !capitalised(word) && !isModifier(word)).length > PLAIN_MODIFIERS_MAX) return null;
  const after = rest.slice(at + 1);
  // "an official travelling (with the prime minister)": a participle after the role, what follows it cut off.
  const participle = after.length === 1 && /^\p{Ll}{3,}(?:ing|ed)$/u.test(after[0] ?? '');
  if (after.length > 0 && !participle && (!OF_BODY.has(lower(after[0] ?? '')) || !capitalised(after.at(-1) ?? '')))
    return null;
  return { type: 'unnamed', words: rest, head: lower(rest[at] ?? ''), start, end };
}

/** A lower-case word that may modify a role: letters, no adverb in -ly. */
const PLAIN_MODIFIER = /^\p{Ll}{3,}(?<!ly)$/u;
/** Plain modifiers a role may have before it ("security", "intelligence"): more make a clause, not a role. */
const PLAIN_MODIFIERS_MAX = 2;

const POSSESSIVE_PRONOUNS: ReadonlySet<string> = new Set(['its', 'their', 'his', 'her', 'our', 'my', 'your']);
/** A number, a date's digits or a time of day: "8", "16.05.2023", "11-12", "12.41pm". */
const NUMBER_OR_TIME = /^\d[\d.:/-]*(?:am|pm)?$/i;
/** A place in capitals, as a dateline writes it: "BEIJING", "TOKYO". */
const isDatelinePlace = (word: string) =>
  /^\p{Lu}{3,}$/u.test(word) && isPlaceName(word.charAt(0) + word.slice(1).toLowerCase());

/** Switches for the rules here, so that a test can show what each one does. */
/** "I'm" (or the "I" of "I am") opening a self-introduction: "I'm Hannah Vidal-Moss, and ...". */
const SELF_INTRODUCTION = /^I(?:['’]m)?$/u;

export const PHRASE_RULES = {
  /** "Senator Imee Marcos" after "President Ferdinand Marcos": another given name is another person of the family. */
  sharedFamilyNames: true,
  /** A person then a long chain of the bodies they are of, up to AFFILIATED_WORDS words, is read whole. */
  longAffiliations: true,
  /** "Dr van Roon said": a family name's lower-case particle is part of the name. */
  nameParticles: true,
  /** "Defense Secretary Gilberto Teodoro Jr.": a generational suffix closes the name, apart from it. */
  generationalSuffixes: true,
  plainModifiers: true,
  /** "South Korea's presidential office said": plain words between a body's owner and its head noun. */
  plainBodyModifiers: true,
  possessiveOpening: true,
  leadingNoise: true,
  peopleAdjectives: true,
  selfIntroduction: true,
  /** "National Security Adviser Kang Jae-won said": a role noun, capitalised before a name, is a title too. */
  roleNounTitles: true,
  /** "Russia's Eastern Military District said": a point of the compass before another capitalised word is named. */
  compassInNames: true,
};

/** A point of the compass as the first word of a name: "Eastern Military District", "Western Theater Command". */
const COMPASS = /^(?:eastern|western|northern|southern)$/i;

/** Whether the word at `i` is a point of the compass that another capitalised word of the name follows. */
function compassInName(words: readonly string[], i: number): boolean {
  return PHRASE_RULES.compassInNames && COMPASS.test(words[i] ?? '') && capitalised(words[i + 1] ?? '');
}

function isTitleWord(word: string): boolean {
  const folded = lower(word).replace(/\.$/, '');
  return TITLE_WORDS.has(folded) || (PHRASE_RULES.roleNounTitles && capitalised(word) && ROLE_NOUNS.has(folded));
}

function isModifier(word: string): boolean {
  const folded = lower(word);
  return (
    DESCRIPTION_MODIFIERS.has(folded) || folded in DESCRIPTION_HEADS || /-led$/.test(folded) || /^\d+$/.test(folded)
  );
}

/** The most words of a person and the body they are of: personOfBody reads no more. */
const AFFILIATED_WORDS = 16;

/** The longest speaker phrase ending the words (suffixes tried longest first); `accept` decides whether it resolves. */
export function phraseAtEnd<T>(
  words: readonly Word[],
  accept: (phrase: SpeakerPhrase) => T | null,
  maxWords = 9,
): T | null {
  const longest = PHRASE_RULES.longAffiliations ? Math.max(maxWords, AFFILIATED_WORDS) : maxWords;
  for (let from = Math.max(0, words.length - longest); from < words.length; from++) {
    const phrase = parsePhrase(words.slice(from));
    // Beyond `maxWords`, only a person of a body: "Professor Cho Hyun-woo of the Department of Political Science
    // in Hanul University" is one phrase, not "Hanul University".
    if (words.length - from > maxWords && !(phrase?.type === 'name' && phrase.affiliated)) continue;
    const accepted = phrase && accept(phrase);
    if (accepted) return accepted;
  }
  return null;
}

/** The longest speaker phrase starting the words (prefixes tried longest first). */
export function phraseAtStart<T>(
  words: readonly Word[],
  accept: (phrase: SpeakerPhrase) => T | null,
  maxWords = 9,
): T | null {
  for (let to = Math.min(words.length, maxWords); to > 0; to--) {
    const phrase = parsePhrase(words.slice(0, to));
    const accepted = phrase && accept(phrase);
    if (accepted) return accepted;
  }
  return null;
}

/** A name phrase split into the speaker and the role the article gives with it. */
export interface NamedSpeaker {
  speaker: KnownSpeaker;
  /** The words of the name itself: "Vladimir Putin", "Mao". */
  name: string;
  role: string | null;
}

/**
 * Resolves a run of capitalised words (with its role words) to a speaker: the longest ending that the table or
 * the article knows ("Russian President Vladimir Putin" -> Vladimir Putin, role "Russian President"); failing
 * that, a name by its shape: the words after the last title word, two or more of them, or one after a title.
 */
export function resolveName(
  typed: readonly string[],
  roleWords: readonly string[],
  directory: SpeakerDirectory,
  local: ReadonlyMap<string, KnownSpeaker>,
): NamedSpeaker | null {
  // "Gilberto Teodoro Jr.": a generational suffix closes a name, and is no part of how the article calls them after.
  const words =
    PHRASE_RULES.generationalSuffixes && typed.length > 2 && GENERATIONAL_SUFFIX.test(typed.at(-1) ?? '')
      ? typed.slice(0, -1)
      : typed;
  const roleOf = (upTo: number) => {
    const role = [...roleWords, ...words.slice(0, upTo)].join(' ');
    return role || null;
  };
  // A body named with "of" keeps every word: "Defense" in "Ministry of National Defense" is no title, and "Japan"
  // in "Ministry of Foreign Affairs of Japan" is what the body is of, not the speaker.
  const body = words.some((word) => NAME_JOINERS.has(lower(word))) && guessKind(words) === 'institution';
  const joinerAt = body ? words.findIndex((word) => NAME_JOINERS.has(lower(word))) : words.length;
  for (let from = 0; from < words.length && from < joinerAt; from++) {
    const name = words.slice(from).join(' ');
    const known = local.get(nameKey(name)) ?? directory.byName(name);
    // "Senator Imee Marcos" after "President Ferdinand Marcos": another given name before the family name is
    // another person of that family, named in full for the first time.
    if (known && PHRASE_RULES.sharedFamilyNames && from === words.length - 1 && otherGivenName(words, known)) break;
    if (known) return { speaker: known, name, role: roleOf(from) };
  }
  const lastTitle = body ? -1 : words.reduce((at, word, index) => (isTitleWord(word) ? index : at), -1);
  const nameWords = words.slice(lastTitle + 1);
  if (lower(nameWords[0] ?? '') === 'the') nameWords.shift();
  // "I'm Hannah Vidal-Moss, and for the next hour ...": a writer introducing themselves; "I'm" is no part of the name.
  if (PHRASE_RULES.selfIntroduction && SELF_INTRODUCTION.test(nameWords[0] ?? '')) nameWords.shift();
  if (nameWords.length === 0 || nameWords.some((word, i) => NOT_NAMES.has(lower(word)) && !compassInName(nameWords, i)))
    return null;
  const name = nameWords.join(' ');
  const hasRole = lastTitle >= 0 || roleWords.length > 0;
  if (nameWords.length === 1) {
    const short = directory.byShortName(name);
    if (short) return { speaker: short, name, role: roleOf(lastTitle + 1) };
    if (!hasRole) return null;
  }
  const kind = guessKind(nameWords);
  // A person's name runs to four words, particles aside ("Luiz Inácio Lula da Silva"); a body's may run longer
  // ("China's Ministry of National Defense").
  const counted = nameWords.filter((word) => !(PHRASE_RULES.nameParticles && NAME_PARTICLES.has(word))).length;
  if (counted > (kind === 'person' ? 4 : 7)) return null;
  // "North Korean state media said": a people's adjective is nobody's name; the country speaks.
  const country = kind === 'person' && PHRASE_RULES.peopleAdjectives && !hasRole ? countryOfPeople(name) : null;
  if (country)
    return {
      speaker: directory.byName(country) ?? { canonical: country, kind: 'state', memberOf: null },
      name,
      role: null,
    };
  return {
    speaker: { canonical: name, kind, memberOf: null },
    name,
    role: roleOf(lastTitle + 1),
  };
}

/**
 * Whether a name's last word is a known person's family name and the word before it a given name that is not
 * theirs ("Imee Marcos", Ferdinand Marcos known): three letters or more, and no common word, title, description,
 * place or people.
 */
function otherGivenName(words: readonly string[], known: KnownSpeaker): boolean {
  const parts = known.canonical.split(/\s+/);
  const word = words.at(-2);
  if (!word || known.kind !== 'person' || parts.length < 2) return false;
  if (lower(parts.at(-1) ?? '') !== lower(words.at(-1) ?? '')) return false;
  if (!/^\p{Lu}\p{Ll}{2,}(?:-\p{L}+)?$/u.test(word) || isTitleWord(word) || isModifier(word)) return false;
  // "When Marcos said ...", "Sir Marcos": a common word is no given name.
  if (NOT_NAMES.has(lower(word)) || isCommonEnglishWord(word) || isPlaceName(word) || placeOfPeople(word)) return false;
  return !parts.some((part) => lower(part) === lower(word));
}

/** The place whose people's adjective a name of two words or more is: "North Korean", "South Korean". */
function countryOfPeople(words: string): string | null {
  return /\s/u.test(words) ? placeOfPeople(words) : null;
}

function guessKind(nameWords: readonly string[]): SpeakerKind {
  // "Ministry of National Defense": a body word before "of" names a body too.
  const ofAt = nameWords.findIndex((word) => NAME_JOINERS.has(lower(word)));
  const head = ofAt > 0 ? nameWords[ofAt - 1] : nameWords.at(-1);
  return BODY_WORDS.has(lower(head ?? '')) ? 'institution' : 'person';
}
