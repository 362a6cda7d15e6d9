import { ask } from '../search/ask.ts';
import { STOP_WORDS } from '../search/stopWords.ts';
import { isListedWord } from '../search/englishWords.ts';
import { editDistanceWithin, withinOneEdit } from '../search/spelling.ts';
import type { SearchEngine } from '../search/engine.ts';
import {
  attributionOf,
  buildAttribution,
  speakerSummary,
  type Attribution,
  statementsOf,
  type SpeakerSummary,
} from './attribution.ts';
import type { StatementGroup } from './groupStatements.ts';
import { TITLE_WORDS } from './lexicon.ts';
import { DEFAULT_DIRECTORY, nameKey } from './speakerDirectory.ts';
import type { Span, Statement } from './types.ts';

/** One outlet's wording of a statement. */
export interface StatementCarrier {
  statementId: string;
  outlet: string;
  title: string;
  date: string | null;
  articleId: string;
  passageId: string;
  text: string;
  kind: Statement['kind'];
  verb: string | null;
  span: Span;
}

/** A statement once, with every outlet that carried it; the first carrier's wording is the one shown. */
export interface CitedStatement {
  id: string;
  speaker: string;
  role: string | null;
  kind: Statement['kind'];
  verb: string | null;
  via: string | null;
  text: string;
  carriers: StatementCarrier[];
}

export interface SpeakerStatements extends SpeakerSummary {
  /** The speaker's statements (on the topic, when one is given); empty in the overview. */
  statements: CitedStatement[];
}

export interface WhoSaidResult {
  topic: string | null;
  /** The speaker asked about, in its canonical spelling; null when none was asked. */
  speaker: string | null;
  /** overview: every speaker with counts (no topic, no speaker); statements: each speaker's cited statements. */
  mode: 'overview' | 'statements';
  answered: boolean;
  /** Why nothing is listed, in words for a user; null when answered. */
  reason: string | null;
  speakers: SpeakerStatements[];
}

export const WHO_REASONS = {
  noStatements: 'Nobody is quoted in the coverage.',
  unknownSpeaker: (name: string) => `Nobody called "${name}" is quoted in the coverage.`,
  nothingOnTopic: (topic: string) => `Nobody in the coverage is quoted on "${topic}".`,
  speakerSilentOnTopic: (speaker: string, topic: string) => `${speaker} is not quoted on "${topic}" in the coverage.`,
} as const;

const byStatements = new WeakMap<readonly Statement[], Attribution>();

function attributionFor(engine: SearchEngine, statements: readonly Statement[]): Attribution {
  const own = attributionOf(engine);
  if (own.statements === statements) return own;
  let attribution = byStatements.get(statements);
  if (!attribution) {
    attribution = buildAttribution(engine.corpus, statements);
    byStatements.set(statements, attribution);
  }
  return attribution;
}

/**
 * Who said what: with a topic, the speakers quoted in the passages that answer it, each with their statements
 * cited once with every outlet that carried them; with a speaker, that speaker's statements (and those of whoever
 * speaks for it, per the speakers table's `memberOf`: China's Foreign Ministry for China); with both, the
 * speaker's statements on the topic; with neither, every speaker with how many statements and in which outlets.
 */
