import { askWithSpeakers, type SpeakerAnswer } from '../attribution/askWithSpeakers.ts';
import { attributionOf, type Attribution } from '../attribution/attribution.ts';
import type { SearchEngine } from '../search/engine.ts';
import type { AskOptions } from '../search/types.ts';

/** Longer questions are read up to here: the one place a question is cut, before any pattern runs. */
export const MAX_QUESTION_CHARS = 1000;

/**
 * The one entry point the terminal, the bot and the eval call: the question is cut once, ranked once,
 * ordered by speaker for who-questions, and paged once.
 */
export function answerQuestion(engine: SearchEngine, question: string, options: AskOptions = {}, attribution: Attribution = attributionOf(engine)): SpeakerAnswer {
  const asked = question.slice(0, MAX_QUESTION_CHARS);
  const context = options.context?.slice(0, MAX_QUESTION_CHARS);
  return askWithSpeakers(engine, asked, { ...options, ...(context ? { context } : {}) }, attribution);
}
