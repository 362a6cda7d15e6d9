/**
 * Speakers as a question describes them rather than names them ("the Chinese defense ministry", "Seoul's leader",
 * "the head of the Sado fishing cooperative"): which of the coverage's speakers a description fits, read against
 * each speaker's name, the body it speaks for and the roles its articles give it.
 */
import { LEAD_DATELINE } from '../corpus/boilerplatePatterns.ts';
import { escapeRegExp, WORD_END, WORD_START } from '../regExpText.ts';
import { acronymsOf } from '../search/acronyms.ts';
import { regionalSpellings } from '../search/spelling.ts';
import { tokensOf } from '../search/analyzer.ts';
import { typedAsAcronym } from '../search/analyzeQuestion.ts';
import { ALIAS_GROUPS } from '../search/aliases.ts';
import { ANYONE_NOUNS } from '../search/anyoneNouns.ts';
import { isCommonEnglishWord } from '../search/englishWords.ts';
import { STOP_WORDS } from '../search/stopWords.ts';
import {
  continentOf,
  countriesOfAdjective,
  countryOfCapital,
  countryNamesOf,
  isPlaceName,
  isPlacePhrase,
  liesIn,
  placeOfPeople,
} from '../search/wordNet.ts';
import { speakerSummary, type Attribution, type SpeakerSummary } from './attribution.ts';
import { isCommentatorRole, isRoleWord, ROLE_KIN } from './lexicon.ts';

/** Role words that name a state as a whole: any of its officials or bodies speaks for it. */
const WHOLE_STATE: ReadonlySet<string> = new Set([
  'government',
  'administration',
  'authorities',
  'leadership',
  'state',
]);
/**
 * A state's leader ("Seoul's leader", "the Japanese leader") is whoever leads it under its own title: the roles
 * that word stands for.
 */
/** A head of state or of government: any leader's title fits (not the head of a division). */
const HEAD_OF_STATE = /\bheads?\s+of\s+(?:state|government)\b/i;
const LEADER_TITLES = ['president', 'prime minister', 'premier', 'chancellor', 'king', 'emperor', 'supreme leader'];

/**
 * Speakers a description fits: one of its names, or a name meaning the same ("Beijing's" for "Chinese"), is in the
 * speaker's name or roles, and so is one of its role words when it has any ("foreign ministry spokesperson").
 */
export function describedSpeakers(typed: string, roles: readonly string[], attribution: Attribution): string[] {
  // "an Osaka-based researcher" is one at a place in Osaka: the place is the name to find.
  const phrase = typed.replace(/(\p{L})-(?:based|born|headquartered)\b/gu, '$1');
  const fitting = speakersFitting(phrase, roles, attribution);
  if (fitting.length > 0) return fitting;
  // "the Herzliya analyst" for the "head of the Asia program at the Mediterranean Strategy Forum in Herzliya": readers
  // call any commentator an analyst or an expert, though no article does. Only the one person the description's names
  // fit, and one the speakers table puts in no body.
  if (DESCRIPTION_RULES.commentatorsByPlace && roles.length > 0 && roles.every(isCommentatorRole)) {
    const people = speakersFitting(phrase, [], attribution).filter((speaker) => {
      const summary = speakerSummary(attribution, speaker);
      // Held to no office either: "a Seoul official" is no commentator, whoever else heads a programme.
      const office = (summary?.roles ?? []).some((role) =>
        role
          .toLowerCase()
          .split(/[^\p{L}]+/u)
          .some((word) => isRoleWord(word) && !isCommentatorRole(word) && !HEADING_ROLE.test(word)),
      );
      return summary?.kind === 'person' && summary.memberOf === null && !office;
    });
    if (people.length === 1) return people;
  }
  if (!roles.every((role) => GENERIC_OFFICIAL.test(role))) return fitting;
  // "Which Moscow official said ...": readers call any officeholder an official, though no article does. Only when
  // no speaker is called one, and only a description with nothing else to it ("a Moscow defence official" is not
  // Russia's foreign ministry spokeswoman).
  const otherWords = phrase
    .split(/\s+/)
    .filter((word) => /^\p{Ll}{3,}$/u.test(word) && !STOP_WORDS.has(word) && !GENERIC_OFFICIAL.test(word));
  if (otherWords.length > 0) return [];
  const officeholders = new Set(
    attribution.speakers
      .filter((summary) => summary.kind === 'person' && (summary.roles.length > 0 || summary.memberOf !== null))
      .map((summary) => summary.speaker),
  );
  return speakersFitting(phrase, [], attribution).filter((speaker) => officeholders.has(speaker));
}

