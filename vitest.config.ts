import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'fake-discord/test/**/*.test.ts'],
    testTimeout: 20_000,
    pool: 'forks',
  },
});