export function whoSaid(
  engine: SearchEngine,
  statements: readonly Statement[],
  topic?: string | null,
  speaker?: string | null,
): WhoSaidResult {
  const attribution = attributionFor(engine, statements);
  const wantedTopic = topic?.trim() || null;
  const wantedSpeaker = speaker?.trim() || null;
  const empty = (reason: string, canonical: string | null = null): WhoSaidResult => ({
    topic: wantedTopic,
    speaker: canonical,
    mode: 'statements',
    answered: false,
    reason,
    speakers: [],
  });

  if (attribution.groups.length === 0) return empty(WHO_REASONS.noStatements);
  const canonical = wantedSpeaker ? resolveSpeaker(attribution, wantedSpeaker) : null;
  if (wantedSpeaker && !canonical) return empty(WHO_REASONS.unknownSpeaker(wantedSpeaker));

  if (!wantedTopic && !canonical) {
    const speakers = attribution.speakers.map((summary) => ({ ...summary, statements: [] }));
    return { topic: null, speaker: null, mode: 'overview', answered: true, reason: null, speakers };
  }

  // Asking about a body includes those who speak for it: China, then its Foreign Ministry, then Mao Ning.
  const voices = canonical ? [...DEFAULT_DIRECTORY.voicesOf(canonical)] : [];
  let groups = attribution.groups.filter((group) => !canonical || voices.includes(group.speaker));
  const order = new Map(attribution.groups.map((group, at) => [group, at]));
  let rankOf = (group: StatementGroup) => order.get(group) ?? 0;
  if (wantedTopic) {
    const ranks = topicRanks(engine, wantedTopic);
    const groupRank = (group: StatementGroup) =>
      Math.min(...group.members.map((member) => ranks.get(member.passageId) ?? Infinity));
    groups = groups.filter((group) => groupRank(group) < Infinity);
    rankOf = (group) => groupRank(group) * order.size + (order.get(group) ?? 0);
    if (groups.length === 0)
      return empty(
        canonical ? WHO_REASONS.speakerSilentOnTopic(canonical, wantedTopic) : WHO_REASONS.nothingOnTopic(wantedTopic),
        canonical,
      );
  }

  const bySpeaker = new Map<string, StatementGroup[]>();
  for (const group of [...groups].sort((a, b) => rankOf(a) - rankOf(b))) {
    const list = bySpeaker.get(group.speaker);
    if (list) list.push(group);
    else bySpeaker.set(group.speaker, [group]);
  }
  const ordered = [...bySpeaker.entries()].sort(([a], [b]) => (canonical ? voices.indexOf(a) - voices.indexOf(b) : 0));
  const speakers = ordered.map(([name, speakerGroups]): SpeakerStatements => {
    const summary = speakerSummary(attribution, name);
    const cited = speakerGroups.map((group) => citeStatement(group, engine));
    const articleOrder = new Map(engine.corpus.articles.map((article, at) => [article.meta.id, at]));
    const carriers = cited
      .flatMap((statement) => statement.carriers)
      .sort((a, b) => (articleOrder.get(a.articleId) ?? 0) - (articleOrder.get(b.articleId) ?? 0));
    const outlets = [...new Set(carriers.map((carrier) => carrier.outlet))];
    return {
      speaker: name,
      kind: summary?.kind ?? speakerGroups[0]?.members[0]?.speakerKind ?? 'person',
      memberOf: summary?.memberOf ?? null,
      roles: summary?.roles ?? [],
      statementCount: cited.length,
      outlets,
      statements: cited,
    };
  });
  return { topic: wantedTopic, speaker: canonical, mode: 'statements', answered: true, reason: null, speakers };
}

/** Passages answering a topic, each with its rank (carriers of a near-duplicate share their passage's rank). */
export function topicRanks(engine: SearchEngine, topic: string): Map<string, number> {
  const answer = ask(engine, topic, { limit: engine.corpus.passages.length });
  const ranks = new Map<string, number>();
  answer.passages.forEach((passage, rank) => {
    for (const carrier of passage.carriers) if (!ranks.has(carrier.passageId)) ranks.set(carrier.passageId, rank);
    if (!ranks.has(passage.id)) ranks.set(passage.id, rank);
  });
  return ranks;
}

export function citeStatement(group: StatementGroup, engine: SearchEngine): CitedStatement {
  let cited = citedByEngine.get(engine);
  if (!cited) citedByEngine.set(engine, (cited = new WeakMap<StatementGroup, CitedStatement>()));
  let statement = cited.get(group);
  if (!statement) cited.set(group, (statement = citedStatement(group, engine)));
  return statement;
}

/** Each group cited once per engine: a who-survey cites every passage it ranks, and a group can span hundreds at 100k. */
const citedByEngine = new WeakMap<SearchEngine, WeakMap<StatementGroup, CitedStatement>>();

function citedStatement(group: StatementGroup, engine: SearchEngine): CitedStatement {
  const first = group.members[0] as Statement;
  const carriers = group.members.map((member): StatementCarrier => {
    const meta = engine.articleById.get(member.articleId);
    return {
      statementId: member.id,
      outlet: meta?.outlet ?? member.articleId,
      title: meta?.title ?? '',
      date: meta?.date ?? null,
      articleId: member.articleId,
      passageId: member.passageId,
      text: member.text,
      kind: member.kind,
      verb: member.verb,
      span: member.span,
    };
  });
  return {
    id: group.id,
    speaker: group.speaker,
    role: group.members.find((member) => member.role)?.role ?? null,
    kind: first.kind,
    verb: first.verb,
    via: group.members.find((member) => member.via)?.via ?? null,
    text: first.text,
    carriers,
  };
}

/**
 * The coverage's spelling of a speaker typed any way: "Mao Ning", "mao", "kim seol hwa", "the NATO chief",
 * "Beijing". Null when no speaker of the coverage answers to it.
 */
export function resolveSpeaker(attribution: Attribution, typed: string): string | null {
  const key = nameKey(typed);
  if (!key) return null;
  const { present, byWord } = speakerNamesOf(attribution);
  const direct = present.get(key);
  if (direct) return direct;
  const listed =
    DEFAULT_DIRECTORY.byName(typed) ?? DEFAULT_DIRECTORY.byShortName(typed) ?? DEFAULT_DIRECTORY.byDescription(typed);
  if (listed && present.has(nameKey(listed.canonical))) return listed.canonical;
  // Every word typed is a word of one speaker's name ("seol hwa", "Stoltenberg" for an unlisted name).
  const words = key.split(' ').filter((part) => part.length > 1 && !STOP_WORDS.has(part));
  if (words.length === 0) return null;
  let matches: ReadonlySet<string> | null = null;
  for (const word of words) {
    // A word of English or a name in its own right ("Seoul") typed alone misspells no speaker's name ("Seol"); among
    // the name's other words ("kim seoul hwa") it may.
    const misspelt = words.length === 1 && isListedWord(word) ? null : nearestNameWord(word, byWord);
    const having = byWord.get(word) ?? byWord.get(misspelt ?? '') ?? new Set<string>();
    matches = matches ? new Set([...matches].filter((speaker: string) => having.has(speaker))) : having;
    if (matches.size === 0) return null;
  }
  return matches?.size === 1 ? ([...matches][0] ?? null) : null;
}

