import { askWithSpeakers, type SpeakerAnswer } from '../attribution/askWithSpeakers.ts';
import { attributionOf, type Attribution } from '../attribution/attribution.ts';
import type { SearchEngine } from '../search/engine.ts';
import { MAX_QUESTION_CHARS, type RankOptions } from '../search/ask.ts';
import type { Answer } from '../search/types.ts';
import { resolveFollowUp } from './followUp.ts';
import { printedAnswer, printedFieldAsked } from './metadataAnswer.ts';
import { asksDifference, outletDifference } from './outletDifference.ts';
import { outletsNamedIn } from '../search/outletNamedIn.ts';


/**
 * The one entry point the terminal, the bot and the eval call. The question is cut once, then answered by the
 * route it asks for: what an article prints about itself (headline, date, byline, captions, subheadings), or
 * what the articles say, ranked once, ordered by speaker for who-questions, and paged once.
 */
export function answerQuestion(engine: SearchEngine, question: string, options: RankOptions = {}, attribution: Attribution = attributionOf(engine)): SpeakerAnswer {
  return { ...routeQuestion(engine, question, options, attribution), question };
}

function routeQuestion(engine: SearchEngine, question: string, options: RankOptions, attribution: Attribution): SpeakerAnswer {
  const context = options.context?.slice(0, MAX_QUESTION_CHARS);
  const followUp = context ? resolveFollowUp(question.slice(0, MAX_QUESTION_CHARS), context, attribution) : null;
  const asked = followUp?.question ?? question.slice(0, MAX_QUESTION_CHARS);
  if (followUp?.dependsOnContext) options = { ...options, dependsOnContext: true };
  const field = printedFieldAsked(asked);
  if (field) {
    const printed = printedAnswer(engine, asked, field, options);
    if (printed.answered && field !== 'section') return withoutSpeakers(printed);
    if (printed.answered && field === 'section') {
      // A subheading question is answered by the passages on its topic, each cited with its section.
      const topical = askWithSpeakers(engine, asked, { ...options, ...(context ? { context } : {}) }, attribution);
      if (!topical.answered) return withoutSpeakers(printed);
      return topical;
    }
  }
  const outlets = outletsNamedIn(asked, engine.corpus.articles)?.outlets ?? [];
  if (!options.outlet && outlets.length === 2 && asksDifference(asked)) {
    const difference = outletDifference(engine, asked, [outlets[0] ?? '', outlets[1] ?? ''], options, attribution);
    if (difference.answered) return withoutSpeakers(difference);
  }
  return askWithSpeakers(engine, asked, { ...options, ...(context ? { context } : {}) }, attribution);
}

function withoutSpeakers(answer: Answer): SpeakerAnswer {
  return { ...answer, passages: answer.passages.map((passage) => ({ ...passage, speakers: [], statement: null })), asksWho: false, askedSpeaker: null, speakers: [] };
}
