import { defineConfig } from 'vitest/config';

/** Tests that measure the bot against Discord's clock (every interaction acknowledged within 3 s): run last, alone. */
const CLOCKED = ['test/hardening/load.test.ts', 'test/hardening/stalls.test.ts'];

export default defineConfig({
  test: {
    testTimeout: 20_000,
    pool: 'forks',
    projects: [
      {
        extends: true,
        test: {
          name: 'suite',
          include: ['test/**/*.test.ts', 'fake-discord/test/**/*.test.ts'],
          exclude: CLOCKED,
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: { name: 'clocked', include: CLOCKED, fileParallelism: false, sequence: { groupOrder: 1 } },
      },
    ],
  },
});