/**
 * "Dr Priya Nathan" of a speaker quoted only as "Dr Nathan": the speaker whose whole name ends the name typed, when
 * an article quoting them writes the typed name itself (a witness list, an author's note): the page says who they are.
 */
export function writtenFullNameOf(attribution: Attribution, typed: string): string | null {
  // The name as typed, without a title before it: the page may write "Priya Nathan" where "Dr Priya Nathan" is typed.
  const typedWords = nameKey(typed).split(' ');
  const words = typedWords.slice(
    Math.max(
      0,
      typedWords.findIndex((word) => !TITLE_WORDS.has(word)),
    ),
  );
  if (words.length < 2) return null;
  const { present } = speakerNamesOf(attribution);
  for (let from = 1; from < words.length; from++) {
    const speaker = present.get(words.slice(from).join(' '));
    if (!speaker) continue;
    const named = ` ${words.join(' ')} `;
    const articles = new Set(statementsOf(new Set([speaker]), attribution).map((statement) => statement.articleId));
    const writes = attribution.corpus.articles.some(
      (article) =>
        articles.has(article.meta.id) &&
        [...article.passages.map((passage) => passage.text), ...article.captions, ...article.asides].some((text) =>
          ` ${nameKey(text)} `.includes(named),
        ),
    );
    return writes ? speaker : null;
  }
  return null;
}

/**
 * The one word of a speaker's name a typed word misspells ("stoltenbreg", "hayshi"): one slip from five letters,
 * two from nine, as question words are corrected; null when none or several are that close.
 */
function nearestNameWord(word: string, byWord: ReadonlyMap<string, ReadonlySet<string>>): string | null {
  const allowed = word.length >= 9 ? 2 : word.length >= 5 ? 1 : 0;
  if (allowed === 0) return null;
  let nearest = nearestWords.get(byWord)?.get(word);
  if (nearest !== undefined) return nearest;
  const near = [...byWord.keys()].filter(
    (candidate) =>
      Math.abs(candidate.length - word.length) <= allowed &&
      (withinOneEdit(word, candidate) || editDistanceWithin(word, candidate, allowed) <= allowed),
  );
  nearest = near.length === 1 ? (near[0] ?? null) : null;
  const known = nearestWords.get(byWord) ?? new Map<string, string | null>();
  nearestWords.set(byWord, known.set(word, nearest));
  return nearest;
}

/** nearestNameWord's answers by the speakers' words they were looked up in: thousands of names are not compared twice. */
const nearestWords = new WeakMap<ReadonlyMap<string, ReadonlySet<string>>, Map<string, string | null>>();

/** The speakers by their name's key and by each word of it, worked out once per attribution. */
const speakerNames = new WeakMap<Attribution, { present: Map<string, string>; byWord: Map<string, Set<string>> }>();

function speakerNamesOf(attribution: Attribution): { present: Map<string, string>; byWord: Map<string, Set<string>> } {
  let names = speakerNames.get(attribution);
  if (!names) {
    const present = new Map(attribution.speakers.map((summary) => [nameKey(summary.speaker), summary.speaker]));
    const byWord = new Map<string, Set<string>>();
    for (const summary of attribution.speakers) {
      // A function word of a body's name ("China's mission to the European Union") names nobody on its own.
      for (const word of nameKey(summary.speaker)
        .split(' ')
        .filter((part) => part.length > 1 && !STOP_WORDS.has(part))) {
        const speakers = byWord.get(word) ?? new Set<string>();
        speakers.add(summary.speaker);
        byWord.set(word, speakers);
      }
    }
    names = { present, byWord };
    speakerNames.set(attribution, names);
  }
  return names;
}

/** Speakers whose name, or a name the speakers table gives them, contains what is typed: for autocomplete. */
export function speakerChoices(attribution: Attribution, typed: string, limit = 25): SpeakerSummary[] {
  const key = nameKey(typed);
  return attribution.speakers
    .filter((summary) => !key || namesOf(summary.speaker).some((name) => name.includes(key)))
    .slice(0, limit);
}

function namesOf(speaker: string): string[] {
  return [speaker, ...DEFAULT_DIRECTORY.namesOf(speaker)].map(nameKey);
}
