/**
 * Behaviour that depends on a terminal: colour and the progress line. A real
 * pseudo-terminal comes from util-linux `script`; stdout and stderr share it.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { CASUAL, CLI, GOOD, NOW, PLACEHOLDER, cliEnv, workspace } from './helpers.js';

const quote = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`;

/** Run the CLI with a terminal on stdout and stderr; returns everything it printed and the exit code. */
function inTerminal(args: string[], cwd: string, env: Record<string, string> = {}): { code: number | null; output: string } {
  const command = [process.execPath, CLI, ...args].map(quote).join(' ');
  const r = spawnSync('script', ['-qec', command, '/dev/null'], { cwd, encoding: 'utf8', env: cliEnv({ TERM: 'xterm', ...env }), timeout: 60_000 });
  if (r.error) throw r.error;
  return { code: r.status, output: r.stdout };
}

function drafts(n: number): Record<string, string> {
  const files: Record<string, string> = {};
  for (let i = 0; i < n; i++) files[`follow-ups/d${String(i).padStart(3, '0')}.md`] = GOOD.replace('Dana Okafor', `Person ${i}`);
  return files;
}

describe('on a terminal', () => {
  it('severities and the summary are coloured', () => {
    const dir = workspace({ 'p.md': PLACEHOLDER, 'c.md': CASUAL });
    const r = inTerminal([...NOW, 'p.md', 'c.md'], dir);
    expect(r.code).toBe(1);
    expect(r.output).toContain('\x1b[31merror\x1b[39m');
    expect(r.output).toContain('\x1b[33mwarning\x1b[39m');
    expect(r.output).toContain('\x1b[4mp.md\x1b[24m');
    expect(r.output).toMatch(/\x1b\[31m\x1b\[1m✖ 4 problems \(1 error, 3 warnings, 0 info\) in 2 drafts/);
  });

  it('NO_COLOR and TERM=dumb turn colour off; an empty NO_COLOR does not', () => {
    const dir = workspace({ 'p.md': PLACEHOLDER });
    const plain = inTerminal([...NOW, 'p.md'], dir, { NO_COLOR: '1' });
    expect(plain.output).toContain('error');
    expect(plain.output).not.toContain('\x1b[');
    expect(inTerminal([...NOW, 'p.md'], dir, { TERM: 'dumb' }).output).not.toContain('\x1b[');
    expect(inTerminal([...NOW, 'p.md'], dir, { NO_COLOR: '' }).output).toContain('\x1b[31merror');
  });

  it('a single updating progress line for many files, cleared before the report', () => {
    const dir = workspace(drafts(60));
    const r = inTerminal([...NOW, '--format', 'json', '.'], dir);
    expect(r.code).toBe(0);
    expect(r.output.startsWith('\r\x1b[Kreading 1/60')).toBe(true);
    const report = r.output.slice(r.output.lastIndexOf('\r\x1b[K') + 4);
    expect(report.startsWith('[')).toBe(true);
    expect(JSON.parse(report.replace(/\r\n/g, '\n'))).toHaveLength(60);
    // Updates rewrite one line: no newline between them.
    expect(r.output.slice(0, r.output.lastIndexOf('\r\x1b[K'))).not.toContain('\n');
  });

  it('no progress line in CI, or for a few files', () => {
    const many = workspace(drafts(60));
    const ci = inTerminal([...NOW, '--format', 'json', '.'], many, { CI: 'true' });
    expect(ci.output).not.toContain('\x1b[K');
    expect(JSON.parse(ci.output.replace(/\r\n/g, '\n'))).toHaveLength(60);
    const few = workspace(drafts(50));
    expect(inTerminal([...NOW, '--format', 'json', '.'], few).output).not.toContain('\x1b[K');
  });
});

describe('in a pipe', () => {
  it('a reader that stops early (| head) is not an error', () => {
    // Well over a pipe buffer (64 KB) of JSON, so the writer really meets a closed pipe.
    const files: Record<string, string> = {};
    for (let i = 0; i < 80; i++) files[`follow-ups/c${i}.md`] = CASUAL.replace('Dana Okafor', `Person ${i}`);
    const dir = workspace(files);
    const r = spawnSync('sh', ['-c', `${quote(process.execPath)} ${quote(CLI)} ${NOW.join(' ')} --format json . 2>err.txt | head -c 1; cat err.txt`], {
      cwd: dir,
      encoding: 'utf8',
      env: cliEnv(),
    });
    expect(r.stdout).toBe('[');
    expect(r.status).toBe(0);
  });
});
