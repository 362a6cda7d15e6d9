import { tokensOf } from '../search/analyzer.ts';
import { ask } from '../search/ask.ts';
import type { SearchEngine } from '../search/engine.ts';
import type { Answer, AskOptions, CitedPassage } from '../search/types.ts';
import { attributionOf, speakersOfPassage, type Attribution } from './attribution.ts';
import { REPORTING_VERB_FORMS } from './lexicon.ts';
import { DEFAULT_DIRECTORY } from './speakerDirectory.ts';
import type { SpeakerKind, Statement } from './types.ts';
import { citeStatement, resolveSpeaker, type CitedStatement } from './whoSaid.ts';

/** A cited passage with who speaks in it. */
export interface SpokenPassage extends CitedPassage {
  /** Who speaks in the passage shown (see speakersOfPassage); empty when nobody is quoted there. */
  speakers: string[];
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

/** How many of a who-answer's passages its lead speakers are drawn from. */
const LEAD_POOL = 20;

/** "Who said ...", "whom", "whose", "who is ...". */
const WHO = /(?:^|[^\p{L}])(?:who|whom|whose)(?:$|[^\p{L}])/iu;
/** Phrasings that name the speaker asked about: "What did Mao Ning say", "according to Kim", "Putin's view". */
const NAMED_SPEAKER = [
  /\bwhat\s+(?:did|does|do|has|have)\s+(.+?)\s+(?:say|said|claim|argue|warn|tell|write|add|mean|think|call|urge|announce|report|accuse|denounce|stress)\b/iu,
  /\bhow\s+(?:did|does|do|has|have)\s+(.+?)\s+(?:react|respond|describe|call|see|view)\b/iu,
  /\baccording\s+to\s+(.+?)(?:,|\?|$)/iu,
  /\b(.+?)['’]s\s+(?:view|views|stance|position|reaction|response|comments?|remarks?|statements?|words|warning|claim)\b/iu,
];
/** Question words that say "speech" rather than what was said: left out when matching statements. */
const SPEECH_WORDS = new Set(REPORTING_VERB_FORMS.flatMap((verb) => tokensOf(verb.form).map((token) => token.stem)));

/**
 * ask() with speakers: the same passages (same ranking, paging and refusals), each with who speaks in it and
 * the statement that answers the question; the speakers who answer, in order, to lead with. A question that
 * names the speaker it asks about ("What did Mao Ning say about NATO?") has that speaker's passages first.
 */
export function askWithSpeakers(engine: SearchEngine, question: string, options: AskOptions = {}, attribution: Attribution = attributionOf(engine)): SpeakerAnswer {
  const asked = speakerAskedAbout(question, attribution);
  const askedSpeaker = asked?.speaker ?? null;
  const asksWho = WHO.test(question) || askedSpeaker !== null;
  const voices = askedSpeaker ? DEFAULT_DIRECTORY.voicesOf(askedSpeaker) : new Set<string>();
  const answer = asked ? speakerAnswer(engine, question, asked.phrase, voices, options, attribution) : ask(engine, question, options);
  const questionTerms = new Set(tokensOf(question).map((token) => token.stem).filter((stem) => !SPEECH_WORDS.has(stem)));
  const spoken = answer.passages.map((passage) => speakPassage(passage, questionTerms, voices, engine, attribution));
  // "Who said what about X?" leads with everyone who answers, not only the speakers on this page.
  const pool = asksWho && !asked && answer.total > spoken.length
    ? ask(engine, question, { ...options, offset: 0, limit: LEAD_POOL }).passages.map((passage) => speakPassage(passage, questionTerms, voices, engine, attribution))
    : spoken;
  return { ...answer, passages: spoken, asksWho, askedSpeaker, speakers: leadSpeakers(pool, attribution) };
}

/**
 * The answer to "What did X say about Y?": the passages where X (or one speaking for X) is a main speaker, then
 * where X speaks in passing, then the rest. Besides ask()'s own results for the question, the passages where X
 * speaks that answer "Y" alone count: "she added" names neither Mao Ning nor NATO, but attribution knows who
 * "she" is. With no Y ("What did China say?"), all of X's passages, in the coverage's order.
 */
function speakerAnswer(engine: SearchEngine, question: string, phrase: string, voices: ReadonlySet<string>, options: AskOptions, attribution: Attribution): Answer {
  const all = engine.corpus.passages.length;
  const whole = ask(engine, question, { ...options, offset: 0, limit: all });
  const rest = question.replace(phrase, ' ');
  const topical = ask(engine, rest, { ...options, offset: 0, limit: all });
  const speaksIn = (passageIds: readonly string[], main: boolean) =>
    passageIds.some((id) => (main ? speakersOfPassage(attribution, id) : (attribution.byPassage.get(id) ?? []).map((statement) => statement.speaker)).some((speaker) => voices.has(speaker)));
  const idsOf = (passage: CitedPassage) => passage.carriers.map((carrier) => carrier.passageId);

  const pool: CitedPassage[] = [...whole.passages];
  const extra = topical.answered ? topical.passages : speakerPassages(engine, voices, options.outlet, attribution);
  for (const passage of extra) if (speaksIn(idsOf(passage), false)) pool.push(passage);
  const seen = new Set<string>();
  const unique = pool.filter((passage) => {
    const key = [...(engine.groups.get(passage.id) ?? [passage.id])].sort().join('|');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const tier = (passage: CitedPassage) => (speaksIn(idsOf(passage), true) ? 0 : speaksIn(idsOf(passage), false) ? 1 : 2);
  const ordered = [0, 1, 2].flatMap((wanted) => unique.filter((passage) => tier(passage) === wanted));
  if (ordered.length === 0) return whole;
  const offset = Math.max(0, options.offset ?? 0);
  const page = ordered.slice(offset, offset + Math.max(1, options.limit ?? 5));
  const articleIds = [...new Set(page.flatMap((passage) => passage.carriers.map((carrier) => carrier.articleId)))];
  return {
    question,
    answered: page.length > 0,
    reason: page.length > 0 ? null : (whole.reason ?? topical.reason),
    passages: page,
    sources: articleIds.map((id) => engine.articleById.get(id)).filter((meta) => meta !== undefined),
    total: ordered.length,
  };
}

/** Every passage where one of these speakers speaks, once per near-duplicate group, in the coverage's order. */
function speakerPassages(engine: SearchEngine, voices: ReadonlySet<string>, outlet: string | undefined, attribution: Attribution): CitedPassage[] {
  const passages: CitedPassage[] = [];
  const seen = new Set<string>();
  for (const statement of attribution.statements) {
    if (!voices.has(statement.speaker) || seen.has(statement.passageId)) continue;
    const group = engine.groups.get(statement.passageId) ?? [statement.passageId];
    for (const id of group) seen.add(id);
    const carriers = [statement.passageId, ...group.filter((id) => id !== statement.passageId)]
      .map((id) => {
        const meta = engine.articleById.get(engine.passageById.get(id)?.articleId ?? '');
        return meta ? { passageId: id, outlet: meta.outlet, title: meta.title, date: meta.date, articleId: meta.id } : null;
      })
      .filter((carrier) => carrier !== null)
      .filter((carrier, index, all) => all.findIndex((other) => other.outlet === carrier.outlet) === index);
    if (outlet && carriers[0]?.outlet.toLowerCase() !== outlet.toLowerCase()) continue;
    passages.push({ id: statement.passageId, text: engine.passageById.get(statement.passageId)?.text ?? '', carriers, score: 0, matchedTerms: [] });
  }
  return passages;
}

function speakPassage(passage: CitedPassage, questionTerms: ReadonlySet<string>, voices: ReadonlySet<string>, engine: SearchEngine, attribution: Attribution): SpokenPassage {
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
export function answeringStatement(statements: readonly Statement[], questionTerms: ReadonlySet<string>, voices: ReadonlySet<string>, mainSpeakers: readonly string[]): Statement | null {
  const asked = statements.filter((statement) => voices.has(statement.speaker));
  const candidates = asked.length > 0 ? asked : statements;
  let best: Statement | null = null;
  let bestScore = 0;
  for (const statement of candidates) {
    const inner = candidates.filter((other) => other !== statement && other.span.start >= statement.span.start && other.span.end <= statement.span.end && other.text.length < statement.text.length);
    const innerTerms = new Set(inner.flatMap((other) => tokensOf(other.text).map((token) => token.stem)));
    const own = new Set(tokensOf(statement.text).map((token) => token.stem).filter((stem) => !innerTerms.has(stem)));
    const score = [...questionTerms].filter((term) => own.has(term)).length;
    if (score > bestScore) [best, bestScore] = [statement, score];
  }
  return best ?? candidates.find((statement) => mainSpeakers.includes(statement.speaker)) ?? candidates[0] ?? null;
}

/** The speaker a question asks about by name, resolved against the coverage's speakers, with the words naming it; null when none. */
export function speakerAskedAbout(question: string, attribution: Attribution): { speaker: string; phrase: string } | null {
  for (const pattern of NAMED_SPEAKER) {
    const phrase = question.match(pattern)?.[1];
    if (!phrase) continue;
    const words = phrase.trim().split(/\s+/).slice(-5);
    // The longest run of the phrase's words that names a speaker: "did the Chinese Foreign Ministry" -> Chinese Foreign Ministry.
    for (let length = words.length; length > 0; length--) {
      for (let from = 0; from + length <= words.length; from++) {
        const named = words.slice(from, from + length).join(' ');
        const speaker = resolveSpeaker(attribution, named);
        if (speaker) return { speaker, phrase: named };
      }
    }
  }
  return null;
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
      const summary = attribution.speakers.find((entry) => entry.speaker === name);
      lead.set(name, { speaker: name, kind: summary?.kind ?? 'person', role: passage.statement?.speaker === name ? passage.statement.role : (summary?.roles[0] ?? null), passageIds: [passage.id] });
    }
  }
  return [...lead.values()];
}
