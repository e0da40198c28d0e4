// esbuild plugin: `import dic from 'dictionary-en/index.dic'` gives the Hunspell
// files as text (the package itself exports only a Node loader that reads them
// with fs, which neither a Web Worker nor a bundled VS Code extension has).
//
// It also provides `import ranks from 'followup-word-ranks'`: the word
// frequency list that orders spelling suggestions (scripts/word-ranks.mjs).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { WORD_RANKS_ID, wordRanksText } from './word-ranks.mjs';

export function dictionaryPlugin() {
  return {
    name: 'followup-dictionary',
    setup(build) {
      build.onResolve({ filter: /^dictionary-en\/index\.(aff|dic)$/ }, (args) => ({
        path: fileURLToPath(new URL(`../node_modules/${args.path}`, import.meta.url)),
      }));
      build.onLoad({ filter: /dictionary-en[\\/]index\.(aff|dic)$/ }, (args) => ({ contents: readFileSync(args.path, 'utf8'), loader: 'text' }));
      build.onResolve({ filter: new RegExp(`^${WORD_RANKS_ID}$`) }, () => ({ path: WORD_RANKS_ID, namespace: 'followup-data' }));
      build.onLoad({ filter: /.*/, namespace: 'followup-data' }, () => ({ contents: wordRanksText(), loader: 'text' }));
    },
  };
}
