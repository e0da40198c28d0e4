// Run a TypeScript entry point (bench, eval) by bundling it with esbuild into
// a temporary file first; no extra TypeScript runner is needed.
import * as esbuild from 'esbuild';
import { dictionaryPlugin } from './esbuild-dictionary.mjs';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error('usage: node scripts/run-ts.mjs FILE.ts [args…]');
  process.exit(2);
}
// Inside the project, so the bundle's external packages resolve from node_modules.
mkdirSync('node_modules/.cache', { recursive: true });
const dir = mkdtempSync(join(resolve('node_modules/.cache'), 'followup-run-'));
const outfile = join(dir, 'entry.mjs');
await esbuild.build({
  entryPoints: [resolve(entry)],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  plugins: [dictionaryPlugin()],
  logLevel: 'warning',
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
});
process.argv = [process.argv[0], resolve(entry), ...args];
try {
  await import(pathToFileURL(outfile).href);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
