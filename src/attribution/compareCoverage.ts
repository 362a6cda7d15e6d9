import type { Corpus } from '../corpus/types.ts';
import { tokensOf } from '../search/analyzer.ts';
import type { SearchEngine } from '../search/engine.ts';
import { nearDuplicateGroups } from '../search/nearDuplicates.ts';
import { attributionOf, type Attribution } from './attribution.ts';
import { findQuotes, sentenceSpans } from './quotes.ts';
import type { Span } from './types.ts';
import { topicRanks } from './whoSaid.ts';

/** One sentence of one passage: the unit outlets are compared by. */
export interface Sentence {
  id: string;
  passageId: string;
  articleId: string;
  span: Span;
  text: string;
}

/** One outlet's wording of a claim: one sentence, or several when the outlet split it ("... he said." / "The official also added ..."). */
export interface ClaimCarrier {
  outlet: string;
  articleId: string;
  title: string;
  date: string | null;
  passageIds: string[];
  text: string;
  sentences: Sentence[];
}

/** Something the coverage reports, with every outlet that reports it. */
export interface Claim {
  id: string;
  /** The first outlet's wording, in corpus order. */
  text: string;
  /** Who is quoted or reported in it. */
  speakers: string[];
  carriers: ClaimCarrier[];
}

export interface OutletCoverage {
  outlet: string;
  articleIds: string[];
  titles: string[];
  date: string | null;
  byline: string | null;
  /** The source the article credits for itself ("Source: RT", "The original source of this article is Countercurrents"). */
  creditedSource: string | null;
  /** Outlets and agencies the article reports from: "according to the Nikkei Asia news website", "reported by KCNA". */
  citesInText: string[];
  /** Claims on the topic (or in the whole story) this outlet carries. */
  claims: number;
}

export interface CoverageComparison {
  topic: string | null;
  answered: boolean;
  reason: string | null;
  /** Outlets that cover the topic (every outlet for the whole story), in corpus order. */
  outlets: OutletCoverage[];
  /** Reported by every outlet that covers the topic (when two or more do). */
  shared: Claim[];
  /** Reported by more than one outlet but not all. */
  partial: Claim[];
  /** What a single outlet adds, by outlet. */
  only: { outlet: string; claims: Claim[] }[];
}

export const COMPARE_REASONS = {
  empty: 'There is no coverage to compare.',
  nothingOnTopic: (topic: string) => `No outlet in the coverage reports on "${topic}".`,
} as const;

/**
 * How the outlets' coverage of a topic (or of the whole story) compares: what every outlet reports, what some
 * do, and what only one adds, each claim cited with every outlet that carries it; and whom each outlet credits.
 *
 * The unit is the sentence. Two sentences report the same thing when their stems are near-duplicates by the
 * engine's own measure (nearDuplicateGroups, NEAR_DUPLICATE_DICE), or when they carry the same statement of
 * the same speaker (groupStatements). The second link is what joins an outlet that splits a sentence in two
 * (RT: "“...,” he said, adding that ..."; Al Mayadeen: "“...,” he said." + "The official also added that ...")
 * and one that rewords a lead ("has claimed NATO is seeking to increase its influence" / "has accused NATO of
 * increasing its meddling"), which share too few stems to be near-duplicates.
 */
export function compareCoverage(engine: SearchEngine, topic?: string | null): CoverageComparison {
  const wanted = topic?.trim() || null;
  const attribution = attributionOf(engine);
  const claims = claimsOf(engine, attribution);
  const empty = (reason: string): CoverageComparison => ({
    topic: wanted,
    answered: false,
    reason,
    outlets: [],
    shared: [],
    partial: [],
    only: [],
  });
  if (claims.length === 0) return empty(COMPARE_REASONS.empty);

  let relevant = claims;
  if (wanted) {
    const ranks = topicRanks(engine, wanted);
    relevant = claims.filter((claim) =>
      claim.carriers.some((carrier) => carrier.passageIds.some((id) => ranks.has(id))),
    );
    if (relevant.length === 0) return empty(COMPARE_REASONS.nothingOnTopic(wanted));
  }

  const outletNames = [...new Set(engine.corpus.articles.map((article) => article.meta.outlet))].filter(
    (outlet) => !wanted || relevant.some((claim) => claim.carriers.some((carrier) => carrier.outlet === outlet)),
  );
  const all = outletNames.length;
  const shared = all >= 2 ? relevant.filter((claim) => claim.carriers.length === all) : [];
  const partial = relevant.filter((claim) => claim.carriers.length >= 2 && claim.carriers.length < all);
  const only = outletNames
    .map((outlet) => ({
      outlet,
      claims: relevant.filter((claim) => claim.carriers.length === 1 && claim.carriers[0]?.outlet === outlet),
    }))
    .filter((entry) => entry.claims.length > 0);
  const outlets = outletNames.map((outlet) => outletCoverage(engine.corpus, attribution, outlet, relevant));
  return { topic: wanted, answered: true, reason: null, outlets, shared, partial, only };
}