/** Switches for the rules here, so the eval can print what each one is worth (ablation). */
export const DESCRIPTION_RULES = {
  datelinePlaced: true,
  continents: true,
  otherPlaceNamed: true,
  leadingVerbs: true,
  acronymsAsTyped: true,
  /** "a Defence official": a capitalised common word no speaker speaks for is a department's, not a speaker's name. */
  commonWordsUnnamed: true,
  /** "the Swedish envoy": a people's adjective names its country too. */
  adjectiveCountries: true,
  /** "an Indian foreign ministry official": a country the description names is no other country's official's. */
  roleCountries: true,
  /** "the PRC spokesperson": a country's other name in WordNet names it as the coverage does ("Chinese", "China"). */
  countrySynonyms: true,
  /** "the north korean guy", "the dprk bloke": a noun for anyone at all is no description the speaker must answer. */
  anyoneNouns: true,
  /** "the Herzliya analyst": a commentator's role word no article gives stands for the one person the place fits. */
  commentatorsByPlace: true,
  /** "the head of the X think tank": a role of one at the head of something fits another ("director", "chair"). */
  headingRolesKin: true,
};

/** A role of one at the head of something, and the verbs a page describes such a person by ("who leads MHI's ..."). */
const HEADING_ROLE = /^(?:chief|head|director|boss|leader|chairman|chairwoman|chair)$/;
const HEADING_VERB = /\b(?:leads|led|heads|headed|runs|ran|directs|directed|chairs|chaired|oversees|oversaw)\b/;

/**
 * People the articles give a title but no country ("President Yoon Suk Yeol" on a page filed from Seoul), of the
 * country a description names ("South Korea's president", "the Seoul president"): every article they speak in was
 * filed from its capital. A wire story names the country of its own officials no more than its readers need.
 */
