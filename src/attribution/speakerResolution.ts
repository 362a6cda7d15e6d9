/**
 * Who a speaker phrase names, at a point in an article: a name (in the speakers table or not), a pronoun ("he",
 * "it") or a description ("the Foreign Ministry official", "the outlet") referring back to the last speaker of its
 * kind, "the two officials" as the last people named. The article's memory of who spoke is kept in ArticleState.
 */
import { ALIAS_GROUPS } from '../search/aliases.ts';
import { englishRank } from '../search/englishWords.ts';
import { countriesOfAdjective, isCommonWord, isPlaceName } from '../search/wordNet.ts';
import { BODY_WORDS, DESCRIPTION_HEADS, ROLE_NOUNS, TITLE_WORDS } from './lexicon.ts';
import { nameKey, type KnownSpeaker, type SpeakerDirectory } from './speakerDirectory.ts';
import { resolveName, wordsOf, type SpeakerPhrase, type Word } from './speakerPhrase.ts';
import type { SpeakerKind, Span } from './types.ts';

/** A speaker as one statement names it. */
export interface Attributed {
  speaker: KnownSpeaker;
  role: string | null;
  mention: string;
}

/** What the article has said so far about who speaks: pronouns and descriptions are resolved against it. */
export class ArticleState {
  readonly local = new Map<string, KnownSpeaker>();
  readonly roles = new Map<string, string>();
  private readonly lastOfKind = new Map<SpeakerKind, Attributed>();
  private lastBody: Attributed | null = null;
  last: { who: Attributed; passage: number } | null = null;
  /** A person who is the subject of a sentence after the last statement, in the same passage: "he" may be them. */
  subject: { who: Attributed; passage: number } | null = null;
  /** The last person a transcript's label named: who answers its "A:" turns. */
  turnSpeaker: Attributed | null = null;
  /** Where someone unnamed was last brought in by a role ("a senior official", "an envoy"), by the role's head. */
  private readonly unnamedAt = new Map<string, number>();
  private lastPersonAt = -1;

  constructor(readonly directory: SpeakerDirectory) {}

  /** A person or body named in full: later sentences may use the family name ("Mao") or the first name alone. */
  introduce(speaker: KnownSpeaker, name: string): void {
    this.local.set(nameKey(name), speaker);
    const parts = name.split(/\s+/);
    if (speaker.kind === 'person' && parts.length > 1) {
      for (const part of [parts[0], parts.at(-1)])
        if (part && !this.local.has(nameKey(part))) this.local.set(nameKey(part), speaker);
    }
  }

  spoke(who: Attributed, passage: number): void {
    this.last = { who, passage };
    this.subject = null;
    // Of two people with one family name ("Kim Jong Un", "Kim Hong-kyun"), "Kim said" is the one who spoke last.
    const parts = who.speaker.canonical.split(/\s+/);
    if (who.speaker.kind === 'person' && parts.length > 1)
      for (const part of [parts[0], parts.at(-1)])
        if (part && this.local.has(nameKey(part))) this.local.set(nameKey(part), who.speaker);
    this.lastOfKind.set(who.speaker.kind, who);
    if (who.speaker.kind === 'person') this.lastPersonAt = passage;
    if (who.speaker.kind !== 'person') this.lastBody = who;
    if (who.role && who.mention !== who.role) this.roles.set(who.speaker.canonical, who.role);
  }

  lastOf(kind: SpeakerKind): Attributed | null {
    return kind === 'person'
      ? (this.lastOfKind.get('person') ?? null)
      : kind === 'institution'
        ? this.lastBody
        : (this.lastOfKind.get(kind) ?? null);
  }

  /** Notes the people a passage brings in unnamed, once its statements are read. */
  noteUnnamed(text: string, passage: number): void {
    for (const head of unnamedHeadsIn(text)) this.unnamedAt.set(head, passage);
  }

  /**
   * Whether someone unnamed with this role came in after the last person who spoke (in an earlier passage, or
   * in this one before the description): "the official" is then them, not the last person named.
   */
  unnamedSinceLastPerson(head: string, textBefore: string): boolean {
    if ((this.unnamedAt.get(head) ?? -1) > this.lastPersonAt) return true;
    return unnamedHeadsIn(textBefore).has(head);
  }

