import type { ArticleMeta } from '../corpus/types.ts';

/** Where one outlet carried a passage. */
export interface Carrier {
  passageId: string;
  outlet: string;
  title: string;
  date: string | null;
  articleId: string;
}

/** A passage returned for a question, with every outlet that carried it. */
export interface CitedPassage {
  /** The id of the passage shown (the first carrier's). */
  id: string;
  text: string;
  /** Every outlet that carried this passage or a near-identical one; first is the one shown. */
  carriers: Carrier[];
  score: number;
  /** Query terms that matched, for highlighting. */
  matchedTerms: string[];
  /** Set when the excerpt is what the article prints about itself (headline, caption, ...), not its body. */
  printed?: 'headline' | 'dateline' | 'byline' | 'caption' | 'credit' | 'section';
}

export interface Answer {
  question: string;
  /** False when nothing in the coverage answers the question (or the question was unusable). */
  answered: boolean;
  /** Why the answer is empty, in words for a user; null when answered. */
  reason: string | null;
  passages: CitedPassage[];
  /** The articles cited, once each, in order of first citation. */
  sources: ArticleMeta[];
  /** How many passages answer in all, across pages. */
  total: number;
}

export interface AskOptions {
  /** Maximum passages to return (default 5). */
  limit?: number;
  /** Skip this many results first, for paging. */
  offset?: number;
  /** Restrict to one outlet (case-insensitive). */
  outlet?: string;
  /** Earlier question whose terms give context (a thread's question). */
  context?: string;
}
