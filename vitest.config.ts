import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

/** Tests that measure the bot against Discord's clock (every interaction acknowledged within 3 s): run last, alone. */
const CLOCKED = ['test/hardening/load.test.ts', 'test/hardening/stalls.test.ts'];
/**
 * Tests that run the bot against the loopback Discord server, or mock a module: each file in a fresh module graph
 * of its own, as the bot has in production and so that a mock reaches no other file.
 */
const ISOLATED = ['test/**/*.e2e.test.ts', 'test/hardening/**/*.test.ts', 'test/atomicFile.test.ts'];

export default defineConfig({
  test: {
    testTimeout: 20_000,
    pool: 'forks',
    // Vitest's default leaves one core to its main process, which idles: on CI's two cores that ran the suite in
    // one worker (6 min 20 s here); two workers take 3 min 51 s.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    projects: [
      {
        extends: true,
        test: {
          name: 'suite',
          include: ['test/**/*.test.ts', 'fake-discord/test/**/*.test.ts'],
          exclude: [...CLOCKED, ...ISOLATED],
          // The files of a worker share its module graph: the engine, WordNet and the word vectors are loaded once
          // per worker instead of once per file, which was half the suite's time.
          isolate: false,
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: { name: 'isolated', include: ISOLATED, exclude: CLOCKED, sequence: { groupOrder: 0 } },
      },
      {
        extends: true,
        test: { name: 'clocked', include: CLOCKED, fileParallelism: false, sequence: { groupOrder: 1 } },
      },
    ],
  },
});
