import { fileURLToPath } from 'node:url';
import { loadCorpus } from '../../src/corpus/loadCorpus.ts';
import type { Article, Corpus } from '../../src/corpus/types.ts';
import { answerQuestion } from '../../src/answer/answerQuestion.ts';
import type { RankOptions } from '../../src/search/ask.ts';
import { createSearchEngine, type SearchEngine } from '../../src/search/engine.ts';
import { readInventedPages } from '../eval/inventedPages.ts';
import { withRuleOff } from '../ruleSwitch.ts';

export const SEEDS_DIR = fileURLToPath(new URL('../../seeds/', import.meta.url));

/** The three seed articles, by outlet. */
export const RT = '000_f71c56816dc1f524';
export const APR = '001_fe31f7d76e41631b';
export const AM = '002_d1625408a4c11c81';

let seeds: Promise<Corpus> | null = null;

/** The seeds as the corpus module reads them, loaded once per test file. */
export function seedCorpus(): Promise<Corpus> {
  seeds ??= loadCorpus(SEEDS_DIR);
  return seeds;
}

let seedsEngine: Promise<SearchEngine> | null = null;

/** A search engine over the seeds, built once per test file: tests that only ask questions share it. */
export function seedEngine(): Promise<SearchEngine> {
  seedsEngine ??= seedCorpus().then(createSearchEngine);
  return seedsEngine;
}

/** A search engine over an invented page batch's pages (`invented-pages-129.json`), empty when it is missing. */
export async function inventedPagesEngine(file: string): Promise<SearchEngine> {
  return createSearchEngine((await readInventedPages(file))?.corpus ?? corpusOf([]));
}

/** The first three passages' texts, one per line, of the answer as the eval asks for it (ten passages). */
export function topThreeTexts(engine: SearchEngine, question: string, options: RankOptions = {}): string {
  return answerQuestion(engine, question, { limit: 10, ...options })
    .passages.slice(0, 3)
    .map((passage) => passage.text)
    .join('\n');
}

/**
 * Whether a question is refused with a reason naming `named`, as a rule makes it, and answered with the rule off:
 * what a test of a rule that makes a refusal checks both ways.
 */
export function refusedOnlyByRule<Rules extends Record<string, boolean>>(
  engine: SearchEngine,
  question: string,
  named: string,
  rules: Rules,
  rule: keyof Rules,
): { refused: boolean; named: boolean; answeredWithRuleOff: boolean } {
  const answer = answerQuestion(engine, question, { limit: 3 });
  return {
    refused: !answer.answered,
    named: answer.reason?.includes(named) ?? false,
    answeredWithRuleOff: withRuleOff(rules, rule, () => answerQuestion(engine, question, { limit: 3 }).answered),
  };
}

/** A one-article corpus of the given paragraphs (passage ids `a#p1`, `a#p2`, ...). */
export function corpusOf(paragraphs: readonly string[], outlet = 'Example Outlet'): Corpus {
  return corpusOfArticles([articleOf('a', 'Example', paragraphs, outlet)]);
}

/** An article of the given paragraphs (passage ids `<id>#p1`, ...), with no metadata but its outlet and title. */
export function articleOf(
  id: string,
  title: string,
  paragraphs: readonly string[],
  outlet = 'Example Outlet',
): Article {
  return {
    meta: {
      id,
      file: `${id}.txt`,
      outlet,
      title,
      date: null,
      dateline: null,
      datedLine: null,
      creditLine: null,
      byline: null,
      creditedSource: null,
      otherNames: [],
      url: null,
    },
    passages: paragraphs.map((text, index) => ({
      id: `${id}#p${index + 1}`,
      articleId: id,
      paragraph: index + 1,
      text,
      section: null,
    })),
    captions: [],
    asides: [],
  };
}

/** A corpus of these articles. */
export function corpusOfArticles(articles: readonly Article[]): Corpus {
  return {
    articles: [...articles],
    passages: articles.flatMap((article) => article.passages),
    skipped: [],
    shortLines: new Uint32Array(),
  };
}
