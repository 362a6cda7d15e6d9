import { appositiveRole, predicatedRole } from './appositiveRole.ts';
import type { Article, Corpus, Passage } from '../corpus/types.ts';
import type { SearchEngine } from '../search/engine.ts';
import { extractStatements, statementsOfArticle } from './extractStatements.ts';
import { groupStatements, type StatementGroup } from './groupStatements.ts';
import { DEFAULT_DIRECTORY } from './speakerDirectory.ts';
import type { SpeakerKind, Statement } from './types.ts';

/** A speaker of the coverage with how much they say and where. */
export interface SpeakerSummary {
  speaker: string;
  kind: SpeakerKind;
  /** The body a person speaks for, from the speakers table. */
  memberOf: string | null;
  /** Roles the articles give, each once, in order of first mention. */
  roles: string[];
  /** Distinct statements: one said in three outlets counts once. */
  statementCount: number;
  /** Outlets that carry the speaker's statements, in corpus order. */
  outlets: string[];
}

/** Everything attribution knows about a corpus, computed once. */
export interface Attribution {
  corpus: Corpus;
  statements: readonly Statement[];
  /** The same statement across outlets, in corpus order. */
  groups: readonly StatementGroup[];
  groupOf: ReadonlyMap<string, StatementGroup>;
  byPassage: ReadonlyMap<string, readonly Statement[]>;
  /** Every speaker, most statements first. */
  speakers: readonly SpeakerSummary[];
}

/**
 * The attribution of `corpus`, which is `previous.corpus` with `article` added: the article's statements are
 * extracted, and only the speakers it quotes are grouped again (groups never join two speakers, so theirs come out
 * as a full regrouping would make them); the rest is kept.
 */
export function attributionWithArticle(previous: Attribution, corpus: Corpus, article: Article): Attribution {
  const added = statementsOfArticle(article);
  const statements = [...previous.statements, ...added];
  const regrouped = new Set(added.map((statement) => statement.speaker));
  const order = new Map(statements.map((statement, index) => [statement.id, index]));
  const groups = [
    ...previous.groups.filter((group) => !regrouped.has(group.speaker)),
    ...groupStatements(statements.filter((statement) => regrouped.has(statement.speaker))),
  ].sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
  return attributionFrom(corpus, statements, groups);
}

/**
 * The attribution of `corpus`, which is `previous.corpus` without the article `articleId`: its statements are
 * dropped and only the speakers it quoted are grouped again; the rest is kept.
 */
export function attributionWithoutArticle(previous: Attribution, corpus: Corpus, articleId: string): Attribution {
  const regrouped = new Set(
    previous.statements.filter((statement) => statement.articleId === articleId).map((statement) => statement.speaker),
  );
  const statements = previous.statements.filter((statement) => statement.articleId !== articleId);
  const order = new Map(statements.map((statement, index) => [statement.id, index]));
  const groups = [
    ...previous.groups.filter((group) => !regrouped.has(group.speaker)),
    ...groupStatements(statements.filter((statement) => regrouped.has(statement.speaker))),
  ].sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
  return attributionFrom(corpus, statements, groups);
}

export function buildAttribution(
  corpus: Corpus,
  statements: readonly Statement[] = extractStatements(corpus),
): Attribution {
  return attributionFrom(corpus, statements, groupStatements(statements));
}

/**
 * What the saved index keeps of an attribution: its statements, each group as its members' ids, and the speakers'
 * summaries (reading every statement's passage for roles again was a tenth of a cold start at 100k passages).
 * A statement's text is its passage's span, and is kept as null: the passage has it (a fifth of the section).
 */
export interface StoredAttribution {
  statements: StoredStatement[];
  groups: string[][];
  speakers: SpeakerSummary[];
}

/** A statement as the saved index keeps it: its text null, in its place among the fields (read back, it is the span's). */
export type StoredStatement = Omit<Statement, 'text'> & { text: null };

