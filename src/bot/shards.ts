/**
 * A shard's side of sharing one engine between shards (the manager's side is shardManager.ts). Every shard answers
 * from the saved index: at start-up it loads it (the manager wrote it before starting any shard), and when the
 * seeds folder changes on one shard (/reindex, /add-article) that shard saves the new index and, through the
 * manager, tells every other shard to load it. The messages are in shardMessages.ts.
 */
import { randomBytes } from 'node:crypto';
import type { ShardOf } from '../config.ts';
import { corpusChanges } from '../corpus/corpusChanges.ts';
import type { Logger } from '../logger.ts';
import { loadSavedIndex } from '../search/savedIndexOffThread.ts';
import type { EngineHolder, SharedIndex } from './engineHolder.ts';
import { isShardMessage, type ShardMessage, type ShardReload } from './shardMessages.ts';

/** The IPC channel to the manager: the shard process's own (`process.send`, `process.on('message')`). */
export interface ManagerChannel {
  send(message: ShardMessage): Promise<void>;
  onMessage(listener: (message: unknown) => void): () => void;
}

export interface ShardLink {
  /** For this shard's engine holder: where the shared index is, and how to tell the other shards. */
  readonly shared: SharedIndex;
  /** From now on, loads the saved index into `holder` whenever the manager says another shard changed it. */
  serve(holder: EngineHolder, seedsDir: string): void;
  /** Stops listening; requests still waiting for the manager's answer resolve as not answered. */
  close(): void;
}

export function linkShard(
  shard: ShardOf,
  indexFile: string,
  log: Logger,
  channel: ManagerChannel = processChannel(),
): ShardLink {
  const waiting = new Map<string, (reloads: ShardReload[]) => void>();
  let holderAndSeeds: { holder: EngineHolder; seedsDir: string } | null = null;
  const others = () => Array.from({ length: shard.count }, (_, id) => id).filter((id) => id !== shard.id);
  const unanswered = (detail: string): ShardReload[] =>
    others().map((id) => ({ shard: id, outcome: 'no-answer', articles: null, detail }));

  const stopListening = channel.onMessage((message) => {
    if (!isShardMessage(message)) return;
    if (message.coverageBot === 'reloads') {
      waiting.get(message.request)?.(message.reloads);
      waiting.delete(message.request);
    } else if (message.coverageBot === 'reload' && holderAndSeeds) {
      const { holder, seedsDir } = holderAndSeeds;
      void reload(holder, seedsDir, indexFile, shard, log).then((done) =>
        channel.send({ coverageBot: 'reloaded', request: message.request, reload: done }).catch(() => undefined),
      );
    }
  });

  return {
    shared: {
      indexFile,
      tellOtherShards() {
        if (shard.count === 1) return Promise.resolve([]);
        const request = `${shard.id}-${randomBytes(6).toString('hex')}`;
        return new Promise<ShardReload[]>((resolve) => {
          waiting.set(request, resolve);
          channel.send({ coverageBot: 'reload', request }).catch((error: unknown) => {
            log.warn(
              `Could not tell the other shards to load the saved index: ${error instanceof Error ? error.message : String(error)}`,
            );
            waiting.delete(request);
            resolve(unanswered('the sharding manager could not be reached'));
          });
        });
      },
    },
    serve(holder, seedsDir) {
      holderAndSeeds = { holder, seedsDir };
    },
    close() {
      stopListening();
      for (const resolve of waiting.values()) resolve(unanswered('this shard stopped before they answered'));
      waiting.clear();
    },
  };
}

/** Loads the saved index into `holder`, after any change this shard is making itself; says what came of it. */
async function reload(
  holder: EngineHolder,
  seedsDir: string,
  indexFile: string,
  shard: ShardOf,
  log: Logger,
): Promise<ShardReload> {
  try {
    return await holder.exclusive(async (): Promise<ShardReload> => {
      const read = await loadSavedIndex(seedsDir, indexFile);
      if (read.kind !== 'loaded') {
        log.warn(
          `Another shard changed the seeds, but the saved index ${indexFile} is not this folder's (${read.kind === 'corrupt' ? read.detail : read.kind}); answering from the index as it was`,
        );
        return {
          shard: shard.id,
          outcome: read.kind,
          articles: holder.current().engine.corpus.articles.length,
          ...(read.kind === 'corrupt' ? { detail: read.detail } : {}),
        };
      }
      const before = holder.current().engine.corpus;
      await holder.swap(read.engine);
      const changes = corpusChanges(before, read.engine.corpus);
      log.info(
        `Loaded the saved index ${indexFile} after a change on another shard: ${changes.articles} articles; +${changes.added.length} -${changes.removed.length} ~${changes.changed.length}`,
      );
      return { shard: shard.id, outcome: 'loaded', articles: changes.articles };
    });
  } catch (error) {
    log.error(`Could not load the saved index ${indexFile} after a change on another shard`, error);
    return {
      shard: shard.id,
      outcome: 'failed',
      articles: holder.current().engine.corpus.articles.length,
      detail: error instanceof Error ? error.message : String(error),
    };
  }
}

/** This process's IPC channel to the process that forked it. */
export function processChannel(): ManagerChannel {
  return {
    send: (message) =>
      new Promise<void>((resolve, reject) => {
        if (!process.send || !process.connected) {
          reject(new Error('this process has no channel to a sharding manager'));
          return;
        }
        process.send(message, undefined, undefined, (error: Error | null) => (error ? reject(error) : resolve()));
      }),
    onMessage(listener) {
      process.on('message', listener);
      return () => void process.off('message', listener);
    },
  };
}
