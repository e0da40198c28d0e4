import { sampleDraft } from '../helpers/drafts.js';
/**
 * Running the built CLI (dist/cli/followup-lint.js, built once by
 * test/globalSetup.ts) as a child process in temporary folders.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { inject } from 'vitest';

/** The CLI bundle, built by test/globalSetup.ts from the `cli` target of esbuild.config.mjs. */
export const CLI = inject('cliPath');
export const NOW = ['--now', '2026-11-21T09:00'];

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * A clean environment: UTC (dates in messages are local time), no colour or CI
 * settings inherited from whoever runs the tests; `env` adds to it.
 */
export function cliEnv(env: Record<string, string> = {}): NodeJS.ProcessEnv {
  const base: NodeJS.ProcessEnv = { ...process.env, TZ: 'UTC' };
  for (const k of ['NO_COLOR', 'FORCE_COLOR', 'CI', 'TERM']) delete base[k];
  return { ...base, ...env };
}

export function run(args: string[], cwd: string, env: Record<string, string> = {}): Run {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: cliEnv(env), timeout: 60_000 });
  if (r.error) throw r.error;
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** JSON output of a run, with its exit code. */
export function runJson(args: string[], cwd: string, env: Record<string, string> = {}): { code: number | null; data: JsonFile[]; stderr: string } {
  const r = run(['--format', 'json', ...args], cwd, env);
  return { code: r.code, data: JSON.parse(r.stdout) as JsonFile[], stderr: r.stderr };
}

export interface JsonPosition {
  line: number;
  character: number;
}
export interface JsonRange {
  start: JsonPosition;
  end: JsonPosition;
}
export interface JsonFinding {
  rule: string;
  severity: string;
  message: string;
  range: JsonRange;
  fixes: Array<{ title: string; edits: Array<{ range: JsonRange; newText: string }> }>;
}
export interface JsonFile {
  file: string;
  kind: string;
  score: number;
  findings: JsonFinding[];
}

/** A temporary folder with the given files (paths relative to it). */
export function workspace(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'followup-cli-'));
  for (const [path, content] of Object.entries(files)) {
    const full = join(dir, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, content);
  }
  return dir;
}

/** An LSP position (0-based line, UTF-16 character) back to an offset; lines end at \n, \r\n or \r. */
export function offsetAt(text: string, pos: JsonPosition): number {
  let line = 0;
  let i = 0;
  while (line < pos.line) {
    const c = text[i];
    if (c === undefined) throw new Error(`line ${pos.line} is past the end`);
    i++;
    if (c === '\r' && text[i] === '\n') i++;
    if (c === '\n' || c === '\r') line++;
  }
  return i + pos.character;
}

export function sliceRange(text: string, range: JsonRange): string {
  return text.slice(offsetAt(text, range.start), offsetAt(text, range.end));
}

export const rulesOf = (f: JsonFile | undefined): string[] => (f?.findings ?? []).map((x) => x.rule);

/** Drafts used across the suites. Dates are relative to the clock in NOW (2026-11-21 09:00). */
export const GOOD = sampleDraft().replace('Hey Dana,', 'Dear Dana,');

/** Three warnings, all with safe fixes: "Hey", the emoji, "gonna" (after the emoji on the same line). */
export const CASUAL = GOOD.replace('Dear Dana,', 'Hey Dana,').replace(
  'rebuilt the churn report.',
  "rebuilt the churn report 😊 and I'm gonna read the paper you mentioned.",
);

/** An error: a placeholder with no front matter fact to fill it. */
export const PLACEHOLDER = GOOD.replace('the Data Analyst role', 'the Data Analyst role at [Company Name]').replace('company: Northwind Labs\n', '');
