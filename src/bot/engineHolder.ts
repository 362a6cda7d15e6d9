import { prepareArticle, writeArticle, type ArticleExtension } from '../corpus/addArticle.ts';
import { corpusChanges, type CorpusChanges } from '../corpus/corpusChanges.ts';
import { setAsideSeedFile } from '../corpus/removeArticle.ts';
import type { Article, ArticleMeta } from '../corpus/types.ts';
import type { SearchEngine } from '../search/engine.ts';
import { engineWithArticle } from '../search/engineWithArticle.ts';
import { corpusWithoutArticle, engineWithoutArticle } from '../search/engineWithoutArticle.ts';
import { knownWordsInSteps } from '../search/knownWords.ts';
import { buildEngineOffThread } from '../search/offThread.ts';
import { loadSavedIndex, saveIndexOffThread } from '../search/savedIndexOffThread.ts';
import { prepareAcronymsMeanwhile, prepareAnswers, prepareAnswersInSteps } from '../answer/prepareAnswers.ts';
import { describeCoverage, type Coverage } from './coverage.ts';
import type { ShardReload } from './shardMessages.ts';
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
  /** Prepares the engine's answers (in steps, answering meanwhile from the current one), then answers from it. */
  swap(engine: SearchEngine): Promise<EngineView>;
  /**
   * Answers from `engine` from now on, without yielding: for an engine made from the current one in place
   * (engineWithArticle), which shares its index, so the current one must not answer once it is made.
   */
  swapNow(engine: SearchEngine): EngineView;
  /** Runs `task` after every earlier one has finished (an add and a reindex never interleave). */
  exclusive<T>(task: () => Promise<T>): Promise<T>;
  /** Present in a shard: the engine is shared with the other shards through the saved index. */
  readonly shared?: SharedIndex;
}

/**
 * How a shard shares its engine with the others (src/bot/shards.ts): a change to the seeds folder is saved to
 * `indexFile`, which this shard then answers from, and every other shard is told to load it.
 */
export interface SharedIndex {
  readonly indexFile: string;
  /** Tells every other shard to load the saved index; resolves with what each did. */
  tellOtherShards(): Promise<ShardReload[]>;
}

/**
 * The holder of `engine`, which it owns from now on: an article added is added to the engine in place (its index
 * extended), so nothing else may go on using the engine given here.
 */
