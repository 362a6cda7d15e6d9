/**
 * The saved index as several processes share it (the shards of src/bot/shards.ts): one process writes it, on a
 * thread of its own so that it keeps answering meanwhile, and every process reads it back a step at a time, so
 * that each keeps answering while it loads. Both only call the saved index's own functions (persistedEngine.ts).
 */
import { resolve } from 'node:path';
import { tsWorker } from '../tsWorker.ts';
import { deserializeEngineAsync, readIndexFile, type IndexFileBytes, type IndexRead } from './engineSerialization.ts';
import { engineFingerprint } from './indexFingerprint.ts';
import { seedsNowFor } from './persistedEngine.ts';
import type { SaveReply, SaveRequest } from './savedIndexWorker.ts';

export type SavedIndex = Exclude<SaveReply, { kind: 'failed' }>;

/**
 * Writes the index of the seeds folder as it is now to `indexFile` (as `npm run index` does), on another thread;
 * with `onlyIfStale`, only when the file there is not already the index of these seeds by this code. Fails as
 * loadCorpus does (the error's `code` kept) when the folder cannot be read.
 */
export async function saveIndexOffThread(
  seedsDir: string,
  indexFile: string,
  { onlyIfStale = false } = {},
): Promise<SavedIndex> {
  const worker = tsWorker(new URL('./savedIndexWorker.ts', import.meta.url));
  try {
    const reply = await new Promise<SaveReply>((resolvePromise, reject) => {
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`the index thread stopped (exit code ${code})`)));
      worker.on('message', (message: SaveReply | 'ready') => {
        if (message === 'ready')
          worker.postMessage({ seedsDir, indexFile: resolve(indexFile), onlyIfStale } satisfies SaveRequest);
        else resolvePromise(message);
      });
    });
    if (reply.kind === 'failed') throw Object.assign(new Error(reply.error), reply.code ? { code: reply.code } : {});
    return reply;
  } finally {
    await worker.terminate();
  }
}

/**
 * The engine in `indexFile` when it is the index of the seeds folder as it is now, written by this code; else
 * why not. Read a step at a time (deserializeEngineAsync), so questions are answered in between.
 */
export async function loadSavedIndex(seedsDir: string, indexFile: string): Promise<IndexRead> {
  let bytes: IndexFileBytes;
  try {
    bytes = await readIndexFile(resolve(indexFile));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT' ? { kind: 'missing' } : { kind: 'corrupt', detail: `unreadable (${code ?? 'error'})` };
  }
  return deserializeEngineAsync(bytes, { seeds: await seedsNowFor(seedsDir, bytes), engine: engineFingerprint() });
}
