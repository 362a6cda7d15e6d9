import type { Worker } from 'node:worker_threads';
import { tsWorker } from '../tsWorker.ts';
import type { HtmlReply, HtmlRequest } from './htmlWorker.ts';
import type { HtmlArticle } from './htmlToText.ts';

/** A page still being read after this long is given up (the thread reading it is stopped) and skipped. */
export const HTML_READ_TIMEOUT_MS = 15_000;
/** The reading thread's heap: a page that needs more is skipped rather than taking the process's memory. */
const WORKER_HEAP_MB = 1024;
/** The thread is kept this long after its last page, for the next one, then stopped. */
const IDLE_MS = 2000;

export class HtmlReadError extends Error {}

/**
 * The page's article, read with htmlToText on another thread, so a slow page (Readability is slow on large or
 * deeply nested pages) never stops the bot from answering. Pages are read one at a time, in the order asked; a
 * page that takes longer than `timeoutMs` is rejected with an HtmlReadError and the thread restarted for the next.
 */
export function readHtml(
  html: string,
  { timeoutMs = HTML_READ_TIMEOUT_MS }: { timeoutMs?: number } = {},
): Promise<HtmlArticle> {
  pending += 1;
  clearTimeout(idleTimer);
  const read = queue.then(() => readOne(html, timeoutMs));
  queue = read.then(done, done);
  return read;
}

let queue: Promise<void> = Promise.resolve();
let pending = 0;
let nextId = 0;
let idleTimer: NodeJS.Timeout | undefined;
let thread: Promise<Worker> | null = null;

function done(): void {
  pending -= 1;
  if (pending > 0) return;
  idleTimer = setTimeout(stopThread, IDLE_MS);
  idleTimer.unref();
  // While idle the thread must not keep the process alive.
  void thread?.then(
    (worker) => worker.unref(),
    () => undefined,
  );
}

function stopThread(): void {
  const stopping = thread;
  thread = null;
  void stopping?.then(
    (worker) => worker.terminate(),
    () => undefined,
  );
}

function startThread(): Promise<Worker> {
  const worker = tsWorker(new URL('./htmlWorker.ts', import.meta.url), { maxOldGenerationSizeMb: WORKER_HEAP_MB });
  const started = new Promise<Worker>((resolve, reject) => {
    worker.once('error', (error) => reject(new HtmlReadError(`the HTML reader did not start (${error.message})`)));
    worker.once('exit', () => reject(new HtmlReadError('the HTML reader did not start')));
    worker.once('message', () => resolve(worker));
  });
  // Errors are reported to the page being read (readOne); between pages they only retire the thread.
  worker.on('error', () => undefined);
  worker.on('exit', () => {
    if (thread === started) thread = null;
  });
  return started;
}

async function readOne(html: string, timeoutMs: number): Promise<HtmlArticle> {
  thread ??= startThread();
  let worker: Worker;
  try {
    worker = await thread;
  } catch (error) {
    thread = null;
    throw error;
  }
  worker.ref();
  const id = nextId++;
  return new Promise<HtmlArticle>((resolve, reject) => {
    const finish = (outcome: () => void) => {
      clearTimeout(timer);
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
      outcome();
    };
    const giveUp = (reason: string) => {
      // The thread is stopped whatever it was doing; the next page starts a new one.
      if (thread) stopThread();
      finish(() => reject(new HtmlReadError(reason)));
    };
    const onMessage = (reply: HtmlReply) => {
      if (reply.id !== id) return;
      finish(() => ('article' in reply ? resolve(reply.article) : reject(new HtmlReadError(reply.error))));
    };
    const onError = (error: Error) =>
      giveUp(
        (error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? 'it needs too much memory to read as HTML'
          : error.message,
      );
    const onExit = () => giveUp('the HTML reader stopped');
    const timer = setTimeout(() => giveUp(`it took longer than ${timeoutMs / 1000} s to read as HTML`), timeoutMs);
    worker.on('message', onMessage);
    worker.once('error', onError);
    worker.once('exit', onExit);
    worker.postMessage({ id, html } satisfies HtmlRequest);
  });
}
