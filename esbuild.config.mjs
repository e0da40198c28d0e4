// One config for every bundle the project ships. `node esbuild.config.mjs`
// builds all; `--watch` rebuilds on change; `--production` minifies and drops
// source maps. Browser targets get no Node polyfills: a Node import there is a
// build error, by design (the server must run in a Web Worker).
import * as esbuild from 'esbuild';
import { dictionaryPlugin } from './scripts/esbuild-dictionary.mjs';
import { bundledPackages, noticesText } from './scripts/notices.mjs';
import { chmodSync, copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const base = {
  bundle: true,
  sourcemap: production ? false : 'linked',
  minify: production,
  logLevel: 'warning',
  legalComments: 'none',
};

export const targets = [
  {
    name: 'cli',
    entryPoints: ['clients/cli/main.ts'],
    outfile: 'dist/cli/followup-lint.js',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
    define: { __VERSION__: JSON.stringify(pkg.version) },
  },
  {
    name: 'server-node',
    entryPoints: ['server/src/node/main.ts'],
    outfile: 'dist/server/node.js',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    // V8 reads its flags only at start-up, hence the shebang (the list and why: server/src/node/flags.ts).
    banner: { js: `#!/usr/bin/env -S node ${serverV8Flags().join(' ')}` },
  },
  {
    // The thorough proofreading tier: Harper in a worker thread, beside its wasm (copied below).
    name: 'harper-worker',
    entryPoints: ['server/src/proofreading/harperWorker.ts'],
    outfile: 'dist/proofreading/harper.js',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
  },
  {
    // The same tier in a Web Worker (VS Code for the web), started by the Web Worker server; the wasm URL comes in its first message.
    name: 'harper-browser-worker',
    entryPoints: ['server/src/proofreading/harperBrowserWorker.ts'],
    outfile: 'dist/proofreading/harper.browser.js',
    platform: 'browser',
    format: 'iife',
    target: 'es2020',
    // harper.js reads a file: URL with `import('fs')` only where `process` exists; never so in a Web Worker, given an http(s) URL.
    external: ['fs'],
  },
  {
    name: 'server-browser',
    entryPoints: ['server/src/browser/main.ts'],
    outfile: 'dist/server/browser.js',
    platform: 'browser',
    format: 'iife',
    target: 'es2020',
  },
  {
    name: 'vscode-node',
    entryPoints: ['clients/vscode/src/extension.node.ts'],
    outfile: 'clients/vscode/dist/extension.node.js',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode'],
  },
  {
    name: 'vscode-web',
    entryPoints: ['clients/vscode/src/extension.web.ts'],
    outfile: 'clients/vscode/dist/extension.web.js',
    platform: 'browser',
    format: 'cjs',
    target: 'es2020',
    external: ['vscode'],
  },
  {
    name: 'obsidian',
    entryPoints: ['clients/obsidian/src/main.ts'],
    outfile: 'dist/obsidian/main.js',
    platform: 'browser',
    format: 'cjs',
    target: 'es2018',
    // As the Obsidian sample plugin: the app provides these.
    external: ['obsidian', 'electron', '@codemirror/autocomplete', '@codemirror/collab', '@codemirror/commands', '@codemirror/language', '@codemirror/lint', '@codemirror/search', '@codemirror/state', '@codemirror/view', '@lezer/common', '@lezer/highlight', '@lezer/lr'],
    plugins: [serverSourcePlugin()],
    sourcemap: production ? false : 'inline',
  },
];

// Every bundle can import the Hunspell files as text (shared/proofreading/en-us.ts).
for (const t of targets) t.plugins = [dictionaryPlugin(), ...(t.plugins ?? [])];

const present = targets;

/** `import source from 'followup-server-source'`: the built Web Worker server as text, so main.js stays one file. */
function serverSourcePlugin() {
  return {
    name: 'followup-server-source',
    setup(build) {
      build.onResolve({ filter: /^followup-server-source$/ }, () => ({ path: 'server-source', namespace: 'followup' }));
      build.onLoad({ filter: /.*/, namespace: 'followup' }, () => ({ contents: readFileSync('dist/server/browser.js', 'utf8'), loader: 'text' }));
    },
  };
}

/** Harper's slim WebAssembly binary (never the full one) beside its worker. */
function harperAssets() {
  mkdirSync('dist/proofreading', { recursive: true });
  copyFileSync('node_modules/harper.js/dist/harper_wasm_slim_bg.wasm', 'dist/proofreading/harper_wasm_slim_bg.wasm');
}

function obsidianAssets() {
  mkdirSync('dist/obsidian', { recursive: true });
  for (const f of ['manifest.json', 'styles.css', 'versions.json']) copyFileSync(`clients/obsidian/${f}`, `dist/obsidian/${f}`);
  copyFileSync('dist/THIRD_PARTY_NOTICES.md', 'dist/obsidian/THIRD_PARTY_NOTICES.md');
}

/**
 * The VS Code extension ships both server bundles, and a JSON schema for
 * .followuprc.json derived from its own settings (one source for both).
 */
function vscodeAssets() {
  mkdirSync('clients/vscode/dist/server', { recursive: true });
  copyFileSync('dist/THIRD_PARTY_NOTICES.md', 'clients/vscode/dist/THIRD_PARTY_NOTICES.md');
  for (const f of ['node.js', 'browser.js']) copyFileSync(`dist/server/${f}`, `clients/vscode/dist/server/${f}`);
  mkdirSync('clients/vscode/dist/proofreading', { recursive: true });
  for (const f of ['harper.js', 'harper.browser.js', 'harper_wasm_slim_bg.wasm']) copyFileSync(`dist/proofreading/${f}`, `clients/vscode/dist/proofreading/${f}`);
  const manifest = JSON.parse(readFileSync('clients/vscode/package.json', 'utf8'));
  const properties = {};
  for (const [key, value] of Object.entries(manifest.contributes.configuration.properties)) {
    const { markdownDescription, enumDescriptions, ...rest } = value;
    properties[key.replace(/^followup\./, '')] = { ...rest, description: rest.description ?? markdownDescription };
  }
  const schema = { $schema: 'http://json-schema.org/draft-07/schema#', title: 'Follow-up Coach configuration (.followuprc.json)', type: 'object', properties, additionalProperties: false };
  mkdirSync('clients/vscode/schemas', { recursive: true });
  writeFileSync('clients/vscode/schemas/followuprc.schema.json', `${JSON.stringify(schema, null, 2)}\n`);
}

if (watch) {
  for (const { name, ...t } of present) {
    const ctx = await esbuild.context({ ...base, ...t });
    await ctx.watch();
    console.log(`watching ${name}`);
  }
} else {
  // The Obsidian plugin inlines the browser server bundle, so it is built after it.
  const later = present.filter((t) => t.name === 'obsidian');
  const built = await Promise.all(present.filter((t) => !later.includes(t)).map(({ name, ...t }) => esbuild.build({ ...base, ...t, metafile: true })));
  built.push(...(await Promise.all(later.map(({ name, ...t }) => esbuild.build({ ...base, ...t, metafile: true })))));
  writeFileSync('dist/THIRD_PARTY_NOTICES.md', noticesText(bundledPackages(built.map((b) => b.metafile))));
  obsidianAssets();
  harperAssets();
  // The bins are run directly.
  for (const t of present) if (t.banner?.js?.startsWith('#!')) chmodSync(t.outfile, 0o755);
  vscodeAssets();
}

/** SERVER_V8_FLAGS from server/src/node/flags.ts (one list for the bin's shebang and VS Code's execArgv). */
function serverV8Flags() {
  const source = readFileSync('server/src/node/flags.ts', 'utf8');
  const list = /SERVER_V8_FLAGS[^=]*=\s*\[([^\]]*)\]/.exec(source);
  if (!list) throw new Error('SERVER_V8_FLAGS not found in server/src/node/flags.ts');
  return [...list[1].matchAll(/'([^']+)'/g)].map((m) => m[1]);
}
