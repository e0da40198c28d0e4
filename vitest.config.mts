import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // The Hunspell files as text, as esbuild's dictionary plugin provides them to the bundles.
    alias: [{ find: /^dictionary-en\/index\.(aff|dic)$/, replacement: `${fileURLToPath(new URL('./node_modules/dictionary-en/', import.meta.url))}index.$1?raw` }],
  },
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
