/**
 * One article added to an engine in place, without reading or indexing the rest of the coverage again: what the
 * bot does when someone adds an article. The new engine is a new object (every cache keyed by an engine, a corpus
 * or an attribution starts afresh for it) that shares the old one's MiniSearch index and typo vocabulary, which
 * are extended, not copied: the old engine must not be used once the new one is in place.
 */
import { attributionOf, attributionWithArticle, keepAttribution } from '../attribution/attribution.ts';
import type { Article, Corpus } from '../corpus/types.ts';
import { assembleEngine, indexingOf, type PassageStems, type SearchEngine } from './engine.ts';
import { keepKnownWordsWithArticle } from './knownWords.ts';
import { documentsWithTerm } from './miniSearchInternals.ts';
import { groupsWithPassages } from './nearDuplicates.ts';

/**
 * The engine with `article` appended to its coverage; `shortLines` is the corpus's short lines with the article's
 * page's (addedPageArticle in src/corpus/loadCorpus.ts). Throws when the coverage already has an article of that id.
 */
export function engineWithArticle(engine: SearchEngine, article: Article, shortLines: Uint32Array): SearchEngine {
  if (engine.articleById.has(article.meta.id))
    throw new Error(`the coverage already has an article ${article.meta.id}`);
  const corpus: Corpus = {
    articles: [...engine.corpus.articles, article],
    passages: [...engine.corpus.passages, ...article.passages],
    skipped: engine.corpus.skipped,
    shortLines,
  };
  const { documents, passageTerms: addedTerms, surfaces } = indexingOf(article.passages, [article]);
  engine.index.addAll(documents);
  for (const [surface, stems] of surfaces) {
    const known = engine.vocabulary.get(surface);
    if (!known) engine.vocabulary.set(surface, stems);
    else for (const stem of stems) if (!known.includes(stem)) known.push(stem);
  }
  const passageTerms = passageStemsWith(engine.passageTerms, addedTerms);
  const documentFrequency = new Map(engine.documentFrequency);
  for (const stems of addedTerms.values())
    for (const stem of stems) documentFrequency.set(stem, (documentFrequency.get(stem) ?? 0) + 1);

  const firstNew = engine.corpus.passages.length;
  const addedOrder = new Map(article.passages.map((passage, i) => [passage.id, firstNew + i]));
  let order: Map<string, number> | undefined;
  const groups = groupsWithPassages(
    engine.groups,
    article.passages.map((passage) => ({
      id: passage.id,
      articleId: article.meta.id,
      terms: addedTerms.get(passage.id) ?? new Set(),
    })),
    {
      passageCount: (term) => documentFrequency.get(term) ?? 0,
      passagesWith: (term) => documentsWithTerm(engine.index, term, 'text'),
      termsOf: (id) => passageTerms.get(id),
      articleOf: (id) => engine.passageById.get(id)?.articleId ?? (addedOrder.has(id) ? article.meta.id : undefined),
      // Places in the corpus, worked out only when a passage joins a group.
      order: (id) => {
        order ??= new Map(corpus.passages.map((passage, i) => [passage.id, i]));
        return order.get(id) ?? 0;
      },
    },
  );
  const next = assembleEngine({
    corpus,
    index: engine.index,
    vocabulary: engine.vocabulary,
    groups,
    passageTerms,
    documentFrequency,
  });
  keepAttribution(corpus, attributionWithArticle(attributionOf(engine), corpus, article));
  keepKnownWordsWithArticle(engine, next, article);
  return next;
}

/** The passages' stems with the added passages' in front of them. */
function passageStemsWith(base: PassageStems, added: ReadonlyMap<string, ReadonlySet<string>>): PassageStems {
  return { get: (id) => added.get(id) ?? base.get(id) };
}
