import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { WORD_RANKS_ID, wordRanksText } from './scripts/word-ranks.mjs';

export default defineConfig({
  resolve: {
    // The Hunspell files as text, as esbuild's dictionary plugin provides them to the bundles.
    alias: [{ find: /^dictionary-en\/index\.(aff|dic)$/, replacement: `${fileURLToPath(new URL('./node_modules/dictionary-en/', import.meta.url))}index.$1?raw` }],
  },
  plugins: [
    {
      // The word-frequency list, as scripts/esbuild-dictionary.mjs provides it to the bundles.
      name: 'followup-word-ranks',
      resolveId: (id: string) => (id === WORD_RANKS_ID ? `\0${WORD_RANKS_ID}` : undefined),
      load: (id: string) => (id === `\0${WORD_RANKS_ID}` ? `export default ${JSON.stringify(wordRanksText())};` : undefined),
    },
  ],
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
