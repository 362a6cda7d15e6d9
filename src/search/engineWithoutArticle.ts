/**
 * One article removed from an engine in place, without reading or indexing the rest of the coverage again: what the
 * bot does when someone removes an article. As with engineWithArticle, the new engine shares the old one's
 * MiniSearch index and typo vocabulary, which are changed, not copied: the old engine must not be used once the new
 * one is in place.
 */
import { attributionOf, attributionWithoutArticle, keepAttribution } from '../attribution/attribution.ts';
import type { Corpus } from '../corpus/types.ts';
import { assembleEngine, indexingOf, type PassageStems, type SearchEngine } from './engine.ts';
import { keepKnownWordsOf, knownWordsOf, type KnownWords } from './knownWords.ts';
import { groupsWithoutPassages } from './nearDuplicates.ts';

/** The coverage of `engine` without the article `articleId`; throws when it has no such article. */
export function corpusWithoutArticle(engine: SearchEngine, articleId: string): Corpus {
  const { corpus } = engine;
  if (!engine.articleById.has(articleId)) throw new Error(`the coverage has no article ${articleId}`);
  // The folder's short lines stay: a line the removed page printed may still count as repeated for a page added
  // later, until the folder is read whole again.
  return {
    ...corpus,
    articles: corpus.articles.filter((article) => article.meta.id !== articleId),
    passages: corpus.passages.filter((passage) => passage.articleId !== articleId),
  };
}

/**
 * The engine without the article `articleId`. `corpus` is corpusWithoutArticle's, and `known` its known words when
 * worked out beforehand in steps (knownWordsInSteps), as a bot does so that no interaction waits on them.
 */
export function engineWithoutArticle(
  engine: SearchEngine,
  articleId: string,
  corpus: Corpus = corpusWithoutArticle(engine, articleId),
  known?: KnownWords,
): SearchEngine {
  const article = engine.corpus.articles.find((entry) => entry.meta.id === articleId);
  if (!article) throw new Error(`the coverage has no article ${articleId}`);
  // The documents exactly as they were indexed, so that MiniSearch removes every posting: discard() would leave
  // them in place until a vacuum, and searches of an index with discarded documents take MiniSearch's slow path.
  const { documents, passageTerms: removedTerms, surfaces } = indexingOf(article.passages, [article]);
  engine.index.removeAll(documents);

  const documentFrequency = new Map(engine.documentFrequency);
  for (const stems of removedTerms.values())
    for (const stem of stems) {
      const count = (documentFrequency.get(stem) ?? 0) - 1;
      if (count > 0) documentFrequency.set(stem, count);
      else documentFrequency.delete(stem);
    }
  // A word is forgotten when none of its stems is left in the coverage.
  for (const surface of surfaces.keys()) {
    const stems = engine.vocabulary.get(surface)?.filter((stem) => documentFrequency.has(stem));
    if (stems && stems.length > 0) engine.vocabulary.set(surface, stems);
    else engine.vocabulary.delete(surface);
  }

  const removed = new Set(removedTerms.keys());
  const passageTerms = passageStemsWithout(engine.passageTerms, removed);
  const groups = groupsWithoutPassages(engine.groups, removed, {
    termsOf: (id) => passageTerms.get(id),
    articleOf: (id) => engine.passageById.get(id)?.articleId,
  });
  const next = assembleEngine({
    corpus,
    index: engine.index,
    vocabulary: engine.vocabulary,
    groups,
    passageTerms,
    documentFrequency,
  });
  keepAttribution(corpus, attributionWithoutArticle(attributionOf(engine), corpus, articleId));
  if (known) keepKnownWordsOf(next, known);
  else knownWordsOf(next);
  return next;
}

function passageStemsWithout(base: PassageStems, removed: ReadonlySet<string>): PassageStems {
  return { get: (id) => (removed.has(id) ? undefined : base.get(id)) };
}
