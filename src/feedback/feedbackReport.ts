import { REASONS } from '../search/ask.ts';
import type { FeedbackData, RefusalRecord } from './feedbackStore.ts';

/** What /feedback shows: how answers were rated, which ones people disliked, and what the coverage lacks. */
export interface FeedbackReport {
  answersRated: number;
  up: number;
  down: number;
  voters: number;
  /** Questions the coverage did not answer (not counting those asked of a wrong outlet): distinct, and how often they were asked. */
  refusals: { distinct: number; asked: number };
  /** Questions that got at least one 👎, the worst first (most 👎 net of 👍, then most 👎). */
  worst: RatedQuestion[];
  /** Unanswered questions the coverage lacks an answer to, the most asked first: what to add. */
  missing: RefusalRecord[];
  /** Refused for how they were asked, not for what the coverage lacks: an outlet it does not have, or one that carries nothing on it. */
  askedWrongly: RefusalRecord[];
}

export interface RatedQuestion {
  question: string;
  outlet: string | null;
  up: number;
  down: number;
  /** The passages of its most disliked answer, as shown. */
  passageIds: string[];
}

export function feedbackReport(data: FeedbackData, limit = 5): FeedbackReport {
  let up = 0;
  let down = 0;
  let answersRated = 0;
  const voters = new Set<string>();
  const byQuestion = new Map<string, RatedQuestion & { worstDown: number }>();
  for (const record of data.answers.values()) {
    const votes = [...record.votes];
    if (votes.length === 0) continue;
    answersRated += 1;
    const ups = votes.filter(([, entry]) => entry.vote === 'up').length;
    const downs = votes.length - ups;
    up += ups;
    down += downs;
    for (const [user] of votes) voters.add(user);
    const key = `${fold(record.question)}\u0000${fold(record.outlet ?? '')}`;
    const group = byQuestion.get(key) ?? {
      question: record.question,
      outlet: record.outlet,
      up: 0,
      down: 0,
      passageIds: record.passageIds,
      worstDown: -1,
    };
    group.up += ups;
    group.down += downs;
    if (downs > group.worstDown) {
      group.worstDown = downs;
      group.passageIds = record.passageIds;
    }
    byQuestion.set(key, group);
  }
  const worst = [...byQuestion.values()]
    .filter((group) => group.down > 0)
    .sort((a, b) => b.down - b.up - (a.down - a.up) || b.down - a.down || a.question.localeCompare(b.question))
    .slice(0, limit)
    .map(({ question, outlet, up: ups, down: downs, passageIds }) => ({
      question,
      outlet,
      up: ups,
      down: downs,
      passageIds,
    }));
  const sorted = [...data.refusals.values()].sort((a, b) => b.count - a.count || b.last.localeCompare(a.last));
  const refusals = sorted.filter((refusal) => !askedWrongly(refusal.reason));
  const missing = refusals.slice(0, limit);
  const wrongly = sorted.filter((refusal) => askedWrongly(refusal.reason)).slice(0, limit);
  return {
    answersRated,
    up,
    down,
    voters: voters.size,
    refusals: { distinct: refusals.length, asked: refusals.reduce((sum, refusal) => sum + refusal.count, 0) },
    worst,
    missing,
    askedWrongly: wrongly,
  };
}

/** How the engine's reasons for a wrong outlet filter begin: the text before where they name the outlet. */
const OUTLET_REASONS = [REASONS.unknownOutlet('\u0000'), REASONS.outletSilent('\u0000')].map(
  (reason) => reason.split('\u0000')[0] ?? reason,
);

/** Refused for its outlet filter: "No outlet called …", "Nothing in the coverage answers that from RT: …". */
function askedWrongly(reason: string): boolean {
  return OUTLET_REASONS.some((prefix) => reason.startsWith(prefix));
}

function fold(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}
