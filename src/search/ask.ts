import type { SearchResult } from 'minisearch';
import { normalizeUnicode } from '../corpus/normalizeText.ts';
import type { ArticleMeta } from '../corpus/types.ts';
import { analyzeQuestion, type Concept } from './analyzeQuestion.ts';
import type { SearchEngine } from './engine.ts';
import { topResults } from './topResults.ts';
import { outletNamedIn } from './outletNamedIn.ts';
import type { Answer, AskOptions, Carrier, CitedPassage } from './types.ts';

export const DEFAULT_LIMIT = 5;
/** Longer questions are read up to here: nobody asks a 6,000-character question on purpose. */
export const MAX_QUESTION_CHARS = 1000;
/** A passage must cover this share of the question's weighted concepts to count as an answer. */
export const COVERAGE_FLOOR = 0.5;
/** Partial matches ranked below this share of the best result are noise; passages covering every concept always stay. */
const RELATIVE_FLOOR = 0.1;
/** Only this many of the index's hits are weighed; the rest score too low to matter. */
const CANDIDATES = 300;
const ALIAS_BOOST = 0.6;
/**
 * A passage that leaves part of the question uncovered must match something that few passages share:
 * covered concepts whose inverse document frequencies add up to that of a term found in this many passages.
 * "Population of North Korea" is not answered by any passage that merely names North Korea.
 */
const SPECIFIC_PASSAGES = 3;
const CONTEXT_BOOST = 0.4;

export const REASONS = {
  empty: 'Ask a question about the coverage, for example: "What did North Korea say about the NATO office in Tokyo?"',
  noTerms: 'That question has no words to search for. Try naming who or what you are asking about.',
  notFound: 'Nothing in the coverage answers that question.',
  unknownOutlet: (outlet: string) => `No outlet called "${outlet}" is in the coverage.`,
  absent: (labels: string[]) => `Nothing in the coverage answers that: it never mentions ${labels.map((label) => `"${label}"`).join(' or ')}.`,
} as const;

interface Ranked {
  result: SearchResult;
  coverage: number;
  rank: number;
}

/** Answers a question from the coverage: the passages that answer it, each with every outlet that carried it. */
export function ask(engine: SearchEngine, question: string, options: AskOptions = {}): Answer {
  const asked = normalizeUnicode(question).replace(/\s+/g, ' ').trim().slice(0, MAX_QUESTION_CHARS);
  if (!/[\p{L}\p{N}]/u.test(asked)) return refusal(question, REASONS.empty);

  const named = options.outlet ? null : outletNamedIn(asked, engine.corpus.articles);
  const outlet = options.outlet ? canonicalOutlet(options.outlet, engine) : named?.outlet;
  if (options.outlet && !outlet) return refusal(question, REASONS.unknownOutlet(options.outlet));

  let concepts = analyzeQuestion(named?.rest ?? asked, engine);
  let contextConcepts = options.context ? analyzeQuestion(options.context, engine) : [];
  const ownKeys = new Set(concepts.map((concept) => concept.ownStems.join(' ')));
  contextConcepts = contextConcepts.filter((concept) => !ownKeys.has(concept.ownStems.join(' ')));
  if (concepts.length === 0) [concepts, contextConcepts] = [contextConcepts, []];
  if (concepts.length === 0) return named ? outletOnly(question, engine, named.outlet, options) : refusal(question, REASONS.noTerms);

  const absent = concepts.filter((concept) => concept.absent);
  if (absent.length > 0) return refusal(question, REASONS.absent(absent.map((concept) => concept.label)));

  const boosts = termBoosts(concepts, 1, ALIAS_BOOST);
  for (const [term, boost] of termBoosts(contextConcepts, CONTEXT_BOOST, CONTEXT_BOOST / 2)) {
    if (!boosts.has(term)) boosts.set(term, boost);
  }
  const results = topResults(engine.index, [...boosts.keys()].join(' '), {
    combineWith: 'OR',
    prefix: false,
    fuzzy: false,
    boostTerm: (term) => boosts.get(term) ?? 1,
    filter: outlet ? (result) => outletOf(result.id, engine) === outlet : undefined,
  }, CANDIDATES);

  const specificity = Math.log(1 + engine.corpus.passages.length / SPECIFIC_PASSAGES);
  const ranked: Ranked[] = [];
  for (const result of results.slice(0, CANDIDATES)) {
    const matched = textMatches(result);
    const coverage = coverageOf(concepts, matched);
    if (coverage < COVERAGE_FLOOR || !coversMost(concepts, matched) || !specificEnough(concepts, matched, specificity)) continue;
    const contextCoverage = contextConcepts.length > 0 ? coverageOf(contextConcepts, matched) : 0;
    ranked.push({ result, coverage, rank: Math.sqrt(result.score) * coverage * coverage * (1 + contextCoverage) });
  }
  ranked.sort((a, b) => b.rank - a.rank);
  const best = ranked[0]?.rank ?? 0;
  const kept = ranked.filter((entry) => entry.coverage >= 0.999 || entry.rank >= best * RELATIVE_FLOOR);
  if (kept.length === 0) return refusal(question, REASONS.notFound);

  const cited = citeOnce(kept, engine, outlet);
  const offset = Math.max(0, options.offset ?? 0);
  const page = cited.slice(offset, offset + Math.max(1, options.limit ?? DEFAULT_LIMIT));
  return { question, answered: page.length > 0, reason: page.length > 0 ? null : REASONS.notFound, passages: page, sources: sourcesOf(page, engine), total: cited.length };
}