  roleOf(speaker: KnownSpeaker): string | null {
    return this.roles.get(speaker.canonical) ?? null;
  }

  /**
   * The one person the article brought in with a title holding this word ("Ambassador (ret.) Douglas Fitch" for
   * "the ambassador"), or null when none or several were.
   */
  titledBy(head: string): KnownSpeaker | null {
    const titled = new Set(
      [...this.local.values()].filter(
        (speaker) =>
          speaker.kind === 'person' &&
          (this.roles.get(speaker.canonical) ?? '')
            .toLowerCase()
            .split(/[^\p{L}-]+/u)
            .includes(head),
      ),
    );
    return titled.size === 1 ? ([...titled][0] ?? null) : null;
  }
}

/** "a senior official", "an envoy", "another diplomat": a person brought in by a role, up to three words before it. */
const UNNAMED_PERSON = /\b(?:an?|another)\s+((?:[\p{L}-]+\s+){0,3}[\p{L}-]+)/giu;

/** The roles of the people a text brings in unnamed. */
export function unnamedHeadsIn(text: string): Set<string> {
  const heads = new Set<string>();
  for (const match of text.matchAll(UNNAMED_PERSON)) {
    // "Kim Seol-hwa, an official at ...": a named person's post.
    if (RESOLUTION_RULES.appositivePosts && APPOSITION_BEFORE.test(text.slice(0, match.index))) continue;
    const role = (match[1] ?? '')
      .split(/\s+/)
      .map((word) => word.toLowerCase())
      .find((word) => DESCRIPTION_HEADS[word] === 'person');
    if (role) heads.add(role);
  }
  return heads;
}

