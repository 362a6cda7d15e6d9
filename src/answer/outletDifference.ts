import { attributionOf, type Attribution } from '../attribution/attribution.ts';
import { claimsOf } from '../attribution/compareCoverage.ts';
import { tokensOf } from '../search/analyzer.ts';
import { answerOf, ask, round } from '../search/ask.ts';
import type { Corpus } from '../corpus/types.ts';
import type { SearchEngine } from '../search/engine.ts';
import type { Answer, AskOptions, Carrier, CitedPassage } from '../search/types.ts';

/** Words that ask what one outlet has and another lacks. */
const DIFFERENCE =
  /\b(?:not|no|never|without|absent|missing|lacks?|lacking|omits?|omitted|leaves? out|left out|unlike|only|counterpart|that (?:the )?\S+(?: \S+)? (?:did|does|do)n['’]?t)\b/i;
/** The outlet that lacks: named right after one of these. */
const LACKING_BEFORE =
  /(?:absent from|missing from|not in|no counterpart in|unlike|lacking in|left out of|omitted (?:from|by)|than)\s+(?:the\s+)?$/i;

/** The outlet that lacks, named right before one of these: "that RT doesn't", "RT's version leaves out". */
const LACKING_AFTER =
  /^(?:['’]?s)?\s+(?:(?:version|article|piece|report|story|write-?up)\s+)?(?:(?:does|did|do)(?:n['’]?t|\s+not)|lacks?|omits?|leaves?\s+out|left\s+out|misses)\b/i;

/** The outlets a question naming only one sets it against: "the other two", "the others", "nobody else". */
const THE_REST =
  /\b(?:the\s+other\s+(?:two|three|\w+s)\b|the\s+others\b|the\s+rest\b|any\s+other\b|every\s+other\b|no\s+other\b|nobody\s+else|no\s*one\s+else|(?:anyone|anybody|everyone|everybody)\s+else)/i;

/** Whether a question naming one outlet asks what it alone reports ("anything the other two leave out?"). */
export function asksWhatOnlyItReports(question: string): boolean {
  return (
    ((DIFFERENCE.test(question) || /n['’]t\b/i.test(question)) && THE_REST.test(question)) || ONLY_IT.test(question)
  );
}
/** Asking what one outlet alone has, with no word of lacking: "What is unique to RT's report?". */
const ONLY_IT =
  /\b(?:unique\s+to|exclusive\s+to|nobody\s+else|no\s*one\s+else|no\s+other\s+(?:outlet|site|paper|report|article)s?)\b/i;

/** Switches for the rules below, so that a test can show what each one does. */
export const OUTLET_DIFFERENCE_RULES = {
  /** "beyond the text it shares with RT", "angles RT didn't run": what one carries past the other's. */
  carriedBeyond: true,
  /** What one outlet adds, in the order it tells it, not the least shared first. */
  outletsOrder: true,
  /** "Compared with RT's report, what extra material does Asia-Pacific Research add?": what one adds to the other. */
  addedMaterial: true,
};

/** Words of adding to another outlet's text: "extra", "add on top of", "tack on", "bolt on". */
const ADDED =
  /\b(?:extra|additional|supplementary|adds?|added|adding|(?:tack|bolt)(?:s|ed|ing)?\s+on)\b|\bon\s+top\s+of\b/i;
/** The outlet added to, named right after one of these: "compared with RT's report", "on top of RT's story". */
const ADDED_TO_BEFORE =
  /(?:compared\s+(?:with|to)|on\s+top\s+of|(?:tack|bolt)(?:s|ed|ing)?\s+on\s+to|add(?:s|ed|ing)?\s+to)\s+(?:the\s+)?$/i;

/** What one outlet carries past another's: "beyond what ...", "beyond the text it shares", "RT didn't run". */
const CARRIED_BEYOND =
  /\bbeyond\s+(?:what|the\s+(?:text|parts?|material|copy|story|content|bits?)\b)|\b(?:did|does|do)n['’]?t\s+(?:run|carry|report|include|mention|print|publish|cover)\b/i;

/** Whether a question naming two outlets asks what one reports that the other does not. */
export function asksDifference(question: string): boolean {
  return (
    DIFFERENCE.test(question) ||
    (OUTLET_DIFFERENCE_RULES.carriedBeyond && CARRIED_BEYOND.test(question)) ||
    (OUTLET_DIFFERENCE_RULES.addedMaterial && ADDED.test(question))
  );
}

/**
 * "What did Al Mayadeen report that RT did not?": every claim one outlet carries that the other does not, in the
 * order the first outlet tells them, from the same comparison `/compare` shows. The outlet named after "absent
 * from", "not in", "unlike" is the one that lacks; otherwise the first named has, the second lacks.
 */
export function outletDifference(
  engine: SearchEngine,
  question: string,
  outlets: readonly [string, string],
  options: AskOptions = {},
  attribution: Attribution = attributionOf(engine),
): Answer {
  const [first, second] = outlets;
  const secondLacks = !lacksAt(question, first) || lacksAt(question, second);
  const [has, lacks] = secondLacks ? [first, second] : [second, first];
  return claimsMissingFrom(
    engine,
    question,
    has,
    [lacks],
    options,
    attribution,
    `Everything ${has} reports is also in ${lacks}.`,
  );
}

/**
 * "Does Al Mayadeen's write-up include anything the other two leave out?": every claim the outlet carries that
 * no other outlet of the coverage does, as `outletDifference` finds them against one.
 */
export function onlyReportedBy(
  engine: SearchEngine,
  question: string,
  has: string,
  options: AskOptions = {},
  attribution: Attribution = attributionOf(engine),
): Answer {
  const others = [...new Set(engine.corpus.articles.map((article) => article.meta.outlet))].filter(
    (outlet) => outlet !== has,
  );
  return claimsMissingFrom(
    engine,
    question,
    has,
    others,
    options,
    attribution,
    `Everything ${has} reports is also in another outlet.`,
  );
}

function claimsMissingFrom(
  engine: SearchEngine,
  question: string,
  has: string,
  lacks: readonly string[],
  options: AskOptions,
  attribution: Attribution,
  noneReason: string,
): Answer {
  const missing = missingClaims(engine, has, lacks, attribution);
  // The outlet's own additions as it tells them, the first of them first; or, asked what the others lack altogether,
  // the claims sharing the fewest words with any of their passages first.
  const ordered =
    OUTLET_DIFFERENCE_RULES.outletsOrder && !ALTOGETHER.test(question)
      ? missing
      : [...missing].sort((a, b) => a.overlap - b.overlap);
  const claims = ordered.map(({ overlap: _overlap, ...passage }): CitedPassage => passage);
  return answerOf(question, inTopicOrder(engine, question, claims), engine, options, noneReason);
}

/** "absent from Al Mayadeen's article altogether", "not there at all": what the other outlet shares no words with. */
const ALTOGETHER = /\b(?:altogether|at\s+all|entirely|completely|whatsoever)\b/i;

/** Passages of the question's own ranking read to order the claims by the question's topic. */
const TOPIC_PASSAGES = 50;

/**
 * "What does X cover that Y doesn't, on China's reaction?": the claims on the question's topic first, in the order
 * the search ranks them; a question naming no topic ("What did X report that Y did not?") keeps the claims' order.
 */
function inTopicOrder(engine: SearchEngine, question: string, claims: readonly CitedPassage[]): CitedPassage[] {
  const ranked = ask(engine, question, { limit: TOPIC_PASSAGES });
  const rankOf = new Map<string, number>();
  ranked.passages.forEach((passage, rank) => {
    if (passage.score <= 0) return;
    for (const id of [passage.id, ...(engine.groups.get(passage.id) ?? [])]) if (!rankOf.has(id)) rankOf.set(id, rank);
  });
  const at = (claim: CitedPassage) => rankOf.get(claim.id) ?? Infinity;
  return [...claims].sort((a, b) => at(a) - at(b));
}

type MissingClaim = CitedPassage & { overlap: number };

/** By corpus, then by the outlet that has and those that lack: each comparison is made once. */
const missingByCorpus = new WeakMap<Corpus, Map<string, readonly MissingClaim[]>>();

/**
 * Every claim `has` carries that none of `lacks` does, one passage each, in the coverage's order, each with the share
 * of its words found in a passage of the lacking outlets; computed once per corpus and outlets (at 100k passages,
 * finding the lacking outlets' passages and going through every claim took 20-30 ms a question).
 */
function missingClaims(
  engine: SearchEngine,
  has: string,
  lacks: readonly string[],
  attribution: Attribution,
): readonly MissingClaim[] {
  const key = JSON.stringify([has, ...lacks]);
  let byOutlets = missingByCorpus.get(engine.corpus);
  const known = byOutlets?.get(key);
  if (known) return known;
  const passages: MissingClaim[] = [];
  const seen = new Set<string>();
  const lackingPassages = engine.corpus.passages.filter((passage) =>
    lacks.includes(engine.articleById.get(passage.articleId)?.outlet ?? ''),
  );
  // Each claim is weighed against every passage of the outlets that lack it: past this many, the claims keep the
  // order the outlet tells them (at 100k passages, weighing them held one question for minutes).
  const lacking =
    lackingPassages.length <= OVERLAP_PASSAGES_MAX
      ? lackingPassages.map((passage) => engine.passageTerms.get(passage.id) ?? new Set<string>())
      : [];
  for (const claim of claimsOf(engine, attribution)) {
    const carriers = claim.carriers.filter((carrier) => !lacks.includes(carrier.outlet));
    const own = carriers.find((carrier) => carrier.outlet === has);
    if (!own || carriers.length !== claim.carriers.length) continue;
    const passageId = own.passageIds[0];
    if (!passageId || seen.has(passageId)) continue;
    seen.add(passageId);
    const cited: Carrier[] = carriers.map((carrier) => ({
      passageId: carrier.passageIds[0] ?? passageId,
      outlet: carrier.outlet,
      title: carrier.title,
      date: carrier.date,
      articleId: carrier.articleId,
    }));
    const overlap = overlapWith(lacking, own.text);
    passages.push({
      id: passageId,
      text: engine.passageById.get(passageId)?.text ?? own.text,
      carriers: [
        cited.find((carrier) => carrier.outlet === has) ?? (cited[0] as Carrier),
        ...cited.filter((carrier) => carrier.outlet !== has),
      ],
      score: round(1 - overlap),
      matchedTerms: [],
      overlap,
    });
  }
  if (!byOutlets) missingByCorpus.set(engine.corpus, (byOutlets = new Map<string, readonly MissingClaim[]>()));
  byOutlets.set(key, passages);
  return passages;
}

/** Passages of the lacking outlets that claims are weighed against at most. */
const OVERLAP_PASSAGES_MAX = 2000;

/** The largest share of a claim's words that one of these passages holds (0 when none is weighed). */
function overlapWith(passages: readonly ReadonlySet<string>[], text: string): number {
  if (passages.length === 0) return 0;
  const words = new Set(tokensOf(text).map((token) => token.stem));
  if (words.size === 0) return 1;
  let best = 0;
  for (const terms of passages) {
    let shared = 0;
    for (const word of words) if (terms.has(word)) shared++;
    best = Math.max(best, shared / words.size);
  }
  return best;
}

/** Whether the question names the outlet where it lacks: after "absent from", or before "doesn't" ("that RT's doesn't"). */
function lacksAt(question: string, outlet: string): boolean {
  const name = outlet.toLowerCase().replace(/\s+english$/, '');
  const lower = question.toLowerCase();
  for (let at = lower.indexOf(name); at >= 0; at = lower.indexOf(name, at + 1)) {
    const end = at + name.length;
    if (/\p{L}/u.test(lower[at - 1] ?? '')) continue;
    if (at > 0 && LACKING_BEFORE.test(question.slice(0, at))) return true;
    if (at > 0 && OUTLET_DIFFERENCE_RULES.addedMaterial && ADDED_TO_BEFORE.test(question.slice(0, at))) return true;
    if (LACKING_AFTER.test(question.slice(end))) return true;
  }
  return false;
}
