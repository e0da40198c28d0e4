// `npm run package:vscode`: production bundles, then `vsce package` of
// clients/vscode into followup-coach-<version>.vsix (no node_modules: every
// dependency is bundled). Prints the path of the .vsix.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const build = spawnSync(process.execPath, ['esbuild.config.mjs', '--production'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
const { version } = JSON.parse(readFileSync('clients/vscode/package.json', 'utf8'));
const out = resolve(`followup-coach-${version}.vsix`);
const vsce = resolve('node_modules/@vscode/vsce/vsce');
const r = spawnSync(process.execPath, [vsce, 'package', '--no-dependencies', '--out', out], { cwd: 'clients/vscode', stdio: 'inherit' });
if (r.status !== 0) process.exit(r.status ?? 1);
console.log(out);