function outletCoverage(
  corpus: Corpus,
  attribution: Attribution,
  outlet: string,
  claims: readonly Claim[],
): OutletCoverage {
  const articles = corpus.articles.filter((article) => article.meta.outlet === outlet).map((article) => article.meta);
  const ids = new Set(articles.map((meta) => meta.id));
  const cited = new Set<string>();
  for (const statement of attribution.statements) {
    if (!ids.has(statement.articleId)) continue;
    if (statement.speakerKind === 'outlet') cited.add(statement.speaker);
    if (statement.via) cited.add(statement.via);
  }
  return {
    outlet,
    articleIds: articles.map((meta) => meta.id),
    titles: articles.map((meta) => meta.title),
    date: articles.find((meta) => meta.date)?.date ?? null,
    byline: articles.find((meta) => meta.byline)?.byline ?? null,
    creditedSource: articles.find((meta) => meta.creditedSource)?.creditedSource ?? null,
    citesInText: [...cited],
    claims: claims.filter((claim) => claim.carriers.some((carrier) => carrier.outlet === outlet)).length,
  };
}

const claimsByCorpus = new WeakMap<Corpus, Claim[]>();

/** Every claim of the corpus, in corpus order; computed once per corpus. */
export function claimsOf(engine: SearchEngine, attribution: Attribution = attributionOf(engine)): Claim[] {
  const known = claimsByCorpus.get(engine.corpus);
  if (known) return known;
  const sentences = sentencesOf(engine.corpus);
  const index = new Map(sentences.map((sentence, at) => [sentence.id, at]));
  const parent = sentences.map((_, at) => at);
  const root = (at: number): number => {
    while (parent[at] !== at) at = parent[at] = parent[parent[at] ?? at] ?? at;
    return at;
  };
  const join = (a: number, b: number) => {
    const [ra, rb] = [root(a), root(b)];
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };

  const duplicates = nearDuplicateGroups(
    sentences.map((sentence) => ({
      id: sentence.id,
      articleId: sentence.articleId,
      terms: new Set(tokensOf(sentence.text).map((token) => token.stem)),
    })),
  );
  for (const [id, group] of duplicates) for (const other of group) join(index.get(id) ?? 0, index.get(other) ?? 0);

  const sentencesOfPassage = new Map<string, number[]>();
  sentences.forEach((sentence, at) => {
    const list = sentencesOfPassage.get(sentence.passageId);
    if (list) list.push(at);
    else sentencesOfPassage.set(sentence.passageId, [at]);
  });
  const sentenceOfStatement = (passageId: string, start: number) =>
    (sentencesOfPassage.get(passageId) ?? []).find((at) => {
      const span = sentences[at]?.span;
      return span !== undefined && span.start <= start && start < span.end;
    }) ?? -1;
  for (const group of attribution.groups) {
    const at = group.members
      .map((member) => sentenceOfStatement(member.passageId, member.span.start))
      .filter((found) => found >= 0);
    for (const other of at.slice(1)) join(at[0] ?? other, other);
  }

  const components = new Map<number, Sentence[]>();
  sentences.forEach((sentence, at) => {
    const list = components.get(root(at));
    if (list) list.push(sentence);
    else components.set(root(at), [sentence]);
  });
  const claims = [...components.values()].map((members) => claimOf(members, engine, attribution));
  claimsByCorpus.set(engine.corpus, claims);
  return claims;
}

function claimOf(members: Sentence[], engine: SearchEngine, attribution: Attribution): Claim {
  const byOutlet = new Map<string, ClaimCarrier>();
  for (const sentence of members) {
    const meta = engine.articleById.get(sentence.articleId);
    const outlet = meta?.outlet ?? sentence.articleId;
    const carrier = byOutlet.get(outlet);
    if (carrier) {
      carrier.sentences.push(sentence);
      if (!carrier.passageIds.includes(sentence.passageId)) carrier.passageIds.push(sentence.passageId);
      carrier.text = `${carrier.text} ${sentence.text}`;
    } else {
      byOutlet.set(outlet, {
        outlet,
        articleId: sentence.articleId,
        title: meta?.title ?? '',
        date: meta?.date ?? null,
        passageIds: [sentence.passageId],
        text: sentence.text,
        sentences: [sentence],
      });
    }
  }
  const speakers = new Set<string>();
  for (const sentence of members) {
    for (const statement of attribution.byPassage.get(sentence.passageId) ?? []) {
      if (statement.span.start >= sentence.span.start && statement.span.start < sentence.span.end)
        speakers.add(statement.speaker);
    }
  }
  const carriers = [...byOutlet.values()];
  return { id: members[0]?.id ?? '', text: carriers[0]?.text ?? '', speakers: [...speakers], carriers };
}

function sentencesOf(corpus: Corpus): Sentence[] {
  return corpus.passages.flatMap((passage) =>
    sentenceSpans(passage.text, findQuotes(passage.text)).map((span) => ({
      id: `${passage.id}@${span.start}`,
      passageId: passage.id,
      articleId: passage.articleId,
      span,
      text: passage.text.slice(span.start, span.end),
    })),
  );
}
