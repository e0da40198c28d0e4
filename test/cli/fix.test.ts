import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, closeSync, lstatSync, openSync, readdirSync, readFileSync, readlinkSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CASUAL, CLI, GOOD, NOW, PLACEHOLDER, cliEnv, run, runJson, workspace } from './helpers.js';
import { readDraft } from '../../clients/cli/files.js';
import { ChangedOnDisk, writeAtomic } from '../../clients/cli/write.js';

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

/** Run the CLI as an unprivileged user: as nobody when the tests run as root (root may write anywhere). */
function runUnprivileged(args: string[], cwd: string): { status: number | null; stderr: string } {
  const argv = [CLI, ...args];
  return process.getuid?.() === 0
    ? spawnSync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, ...argv], { cwd, encoding: 'utf8', env: cliEnv() })
    : spawnSync(process.execPath, argv, { cwd, encoding: 'utf8', env: cliEnv() });
}

describe('--fix saves without losing data', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const d of dirs.splice(0)) {
      chmodSync(d, 0o755);
      rmSync(d, { recursive: true, force: true });
    }
  });
  const ws = (files: Record<string, string>): string => {
    const d = workspace(files);
    dirs.push(d);
    return d;
  };

  it('writes a new file and renames it over the draft: whoever holds the old file still reads the old text whole', () => {
    const dir = ws({ 'a.md': CASUAL });
    const path = join(dir, 'a.md');
    const before = statSync(path).ino;
    const held = openSync(path, 'r'); // an editor or a backup tool reading the draft
    try {
      const r = run([...NOW, '--fix', 'a.md'], dir);
      expect(r.code).toBe(0);
      expect(readFileSync(path, 'utf8')).toBe(FIXED);
      // A rename, not a truncate-and-rewrite in place: a crash mid-write cannot leave half a draft.
      expect(statSync(path).ino).not.toBe(before);
      expect(readFileSync(held, 'utf8')).toBe(CASUAL);
    } finally {
      closeSync(held);
    }
    expect(readdirSync(dir)).toEqual(['a.md']);
  });

  it('a read-only draft in a writable folder is refused, not replaced by the rename; the other drafts are still fixed', () => {
    const dir = ws({ 'a.md': CASUAL, 'b.md': CASUAL });
    chmodSync(dir, 0o777);
    chmodSync(join(dir, 'a.md'), 0o444);
    chmodSync(join(dir, 'b.md'), 0o666);
    const r = runUnprivileged([...NOW, '--fix', 'a.md', 'b.md'], dir);
    expect(r.stderr).toBe('followup-lint: a.md: could not be saved (EACCES)\nfollowup-lint: fixed 1 file\n');
    expect(r.status).toBe(2);
    expect(readFileSync(join(dir, 'a.md'), 'utf8')).toBe(CASUAL);
    expect(statSync(join(dir, 'a.md')).mode & 0o7777).toBe(0o444);
    expect(readFileSync(join(dir, 'b.md'), 'utf8')).toBe(FIXED);
    expect(readdirSync(dir).sort()).toEqual(['a.md', 'b.md']);
  });

  it('keeps the owner of a draft (root fixing another user\'s draft does not take it over)', () => {
    const dir = ws({ 'a.md': CASUAL });
    const path = join(dir, 'a.md');
    // As root, the draft belongs to nobody; otherwise it is the runner's own and the owner trivially stays.
    if (process.getuid?.() === 0) chownSync(path, 65534, 65534);
    const owner = statSync(path);
    expect(run([...NOW, '--fix', 'a.md'], dir).code).toBe(0);
    const after = statSync(path);
    expect(readFileSync(path, 'utf8')).toBe(FIXED);
    expect([after.uid, after.gid]).toEqual([owner.uid, owner.gid]);
    expect(after.mode & 0o7777).toBe(owner.mode & 0o7777);
  });
  it('keeps a UTF-8 byte order mark: the fixed draft still starts with one, and the findings are the same as without it', () => {
    const bom = Buffer.from([0xef, 0xbb, 0xbf]);
    const dir = workspace({ 'bom.md': Buffer.concat([bom, Buffer.from(CASUAL, 'utf8')]), 'plain.md': CASUAL });
    const r = runJson([...NOW, '--fix', 'bom.md', 'plain.md'], dir);
    expect(r.stderr).toBe('followup-lint: fixed 2 files\n');
    const bytes = readFileSync(join(dir, 'bom.md'));
    expect([...bytes.subarray(0, 3)]).toEqual([...bom]);
    expect(bytes.subarray(3).toString('utf8')).toBe(FIXED);
    expect(readFileSync(join(dir, 'plain.md'), 'utf8')).toBe(FIXED);
    expect(r.data[0]!.findings).toEqual(r.data[1]!.findings);
  });

  it('a draft saved by someone else after it was read is not replaced: their text stays, no temporary file is left', () => {
    const dir = workspace({ 'a.md': CASUAL });
    const path = join(dir, 'a.md');
    const read = readDraft(path);
    if (!read.ok) throw new Error(read.message);
    // An editor saves the draft between the CLI reading it and writing the fix.
    const theirs = CASUAL.replace('Hey Dana,', 'Hi Dana, (edited in the editor)');
    writeFileSync(path, theirs);
    const listing = readdirSync(dir).sort();
    expect(() => writeAtomic(path, FIXED, read)).toThrow(ChangedOnDisk);
    expect(readFileSync(path, 'utf8')).toBe(theirs);
    expect(readdirSync(dir).sort()).toEqual(listing);
    // Unchanged since reading: the fix is written.
    const again = readDraft(path);
    if (!again.ok) throw new Error(again.message);
    writeAtomic(path, FIXED, again);
    expect(readFileSync(path, 'utf8')).toBe(FIXED);
    // Gaining or losing only a byte order mark counts as a change too.
    writeFileSync(path, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(FIXED)]));
    expect(() => writeAtomic(path, CASUAL, again)).toThrow(ChangedOnDisk);
  });
});
