import { spawnSync } from 'node:child_process';
import { chmodSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, GOOD, NOW, cliEnv, run, runJson, workspace } from './helpers.js';

const KINDS = 'thank-you, status-check, feedback-request, rejection-response, additional-info';
const BIG = 10 * 1024 * 1024 + 10;

describe('bad input files: one line naming the file, never a crash', () => {
  it('a missing path: one line, the other paths are still checked, exit 2', () => {
    const dir = workspace({ 'good.md': GOOD });
    const r = runJson([...NOW, 'good.md', 'missing.md', 'nowhere/'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('followup-lint: missing.md: no such file or folder\nfollowup-lint: nowhere/: no such file or folder\n');
    expect(r.data.map((f) => f.file)).toEqual(['good.md']);
  });

  it('binary, oversized and non-UTF-8 files are skipped with a line each; the rest is checked', () => {
    const dir = workspace({
      'good.md': GOOD,
      'bin.md': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1]),
      'big.md': 'a'.repeat(BIG),
      'latin1.md': Buffer.from('Dear Ren\xe9e,\n\nThank you.\n', 'latin1'),
    });
    const r = runJson([...NOW, 'good.md', 'bin.md', 'big.md', 'latin1.md'], dir);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(
      [
        'followup-lint: bin.md: skipped: binary file, not a text draft',
        'followup-lint: big.md: skipped: 10.0 MB is over the 10 MB limit for a draft',
        'followup-lint: latin1.md: skipped: not UTF-8 text (save the draft as UTF-8)',
        '',
      ].join('\n'),
    );
    expect(r.data.map((f) => f.file)).toEqual(['good.md']);
  });

  it('in a walked folder, only files that look like drafts earn a line', () => {
    const dir = workspace({
      'follow-ups/good.md': GOOD,
      'follow-ups/big.md': 'a'.repeat(BIG),
      'notes/big.md': 'a'.repeat(BIG),
      'notes/huge-draft.md': `---\nfollowup: thank-you\n---\n${'word '.repeat(BIG / 5)}`,
      'notes/image.md': Buffer.from([1, 2, 0, 3]),
    });
    const r = runJson([...NOW, '.'], dir);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(
      'followup-lint: follow-ups/big.md: skipped: 10.0 MB is over the 10 MB limit for a draft\nfollowup-lint: notes/huge-draft.md: skipped: 10.0 MB is over the 10 MB limit for a draft\n',
    );
    expect(r.data.map((f) => f.file)).toEqual(['follow-ups/good.md']);
  });

  it('an unreadable file: one line with the reason, exit 2', () => {
    const dir = workspace({ 'secret.md': GOOD, 'good.md': GOOD });
    chmodSync(join(dir, 'secret.md'), 0o000);
    chmodSync(dir, 0o755);
    // Root reads anything, so run as nobody when the tests run as root.
    const args = [CLI, ...NOW, '--format', 'json', 'secret.md', 'good.md'];
    const asRoot = process.getuid?.() === 0;
    const r = asRoot
      ? spawnSync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, ...args], { cwd: dir, encoding: 'utf8', env: cliEnv() })
      : spawnSync(process.execPath, args, { cwd: dir, encoding: 'utf8', env: cliEnv() });
    expect(r.stderr).toBe('followup-lint: secret.md: cannot be read (EACCES)\n');
    expect(r.status).toBe(2);
    expect(JSON.parse(r.stdout).map((f: { file: string }) => f.file)).toEqual(['good.md']);
  });

  it('a FIFO or a dangling link named on the command line does not hang or crash', () => {
    const dir = workspace({ 'good.md': GOOD });
    spawnSync('mkfifo', [join(dir, 'pipe.md')]);
    symlinkSync(join(dir, 'gone.md'), join(dir, 'dangling.md'));
    const r = run([...NOW, 'pipe.md', 'dangling.md', 'good.md'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('followup-lint: pipe.md: not a regular file\nfollowup-lint: dangling.md: no such file or folder\n');
    expect(r.stdout).toContain('\ngood.md\n');
  });

  it('a draft that is not valid YAML front matter is a finding, not a crash', () => {
    const dir = workspace({ 'a.md': GOOD.replace('to: Dana Okafor', 'to: [Dana') });
    const r = runJson([...NOW, 'a.md'], dir);
    expect(r.code).toBe(1);
    expect(r.data[0]?.findings[0]?.rule).toBe('front-matter');
  });

  it('an empty file and a BOM are fine', () => {
    const dir = workspace({ 'empty.md': '', 'bom.md': `\uFEFF${GOOD}` });
    const r = runJson([...NOW, 'empty.md', 'bom.md'], dir);
    expect(r.stderr).toBe('');
    expect(r.data.map((f) => [f.file, f.kind])).toEqual([
      ['empty.md', expect.any(String)],
      ['bom.md', 'thank-you'],
    ]);
    expect(r.data[1]?.findings).toEqual([]);
  });
});

describe('usage errors: exit 2 and one line on stderr', () => {
  const cases: Array<[string, string[], string]> = [
    ['no paths', [], 'followup-lint: no files or folders given; for example: followup-lint follow-ups/ (see --help)\n'],
    ['an unknown option', ['--bogus', 'a.md'], "followup-lint: Unknown option '--bogus'. (see --help)\n"],
    ['a missing option value', ['a.md', '--format'], "followup-lint: Option '--format <value>' argument missing (see --help)\n"],
    ['an unknown format', ['--format', 'xml', 'a.md'], 'followup-lint: unknown --format "xml"; use stylish, json or sarif\n'],
    ['an unknown kind', ['--kind', 'thanks', 'a.md'], `followup-lint: unknown --kind "thanks"; kinds: ${KINDS}\n`],
    ['a bad --now', ['--now', 'soon', 'a.md'], 'followup-lint: --now "soon" is not a date and time; use e.g. 2026-11-21 or 2026-11-21T09:00\n'],
    ['an impossible --now', ['--now', '2026-02-31', 'a.md'], 'followup-lint: --now "2026-02-31" is not a date and time; use e.g. 2026-11-21 or 2026-11-21T09:00\n'],
    ['a bare number as --now', ['--now', '1', 'a.md'], 'followup-lint: --now "1" is not a date and time; use e.g. 2026-11-21 or 2026-11-21T09:00\n'],
    ['a bad --max-warnings', ['--max-warnings', 'lots', 'a.md'], 'followup-lint: --max-warnings expects a whole number (0 or more), got "lots"\n'],
    ['a fractional --max-warnings', ['--max-warnings=1.5', 'a.md'], 'followup-lint: --max-warnings expects a whole number (0 or more), got "1.5"\n'],
    ['a value for --fix', ['--fix=yes', 'a.md'], "followup-lint: Option '--fix' does not take an argument (see --help)\n"],
  ];
  for (const [what, args, stderr] of cases) {
    it(what, () => {
      const dir = workspace({ 'a.md': GOOD });
      expect(run(args, dir)).toEqual({ code: 2, stdout: '', stderr });
    });
  }
});