export function createEngineHolder(engine: SearchEngine, shared?: SharedIndex): EngineHolder {
  prepareAnswers(engine);
  prepareAcronymsMeanwhile(engine);
  let view: EngineView = { engine, coverage: describeCoverage(engine.corpus) };
  let queue: Promise<unknown> = Promise.resolve();
  return {
    ...(shared ? { shared } : {}),
    current: () => view,
    async swap(next) {
      await prepareAnswersInSteps(next);
      view = { engine: next, coverage: describeCoverage(next.corpus) };
      return view;
    },
    swapNow(next) {
      prepareAnswers(next);
      prepareAcronymsMeanwhile(next);
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

/** What a change to the seeds folder did; in a shard, also what each other shard did when told to load it. */
export type Reindexed = CorpusChanges & { shards?: ShardReload[] };

/**
 * Builds an engine from the seeds folder as it is now, on another thread, and swaps it in; says what changed.
 * In a shard, the engine is saved for the other shards, which are then told to load it.
 */
export async function reindexSeeds(holder: EngineHolder, seedsDir: string): Promise<Reindexed> {
  const changes = await holder.exclusive(async () => {
    const before = holder.current().engine.corpus;
    const engine = await buildNow(holder, seedsDir);
    await holder.swap(engine);
    return corpusChanges(before, engine.corpus);
  });
  // Outside the queue: another shard may be waiting, in its own queue, for this one to load its change.
  return holder.shared ? { ...changes, shards: await holder.shared.tellOtherShards() } : changes;
}

/**
 * The engine of the seeds folder as it is now, built on another thread. In a shard, saved as the shared index and
 * read back from it, so this shard answers from the very file the others load.
 */
async function buildNow(holder: EngineHolder, seedsDir: string): Promise<SearchEngine> {
  if (!holder.shared) return (await buildEngineOffThread(seedsDir)).engine;
  await saveIndexOffThread(seedsDir, holder.shared.indexFile);
  const read = await loadSavedIndex(seedsDir, holder.shared.indexFile);
  if (read.kind === 'loaded') return read.engine;
  // The folder changed again while it was indexed (the other shards, told, will say so): this shard reads it as it is.
  return (await buildEngineOffThread(seedsDir)).engine;
}

export type AddedArticle = { article: Article; fileName: string; changes: Reindexed } | { refused: string };

/**
 * Adds a file to the seeds folder and to the coverage: prepared again against the coverage as it is now (it may
 * have changed since the preview), written under the bot's own name, then added to the engine in place
 * (engineWithArticle: the one article cleaned and indexed, nothing else read again). In a shard, the folder is
 * indexed whole into the shared index instead, on another thread, so that every shard loads the same engine.
 */
export async function addArticle(
  holder: EngineHolder,
  seedsDir: string,
  bytes: Buffer,
  extension: ArticleExtension,
): Promise<AddedArticle> {
  const added = await holder.exclusive(async (): Promise<AddedArticle> => {
    const before = holder.current().engine;
    const preparation = await prepareArticle(before.corpus, bytes, extension);
    if ('refused' in preparation) return preparation;
    const { fileName, article, shortLines } = preparation.prepared;
    await writeArticle(seedsDir, fileName, bytes);
    if (holder.shared) {
      const engine = await buildNow(holder, seedsDir);
      await holder.swap(engine);
      const indexed = engine.corpus.articles.find((entry) => entry.meta.file === fileName) ?? article;
      return { article: indexed, fileName, changes: corpusChanges(before.corpus, engine.corpus) };
    }
    const { engine } = holder.swapNow(engineWithArticle(before, article, shortLines));
    const { corpus } = engine;
    const changes = { added: [fileName], removed: [], changed: [], skipped: corpus.skipped };
    return {
      article,
      fileName,
      changes: { ...changes, articles: corpus.articles.length, passages: corpus.passages.length },
    };
  });
  if ('refused' in added || !holder.shared) return added;
  return { ...added, changes: { ...added.changes, shards: await holder.shared.tellOtherShards() } };
}

export type RemovedArticle =
  | {
      article: ArticleMeta;
      /** Where the file went (DATA_DIR/removed/); null when it had already left the seeds folder. */
      setAside: string | null;
      changes: Reindexed;
    }
  | { refused: string };

/**
 * Takes the article of the seed file `file` out of the coverage: its file is moved to DATA_DIR/removed/, then the
 * article is removed from the engine in place (engineWithoutArticle: nothing else read or indexed again). The
 * coverage's known words are worked out in steps first, answering meanwhile from the current engine. In a shard,
 * the folder is indexed whole into the shared index instead, as for an added article.
 */
export async function removeArticle(
  holder: EngineHolder,
  seedsDir: string,
  file: string,
  dataDir: string,
): Promise<RemovedArticle> {
  const removed = await holder.exclusive(async (): Promise<RemovedArticle> => {
    const before = holder.current().engine;
    const article = before.corpus.articles.find((entry) => entry.meta.file === file);
    if (!article) return { refused: `${file} is not in the coverage (any more).` };
    const setAside = await setAsideSeedFile(seedsDir, file, dataDir);
    if (holder.shared) {
      const engine = await buildNow(holder, seedsDir);
      await holder.swap(engine);
      return { article: article.meta, setAside, changes: corpusChanges(before.corpus, engine.corpus) };
    }
    const corpus = corpusWithoutArticle(before, article.meta.id);
    const known = await knownWordsInSteps(corpus);
    holder.swapNow(engineWithoutArticle(before, article.meta.id, corpus, known));
    const changes = { added: [], removed: [file], changed: [], skipped: corpus.skipped };
    return {
      article: article.meta,
      setAside,
      changes: { ...changes, articles: corpus.articles.length, passages: corpus.passages.length },
    };
  });
  if ('refused' in removed || !holder.shared) return removed;
  return { ...removed, changes: { ...removed.changes, shards: await holder.shared.tellOtherShards() } };
}
