import { readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CASUAL, GOOD, NOW, run, runJson, rulesOf, workspace } from './helpers.js';

describe('configuration files', () => {
  it('each draft uses the nearest .followuprc upward, JSON or YAML, without inheriting the farther one', () => {
    const dir = workspace({
      '.followuprc.json': JSON.stringify({ rules: { 'too-casual': 'off' } }),
      'sub/.followuprc.yaml': 'rules:\n  emoji: "off"\n',
      'a.md': CASUAL,
      'sub/b.md': CASUAL,
      'sub/deeper/c.md': CASUAL,
    });
    const { data } = runJson([...NOW, 'a.md', 'sub/b.md', 'sub/deeper/c.md'], dir);
    expect(rulesOf(data[0])).toEqual(['emoji']);
    expect(rulesOf(data[1])).toEqual(['too-casual', 'too-casual']);
    expect(rulesOf(data[2])).toEqual(['too-casual', 'too-casual']);
  });

  it('severities from the config decide the exit code; word limits and the dictionary apply', () => {
    const dir = workspace({ '.followuprc.yaml': 'rules:\n  too-casual: error\n', 'a.md': CASUAL, 'b.md': GOOD });
    const strict = runJson([...NOW, 'a.md'], dir);
    expect(strict.code).toBe(1);
    expect(strict.data[0]?.findings.map((f) => [f.rule, f.severity])).toEqual([
      ['too-casual', 'error'],
      ['emoji', 'warning'],
      ['too-casual', 'error'],
    ]);
    const short = workspace({ '.followuprc.json': JSON.stringify({ wordLimits: { 'thank-you': 20 } }), 'b.md': GOOD });
    expect(rulesOf(runJson([...NOW, 'b.md'], short).data[0])).toEqual(['too-long']);
  });

  it('--config FILE is used instead of any .followuprc', () => {
    const dir = workspace({ '.followuprc.json': JSON.stringify({ rules: { emoji: 'off' } }), 'strict.yaml': 'rules:\n  too-casual: error\n', 'a.md': CASUAL });
    const r = runJson([...NOW, '--config', 'strict.yaml', 'a.md'], dir);
    expect(r.code).toBe(1);
    // The nearer .followuprc.json (emoji off) is not read.
    expect(rulesOf(r.data[0])).toEqual(['too-casual', 'emoji', 'too-casual']);
  });

  it('a bad setting is one line naming the file, the key and the problem; exit 2 and no report', () => {
    const dir = workspace({ '.followuprc.json': JSON.stringify({ rules: { 'too-casul': 'off' } }), 'a.md': GOOD });
    expect(run([...NOW, 'a.md'], dir)).toEqual({
      code: 2,
      stdout: '',
      stderr: 'followup-lint: .followuprc.json: rules.too-casul: unknown rule "too-casul" (did you mean "too-casual"?)\n',
    });
    const limits = workspace({ 'sub/.followuprc.yaml': 'wordLimits:\n  thank-you: many\n', 'sub/a.md': GOOD });
    expect(run([...NOW, 'sub/a.md'], limits)).toEqual({
      code: 2,
      stdout: '',
      stderr: 'followup-lint: sub/.followuprc.yaml: wordLimits.thank-you: expected a whole number from 1 to 10000, got "many"\n',
    });
  });

  it('unparsable files, a missing --config file and a folder in its place: exit 2, one line each, no stack trace', () => {
    const json = workspace({ '.followuprc.json': '{ "rules": ', 'a.md': GOOD });
    const r = run([...NOW, 'a.md'], json);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^followup-lint: \.followuprc\.json: \(file\): cannot read JSON: [^\n]+\n$/);
    const yaml = workspace({ '.followuprc.yaml': 'rules: [unclosed\n', 'a.md': GOOD });
    const y = run([...NOW, 'a.md'], yaml);
    expect(y.code).toBe(2);
    expect(y.stderr).toMatch(/^followup-lint: \.followuprc\.yaml: \(file\): cannot read YAML: [^\n]+\n$/);
    expect(run([...NOW, '--config', 'nope.json', 'a.md'], json)).toEqual({ code: 2, stdout: '', stderr: 'followup-lint: nope.json: (file): no such file\n' });
    const folder = workspace({ 'conf/x': '', 'a.md': GOOD });
    expect(run([...NOW, '--config', 'conf', 'a.md'], folder)).toEqual({ code: 2, stdout: '', stderr: 'followup-lint: conf: (file): is a folder, not a config file\n' });
  });

  it('a broken config that applies to no checked draft is not read', () => {
    const dir = workspace({ 'other/.followuprc.json': '{ broken', 'follow-ups/a.md': GOOD });
    const r = run([...NOW, 'follow-ups'], dir);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
  });
});

