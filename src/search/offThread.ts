import { tsWorker } from '../tsWorker.ts';
import type { SearchEngine } from './engine.ts';
import type { WorkerReply, WorkerRequest } from './engineWorker.ts';
import { deserializeEngineAsync } from './engineSerialization.ts';

/** An engine built on another thread, and which thread built it. */
export interface BuiltEngine {
  engine: SearchEngine;
  /** The worker thread's id (never 0, the main thread's). */
  builtOn: number;
}

/**
 * The engine for the seeds folder as it is now, built on a thread of its own (reading, indexing and attribution
 * take seconds at 20,000 passages), so the bot keeps answering meanwhile. It comes back as the saved index's
 * bytes and is read here as a saved index is at start-up, a step at a time so questions are answered in between. Fails as loadCorpus does (the error's `code` kept) when
 * the folder cannot be read.
 */
export async function buildEngineOffThread(seedsDir: string): Promise<BuiltEngine> {
  const reply = await runOffThread({ kind: 'build', seedsDir });
  if (reply.kind !== 'built') throw new Error('the engine builder answered something else');
  // The thread's own fingerprints: its code is this code, though a test runner may compile it differently.
  const read = await deserializeEngineAsync(
    Buffer.from(reply.bytes.buffer, reply.bytes.byteOffset, reply.bytes.byteLength),
    { seeds: reply.seeds, engine: reply.engine },
  );
  if (read.kind !== 'loaded')
    throw new Error(
      `the engine built on another thread could not be read (${read.kind === 'corrupt' ? read.detail : read.kind})`,
    );
  return { engine: read.engine, builtOn: reply.threadId };
}

/** One request on a new thread, which is stopped when it has answered; a failure comes back as an error with its code. */
async function runOffThread(request: WorkerRequest): Promise<WorkerReply> {
  const worker = tsWorker(new URL('./engineWorker.ts', import.meta.url));
  try {
    const reply = await new Promise<WorkerReply>((resolve, reject) => {
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`the corpus thread stopped (exit code ${code})`)));
      worker.on('message', (message: WorkerReply | 'ready') => {
        if (message === 'ready') worker.postMessage(request);
        else resolve(message);
      });
    });
    if (reply.kind === 'failed') throw Object.assign(new Error(reply.error), reply.code ? { code: reply.code } : {});
    return reply;
  } finally {
    await worker.terminate();
  }
}
