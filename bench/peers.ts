/**
 * This engine against its peers on the same seeded corpus: every tool in its
 * own child process (bench/peers-runner.ts, bundled once here), one after the
 * other, so that peak memory is each tool's own and no two compete for a core.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import type { PeerRun } from './peers-runner.js';

export type { PeerRun };

export interface PeerTool {
  id: string;
  label: string;
  /** npm packages whose installed versions describe the tool. */
  packages: string[];
}

export const PEER_TOOLS: readonly PeerTool[] = [
  { id: 'followup', label: 'this engine', packages: [] },
  { id: 'write-good', label: 'write-good', packages: ['write-good'] },
  { id: 'alex', label: 'alex', packages: ['alex'] },
  { id: 'textlint', label: 'textlint + write-good', packages: ['textlint', 'textlint-rule-write-good'] },
  { id: 'harper', label: 'harper.js (slim)', packages: ['harper.js'] },
  { id: 'nspell', label: 'nspell + dictionary-en', packages: ['nspell', 'dictionary-en'] },
];

/**
 * Every tool is measured in this many processes, round-robin, and the one with
 * the middle per-draft median is reported: on a shared 2-core machine one
 * process's median moves by a quarter from run to run (where the scheduler
 * puts V8's compiler and GC threads), which alone can swing a ratio target.
 */
export const ROUNDS = 3;

export interface PeersBench {
  baseline: PeerRun;
  /** `rounds`: each process's per-draft median, in the order run. */
  runs: Array<PeerRun & { label: string; versions: string; rounds: number[] }>;
  totalMs: number;
}

export function installedVersion(pkg: string): string {
  const file = resolve('node_modules', pkg, 'package.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version : 'not installed';
}

export async function benchPeers(log: (line: string) => void = () => {}): Promise<PeersBench> {
  const started = performance.now();
  mkdirSync('node_modules/.cache', { recursive: true });
  const dir = mkdtempSync(join(resolve('node_modules/.cache'), 'bench-peers-'));
  try {
    // The esbuild plugin that inlines the Hunspell files, as every bundle of the engine gets them.
    const { dictionaryPlugin } = (await import(pathToFileURL(resolve('scripts/esbuild-dictionary.mjs')).href)) as { dictionaryPlugin: () => esbuild.Plugin };
    await esbuild.build({
      entryPoints: { 'peers-runner': resolve('bench/peers-runner.ts') },
      outdir: dir,
      outExtension: { '.js': '.mjs' },
      bundle: true,
      // The engine goes to its own chunk, loaded only by the process that measures it.
      splitting: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      packages: 'external',
      plugins: [dictionaryPlugin()],
      logLevel: 'warning',
    });
    const runner = join(dir, 'peers-runner.mjs');
    const runOne = (id: string): PeerRun => {
      const out = join(dir, `${id}.json`);
      const t0 = performance.now();
      const child = spawnSync(process.execPath, [runner, id, out], { stdio: ['ignore', 'ignore', 'inherit'], timeout: 240_000 });
      if (child.status !== 0 || !existsSync(out)) throw new Error(`peer benchmark "${id}" failed (exit ${child.status ?? child.signal})`);
      log(`  ${id}: ${((performance.now() - t0) / 1000).toFixed(1)} s`);
      return JSON.parse(readFileSync(out, 'utf8')) as PeerRun;
    };
    const baseline = runOne('baseline');
    const all = new Map<string, PeerRun[]>(PEER_TOOLS.map((t) => [t.id, []]));
    for (let round = 0; round < ROUNDS; round++) {
      for (const t of PEER_TOOLS) {
        const r = runOne(t.id);
        if (r.corpus !== baseline.corpus) throw new Error(`${t.id} checked a different corpus (${r.corpus} vs ${baseline.corpus})`);
        all.get(t.id)?.push(r);
      }
    }
    const runs: PeersBench['runs'] = PEER_TOOLS.map((t) => {
      const mine = all.get(t.id) ?? [];
      const middle = [...mine].sort((a, b) => a.perDraft.median - b.perDraft.median)[Math.floor(mine.length / 2)] as PeerRun;
      const versions = t.packages.length ? t.packages.map((p) => `${p} ${installedVersion(p)}`).join(', ') : 'working tree';
      return { ...middle, label: t.label, versions, rounds: mine.map((r) => r.perDraft.median) };
    });
    return { baseline, runs, totalMs: performance.now() - started };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
