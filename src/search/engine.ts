import MiniSearch, { type Options } from 'minisearch';
import SearchableMap from 'minisearch/SearchableMap';
import type { Article, ArticleMeta, Corpus, Passage } from '../corpus/types.ts';
import { splitWords, termOf, tokensOf, type Token } from './analyzer.ts';
import { checkMiniSearchInternals } from './miniSearchInternals.ts';
import { nearDuplicateGroups } from './nearDuplicates.ts';

/** A passage as the index holds it: each field already reduced to space-separated stems. */
export interface IndexedPassage {
  id: string;
  text: string;
  title: string;
  outlet: string;
}

export const FIELD_BOOSTS = { text: 1, title: 0.3, outlet: 0.5 } as const;

/** The one set of options used both to build the index and to load a persisted one. */
export const INDEX_OPTIONS: Options<IndexedPassage> = {
  idField: 'id',
  fields: ['text', 'title', 'outlet'],
  storeFields: [],
  tokenize: (text) => (text ? text.split(' ') : []),
  processTerm: (term) => term,
  searchOptions: {
    boost: { ...FIELD_BOOSTS },
    tokenize: (text) => (text ? text.split(' ') : []),
    processTerm: (term) => term,
  },
};

export interface SearchEngine {
  corpus: Corpus;
  index: MiniSearch<IndexedPassage>;
  passageById: ReadonlyMap<string, Passage>;
  articleById: ReadonlyMap<string, ArticleMeta>;
  /** In how many passages each stem occurs (text field). */
  documentFrequency: ReadonlyMap<string, number>;
  /** Folded surface words of the corpus, each with its stems: for typo and prefix look-ups. */
  vocabulary: SearchableMap<string[]>;
  /** Near-identical passages carried by several outlets: each grouped id to its whole group. */
  groups: ReadonlyMap<string, string[]>;
  /** Stems of each passage's text. */
  passageTerms: PassageStems;
}

/** Each passage's stems by its id: a Map when built, made on first look-up from the saved columns when loaded. */
export interface PassageStems {
  get(id: string): ReadonlySet<string> | undefined;
}

/** Builds the search engine over a corpus. Pure: the same corpus gives the same engine. */
export function createSearchEngine(corpus: Corpus): SearchEngine {
  const { documents, passageTerms, surfaces } = indexingOf(corpus.passages, corpus.articles);
  const vocabulary = new SearchableMap<string[]>();
  for (const [surface, stems] of surfaces) vocabulary.set(surface, stems);
  const index = new MiniSearch(INDEX_OPTIONS);
  index.addAll(documents);
  const groups = nearDuplicateGroups(
    corpus.passages.map((passage) => ({
      id: passage.id,
      articleId: passage.articleId,
      terms: passageTerms.get(passage.id) ?? new Set(),
    })),
  );
  return assembleEngine({
    corpus,
    index,
    vocabulary,
    groups,
    passageTerms,
    documentFrequency: documentFrequencyOf(passageTerms.values()),
  });
}

/**
 * In how many passages each stem occurs, given each passage's stems in passage order: the map's order is then the
 * same however the stems were kept (a built engine's sets, a saved index's columns).
 */
export function documentFrequencyOf(stemsByPassage: Iterable<Iterable<string>>): Map<string, number> {
  const documentFrequency = new Map<string, number>();
  for (const stems of stemsByPassage)
    for (const stem of stems) documentFrequency.set(stem, (documentFrequency.get(stem) ?? 0) + 1);
  return documentFrequency;
}

/** What indexing articles' passages takes: their documents for MiniSearch, their stems, and their words' stems. */
export interface Indexing {
  documents: IndexedPassage[];
  passageTerms: Map<string, ReadonlySet<string>>;
  /** Each folded surface word with its stems, in first-seen order. */
  surfaces: Map<string, string[]>;
}

/** The passages as the index takes them, in their order; `articles` give their titles and outlets. */
export function indexingOf(passages: readonly Passage[], articles: readonly Article[]): Indexing {
  const articleFields = new Map(
    articles.map((article) => [
      article.meta.id,
      { title: stemsOf(article.meta.title), outlet: stemsOf(article.meta.outlet) },
    ]),
  );
  // Surfaces gathered in a plain Map and put into the radix tree once each, in first-seen order: the
  // same tree as setting them as they come, without a tree look-up per word of the corpus.
  const surfaces = new Map<string, string[]>();
  const passageTerms = new Map<string, ReadonlySet<string>>();
  const documents: IndexedPassage[] = [];
  const tokensOf = memoizedTokenizer();
  for (const passage of passages) {
    const tokens = tokensOf(passage.text);
    const stems = new Set<string>();
    for (const { surface, stem } of tokens) {
      stems.add(stem);
      const known = surfaces.get(surface);
      if (!known) surfaces.set(surface, [stem]);
      else if (!known.includes(stem)) known.push(stem);
    }
    passageTerms.set(passage.id, stems);
    const fields = articleFields.get(passage.articleId) ?? { title: '', outlet: '' };
    documents.push({ id: passage.id, text: tokens.map((token) => token.stem).join(' '), ...fields });
  }
  return { documents, passageTerms, surfaces };
}

/** What an engine is made of, built or read from a saved index; the rest of it is derived from these. */
export type EngineParts = Pick<
  SearchEngine,
  'corpus' | 'index' | 'vocabulary' | 'groups' | 'passageTerms' | 'documentFrequency'
>;

/** The one place a SearchEngine is put together, for a fresh build and a saved index alike (engineSerialization.ts). */
export function assembleEngine({
  corpus,
  index,
  vocabulary,
  groups,
  passageTerms,
  documentFrequency,
}: EngineParts): SearchEngine {
  checkMiniSearchInternals(index);
  return {
    corpus,
    index,
    passageById: new Map(corpus.passages.map((passage) => [passage.id, passage])),
    articleById: new Map(corpus.articles.map((article) => [article.meta.id, article.meta])),
    documentFrequency,
    vocabulary,
    groups,
    passageTerms,
  };
}

/**
 * `tokensOf`, remembering each word's token: a corpus repeats a few tens of thousands of distinct words
 * millions of times, and folding and stemming each occurrence was a third of the build. Relies on
 * `termOf` being a pure function of the word.
 */
function memoizedTokenizer(): (text: string) => Token[] {
  const known = new Map<string, Token | null>();
  return (text) => {
    const tokens: Token[] = [];
    for (const word of splitWords(text)) {
      let token = known.get(word);
      if (token === undefined) {
        token = termOf(word);
        known.set(word, token);
      }
      if (token) tokens.push(token);
    }
    return tokens;
  };
}

function stemsOf(text: string): string {
  return tokensOf(text)
    .map((token) => token.stem)
    .join(' ');
}
