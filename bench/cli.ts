/** The CLI on 1,000 drafts in one process, wall-clock from spawn to exit. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { generateDrafts } from './drafts.js';
import { stats, type Stats } from './stats.js';

export function benchCli(): { files: number; run: Stats; startup: Stats } | undefined {
  const cli = resolve('dist/cli/followup-lint.js');
  if (!existsSync(cli)) return undefined;
  mkdirSync('node_modules/.cache', { recursive: true });
  const dir = mkdtempSync(join(resolve('node_modules/.cache'), 'bench-cli-'));
  try {
    const drafts = generateDrafts(1000, 3);
    mkdirSync(join(dir, 'follow-ups'));
    drafts.forEach((d, i) => writeFileSync(join(dir, 'follow-ups', `draft-${i}.md`), d.text));
    writeFileSync(join(dir, 'one.md'), drafts[0]?.text ?? '');
    const runs: number[] = [];
    const starts: number[] = [];
    for (let i = 0; i < 5; i++) {
      let t0 = performance.now();
      spawnSync(process.execPath, [cli, '--format', 'json', '--now', '2026-11-21T09:00', dir], { stdio: 'ignore' });
      runs.push(performance.now() - t0);
      t0 = performance.now();
      spawnSync(process.execPath, [cli, '--format', 'json', '--now', '2026-11-21T09:00', join(dir, 'one.md')], { stdio: 'ignore' });
      starts.push(performance.now() - t0);
    }
    return { files: drafts.length, run: stats(runs), startup: stats(starts) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
