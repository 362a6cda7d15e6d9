import { Worker, type ResourceLimits } from 'node:worker_threads';

/**
 * The worker runs TypeScript: it registers tsx's loader (a dependency: `npm start` runs under it) in its own
 * thread before importing its entry, since module hooks are per thread in Node 20.
 */
const BOOTSTRAP = `
const { workerData } = require('node:worker_threads');
import(workerData.tsx).then((tsx) => { tsx.register(); return import(workerData.entry); });
`;

/** A thread running the TypeScript module at `entry`. */
export function tsWorker(entry: URL, resourceLimits?: ResourceLimits): Worker {
  return new Worker(BOOTSTRAP, {
    eval: true,
    workerData: { tsx: import.meta.resolve('tsx/esm/api'), entry: entry.href },
    ...(resourceLimits ? { resourceLimits } : {}),
  });
}
