/**
 * Build every bundle once before the suites that run them (the CLI, the server).
 *
 * The CLI suites also get a private copy of the CLI bundle, built from the same
 * target in esbuild.config.mjs into a temporary folder: another build of dist/
 * (a second test run, `npm run build --watch`) cannot then swap the file out
 * from under a test that is running it.
 */
import { chmodSync, cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The CLI bundle the CLI suites run. */
    cliPath: string;
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  // Importing the config runs it: every bundle is built into dist/. (The query makes a re-run in watch mode build again.)
  const config = (await import(`${pathToFileURL(resolve('esbuild.config.mjs')).href}?run=${Date.now()}`)) as { targets: Array<Record<string, unknown> & { name: string }> };
  const cli = config.targets.find((t) => t.name === 'cli');
  if (!cli) throw new Error('esbuild.config.mjs has no "cli" target');
  const { name: _name, ...options } = cli;
  const dir = mkdtempSync(join(tmpdir(), 'followup-cli-bundle-'));
  chmodSync(dir, 0o755); // some tests run it as another user
  // The layout of dist/: the CLI finds the thorough tier's worker in ../proofreading/.
  mkdirSync(join(dir, 'cli'));
  chmodSync(join(dir, 'cli'), 0o755);
  cpSync(resolve('dist/proofreading'), join(dir, 'proofreading'), { recursive: true });
  const outfile = join(dir, 'cli', 'followup-lint.js');
  await esbuild.build({ bundle: true, logLevel: 'warning', ...options, outfile, sourcemap: false });
  project.provide('cliPath', outfile);
  return () => rmSync(dir, { recursive: true, force: true });
}
