// `npm test`: build, make sure the end-to-end tools exist (installing them
// from Debian's archive when missing and possible), typecheck, run every
// vitest suite, and end with one plain line: "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { ensureTools } from './ensure-tools.mjs';

const run = (cmd, args, opts = {}) => spawnSync(cmd, args, { stdio: 'inherit', ...opts });
let passed = 0;
let failed = 0;

const build = run(process.execPath, ['esbuild.config.mjs']);
if (build.status !== 0) {
  console.error('build failed');
  console.log('0 passed, 1 failed');
  process.exit(1);
}

ensureTools();

for (const project of ['.', 'clients/vscode', 'clients/obsidian']) {
  const tsc = run(process.execPath, ['node_modules/typescript/bin/tsc', '-p', project]);
  if (tsc.status === 0) passed++;
  else {
    console.error(`typecheck failed: ${project}`);
    failed++;
  }
}

// The official Obsidian plugin lint rules, on the plugin's sources.
const lint = run(process.execPath, [process.cwd() + '/node_modules/eslint/bin/eslint.js', 'src'], { cwd: 'clients/obsidian' });
if (lint.status === 0) passed++;
else {
  console.error('eslint (eslint-plugin-obsidianmd) failed');
  failed++;
}

mkdirSync('test-output', { recursive: true });
const report = 'test-output/vitest.json';
rmSync(report, { force: true }); // a report left by an earlier run must not count for this one
const vitestArgs = ['node_modules/vitest/vitest.mjs', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...process.argv.slice(2)];
// A test stuck in synchronous code cannot be timed out by vitest (its timer never fires): bound the whole run instead, so a hang is a failure with a reason rather than a CI that never ends.
const WATCHDOG_MIN = Number(process.env.FOLLOWUP_TEST_WATCHDOG_MIN ?? 45);
const vt = run(process.execPath, vitestArgs, { timeout: WATCHDOG_MIN * 60_000, killSignal: 'SIGKILL' });
if (vt.error?.code === 'ETIMEDOUT') console.error(`vitest did not finish within ${WATCHDOG_MIN} minutes and was stopped: a test is stuck (the last files reported above ran; the stuck one did not report)`);
if (existsSync(report)) {
  const r = JSON.parse(readFileSync(report, 'utf8'));
  passed += r.numPassedTests ?? 0;
  // vitest's numFailedTestSuites counts every failed describe block too, so one failed test in a nested
  // describe would count three times: count per file instead.
  failed += countFailures(r);
  const skipped = (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
  if (skipped) console.log(`(${skipped} skipped)`);
} else {
  failed++;
}
if (vt.status !== 0 && failed === 0) failed++;

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);

/**
 * Per file: its failed tests, plus the tests a failing hook kept from running (vitest marks them
 * skipped inside a failed file), and at least one for a file that failed with no test to blame (an
 * import error).
 */
function countFailures(r) {
  let n = 0;
  for (const file of r.testResults ?? []) {
    const results = file.assertionResults ?? [];
    const failedTests = results.filter((a) => a.status === 'failed').length;
    if (file.status !== 'failed') n += failedTests;
    else n += Math.max(1, failedTests + results.filter((a) => a.status === 'skipped' || a.status === 'pending').length);
  }
  return n;
}
