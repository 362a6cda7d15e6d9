import { writeArticle, type ArticleExtension } from '../corpus/addArticle.ts';
import { corpusChanges, type CorpusChanges } from '../corpus/corpusChanges.ts';
import type { Article } from '../corpus/types.ts';
import type { SearchEngine } from '../search/engine.ts';
import { buildEngineOffThread, prepareArticleOffThread } from '../search/offThread.ts';
import { prepareAnswers } from '../answer/prepareAnswers.ts';
import { describeCoverage, type Coverage } from './coverage.ts';
import type { BotContext } from './types.ts';

/** An engine with the coverage description made from it: always read together. */
export interface EngineView {
  readonly engine: SearchEngine;
  readonly coverage: Coverage;
}

/**
 * The engine the bot answers from, replaced whole when articles are added or the seeds folder is re-read.
 * Each interaction reads it once (the router puts the current view into that interaction's context), so a
 * question answered while a new engine is being built is answered from the old one, consistently, and the next
 * question from the new one. Changes to the folder run one at a time.
 */
export interface EngineHolder {
  current(): EngineView;
  swap(engine: SearchEngine): EngineView;
  /** Runs `task` after every earlier one has finished (an add and a reindex never interleave). */
  exclusive<T>(task: () => Promise<T>): Promise<T>;
}

export function createEngineHolder(engine: SearchEngine): EngineHolder {
  prepareAnswers(engine);
  let view: EngineView = { engine, coverage: describeCoverage(engine.corpus) };
  let queue: Promise<unknown> = Promise.resolve();
  return {
    current: () => view,
    swap(next) {
      prepareAnswers(next);
      view = { engine: next, coverage: describeCoverage(next.corpus) };
      return view;
    },
    exclusive(task) {
      const run = queue.then(task, task);
      queue = run.catch(() => undefined);
      return run;
    },
  };
}

/** The context of one interaction: the engine and coverage as they are now, fixed for the whole interaction. */
export function withCurrentEngine(ctx: BotContext): BotContext {
  if (!ctx.engines) return ctx;
  const { engine, coverage } = ctx.engines.current();
  return { ...ctx, engine, coverage };
}

/** Builds an engine from the seeds folder as it is now, on another thread, and swaps it in; says what changed. */
export async function reindexSeeds(holder: EngineHolder, seedsDir: string): Promise<CorpusChanges> {
  return holder.exclusive(async () => {
    const before = holder.current().engine.corpus;
    const { engine } = await buildEngineOffThread(seedsDir);
    holder.swap(engine);
    return corpusChanges(before, engine.corpus);
  });
}

export type AddedArticle = { article: Article; fileName: string; changes: CorpusChanges } | { refused: string };

/**
 * Adds a file to the seeds folder and to the index: prepared again (the folder may have changed since the
 * preview), written under the bot's own name, then the whole folder is re-read and swapped in. The reading and
 * indexing run on another thread, so questions are answered meanwhile, from the engine as it was.
 */
export async function addArticle(holder: EngineHolder, seedsDir: string, bytes: Buffer, extension: ArticleExtension): Promise<AddedArticle> {
  return holder.exclusive(async () => {
    const preview = await prepareArticleOffThread(seedsDir, bytes, extension);
    if ('refused' in preview) return preview;
    const { fileName } = preview.prepared;
    await writeArticle(seedsDir, fileName, bytes);
    const before = holder.current().engine.corpus;
    const { engine } = await buildEngineOffThread(seedsDir);
    holder.swap(engine);
    const article = engine.corpus.articles.find((entry) => entry.meta.file === fileName) ?? preview.prepared.article;
    return { article, fileName, changes: corpusChanges(before, engine.corpus) };
  });
}
