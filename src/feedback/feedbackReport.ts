import type { FeedbackData, RefusalRecord } from './feedbackStore.ts';

/** What /feedback shows: how answers were rated, which ones people disliked, and what the coverage lacks. */
export interface FeedbackReport {
  answersRated: number;
  up: number;
  down: number;
  voters: number;
  /** Questions the coverage did not answer: distinct, and how often they were asked. */
  refusals: { distinct: number; asked: number };
  /** Questions that got at least one 👎, the worst first (most 👎 net of 👍, then most 👎). */
  worst: RatedQuestion[];
  /** Unanswered questions, the most asked first. */
  missing: RefusalRecord[];
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
    const group = byQuestion.get(key) ?? { question: record.question, outlet: record.outlet, up: 0, down: 0, passageIds: record.passageIds, worstDown: -1 };
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
    .map(({ question, outlet, up: ups, down: downs, passageIds }) => ({ question, outlet, up: ups, down: downs, passageIds }));
  const refusals = [...data.refusals.values()];
  const missing = refusals.sort((a, b) => b.count - a.count || b.last.localeCompare(a.last)).slice(0, limit);
  return {
    answersRated,
    up,
    down,
    voters: voters.size,
    refusals: { distinct: refusals.length, asked: refusals.reduce((sum, refusal) => sum + refusal.count, 0) },
    worst,
    missing,
  };
}

function fold(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}
