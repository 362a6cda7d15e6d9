/**
 * The thread that writes the saved index for savedIndexOffThread.ts: `npm run index`'s work (read the seeds folder,
 * build, serialize, write), or only a check that the file there is already for these seeds and this code.
 */
import { parentPort } from 'node:worker_threads';
import { readEngineIndex, writeEngineIndex } from './persistedEngine.ts';
import type { IndexMiss } from './engineSerialization.ts';

export interface SaveRequest {
  seedsDir: string;
  indexFile: string;
  /** Write only when the file is not already the index of these seeds by this code. */
  onlyIfStale: boolean;
}

/** What the thread found or did. */
export type SaveReply =
  | { kind: 'current'; articles: number; passages: number }
  | { kind: 'written'; articles: number; passages: number; bytes: number; was: IndexMiss['kind'] | 'rebuilt' }
  | { kind: 'failed'; error: string; code: string | null };

const port = parentPort;
if (port) {
  port.once('message', (request: SaveRequest) => {
    save(request).then(
      (reply) => port.postMessage(reply),
      (error: NodeJS.ErrnoException) =>
        port.postMessage({ kind: 'failed', error: error.message, code: error.code ?? null } satisfies SaveReply),
    );
  });
  port.postMessage('ready');
}

async function save({ seedsDir, indexFile, onlyIfStale }: SaveRequest): Promise<SaveReply> {
  let was: IndexMiss['kind'] | 'rebuilt' = 'rebuilt';
  if (onlyIfStale) {
    const found = await readEngineIndex(seedsDir, { indexFile });
    if (found.kind === 'loaded')
      return {
        kind: 'current',
        articles: found.engine.corpus.articles.length,
        passages: found.engine.corpus.passages.length,
      };
    was = found.kind;
  }
  const { engine, bytes } = await writeEngineIndex(seedsDir, { indexFile });
  return {
    kind: 'written',
    articles: engine.corpus.articles.length,
    passages: engine.corpus.passages.length,
    bytes,
    was,
  };
}
