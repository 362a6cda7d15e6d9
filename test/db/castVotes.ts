// A process that votes through the feedback store, for the tests of several processes on one database.
// Run as `node --import tsx test/db/castVotes.ts '<spec as JSON>'`.
//   clicks:  opens the store, prints "ready", waits for a line on stdin, casts the clicks (a few at a time),
//            prints one JSON line of what each click returned, closes the store.
//   forever: votes on a new answer each turn and prints each number once its vote has resolved, until killed.

import { createInterface } from 'node:readline';
import { createLogger } from '../../src/logger.ts';
import { openFeedbackStore, type ShownAnswer, type Vote, type VoteResult } from '../../src/feedback/feedbackStore.ts';

export interface CastSpec {
  mode: 'clicks' | 'forever';
  dataDir: string;
  databaseUrl?: string | null;
  answer: ShownAnswer;
  /** clicks: [user id, button] in order. */
  clicks?: Array<[string, Vote]>;
  /** clicks: how many are in flight at once. */
  inFlight?: number;
}

export interface CastClick {
  user: string;
  clicked: Vote;
  result: VoteResult | null;
}

const spec = JSON.parse(process.argv[2] ?? '{}') as CastSpec;
const store = await openFeedbackStore(
  { dataDir: spec.dataDir, databaseUrl: spec.databaseUrl ?? null },
  createLogger('error', [], (line) => process.stderr.write(`${line}\n`)),
);

if (spec.mode === 'forever') {
  for (let i = 0; ; i += 1) {
    const id = store.recordAnswer({ ...spec.answer, question: `question ${i}` });
    await store.vote(id, 'user', 'up');
    process.stdout.write(`${i}\n`);
  }
}

process.stdout.write('ready\n');
await new Promise<void>((resolve) => createInterface({ input: process.stdin }).once('line', () => resolve()));
const answerId = store.recordAnswer(spec.answer);
const clicks = spec.clicks ?? [];
const outcomes: CastClick[] = new Array(clicks.length);
let next = 0;
const worker = async () => {
  while (next < clicks.length) {
    const index = next;
    next += 1;
    const [user, clicked] = clicks[index]!;
    const result = await store.vote(answerId, user, clicked).catch(() => null);
    outcomes[index] = { user, clicked, result };
  }
};
await Promise.all(Array.from({ length: spec.inFlight ?? 1 }, worker));
await store.close();
process.stdout.write(`${JSON.stringify(outcomes)}\n`);