/** "at the Foreign Ministry", "for China's Ministry of National Defense": the body after an unnamed person's role. */
const BODY_AFTER_ROLE =
  /^\s+(?:for|with|at|of|from|in)\s+(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+(?:of|for|\p{Lu}[\p{L}'’.-]*))*/u;

/**
 * A full name and a comma right before: what follows is in apposition to the name ("Kim Seol-hwa, an official"),
 * unless a preposition makes it a place ("In New York, a spokesperson").
 */
const APPOSITION_BEFORE =
  /(?<!\b(?:in|at|from|of|on|near|across)\s+)(?<![\p{L}'’-])(?!(?:In|At|From|On|Near|Across)\s)\p{Lu}[\p{L}'’-]*\s+\p{Lu}[\p{L}'’-]*,\s*$/u;

/**
 * The words of the last person the text brings in unnamed with this role ("Japanese defence official", "senior
 * official at the Foreign Ministry"), up to the role and the body after it; null when it brings in none.
 */
function unnamedBroughtIn(head: string, before: string): string[] | null {
  let words: string[] | null = null;
  for (const match of before.matchAll(UNNAMED_PERSON)) {
    const phrase = match[1] ?? '';
    const at = phrase.split(/\s+/).findIndex((word) => word.toLowerCase() === head);
    if (at < 0) continue;
    // "Kim Seol-hwa, an official at the ...": the last with the role is a named person's post, not someone unnamed.
    if (RESOLUTION_RULES.appositivePosts && APPOSITION_BEFORE.test(before.slice(0, match.index))) {
      words = null;
      continue;
    }
    const upToRole = new RegExp(`^(?:[\\p{L}-]+\\s+){${at}}[\\p{L}-]+`, 'u').exec(phrase)?.[0] ?? phrase;
    const roleEnd = (match.index ?? 0) + match[0].length - phrase.length + upToRole.length;
    const body = BODY_AFTER_ROLE.exec(before.slice(roleEnd))?.[0].replace(/(?:\s+(?:of|for))+$/u, '') ?? '';
    words = `${upToRole}${body}`.trim().split(/\s+/);
  }
  return words;
}

/** Bodies that speak as the state itself: "the government said" after Japan spoke is Japan. */
const STATE_ITSELF = new Set(['government', 'cabinet', 'administration']);

/** A phrase resolved to its speakers, and where it stands. */
export interface Found {
  who: Attributed[];
  start: number;
  end: number;
}

/** Who a speaker phrase names, in this article at this point. */
export function resolvePhrase(
  phrase: SpeakerPhrase,
  state: ArticleState,
  masked: string,
  sentence: Span,
  text: string,
): Found | null {
  const mention = text.slice(phrase.start, phrase.end);
  const found = (who: Attributed[]) => (who.length > 0 ? { who, start: phrase.start, end: phrase.end } : null);
  switch (phrase.type) {
    case 'pronoun': {
      const kind = phrase.word === 'it' ? 'institution' : 'person';
      // "Lai's inaugural address on Monday, in which he said ...": the person whose speech the clause is in.
      const speechOwner = kind === 'person' ? ownerOfSpeech(text.slice(sentence.start, phrase.start), state) : null;
      if (speechOwner) return found([{ ...speechOwner, mention }]);
      // "Biden opens by calling the summit “historic.” “We are making history today,” he says.": the person the
      // previous sentence was about, when nobody has spoken since.
      const antecedent = (kind === 'person' ? state.subject?.who : null) ?? state.lastOf(kind);
      return antecedent
        ? found([{ speaker: antecedent.speaker, role: state.roleOf(antecedent.speaker), mention }])
        : null;
    }
    case 'plural': {
      const people = peopleNamedIn(masked, { start: sentence.start, end: phrase.start }, state).slice(-phrase.count);
      return people.length === phrase.count ? found(people.map((person) => ({ ...person, mention }))) : null;
    }
    case 'description': {
      const rest = phrase.words.join(' ');
      const named = state.directory.byName(rest) ?? state.directory.byDescription(rest);
      if (named) return found([{ speaker: named, role: null, mention }]);
      const kind = DESCRIPTION_HEADS[phrase.head];
      if (!kind) return null;
      // "the Nikkei Asia news website": a name of the same kind inside the description.
      const inner = nameInside(phrase.words.slice(0, -1), kind, state);
      if (inner) return found([{ speaker: inner.speaker, role: phrase.words.slice(inner.end).join(' '), mention }]);
      // "A NATO spokesperson said ... the spokesperson added": the unnamed person who spoke last, for their body.
      const last = state.last?.who;
      if (
        kind === 'person' &&
        last &&
        last.speaker.kind !== 'person' &&
        /^an?\s/iu.test(last.mention) &&
        wordsOf(last.mention).some((word) => word.text.toLowerCase() === phrase.head)
      )
        return found([{ speaker: last.speaker, role: last.role, mention }]);
      // "China's embassy in Canberra issued a statement ... The embassy said": the body this passage named with the
      // description's head word, though it had not spoken yet.
      if (kind === 'institution') {
        const named = bodyNamedBefore(phrase.head, text.slice(0, phrase.start), state);
        if (named) return found([{ speaker: named, role: null, mention }]);
      }
      // "Ambassador Douglas Fitch, who served in Seoul, ... The ambassador opened with a story": before anyone has
      // spoken, the one person brought in with that title.
      const titled =
        kind === 'person' && RESOLUTION_RULES.titledAntecedent && !state.lastOf(kind)
          ? state.titledBy(phrase.head)
          : null;
      if (titled) return found([{ speaker: titled, role: state.roleOf(titled), mention }]);
      const antecedent = state.lastOf(kind);
      if (!antecedent) return null;
      // "Japan said ... / Taiwan will stage drills, the defence ministry said": a ministry or an agency is a body of
      // a state, and never the state itself that spoke last (its government or cabinet may be).
      if (
        RESOLUTION_RULES.bodyNotState &&
        kind === 'institution' &&
        antecedent.speaker.kind === 'state' &&
        BODY_WORDS.has(phrase.head) &&
        !STATE_ITSELF.has(phrase.head)
      )
        return null;
      // "Stoltenberg said ... A senior official at the Élysée, briefing reporters, said ... "...," the official
      // said": the official is the one brought in since, unnamed, not the last person named.
      if (kind === 'person' && state.unnamedSinceLastPerson(phrase.head, text.slice(0, phrase.start))) {
        // `A Japanese defence official, speaking on condition of anonymity, ... "...," the official said`: that
        // official, for the country or body they were brought in with.
        const brought = RESOLUTION_RULES.unnamedAntecedent
          ? unnamedBroughtIn(phrase.head, masked.slice(0, phrase.start))
          : null;
        const who = brought ? speakerForUnnamed(brought, phrase.head, state) : null;
        return who ? found([{ ...who, mention }]) : null;
      }
      const role = kind === 'person' ? (state.roleOf(antecedent.speaker) ?? rest) : null;
      return found([{ speaker: antecedent.speaker, role, mention }]);
    }
    case 'unnamed': {
      const who = speakerForUnnamed(phrase.words, phrase.head, state);
      return who ? found([{ ...who, mention }]) : null;
    }
    case 'name': {
      if (phrase.body) {
        // A body named by its shape is that body, not the place or body its name ends with ("... in Manila").
        const name = phrase.words.join(' ');
        const speaker = state.directory.byName(name) ?? {
          canonical: name,
          kind: 'institution' as const,
          memberOf: null,
        };
        return found([{ speaker, role: null, mention }]);
      }
      const named = resolveName(phrase.words, phrase.roleWords, state.directory, state.local);
      if (!named) return null;
      state.introduce(named.speaker, named.name);
      return found([{ speaker: named.speaker, role: named.role, mention }]);
    }
  }
}

/**
 * Who someone unnamed speaks for: the body the phrase names ("a spokesman for the DPRK Ministry of National
 * Defence"), a country by its people's adjective ("a senior French diplomat"), or a body by its acronym ("a senior
 * DFA official"); the phrase is their role.
 */
function speakerForUnnamed(
  words: readonly string[],
  head: string,
  state: ArticleState,
): { speaker: KnownSpeaker; role: string } | null {
  const role = words.join(' ');
  const of = words.findIndex((word, i) => i > 0 && /^(?:for|with|at|of|from|in)$/i.test(word));
  const body = of > 0 ? resolveName(words.slice(of + 1), [], state.directory, state.local) : null;
  // "a spokesman for the DPRK Ministry of National Defence": the ministry named whole, not the state inside it.
  const bodyWords = words.slice(of + 1).filter((word, i) => i > 0 || word.toLowerCase() !== 'the');
  if (body && body.speaker.kind === 'institution' && body.name === bodyWords.join(' '))
    return { speaker: body.speaker, role };
  const inner = nameInside(words, 'institution', state);
  if (inner) return { speaker: inner.speaker, role };
  // "a Japanese official", "a senior French diplomat": someone unnamed of a country, who speaks for it.
  // "A Chinese diplomat in Canberra": where someone is posted is not whom they speak for.
  const posted = of > 0 && RESOLUTION_RULES.postedAbroad && /^(?:in|at)$/i.test(words[of] ?? '') && !body;
  const country = of < 0 ? countryOfPeople(words, state) : posted ? countryOfPeople(words.slice(0, of), state) : null;
  // "a retired South Korean general", "a former Japanese diplomat": no longer in office, they speak for no state.
  if (country && RESOLUTION_RULES.formerNotState && words.some((word) => FORMER.test(word))) return null;
  if (country) return { speaker: country, role };
  if (body && body.speaker.kind !== 'person') return { speaker: body.speaker, role };
  // "a senior official at the Foreign Ministry", "a senior DFA official": a body the speakers table does not
  // know, named by capitalised words with a body's head word, or by an acronym before the role.
  const named = of > 0 ? unknownBody(bodyWords) : acronymBefore(words, head);
  return named ? { speaker: { canonical: named, kind: 'institution', memberOf: null }, role } : null;
}

/** The speaker with the role the sentence gives it, which later mentions of a person keep. */
export function withRole(who: Attributed, role: string, state: ArticleState): Attributed {
  if (who.speaker.kind === 'person') state.roles.set(who.speaker.canonical, role);
  return { ...who, role };
}

/** A table name among a description's words whose kind matches the description's head, and the index after it. */
export function nameInside(
  words: readonly string[],
  kind: SpeakerKind,
  state: ArticleState,
): { speaker: KnownSpeaker; end: number } | null {
  for (let length = words.length; length > 0; length--) {
    for (let from = 0; from + length <= words.length; from++) {
      const speaker = state.directory.byName(words.slice(from, from + length).join(' '));
      if (speaker && (speaker.kind === kind || (kind === 'institution' && speaker.kind === 'state')))
        return { speaker, end: from + length };
    }
  }
  return null;
}

/**
 * The last body the text names with this head word: "China's embassy in Canberra", "The Japanese Foreign Ministry"
 * (capitalised words, a possessive, then the head, perhaps "in/of/for" and more capitalised words); the speakers
 * table's when it knows the name, else a body of that name.
 */
function bodyNamedBefore(head: string, before: string, state: ArticleState): KnownSpeaker | null {
  const word = `[${head.charAt(0).toUpperCase()}${head.charAt(0)}]${head.slice(1)}`;
  const name = `\\p{Lu}[\\p{L}.-]*`;
  const pattern = new RegExp(
    `((?:${name}(?:['’]s)?\\s+)+)${word}\\b((?:\\s+(?:in|of|for|to)\\s+(?:the\\s+)?${name}(?:\\s+${name})*)?)`,
    'gu',
  );
  const last = [...before.matchAll(pattern)].at(-1);
  if (!last) return null;
  const owner = (last[1] ?? '').trim().replace(/^The\s+/u, '');
  if (!owner) return null;
  const full = `${owner} ${before.slice((last.index ?? 0) + (last[1] ?? '').length).match(new RegExp(`^${word}`, 'u'))?.[0] ?? head}${last[2] ?? ''}`;
  const known = state.directory.byName(full) ?? state.local.get(nameKey(full));
  if (known && known.kind !== 'person') return known;
  const withoutPlace = `${owner} ${head}`;
  const knownBody = state.directory.byName(withoutPlace);
  if (knownBody && knownBody.kind !== 'person') return knownBody;
  return { canonical: full.replace(/\s+/g, ' '), kind: 'institution', memberOf: null };
}

/** "Foreign Ministry", "Ministry of Defence": capitalised words (and "of") ending in or holding a body's head word. */
function unknownBody(words: readonly string[]): string | null {
  if (words.length === 0 || words.length > 6) return null;
  if (!words.every((word) => /^\p{Lu}/u.test(word) || word === 'of')) return null;
  return words.some((word) => BODY_WORDS.has(word.toLowerCase())) ? words.join(' ') : null;
}

/** "a senior DFA official": an all-capitals acronym right before the role. */
function acronymBefore(words: readonly string[], head: string): string | null {
  const at = words.findIndex((word) => word.toLowerCase() === head);
  const before = words[at - 1] ?? '';
  return at > 0 && /^\p{Lu}{2,6}$/u.test(before) ? before : null;
}

/**
 * The country a phrase's people's adjective is of ("Japanese", "South Korean", "French"): the speakers table's state
 * a question would call so, else the country WordNet gives the adjective, as a state of its own.
 */
function countryOfPeople(words: readonly string[], state: ArticleState): KnownSpeaker | null {
  const capitalised = words.filter((word) => /^\p{Lu}/u.test(word));
  for (let length = Math.min(2, capitalised.length); length > 0; length--) {
    for (let from = 0; from + length <= capitalised.length; from++) {
      const adjective = capitalised.slice(from, from + length).join(' ');
      const group = ALIAS_GROUPS.find((names) => names.some((name) => nameKey(name) === nameKey(adjective)));
      const known = group?.map((name) => state.directory.byName(name)).find((speaker) => speaker?.kind === 'state');
      if (known) return known;
      if (length > 1) continue;
      const country = countriesOfAdjective(adjective)[0];
      if (country) return state.directory.byName(country) ?? { canonical: country, kind: 'state', memberOf: null };
    }
  }
  return null;
}

/** People named in a stretch of a sentence, in order: "the two officials" are the last two of them. */
function peopleNamedIn(masked: string, span: Span, state: ArticleState): Attributed[] {
  const people: Attributed[] = [];
  const words = wordsOf(masked.slice(span.start, span.end), span.start);
  for (const { run } of capitalisedRuns(masked, words, /^[\p{Lu}\p{N}]/u)) {
    const named = resolveName(run, [], state.directory, state.local);
    if (
      named &&
      named.speaker.kind === 'person' &&
      !people.some((person) => person.speaker.canonical === named.speaker.canonical)
    ) {
      state.introduce(named.speaker, named.name);
      people.push({ speaker: named.speaker, role: named.role ?? state.roleOf(named.speaker), mention: named.name });
    }
  }
  return people;
}

/**
 * The runs of capitalised words of a text, a single space apart ("Defense Minister Yasukazu Hamada"), a run going
 * on while its next word matches `goesOn`; each with the word before it.
 */
function* capitalisedRuns(
  masked: string,
  words: readonly Word[],
  goesOn: RegExp,
): Generator<{ run: string[]; before: string | undefined }> {
  let at = 0;
  while (at < words.length) {
    if (!/^\p{Lu}/u.test(words[at]?.text ?? '')) {
      at++;
      continue;
    }
    let to = at + 1;
    while (to < words.length && goesOn.test(words[to]?.text ?? '') && adjacent(masked, words[to - 1], words[to])) to++;
    yield { run: words.slice(at, to).map((word) => word.text), before: words[at - 1]?.text };
    at = to;
  }
}

function adjacent(masked: string, previous: Word | undefined, next: Word | undefined): boolean {
  return !previous || !next || /^\s+$/u.test(masked.slice(previous.end, next.start));
}

/** Whether a text holds any title or person's role at all: most passages are passed over on this one test. */
const ANY_TITLE = new RegExp(
  `\\b(?:${[
    ...TITLE_WORDS,
    ...Object.keys(DESCRIPTION_HEADS).filter((word) => DESCRIPTION_HEADS[word] === 'person'),
    ...ROLE_NOUNS,
  ]
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|')})\\b`,
  'i',
);

/** A word naming a person's role: "Spokesperson Tan Kefei", "his counterpart Lee Jong-sup". */
const PERSON_ROLE = (word: string) =>
  DESCRIPTION_HEADS[word.toLowerCase()] === 'person' || ROLE_NOUNS.has(word.toLowerCase());

/**
 * Every person a passage names with a title or role ("Spokesperson Tan Kefei made the remarks", "Defense Minister
 * Yasukazu Hamada and his South Korean counterpart Lee Jong-sup"), introduced to the article whether or not they
 * speak there, so a later sentence may name them by one name ("Tan said", "Hamada told reporters").
 */
export function introducePeople(masked: string, state: ArticleState): Attributed[] {
  const introduced: Attributed[] = [];
  if (!ANY_TITLE.test(masked)) return introduced;
  for (const { run, before } of capitalisedRuns(masked, wordsOf(masked), /^\p{Lu}/u)) {
    let first = 0;
    while (first < run.length && PERSON_ROLE(run[first] ?? '')) first++;
    const roleBefore = PERSON_ROLE(before ?? '') || first > 0;
    // Only a run with a title or role can introduce anyone: most runs are places and bodies, and are passed over.
    const titled = roleBefore || run.some((word) => TITLE_WORDS.has(word.toLowerCase().replace(/\.$/, '')));
    const named =
      titled && run.length >= 2
        ? resolveName(run.slice(first), run.slice(0, first), state.directory, state.local)
        : null;
    if (
      named &&
      named.speaker.kind === 'person' &&
      named.name.split(/\s+/).length >= 2 &&
      (roleBefore || named.role !== null)
    ) {
      state.introduce(named.speaker, named.name);
      // The role they are introduced with is theirs in the article until a statement gives another.
      if (named.role && !state.roles.has(named.speaker.canonical)) state.roles.set(named.speaker.canonical, named.role);
      introduced.push({
        speaker: named.speaker,
        role: named.role ?? state.roleOf(named.speaker),
        mention: named.name,
      });
    }
  }
  return introduced;
}

/**
 * People a passage names in full without a title ("three days after Lai Ching-te was sworn in"), introduced so a
 * later "Lai said" is them: a run of two or three capitalised words, none of them an English word or a place
 * ("Camp David", "Taiwan Strait", "Eastern Theater Command" are passed over), that names no one the article knows.
 */
export function introduceUntitledNames(masked: string, state: ArticleState): void {
  // Most passages hold no two name-shaped words in a row: passed over before they are cut into words.
  if (!TWO_NAME_WORDS.test(masked)) return;
  for (const { run: whole, before } of capitalisedRuns(masked, wordsOf(masked), /^\p{Lu}/u)) {
    // "For Shigeru Obata, head of ...", "Principal Sachiko Oyama said": capitalised words of English before the name
    // (a sentence's first word, a title or a trade) are no part of it.
    const opening = RESOLUTION_RULES.openingWordsApart ? openingWordsOf(whole) : 0;
    const run = whole.slice(opening);
    const preceding = opening > 0 ? whole[opening - 1] : before;
    if (run.length < 2 || run.length > 3 || preceding?.toLowerCase() === 'the') continue;
    if (!run.every(isNameWord)) continue;
    const named = resolveName(run, [], state.directory, state.local);
    if (named?.speaker.kind === 'person' && named.name === run.join(' ') && !state.local.has(nameKey(named.name)))
      state.introduce(named.speaker, named.name);
  }
}

/**
 * How many words of English open a run of capitalised words, leaving two at least for the name ("For", "Principal").
 */
function openingWordsOf(run: readonly string[]): number {
  let opening = 0;
  while (run.length - opening > 2 && englishRank((run[opening] ?? '').toLowerCase()) !== undefined) opening++;
  return opening;
}

/** Two capitalised words in a row, the shape of a full name. */
const TWO_NAME_WORDS = /\p{Lu}\p{Ll}+(?:-\p{Ll}+)?\s+\p{Lu}\p{Ll}/u;

/** A word only a name can be: capitalised then lower case ("Ching-te"), no English word, no place, no title. */
function isNameWord(word: string): boolean {
  return (
    /^\p{Lu}\p{Ll}+(?:-\p{Ll}+)?$/u.test(word) &&
    !TITLE_WORDS.has(word.toLowerCase()) &&
    !isCommonWord(word) &&
    englishRank(word.toLowerCase()) === undefined &&
    !isPlaceName(word)
  );
}

/** "X's address (on Monday), in which": a person's speech that a relative clause opens into, at the end of a text. */
const SPEECH_OPENED =
  /(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2})['’]s\s+(?:[\p{L}-]+\s+){0,2}?(?:address|speech|remarks|statement|interview|letter|message|comments|testimony|briefing|post)\b[^.;]{0,60}?,?\s+(?:in\s+which|during\s+which|where)\s*$/u;

/** The person whose speech a pronoun's clause is in ("in which he said"), as the article has introduced them. */
function ownerOfSpeech(before: string, state: ArticleState): Omit<Attributed, 'mention'> | null {
  if (!RESOLUTION_RULES.speechOwners) return null;
  const owner = SPEECH_OPENED.exec(before)?.[1];
  const named = owner ? resolveName(owner.split(/\s+/), [], state.directory, state.local) : null;
  return named?.speaker.kind === 'person' ? { speaker: named.speaker, role: state.roleOf(named.speaker) } : null;
}

/** A word saying someone no longer holds the post their role names. */
const FORMER = /^(?:former|retired|ex|ex-\p{L}+)$/iu;

/** Switches for the rules here, so that a test can show what each one does. */
export const RESOLUTION_RULES = {
  /** "a former Japanese diplomat said": one out of office is no voice of the state. */
  formerNotState: true,
  speechOwners: true,
  /** "For Shigeru Obata, head of ...": capitalised words of English before a full name are passed over to find it. */
  openingWordsApart: true,
  titledAntecedent: true,
  unnamedAntecedent: true,
  appositivePosts: true,
  postedAbroad: true,
  bodyNotState: true,
};