/** Per-term boosts: the question's own words count fully, alias and spelling variants less. */
function termBoosts(concepts: Concept[], own: number, alias: number): Map<string, number> {
  const boosts = new Map<string, number>();
  for (const concept of concepts) {
    for (const stem of concept.ownStems) boosts.set(stem, Math.max(boosts.get(stem) ?? 0, own));
    for (const phrasing of concept.phrasings) {
      for (const stem of phrasing) if (!boosts.has(stem)) boosts.set(stem, alias);
    }
  }
  return boosts;
}

/** Stems a result matched in the passage text itself (not in its article's title or outlet). */
function textMatches(result: SearchResult): Set<string> {
  const matched = new Set<string>();
  for (const [term, fields] of Object.entries(result.match)) if (fields.includes('text')) matched.add(term);
  return matched;
}

/** Weighted share of the concepts a passage covers; a phrasing half present counts half. */
export function coverageOf(concepts: readonly Concept[], matched: ReadonlySet<string>): number {
  let total = 0;
  let covered = 0;
  for (const concept of concepts) {
    total += concept.weight;
    covered += concept.weight * conceptCoverage(concept, matched);
  }
  return total > 0 ? covered / total : 0;
}

/** More than half the concepts at least half present: one rare word alone does not answer a two-part question. */
function coversMost(concepts: readonly Concept[], matched: ReadonlySet<string>): boolean {
  // Vague words count half: a question made mostly of them ("who won the football world cup") needs more than one match.
  const needed = concepts.reduce((sum, concept) => sum + (concept.vague ? 0.5 : 1), 0) / 2;
  const covered = concepts.filter((concept) => conceptCoverage(concept, matched) >= 0.5).length;
  return covered > needed;
}

function specificEnough(concepts: readonly Concept[], matched: ReadonlySet<string>, specificity: number): boolean {
  let evidence = 0;
  let uncovered = false;
  for (const concept of concepts) {
    if (conceptCoverage(concept, matched) >= 0.5) evidence += concept.weight;
    else uncovered = true;
  }
  return !uncovered || evidence >= specificity;
}

function conceptCoverage(concept: Concept, matched: ReadonlySet<string>): number {
  return Math.max(...concept.phrasings.map((stems) => stems.filter((stem) => matched.has(stem)).length / stems.length));
}

/** One entry per near-duplicate group, naming every outlet that carried it. */
function citeOnce(ranked: Ranked[], engine: SearchEngine, outlet: string | undefined): CitedPassage[] {
  const shownGroups = new Set<string>();
  const cited: CitedPassage[] = [];
  for (const { result, rank } of ranked) {
    const id = String(result.id);
    const group = engine.groups.get(id) ?? [id];
    const groupKey = [...group].sort().join('|');
    if (shownGroups.has(groupKey)) continue;
    shownGroups.add(groupKey);
    const passage = engine.passageById.get(id);
    if (!passage) continue;
    const carriers = [id, ...group.filter((member) => member !== id)]
      .map((member) => carrierOf(member, engine))
      .filter((carrier): carrier is Carrier => carrier !== null)
      .filter((carrier, index, all) => all.findIndex((other) => other.outlet === carrier.outlet) === index);
    if (outlet && carriers[0]?.outlet !== outlet) continue;
    cited.push({ id, text: passage.text, carriers, score: round(rank), matchedTerms: Object.keys(result.match) });
  }
  return cited;
}

function carrierOf(passageId: string, engine: SearchEngine): Carrier | null {
  const passage = engine.passageById.get(passageId);
  const article = passage && engine.articleById.get(passage.articleId);
  if (!passage || !article) return null;
  return { passageId, outlet: article.outlet, title: article.title, date: article.date, articleId: article.id };
}

function sourcesOf(passages: CitedPassage[], engine: SearchEngine): ArticleMeta[] {
  const ids = [...new Set(passages.flatMap((passage) => passage.carriers.map((carrier) => carrier.articleId)))];
  return ids.map((id) => engine.articleById.get(id)).filter((meta): meta is ArticleMeta => meta !== undefined);
}

/** "What did Al Mayadeen report?": the outlet's passages in article order. */
function outletOnly(question: string, engine: SearchEngine, outlet: string, options: AskOptions): Answer {
  const passages = engine.corpus.passages.filter((passage) => outletOf(passage.id, engine) === outlet);
  const offset = Math.max(0, options.offset ?? 0);
  const page = passages.slice(offset, offset + Math.max(1, options.limit ?? DEFAULT_LIMIT)).map((passage) => {
    const carrier = carrierOf(passage.id, engine);
    return { id: passage.id, text: passage.text, carriers: carrier ? [carrier] : [], score: 0, matchedTerms: [] };
  });
  return { question, answered: page.length > 0, reason: page.length > 0 ? null : REASONS.notFound, passages: page, sources: sourcesOf(page, engine), total: passages.length };
}

function outletOf(passageId: string | number, engine: SearchEngine): string | undefined {
  const passage = engine.passageById.get(String(passageId));
  return passage ? engine.articleById.get(passage.articleId)?.outlet : undefined;
}

function canonicalOutlet(name: string, engine: SearchEngine): string | undefined {
  const wanted = name.trim().toLowerCase();
  return engine.corpus.articles.find((article) => article.meta.outlet.toLowerCase() === wanted)?.meta.outlet;
}

function refusal(question: string, reason: string): Answer {
  return { question, answered: false, reason, passages: [], sources: [], total: 0 };
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
