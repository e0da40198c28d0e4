import { spawnSync } from 'node:child_process';
import { chmodSync, lstatSync, readdirSync, readFileSync, readlinkSync, statSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CASUAL, CLI, GOOD, NOW, PLACEHOLDER, cliEnv, run, runJson, workspace } from './helpers.js';

/** CASUAL with its three safe fixes applied: "Hello", the emoji (and its space) gone, "going to". */
const FIXED = CASUAL.replace('Hey Dana,', 'Hello Dana,').replace(' 😊', '').replace('gonna', 'going to');

function stamp(path: string): [number, number] {
  const s = statSync(path);
  return [s.ino, s.mtimeMs];
}

describe('--fix', () => {
  it('rewrites only files with something to fix, keeps CRLF and the file mode, leaves no temporary files', () => {
    const dir = workspace({ 'crlf.md': CASUAL.replace(/\n/g, '\r\n'), 'script.md': CASUAL, 'good.md': GOOD, 'placeholder.md': PLACEHOLDER });
    chmodSync(join(dir, 'crlf.md'), 0o640);
    chmodSync(join(dir, 'script.md'), 0o755);
    const before = { good: stamp(join(dir, 'good.md')), placeholder: stamp(join(dir, 'placeholder.md')) };
    const listing = readdirSync(dir).sort();

    const r = runJson([...NOW, '--fix', 'crlf.md', 'script.md', 'good.md', 'placeholder.md'], dir);
    expect(r.stderr).toBe('followup-lint: fixed 2 files\n');
    expect(r.code).toBe(1); // the placeholder has no fact to fill it and remains an error

    expect(readFileSync(join(dir, 'crlf.md'), 'utf8')).toBe(FIXED.replace(/\n/g, '\r\n'));
    expect(readFileSync(join(dir, 'script.md'), 'utf8')).toBe(FIXED);
    expect(statSync(join(dir, 'crlf.md')).mode & 0o7777).toBe(0o640);
    expect(statSync(join(dir, 'script.md')).mode & 0o7777).toBe(0o755);
    // Untouched: same inode (no rename) and modification time.
    expect(stamp(join(dir, 'good.md'))).toEqual(before.good);
    expect(stamp(join(dir, 'placeholder.md'))).toEqual(before.placeholder);
    expect(readFileSync(join(dir, 'placeholder.md'), 'utf8')).toBe(PLACEHOLDER);
    expect(readdirSync(dir).sort()).toEqual(listing);

    // The report is about the fixed text.
    expect(r.data.map((f) => [f.file, f.findings.map((x) => x.rule)])).toEqual([
      ['crlf.md', []],
      ['script.md', []],
      ['good.md', []],
      ['placeholder.md', ['template-placeholder']],
    ]);
  });

  it('is idempotent: a second run writes nothing', () => {
    const dir = workspace({ 'a.md': CASUAL });
    expect(run([...NOW, '--fix', 'a.md'], dir).stderr).toBe('followup-lint: fixed 1 file\n');
    const after = stamp(join(dir, 'a.md'));
    const again = run([...NOW, '--fix', 'a.md'], dir);
    expect(again.code).toBe(0);
    expect(again.stderr).toBe('');
    expect(stamp(join(dir, 'a.md'))).toEqual(after);
    expect(readFileSync(join(dir, 'a.md'), 'utf8')).toBe(FIXED);
  });

  it('fills a placeholder from front matter and reports what is left, with positions in the fixed text', () => {
    const dir = workspace({ 'p.md': GOOD.replace('Dear Dana,', 'Dear [Interviewer Name],').replace('Sam\n', 'Sam 🙂\n') });
    const r = runJson([...NOW, '--fix', 'p.md'], dir);
    const text = readFileSync(join(dir, 'p.md'), 'utf8');
    expect(text).toBe(GOOD.replace('Dear Dana,', 'Dear Dana Okafor,'));
    expect(r.code).toBe(0);
    expect(r.data[0]?.findings).toEqual([]);
    expect(r.data[0]?.score).toBe(7);
  });

  it('writes through a symlink to its target and keeps the link', () => {
    const dir = workspace({ 'real/a.md': CASUAL });
    symlinkSync(join(dir, 'real/a.md'), join(dir, 'link.md'));
    const r = run([...NOW, '--fix', 'link.md'], dir);
    expect(r.code).toBe(0);
    expect(lstatSync(join(dir, 'link.md')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(dir, 'link.md'))).toBe(join(dir, 'real/a.md'));
    expect(readFileSync(join(dir, 'real/a.md'), 'utf8')).toBe(FIXED);
    expect(readdirSync(join(dir, 'real'))).toEqual(['a.md']);
  });

  it('a file that cannot be saved is one line and exit 2; the file is unchanged', () => {
    const dir = workspace({ 'a.md': CASUAL });
    chmodSync(dir, 0o555);
    const args = [CLI, ...NOW, '--fix', 'a.md'];
    // Root writes anywhere, so run as nobody when the tests run as root.
    const r =
      process.getuid?.() === 0
        ? spawnSync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, ...args], { cwd: dir, encoding: 'utf8', env: cliEnv() })
        : spawnSync(process.execPath, args, { cwd: dir, encoding: 'utf8', env: cliEnv() });
    chmodSync(dir, 0o755);
    expect(r.stderr).toBe('followup-lint: a.md: could not be saved (EACCES)\n');
    expect(r.status).toBe(2);
    expect(readFileSync(join(dir, 'a.md'), 'utf8')).toBe(CASUAL);
    expect(readdirSync(dir)).toEqual(['a.md']);
  });
});
