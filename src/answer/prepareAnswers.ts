import { attributionOf } from '../attribution/attribution.ts';
import { prepareAcronyms } from '../search/acronyms.ts';
import type { SearchEngine } from '../search/engine.ts';
import { irregularFormsOf } from '../search/irregularForms.ts';
import { knownWordsOf, prepareKnownWords } from '../search/knownWords.ts';
import { properNameOf, relatedStems } from '../search/wordNet.ts';

/**
 * Does ahead of time what the first question would otherwise pay for: the attribution of every passage (seconds at
 * 20,000 passages), the coverage's names and printed words, and the lexical resources (WordNet's files, its proper
 * nouns and dated events, and the irregular forms, read once per process). The bot calls it before it connects and
 * before it swaps in a new engine, so no interaction waits on it.
 */
export function prepareAnswers(engine: SearchEngine): void {
  attributionOf(engine);
  knownWordsOf(engine);
  relatedStems('answer');
  properNameOf('answer');
  irregularFormsOf('answer');
}

/**
 * prepareAnswers with the coverage's words and acronyms read in steps: for an engine swapped in while the bot
 * answers.
 */
export async function prepareAnswersInSteps(engine: SearchEngine): Promise<void> {
  attributionOf(engine);
  await prepareKnownWords(engine);
  await prepareAcronyms(engine.corpus);
  relatedStems('answer');
  properNameOf('answer');
  irregularFormsOf('answer');
}

/**
 * The coverage's acronyms read in steps while the bot answers (4 s at 100k passages, too long to hold its start or
 * an article added in place): a question needing them sooner reads what is left itself.
 */
export function prepareAcronymsMeanwhile(engine: SearchEngine): void {
  void prepareAcronyms(engine.corpus);
}