export function storedAttributionOf(attribution: Attribution): StoredAttribution {
  return {
    statements: attribution.statements.map((statement) => ({ ...statement, text: null })),
    groups: attribution.groups.map((group) => group.members.map((member) => member.id)),
    speakers: [...attribution.speakers],
  };
}

/**
 * The attribution a saved index kept, without extracting or grouping again (the two take seconds at 20,000
 * passages). Each statement's text is set, in place, to its passage's span. Throws when it does not fit the corpus:
 * a statement of an unknown passage, or whose span is not inside its passage, or a group naming an unknown
 * statement.
 */
export function restoreAttribution(
  corpus: Corpus,
  stored: StoredAttribution,
  /** The corpus's passages by id, when the caller has them already (the engine's). */
  passages: ReadonlyMap<string, Passage> = new Map(corpus.passages.map((passage) => [passage.id, passage])),
): Attribution {
  const byId = new Map<string, Statement>();
  const statements: Statement[] = [];
  for (const kept of stored.statements) {
    const passage = passages.get(kept.passageId);
    const { start, end } = kept.span;
    if (!passage || passage.articleId !== kept.articleId || start > end || end > passage.text.length) {
      throw new Error(`statement ${kept.id} does not fit its passage`);
    }
    // The object as read, its text filled where it stands: the same fields in the same order as when extracted.
    const statement = kept as unknown as Statement;
    statement.text = passage.text.slice(start, end);
    statements.push(statement);
    byId.set(statement.id, statement);
  }
  const groups = stored.groups.map((ids): StatementGroup => {
    const members = ids.map((id) => {
      const member = byId.get(id);
      if (!member) throw new Error(`a statement group names an unknown statement ${id}`);
      return member;
    });
    const first = members[0];
    if (!first) throw new Error('a statement group is empty');
    return { id: first.id, speaker: first.speaker, members };
  });
  const quoted = new Set(statements.map((statement) => statement.speaker));
  if (stored.speakers.length !== quoted.size || !stored.speakers.every((summary) => quoted.has(summary.speaker)))
    throw new Error('the speakers are not those of the statements');
  return attributionFrom(corpus, statements, groups, stored.speakers);
}

function attributionFrom(
  corpus: Corpus,
  statements: readonly Statement[],
  groups: readonly StatementGroup[],
  speakers?: readonly SpeakerSummary[],
): Attribution {
  const groupOf = new Map<string, StatementGroup>();
  for (const group of groups) for (const member of group.members) groupOf.set(member.id, group);
  const byPassage = new Map<string, Statement[]>();
  for (const statement of statements) {
    const list = byPassage.get(statement.passageId);
    if (list) list.push(statement);
    else byPassage.set(statement.passageId, [statement]);
  }
  return {
    corpus,
    statements,
    groups,
    groupOf,
    byPassage,
    speakers: speakers ?? summarise(corpus, statements, groups),
  };
}

/** Switches for the rules here, so that a test can show what each one does. */
export const SUMMARY_RULES = { introducedRoles: true, predicatedRoles: true };

/**
 * A lede's description of someone it names in the next paragraph: "..., a Kazakh political scientist told a Dala
 * News correspondent." then ""...," said Nurlan Zhaksybekov, senior fellow at ...". Only a description with a
 * name-like word ("Kazakh") and a commentator's or official's role, said of no one named in the lede.
 */