function placedByDateline(
  names: readonly string[],
  attribution: Attribution,
  fits: (summary: SpeakerSummary) => boolean,
): SpeakerSummary[] {
  const countries = new Set(
    names.flatMap((name) =>
      [name, countryOfCapital(name) ?? '', ...countriesOfAdjective(name)].map((n) => n.toLowerCase()),
    ),
  );
  countries.delete('');
  if (countries.size === 0) return [];
  // A title that names a country ("French President", "Seoul's envoy") already says whom they speak for.
  const statesCountry = (word: string) =>
    /^\p{Lu}/u.test(word) &&
    (countriesOfAdjective(word).length > 0 || countryOfCapital(word) !== null || isPlaceName(word));
  // Speakers are grouped by the countries their articles were filed from, once: thousands of them at 100k passages.
  const placed = filedSpeakersOf(attribution)
    .filter(({ from }) => from.every((country) => countries.has(country)))
    .flatMap(({ speakers }) => speakers)
    .filter((summary) => fits(summary) && !summary.roles.some((role) => role.split(/[\s'’]+/).some(statesCountry)));
  if (placed.length < 2) return placed;
  // In the attribution's order of speakers, as found one by one.
  const order = new Map(attribution.speakers.map((summary, i) => [summary, i]));
  return placed.sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
}

const filedSpeakers = new WeakMap<Attribution, { from: string[]; speakers: SpeakerSummary[] }[]>();

/**
 * The people who speak for no body, grouped by the countries every article they speak in was filed from; those with
 * an article of no dateline's country are left out. In the order of the attribution's speakers within each group.
 */
function filedSpeakersOf(attribution: Attribution): { from: string[]; speakers: SpeakerSummary[] }[] {
  const known = filedSpeakers.get(attribution);
  if (known) return known;
  const { articlesOf, filedFrom } = filingsOf(attribution);
  const groups = new Map<string, { from: string[]; speakers: SpeakerSummary[] }>();
  for (const summary of attribution.speakers) {
    if (summary.kind !== 'person' || summary.memberOf !== null) continue;
    const from = (articlesOf.get(summary.speaker) ?? []).map((articleId) => filedFrom(articleId));
    if (from.length === 0 || from.some((country) => country === null)) continue;
    const countries = [...new Set(from as string[])].sort();
    const key = countries.join('\n');
    const group = groups.get(key) ?? { from: countries, speakers: [] };
    group.speakers.push(summary);
    groups.set(key, group);
  }
  const made = [...groups.values()];
  filedSpeakers.set(attribution, made);
  return made;
}

/**
 * Speakers of a continent a description names ("a European leader", "which Asian spokeswoman"): those whose
 * country, named or by its people's adjective ("French President Emmanuel Macron", "China"), WordNet places in it.
 * Only when every name of the description is a continent.
 */
function speakersOfContinent(
  phrase: string,
  names: readonly string[],
  attribution: Attribution,
  fits: (summary: SpeakerSummary) => boolean,
): string[] {
  const continents = names.map((name) => continentOf(name));
  if (continents.length === 0 || continents.some((continent) => continent === null)) return [];
  const members = continents.map((continent) => speakersIn(continent ?? '', attribution));
  const found = attribution.speakers.filter(
    (summary) => members.every((inContinent) => inContinent.has(summary)) && fits(summary),
  );
  // "A European diplomat said ...": a description the coverage itself prints is whom it means.
  return found.length > 0 && !printsDescription(phrase, attribution) ? found.map((summary) => summary.speaker) : [];
}

/** Per attribution, the speakers of each continent asked about, found once (thousands of speakers at 100k passages). */
const continentMembers = new WeakMap<Attribution, Map<string, ReadonlySet<SpeakerSummary>>>();

function speakersIn(continent: string, attribution: Attribution): ReadonlySet<SpeakerSummary> {
  const known = continentMembers.get(attribution) ?? new Map<string, ReadonlySet<SpeakerSummary>>();
  continentMembers.set(attribution, known);
  const cached = known.get(continent);
  if (cached) return cached;
  // Many speakers share a place word ("Chinese", "Japanese"): each is looked up in WordNet once.
  const placed = new Map<string, boolean>();
  const liesThere = (run: string) => {
    let there = placed.get(run);
    if (there === undefined) {
      there = liesIn(run, continent) || countriesOfAdjective(run).some((country) => liesIn(country, continent));
      placed.set(run, there);
    }
    return there;
  };
  const members = new Set(
    attribution.speakers.filter((summary) =>
      [summary.speaker, summary.memberOf ?? '', ...summary.roles]
        .flatMap((text) => [...text.matchAll(/\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*/gu)].flatMap(placeWords))
        .some(liesThere),
    ),
  );
  known.set(continent, members);
  return members;
}

const printedDescriptions = new WeakMap<Attribution, Map<string, boolean>>();
const PRINTED_DESCRIPTIONS_KEPT = 1000;

/** Whether a passage prints the description as typed, its article aside ("the European diplomat"); once a description. */
function printsDescription(phrase: string, attribution: Attribution): boolean {
  const described = phrase.replace(/^(?:(?:the|a|an|one|some|that|this)\s+)+/i, '').toLowerCase();
  const known = printedDescriptions.get(attribution) ?? new Map<string, boolean>();
  printedDescriptions.set(attribution, known);
  let prints = known.get(described);
  if (prints === undefined) {
    const printed = new RegExp(`\\b${escapeRegExp(described)}`, 'i');
    prints = attribution.corpus.passages.some((passage) => printed.test(passage.text));
    // Bounded: a bot that runs for months is asked endless descriptions.
    if (known.size >= PRINTED_DESCRIPTIONS_KEPT) known.clear();
    known.set(described, prints);
  }
  return prints;
}

/** The words a run of capitalised words may name a place with: its first one, two or three ("North Korean Foreign Ministry"). */
function placeWords(match: RegExpMatchArray): string[] {
  const words = match[0].split(/\s+/);
  return [1, 2, 3].filter((length) => length <= words.length).map((length) => words.slice(0, length).join(' '));
}

const filings = new WeakMap<
  Attribution,
  { articlesOf: Map<string, string[]>; filedFrom: (articleId: string) => string | null }
>();

/** Each speaker's articles, and the country each article was filed from (its dateline's capital), once per attribution. */
function filingsOf(attribution: Attribution): {
  articlesOf: Map<string, string[]>;
  filedFrom: (articleId: string) => string | null;
} {
  const known = filings.get(attribution);
  if (known) return known;
  const articlesOf = new Map<string, string[]>();
  for (const statement of attribution.statements) {
    const list = articlesOf.get(statement.speaker) ?? [];
    if (!list.includes(statement.articleId)) list.push(statement.articleId);
    articlesOf.set(statement.speaker, list);
  }
  const openings = new Map(
    attribution.corpus.articles.map((article) => [article.meta.id, article.passages[0]?.text ?? '']),
  );
  const countryOf = new Map<string, string | null>();
  const filedFrom = (articleId: string) => {
    if (!countryOf.has(articleId)) {
      // The dateline's place, before its date, its agency or its dash: "SEOUL, July 13 (Yonhap) --" -> SEOUL.
      const place = (openings.get(articleId) ?? '')
        .match(LEAD_DATELINE)?.[0]
        .split(/,|\(|\/|\s+(?:--|[-–—])/)[0]
        ?.trim();
      countryOf.set(articleId, place ? (countryOfCapital(place)?.toLowerCase() ?? null) : null);
    }
    return countryOf.get(articleId) ?? null;
  };
  const made = { articlesOf, filedFrom };
  filings.set(attribution, made);
  return made;
}

/** A role word that fits any holder of a public office. */
const GENERIC_OFFICIAL = /^officials?$/;

function speakersFitting(phrase: string, roles: readonly string[], attribution: Attribution): string[] {
  // Runs of capitalised words, each one name: "South Korea's foreign ministry" names South Korea; a possessive ends
  // a name ("Pyongyang's Japan research centre" names Pyongyang and Japan).
  const names = [...phrase.matchAll(/\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*/gu)].map((match) => match[0].toLowerCase());
  // An acronym stands for the name the coverage spells out: "the ANU academic" describes one of the university.
  const acronyms = acronymsOf(attribution.corpus);
  // The phrase may have had capitals put back ("anu" -> "Anu"): an acronym is looked up in any case.
  // A word of a longer name ("Un" of "Kim Jong Un") is no acronym: two letters are one only after a function word
  // or first ("the EU", "eu officials").
  const phraseWords = phrase.split(/\s+/);
  const acronymAt = (word: string, at: number) =>
    !STOP_WORDS.has(word.toLowerCase()) &&
    typedAsAcronym(
      /^\p{Lu}+$/u.test(word) ? word : word.toLowerCase(),
      at === 0 || STOP_WORDS.has((phraseWords[at - 1] ?? '').toLowerCase()),
    );
  // One the coverage also names otherwise ("DPRK" / North Korea) is looked up by those names instead.
  const aliased = (word: string) =>
    ALIAS_GROUPS.some((group) => group.some((alias) => alias.toLowerCase() === word.toLowerCase()));
  // "The MHI export chief" may be one "who leads MHI's naval export programme": with the rule, the acronym as typed
  // stays a name the spelled-out one stands beside.
  const spelledOut = new Map<string, string[]>();
  for (const [at, word] of phraseWords.entries())
    if (acronymAt(word, at) && !aliased(word))
      for (const spelled of acronyms.get(word.toLowerCase()) ?? []) {
        const at = names.indexOf(word.toLowerCase());
        if (DESCRIPTION_RULES.acronymsAsTyped && at >= 0) {
          spelledOut.set(word.toLowerCase(), [...(spelledOut.get(word.toLowerCase()) ?? []), spelled.words]);
          continue;
        }
        if (at >= 0) names.splice(at, 1);
        names.push(spelled.words);
      }
  // "Japan Research Centre" names the "Japan Research Center": each word also as the other side of the Atlantic spells it.
  const otherSpelling = (name: string) =>
    name
      .split(' ')
      .map((word) => regionalSpellings(word)[0] ?? word)
      .join(' ');
  // A capital stands for its country's government: "a Moscow official" describes a Russian one.
  const countryOf = (name: string) => {
    const country = countryOfCapital(name);
    return country ? [country.toLowerCase()] : [];
  };
  // A people's adjective stands for its country: "the Swedish envoy" is "Sweden's ambassador to Japan".
  const countriesOf = (name: string) =>
    DESCRIPTION_RULES.adjectiveCountries && !name.includes(' ')
      ? countriesOfAdjective(name).map((country) => country.toLowerCase())
      : [];
  const aliasesOf = (name: string) =>
    (ALIAS_GROUPS.find((group) => group.some((alias) => alias.toLowerCase() === name)) ?? []).map((alias) =>
      alias.toLowerCase(),
    );
  // "PRC" is one of WordNet's names of China, whose aliases ("Chinese") describe its spokespeople.
  const countryAliases = (name: string) =>
    DESCRIPTION_RULES.countrySynonyms ? countryNamesOf(name).flatMap(aliasesOf) : [];
  const sameAs = (name: string) =>
    new Set([
      name,
      otherSpelling(name),
      ...countryOf(name),
      ...countriesOf(name),
      ...(spelledOut.get(name) ?? []),
      ...aliasesOf(name),
      ...countryAliases(name),
    ]);
  // A name or its people's adjective made by adding -n: "South Korea" describes a "South Korean President". Bounded
  // by letters of any script: "\b" knows only ASCII, and would never find "Tromsø" or "Malmö" whole.
  const patternsOf = (name: string) =>
    [...sameAs(name)].map(
      (alias) => new RegExp(`${WORD_START}${escapeRegExp(alias)}${/a$/.test(alias) ? 'n?' : ''}${WORD_END}`, 'u'),
    );
  if (names.length === 0) return [];
  // Made once per name, not once per speaker tried (thousands at 100k passages).
  const patternsByName = names.map(patternsOf);
  const patterns = patternsByName.flat();
  const { described, candidatesFor, describedStemsOf } = speakerDescriptionsOf(attribution);
  const describedOf = (summary: SpeakerSummary) => described.get(summary) ?? '';
  // Only speakers whose description holds a word of some name can fit: with thousands of speakers, the rest are skipped.
  const candidates = candidatesFor([...new Set(names.flatMap((name) => [...sameAs(name)]))]);
  const leads = (role: string) => role === 'leader' || (role === 'head' && HEAD_OF_STATE.test(phrase));
  // "The Japanese government" speaks through any official of Japan's: its ministers, ministries and spokespeople.
  const roleFits = (summary: SpeakerSummary) =>
    roles.length === 0 ||
    roles.some(
      (role) =>
        WHOLE_STATE.has(role) ||
        describedOf(summary).includes(role.replace(/(?:man|woman|person)$/, '')) ||
        (ROLE_KIN[role.replace(/s$/, '')]?.some((kin) => describedOf(summary).includes(kin)) ?? false) ||
        (leads(role) && LEADER_TITLES.some((title) => describedOf(summary).includes(title))) ||
        // "the MHI export chief" is the one who "leads MHI's naval export programme".
        (DESCRIPTION_RULES.leadingVerbs && HEADING_ROLE.test(role) && HEADING_VERB.test(describedOf(summary))) ||
        // "the head of the Piraeus think tank" is the "director of the Piraeus Institute": heading roles are kin.
        (DESCRIPTION_RULES.headingRolesKin &&
          HEADING_ROLE.test(role) &&
          describedOf(summary)
            .split(/[^\p{L}]+/u)
            .some((word) => HEADING_ROLE.test(word))),
    );
  // Names are matched against who the speaker is and speaks for; role words against their roles too. Not in the
  // directory, a speaker's body is in their role ("Chinese Foreign Ministry spokesperson Wang Wenbin"), read so
  // when a role is asked for: "China" alone, or "the Chinese government", is the state's own voice.
  const speaksFor = (summary: SpeakerSummary) =>
    summary.memberOf ??
    (roles.some((role) => !WHOLE_STATE.has(role))
      ? summary.roles.filter((role) => /^\p{Lu}/u.test(role)).join(' ')
      : '');
  // Names that are English words ("a Defence official") name a speaker, or the body one is a member of, and no
  // role: a page quoting one South Korean "defense official" by role quotes others of that description unnamed.
  const wordsOnly =
    DESCRIPTION_RULES.commonWordsUnnamed &&
    names.every((name) => !name.includes(' ') && isCommonEnglishWord(name) && !isPlaceName(name));
  const fitting = candidates.filter(
    (summary) =>
      patterns.some((pattern) =>
        pattern.test(
          (wordsOnly ? [summary.speaker, summary.memberOf ?? ''] : [summary.speaker, speaksFor(summary)])
            .join(' ')
            .toLowerCase(),
        ),
      ) && roleFits(summary),
  );
  // Those that every name describes ("Japan" in "the Japan Research Center official"): meant among several that
  // fit, or found when none speaks for the name.
  const describedByAll = (fitting.length > 0 ? fitting : candidates.filter(roleFits)).filter(
    (summary) =>
      names.length > 0 &&
      !wordsOnly &&
      patternsByName.every((namePatterns) => namePatterns.some((pattern) => pattern.test(describedOf(summary)))),
  );
  const chosen = describedByAll.length > 0 && (names.length > 1 || fitting.length === 0) ? describedByAll : fitting;
  // Several fit "the Chinese defense ministry": the one whose name or roles also hold "defense".
  const otherWords = phrase
    .split(/\s+/)
    .map((word) => word.toLowerCase().replace(/['’]s$/, ''))
    .filter((word) => /^\p{Ll}{3,}$/u.test(word) && !isRoleWord(word) && !STOP_WORDS.has(word));
  const stemsOf = (text: string) => new Set(tokensOf(text).map((token) => token.stem));
  const narrowed =
    chosen.length > 1 && otherWords.length > 0
      ? chosen.filter((summary) => {
          const held = describedStemsOf(summary);
          return otherWords.every((word) => [...stemsOf(word)].every((stem) => held.has(stem)));
        })
      : [];
  if (chosen.length === 0) {
    const inContinent = DESCRIPTION_RULES.continents ? speakersOfContinent(phrase, names, attribution, roleFits) : [];
    if (inContinent.length > 0) return inContinent;
    const placed = DESCRIPTION_RULES.datelinePlaced ? placedByDateline(names, attribution, roleFits) : [];
    if (roles.length > 0 && placed.length > 0) return placed.map((summary) => summary.speaker);
    return describedByRole(phrase, attribution);
  }
  return (narrowed.length > 0 ? narrowed : chosen).map((summary) => summary.speaker);
}

/**
 * The one speaker whose roles hold every word a description gives of them, its names aside: "the deputy national
 * security adviser at Seoul's presidential office" is the "deputy national security adviser at the presidential
 * office" whom the article never places in Seoul. Three such words at least, and one speaker only.
 */
function describedByRole(phrase: string, attribution: Attribution): string[] {
  const words = phrase
    .split(/\s+/)
    .filter((word) => /^\p{Ll}{3,}$/u.test(word) && !STOP_WORDS.has(word) && !WHOLE_STATE.has(word));
  if (words.length < 3) return [];
  const { described, candidatesFor, describedStemsOf } = speakerDescriptionsOf(attribution);
  const stems = words.flatMap((word) => tokensOf(word).map((token) => token.stem));
  // "an Indian foreign ministry official" is no official "at Japan's Ministry of Foreign Affairs": the names are set
  // aside, but not a country that the speaker's own description contradicts.
  const askedCountries = countriesNamedIn(phrase);
  const otherCountry = (summary: SpeakerSummary) => {
    if (!DESCRIPTION_RULES.roleCountries || askedCountries.size === 0) return false;
    const own = countriesNamedIn(described.get(summary) ?? '');
    return own.size > 0 && ![...own].some((country) => askedCountries.has(country));
  };
  const fitting = candidatesFor([words[0] ?? '']).filter((summary) => {
    const held = describedStemsOf(summary);
    return stems.every((stem) => held.has(stem)) && !otherCountry(summary);
  });
  return fitting.length === 1 ? [fitting[0]?.speaker ?? ''] : [];
}

/** Every name of the countries a text names by name, people's adjective or capital ("PRC", "Indian", "Moscow"). */
function countriesNamedIn(text: string): Set<string> {
  const countries = new Set<string>();
  for (const [word] of text.matchAll(/\p{L}+/gu)) {
    if (STOP_WORDS.has(word.toLowerCase())) continue;
    const capitalOf = countryOfCapital(word);
    for (const country of [word, ...countriesOfAdjective(word), ...(capitalOf ? [capitalOf] : [])])
      for (const name of countryNamesOf(country)) countries.add(name);
  }
  return countries;
}

interface SpeakerDescriptions {
  /** Each speaker's name, the body it speaks for and its roles, in lower case. */
  described: Map<SpeakerSummary, string>;
  /** The speakers (in the attribution's order) whose description holds the first word of any of the names. */
  candidatesFor: (names: readonly string[]) => readonly SpeakerSummary[];
  /** The stems of a speaker's description. */
  describedStemsOf: (summary: SpeakerSummary) => ReadonlySet<string>;
}

const speakerDescriptions = new WeakMap<Attribution, SpeakerDescriptions>();

/** Words split where a regular expression's \b splits them, so a \b-bounded name is found by its first word. */
const wordsOf = (text: string) => text.split(/[^A-Za-z0-9_]+/).filter(Boolean);

function speakerDescriptionsOf(attribution: Attribution): SpeakerDescriptions {
  const known = speakerDescriptions.get(attribution);
  if (known) return known;
  const described = new Map<SpeakerSummary, string>();
  const byWord = new Map<string, Set<number>>();
  attribution.speakers.forEach((summary, i) => {
    const text = [summary.speaker, summary.memberOf ?? '', ...summary.roles].join(' ').toLowerCase();
    described.set(summary, text);
    for (const word of wordsOf(text)) {
      const having = byWord.get(word) ?? new Set<number>();
      having.add(i);
      byWord.set(word, having);
    }
  });
  const candidatesFor = (names: readonly string[]) => {
    const firstWords = names.map((name) => wordsOf(name)[0]);
    // A name with no word to look up could be anywhere.
    if (firstWords.some((word) => word === undefined)) return attribution.speakers;
    // Its people's adjective too, as `describedSpeakers` reads it: "russia" / "russian".
    const lookups = firstWords.flatMap((word) => (word && /a$/.test(word) ? [word, `${word}n`] : [word ?? '']));
    const indexes = new Set(lookups.flatMap((word) => [...(byWord.get(word) ?? [])]));
    return [...indexes].sort((a, b) => a - b).map((i) => attribution.speakers[i] as SpeakerSummary);
  };
  // A speaker's description read into stems once, when first compared (a long list of roles at 100k passages).
  const stems = new Map<SpeakerSummary, ReadonlySet<string>>();
  const describedStemsOf = (summary: SpeakerSummary) => {
    let held = stems.get(summary);
    if (!held) {
      held = new Set(tokensOf(described.get(summary) ?? '').map((token) => token.stem));
      stems.set(summary, held);
    }
    return held;
  };
  const descriptions = { described, candidatesFor, describedStemsOf };
  speakerDescriptions.set(attribution, descriptions);
  return descriptions;
}

/**
 * Whether the words after a name hold a role the speaker is not given anywhere ("ambassador" after "Chinese" when
 * the Chinese speaker is a ministry and its spokeswoman). Words for a state as a whole ("government") fit any.
 */
export function otherRoleAfter(after: readonly string[], speaker: string, attribution: Attribution): boolean {
  const summary = speakerSummary(attribution, speaker);
  const known = [speaker, summary?.memberOf ?? '', ...(summary?.roles ?? [])].join(' ').toLowerCase();
  const words = after.map((word) => word.toLowerCase().replace(/['’]s$/, ''));
  // "the Chinese defense ministry": a word qualifying the role ("defense") that the speaker's name and roles lack.
  const role = words.findIndex((word) => isRoleWord(word) || WHOLE_STATE.has(word));
  const knownStems = new Set(tokensOf(known).map((token) => token.stem));
  const qualifiers =
    role > 0 ? words.slice(0, role).filter((word) => /^\p{Ll}{3,}$/u.test(word) && !STOP_WORDS.has(word)) : [];
  if (qualifiers.some((word) => tokensOf(word).some((token) => !knownStems.has(token.stem)))) return true;
  return words
    .filter((word) => isRoleWord(word) && !WHOLE_STATE.has(word))
    .some((role) => !known.includes(role.replace(/(?:man|woman|person)$/, '')));
}

/**
 * Whether words describing a speaker hold one the speaker's name and roles lack: not a function word, and not a role
 * a body speaks through ("official", "ministry", "government").
 */
export function describedOtherwise(words: readonly string[], speaker: string, attribution: Attribution): boolean {
  const summary = speakerSummary(attribution, speaker);
  const known = new Set(
    tokensOf([speaker, summary?.memberOf ?? '', ...(summary?.roles ?? [])].join(' ')).map((token) => token.stem),
  );
  // "the South Korean foreign ministry" is not the Chinese one: a place or its people named before the words that
  // resolved, of another country than the speaker's.
  if (DESCRIPTION_RULES.otherPlaceNamed && otherPlaceIn(words, known)) return true;
  // The words typed in lower case: names ("Chinese", "Seoul") are matched as names elsewhere.
  return words
    .map((word) => word.replace(/['’]s$/, ''))
    .filter(
      (word) =>
        /^\p{Ll}{3,}$/u.test(word) &&
        !STOP_WORDS.has(word) &&
        !WHOLE_STATE.has(word) &&
        !isRoleWord(word) &&
        // "the north korean guy": a noun for anyone at all describes nobody otherwise.
        !(DESCRIPTION_RULES.anyoneNouns && ANYONE_NOUNS.test(word)),
    )
    .some((word) => tokensOf(word).some((token) => !known.has(token.stem)));
}

/**
 * Whether capitalised words among these name a place, or its people ("South Korean", "Seoul's"), that nothing the
 * speaker is known by names: not the place, its country, nor another name of it ("Beijing" is China's).
 */
function otherPlaceIn(words: readonly string[], known: ReadonlySet<string>): boolean {
  for (const match of words.join(' ').matchAll(/\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*/gu)) {
    const run = match[0].replace(/['’]s$/u, '');
    if (STOP_WORDS.has(run.toLowerCase())) continue;
    const people = placeOfPeople(run);
    const places = [
      ...(people ? [people] : []),
      ...countriesOfAdjective(run),
      ...(isPlacePhrase(run) || isPlaceName(run) ? [run] : []),
    ];
    if (places.length === 0) continue;
    const names = [run, ...places].flatMap((place) => [
      place,
      countryOfCapital(place) ?? '',
      ...(ALIAS_GROUPS.find((group) => group.some((alias) => alias.toLowerCase() === place.toLowerCase())) ?? []),
    ]);
    const knownName = (name: string) => {
      const stems = tokensOf(name).map((token) => token.stem);
      return stems.length > 0 && stems.every((stem) => known.has(stem));
    };
    if (!names.some(knownName)) return true;
  }
  return false;
}