/**
 * Path confinement: the only config key that names paths is `include` (globs
 * that decide which walked markdown files are drafts; `dictionary` is a list
 * of words, `--config` is the user's own choice). A config file cannot make
 * the CLI read or write anything outside the folders it was asked to check.
 */
describe('configuration cannot reach outside the checked folders', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });
  /** `outside/` holds a draft with fixable findings; `ws/` is what the user checks. */
  const setup = (): { root: string; ws: string; outsideDraft: string } => {
    const root = workspace({ 'outside/follow-ups/secret.md': CASUAL, 'ws/follow-ups/a.md': GOOD });
    dirs.push(root);
    const ws = join(root, 'ws');
    return { root, ws, outsideDraft: join(root, 'outside/follow-ups/secret.md') };
  };

  it('an include glob with ".." or an absolute path is a config error naming the glob; nothing is checked or written', () => {
    const { root, ws, outsideDraft } = setup();
    for (const glob of ['../outside/**/*.md', '**/../../outside/**/*.md', `${join(root, 'outside')}/**/*.md`]) {
      writeRc(ws, { include: [glob] });
      const r = run([...NOW, '--fix', '.'], ws);
      expect(r.code, glob).toBe(2);
      expect(r.stdout, glob).toBe('');
      expect(r.stderr, glob).toMatch(new RegExp(`^followup-lint: \\.followuprc\\.json: include: glob "${escape(glob)}" (may not point outside the folder|is an absolute path)[^\\n]*\\n$`));
      expect(readFileSync(outsideDraft, 'utf8'), glob).toBe(CASUAL);
    }
  });

  it('an include glob that would backtrack for minutes is a config error, not a hang', () => {
    const { ws } = setup();
    writeRc(ws, { include: ['*a*a*a*a*a*a*a*a*a*a*a*a*b.md'] });
    // Not a draft by its front matter, so only the glob could make it one; matching this glob against this
    // file name in picomatch's regular expression takes minutes (measured: over 60 s for 40 letters).
    writeFileSync(join(ws, `${'a'.repeat(60)}.md`), 'Notes, not a draft.\n');
    const r = run([...NOW, '.'], ws);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^followup-lint: \.followuprc\.json: include: glob "\*a\*a[^"]*" is too complex[^\n]*\n$/);
  });

  it('"include: [**/*]" does not follow symlinks out of the folder: the linked draft is neither read nor fixed', () => {
    const { root, ws, outsideDraft } = setup();
    writeRc(ws, { include: ['**/*'] });
    symlinkSync(join(root, 'outside'), join(ws, 'linked-folder'));
    symlinkSync(outsideDraft, join(ws, 'follow-ups', 'linked.md'));
    const r = runJson([...NOW, '--fix', '.'], ws);
    expect(r.data.map((f) => f.file)).toEqual(['follow-ups/a.md']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(readFileSync(outsideDraft, 'utf8')).toBe(CASUAL);
  });
});

function writeRc(dir: string, rc: unknown): void {
  writeFileSync(join(dir, '.followuprc.json'), JSON.stringify(rc));
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
