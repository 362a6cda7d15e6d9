/**
 * Questions over the seeds written blind (test/eval/blind-seeds.json): by a reader who saw the articles and the
 * development set's README but neither the engine nor any earlier question, in the development set's format and
 * kinds. Measured before any rule was changed for them; then the odd-numbered half was tuned on and the even half
 * kept sealed (only its figures are printed).
 */
import { readFileSync } from 'node:fs';
import type { DevQuestion } from './devSet.ts';

export interface BlindSeeds {
  tuned: DevQuestion[];
  sealed: DevQuestion[];
  /** The chrome the boilerplate-trap questions name: what no top 3 may hold. */
  chrome: string[];
}

export function readBlindSeeds(): BlindSeeds {
  const questions = JSON.parse(readFileSync(new URL('./blind-seeds.json', import.meta.url), 'utf8')) as DevQuestion[];
  const number = (question: DevQuestion) => Number(question.id.replace(/\D+/g, ''));
  return {
    tuned: questions.filter((question) => number(question) % 2 === 1),
    sealed: questions.filter((question) => number(question) % 2 === 0),
    chrome: questions
      .filter((question) => question.kind === 'boilerplate-trap')
      .flatMap((question) => question.expect.mustNotContain ?? []),
  };
}
