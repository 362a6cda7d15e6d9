import { answerQuestion } from '../../src/answer/answerQuestion.ts';
import { attributionOf } from '../../src/attribution/attribution.ts';
import type { SearchEngine } from '../../src/search/engine.ts';
import { knownWordsOf } from '../../src/search/knownWords.ts';
import type { EvalQuestion } from '../eval/questions.ts';

/**
 * What an engine answers and knows, in a form two engines can be compared by: an engine changed in place
 * (engineWithArticle, engineWithoutArticle) against one built afresh.
 */
export function observedEngine(engine: SearchEngine, questions: readonly EvalQuestion[]) {
  const attribution = attributionOf(engine);
  return {
    answers: questions.map((question) =>
      answerQuestion(engine, question.question, question.context ? { context: question.context } : {}),
    ),
    documentCount: engine.index.documentCount,
    documentFrequency: [...engine.documentFrequency].sort(([a], [b]) => (a < b ? -1 : 1)),
    groups: [...engine.groups].sort(([a], [b]) => (a < b ? -1 : 1)),
    stems: engine.corpus.passages.map((passage) => [...(engine.passageTerms.get(passage.id) ?? [])]),
    statements: attribution.statements,
    statementGroups: attribution.groups.map((group) => group.members.map((member) => member.id)),
    speakers: attribution.speakers,
    knownWords: knownWordsOf(engine),
  };
}
