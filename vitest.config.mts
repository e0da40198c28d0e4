import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/globalSetup.ts'],
    testTimeout: 20_000,
    hookTimeout: 60_000,
    // End-to-end suites start real editors; keep them from competing for 2 cores.
    fileParallelism: true,
    maxWorkers: 2,
  },
});