const LEDE_DESCRIPTION =
  /\b(?:an?)\s+(\p{Lu}[\p{L}'’-]*\s+(?:[\p{Ll}-]+\s+){0,2}(?:analyst|expert|scientist|researcher|scholar|professor|academic|specialist|commentator|observer|lecturer|fellow|economist|diplomat|official))\s+(?:told|said)\b/u;

function ledeDescription(text: string): string | null {
  return LEDE_DESCRIPTION.exec(text)?.[1] ?? null;
}

function summarise(
  corpus: Corpus,
  statements: readonly Statement[],
  groups: readonly StatementGroup[],
): SpeakerSummary[] {
  const outletOf = new Map(corpus.articles.map((article) => [article.meta.id, article.meta.outlet]));
  const passageText = new Map(corpus.passages.map((passage) => [passage.id, passage.text]));
  const articleOrder = new Map(corpus.articles.map((article, index) => [article.meta.id, index]));
  const summaries = new Map<string, SpeakerSummary & { articles: Set<string> }>();
  const previousPassage = new Map(
    corpus.articles.flatMap((article) =>
      article.passages.slice(1).map((passage, i) => [passage.id, article.passages[i]?.id ?? ''] as const),
    ),
  );
  const heardIn = new Set<string>();
  for (const statement of statements) {
    let summary = summaries.get(statement.speaker);
    if (!summary) {
      const entry = DEFAULT_DIRECTORY.byName(statement.speaker);
      summary = {
        speaker: statement.speaker,
        kind: statement.speakerKind,
        memberOf: entry?.memberOf ?? null,
        roles: [],
        statementCount: 0,
        outlets: [],
        articles: new Set(),
      };
      summaries.set(statement.speaker, summary);
    }
    if (statement.role && !summary.roles.includes(statement.role)) summary.roles.push(statement.role);
    // Said as "he" or "Obata", the person may be set in apposition by full name in the same passage.
    const text = passageText.get(statement.passageId) ?? '';
    const apposed =
      statement.speakerKind === 'person'
        ? (appositiveRole(text, statement.mention) ?? appositiveRole(text, statement.speaker))
        : null;
    if (apposed && !summary.roles.includes(apposed)) summary.roles.push(apposed);
    // First heard right after a lede's description of someone unnamed, the person is whom it described.
    const firstInArticle = !heardIn.has(`${statement.articleId}\0${statement.speaker}`);
    heardIn.add(`${statement.articleId}\0${statement.speaker}`);
    const lede =
      statement.speakerKind === 'person' && firstInArticle
        ? ledeDescription(passageText.get(previousPassage.get(statement.passageId) ?? '') ?? '')
        : null;
    if (lede && !summary.roles.includes(lede)) summary.roles.push(lede);
    summary.articles.add(statement.articleId);
  }
  // "Niamh Castellano spoke with Dr Soo-ah Langford, a senior fellow at the Pacific Rim Policy Forum": a transcript
  // or an interview introduces its speakers once, in a paragraph where they say nothing.
  if (SUMMARY_RULES.introducedRoles) {
    const passagesOf = new Map(corpus.articles.map((article) => [article.meta.id, article.passages]));
    for (const summary of summaries.values()) {
      if (summary.kind !== 'person') continue;
      for (const articleId of summary.articles)
        for (const passage of passagesOf.get(articleId) ?? []) {
          if (!passage.text.includes(summary.speaker)) continue;
          const role = appositiveRole(passage.text, summary.speaker);
          if (role && !summary.roles.includes(role)) summary.roles.push(role);
          // "Karin Ekdahl has served as Sweden's ambassador to Japan since 2022": said of them in a sentence of its own.
          const predicated = SUMMARY_RULES.predicatedRoles ? predicatedRole(passage.text, summary.speaker) : null;
          if (predicated && !summary.roles.includes(predicated)) summary.roles.push(predicated);
        }
    }
  }
  for (const group of groups) {
    const summary = summaries.get(group.speaker);
    if (summary) summary.statementCount++;
  }
  return [...summaries.values()]
    .map(({ articles, ...summary }) => ({
      ...summary,
      outlets: [
        ...new Set(
          [...articles]
            .sort((a, b) => (articleOrder.get(a) ?? 0) - (articleOrder.get(b) ?? 0))
            .map((id) => outletOf.get(id) ?? id),
        ),
      ],
    }))
    .sort((a, b) => b.statementCount - a.statementCount || a.speaker.localeCompare(b.speaker));
}

const byCorpus = new WeakMap<Corpus, Attribution>();

/** Keeps an attribution made elsewhere (restored from the saved index) as its corpus's. */
export function keepAttribution(corpus: Corpus, attribution: Attribution): void {
  byCorpus.set(corpus, attribution);
}

/** Whether the corpus's attribution is made already (built, or restored with the index). */
export function hasAttribution(corpus: Corpus): boolean {
  return byCorpus.has(corpus);
}

/** The attribution of an engine's corpus, computed on first use and kept while the corpus lives. */
export function attributionOf(engine: SearchEngine): Attribution {
  let attribution = byCorpus.get(engine.corpus);
  if (!attribution) {
    attribution = buildAttribution(engine.corpus);
    byCorpus.set(engine.corpus, attribution);
  }
  return attribution;
}

const statementIndexes = new WeakMap<Attribution, Map<string, number[]>>();

/** The statements of these speakers, in the coverage's order; each speaker's are looked up, not searched for. */
export function statementsOf(voices: ReadonlySet<string>, attribution: Attribution): Statement[] {
  let bySpeaker = statementIndexes.get(attribution);
  if (!bySpeaker) {
    bySpeaker = new Map();
    attribution.statements.forEach((statement, i) => {
      const indexes = bySpeaker?.get(statement.speaker) ?? [];
      indexes.push(i);
      bySpeaker?.set(statement.speaker, indexes);
    });
    statementIndexes.set(attribution, bySpeaker);
  }
  const indexes = [...voices].flatMap((voice) => bySpeaker.get(voice) ?? []).sort((a, b) => a - b);
  return indexes.map((i) => attribution.statements[i] as Statement);
}

/**
 * Who speaks in a passage: the speakers whose statements cover at least half as much of it as the main
 * speaker's, in order of appearance. A name quoted in passing ("which Beijing has decried as an 'Asian NATO'"
 * inside Kim's words) does not make its speaker one of the passage's.
 */
export function speakersOfPassage(attribution: Attribution, passageId: string): readonly string[] {
  let known = passageSpeakers.get(attribution);
  if (!known) passageSpeakers.set(attribution, (known = new Map<string, readonly string[]>()));
  let speakers = known.get(passageId);
  if (!speakers) {
    const statements = attribution.byPassage.get(passageId) ?? [];
    const covered = new Map<string, number>();
    for (const statement of statements)
      covered.set(statement.speaker, (covered.get(statement.speaker) ?? 0) + statement.text.length);
    const most = Math.max(0, ...covered.values());
    speakers = [...covered.entries()].filter(([, length]) => length * 2 >= most).map(([speaker]) => speaker);
    known.set(passageId, speakers);
  }
  return speakers;
}

/** Worked out once per passage: a body's question reads every carrier of thousands of passages at 100k. */
const passageSpeakers = new WeakMap<Attribution, Map<string, readonly string[]>>();

/** The summary of `speaker`, looked up: at 100k passages the coverage has thousands of speakers to search through. */
export function speakerSummary(
  attribution: Attribution,
  speaker: string | null | undefined,
): SpeakerSummary | undefined {
  let bySpeaker = summaries.get(attribution);
  if (!bySpeaker) {
    bySpeaker = new Map<string, SpeakerSummary>();
    for (const summary of attribution.speakers)
      if (!bySpeaker.has(summary.speaker)) bySpeaker.set(summary.speaker, summary);
    summaries.set(attribution, bySpeaker);
  }
  return speaker === null || speaker === undefined ? undefined : bySpeaker.get(speaker);
}

const summaries = new WeakMap<Attribution, Map<string, SpeakerSummary>>();

/** "Kim Seol-hwa", "Jens Stoltenberg and Yoshimasa Hayashi", "A, B and C". */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 2) return names.join(' and ');
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/**
 * The hook the Discord layer shows next to each excerpt (`SpeakerOf` in src/bot/types.ts): who is speaking in
 * a passage, or null when nobody is quoted or reported there.
 */
export function createSpeakerOf(attribution: Attribution): (passageId: string) => string | null {
  return (passageId) => {
    const speakers = speakersOfPassage(attribution, passageId);
    return speakers.length > 0 ? joinNames(speakers) : null;
  };
}
