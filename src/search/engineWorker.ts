/**
 * The thread that does the corpus work that takes seconds on a large folder (see offThread.ts): building an engine
 * from the seeds folder (read, index, work out who says what; posted back as the saved index's bytes). Nothing
 * here touches the bot.
 */
import { parentPort, threadId } from 'node:worker_threads';
import { loadCorpus } from '../corpus/loadCorpus.ts';
import { createSearchEngine } from './engine.ts';
import { serializeEngine } from './engineSerialization.ts';
import { engineFingerprint } from './indexFingerprint.ts';
import { seedsBeforeReading } from './persistedEngine.ts';

export type WorkerRequest = { kind: 'build'; seedsDir: string };

export type WorkerReply =
  | { kind: 'built'; bytes: Uint8Array; seeds: string; engine: string; threadId: number }
  | { kind: 'failed'; error: string; code: string | null };

const port = parentPort;
if (port) {
  port.once('message', (request: WorkerRequest) => {
    handle(request).then(
      (reply) => port.postMessage(reply, reply.kind === 'built' ? handOver(reply.bytes) : []),
      (error: NodeJS.ErrnoException) =>
        port.postMessage({ kind: 'failed', error: error.message, code: error.code ?? null } satisfies WorkerReply),
    );
  });
  port.postMessage('ready');
}

async function handle(request: WorkerRequest): Promise<WorkerReply> {
  const written = await seedsBeforeReading(request.seedsDir);
  const engine = createSearchEngine(await loadCorpus(request.seedsDir));
  const bytes = serializeEngine(engine, written);
  return { kind: 'built', bytes, seeds: written.seeds, engine: engineFingerprint(), threadId };
}

/** The bytes' memory to hand over rather than copy (tens of megabytes at 100k passages), unless it is shared with other buffers. */
function handOver(bytes: Uint8Array): ArrayBuffer[] {
  const { buffer } = bytes;
  return buffer instanceof ArrayBuffer && bytes.byteOffset === 0 && bytes.byteLength === buffer.byteLength
    ? [buffer]
    : [];
}
