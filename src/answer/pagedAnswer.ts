import type { LeadSpeaker, SpeakerAnswer, SpokenPassage } from '../attribution/askWithSpeakers.ts';
import { pageOf, sourcesOf } from '../search/ask.ts';
import type { SearchEngine } from '../search/engine.ts';
import type { AskOptions } from '../search/types.ts';

/** An answer made of passages already ranked: the page the options ask for, its sources, and every passage counted. */
export function pagedAnswer(
  question: string,
  passages: readonly SpokenPassage[],
  speakers: LeadSpeaker[],
  asksWho: boolean,
  engine: SearchEngine,
  options: AskOptions,
): SpeakerAnswer {
  const page = pageOf(passages, options);
  return {
    question,
    answered: page.length > 0,
    reason: page.length > 0 ? null : 'Nothing more in the coverage answers that question.',
    passages: page,
    sources: sourcesOf(page, engine),
    total: passages.length,
    asksWho,
    askedSpeaker: null,
    speakers,
  };
}
