import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, runJson, sliceRange, workspace } from './helpers.js';

const KINDS = ['thank-you', 'status-check', 'feedback-request', 'rejection-response', 'additional-info'] as const;
const FLAGS = ['--to', 'Dana Okafor', '--company', 'Northwind Labs', '--role', 'Data Analyst', '--interview-date', '2026-11-20T14:00'];

/** What a user would type into the slots the flags do not cover. */
function fillIn(placeholder: string): string {
  if (/name/i.test(placeholder)) return 'Sam Lee';
  if (/topic/i.test(placeholder)) return 'the new churn dashboard';
  if (/experience/i.test(placeholder)) return 'In my current job I run a similar weekly reporting cycle in SQL.';
  if (/documents/i.test(placeholder)) return 'my portfolio and two references';
  if (/mentioned/i.test(placeholder)) return 'I also led a small data quality project last spring that cut report errors by half.';
  throw new Error(`a template slot this test does not know: ${placeholder}`);
}

/** A clock at which each kind is on time: a thank-you soon after the interview, a status check a week later. */
const ON_TIME: Record<(typeof KINDS)[number], string> = {
  'thank-you': '2026-11-20T17:00',
  'status-check': '2026-11-30T09:00',
  'feedback-request': '2026-11-20T17:00',
  'rejection-response': '2026-11-20T17:00',
  'additional-info': '2026-11-20T17:00',
};

describe('followup-lint new', () => {
  for (const kind of KINDS) {
    it(`${kind}: front matter filled from the flags; once the remaining slots are written it passes every rule`, () => {
      const dir = workspace({});
      const r = run(['new', kind, ...FLAGS, '-o', 'draft.md'], dir);
      expect(r).toEqual({ code: 0, stdout: '', stderr: 'followup-lint: wrote draft.md\n' });
      const text = readFileSync(join(dir, 'draft.md'), 'utf8');
      const front = text.slice(0, text.indexOf('\n---\n') + 5);
      expect(front.split('\n').slice(0, 6)).toEqual(['---', `followup: ${kind}`, 'to: Dana Okafor', 'company: Northwind Labs', 'role: Data Analyst', 'interview_date: "2026-11-20T14:00"']);
      expect(text).toContain('\nDear Dana Okafor,\n');
      expect(text).toContain('Northwind Labs');
      // Same text on stdout without -o.
      expect(run(['new', kind, ...FLAGS], dir)).toEqual({ code: 0, stdout: text, stderr: '' });

      // Linted as it is, the only errors are the slots still to write, each a [bracketed] placeholder.
      const first = runJson(['--now', ON_TIME[kind], 'draft.md'], dir);
      expect(first.data[0]?.kind).toBe(kind);
      const errors = first.data[0]?.findings.filter((f) => f.severity === 'error') ?? [];
      expect(errors.length).toBeGreaterThan(0);
      expect(errors.map((f) => f.rule)).toEqual(errors.map(() => 'template-placeholder'));
      const placeholders = errors.map((f) => sliceRange(text, f.range));
      for (const p of placeholders) expect(p).toMatch(/^\[[^\]]+\]$/);
      expect(placeholders).not.toContain('[Dana Okafor]');

      let filled = text;
      for (const p of placeholders) filled = filled.split(p).join(fillIn(p));
      writeFileSync(join(dir, 'draft.md'), filled);
      const second = runJson(['--now', ON_TIME[kind], 'draft.md'], dir);
      expect(second.data[0]?.findings).toEqual([]);
      expect(second.code).toBe(0);
    });
  }

  it('without --interview-date the date is today; empty flags leave front matter empty', () => {
    const dir = workspace({});
    const d = new Date();
    const today = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    const r = run(['new', 'rejection-response', '--to', 'Lee Park'], dir, { TZ: Intl.DateTimeFormat().resolvedOptions().timeZone });
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n').slice(0, 7)).toEqual(['---', 'followup: rejection-response', 'to: Lee Park', 'company: ', 'role: ', `interview_date: ${today}`, '---']);
    expect(r.stdout).toContain('\nDear Lee Park,\n');
  });

  it('values that need quoting in YAML are quoted and read back as written', () => {
    const dir = workspace({});
    expect(run(['new', 'thank-you', '--to', "O'Brien: Ana", '--company', '#1 Bakery', '-o', 'a.md'], dir).code).toBe(0);
    const text = readFileSync(join(dir, 'a.md'), 'utf8');
    expect(text).toContain('\nDear O\'Brien: Ana,\n');
    const lint = runJson(['--now', '2026-11-20T17:00', 'a.md'], dir);
    expect(lint.data[0]?.findings.map((f) => f.rule)).not.toContain('front-matter');
  });

  it('never overwrites; unknown kinds, bad dates, extra arguments and missing folders are usage errors', () => {
    const dir = workspace({ 'exists.md': 'keep me' });
    expect(run(['new', 'thank-you', '-o', 'exists.md'], dir)).toEqual({ code: 2, stdout: '', stderr: 'followup-lint: exists.md already exists; not overwriting it\n' });
    expect(readFileSync(join(dir, 'exists.md'), 'utf8')).toBe('keep me');
    const kinds = 'thank-you, status-check, feedback-request, rejection-response, additional-info';
    expect(run(['new', 'thanks'], dir)).toEqual({ code: 2, stdout: '', stderr: `followup-lint: unknown kind "thanks"; kinds: ${kinds}\n` });
    expect(run(['new'], dir)).toEqual({ code: 2, stdout: '', stderr: `followup-lint: new needs a kind: ${kinds}\n` });
    expect(run(['new', 'thank-you', '--interview-date', 'Tuesday'], dir)).toEqual({
      code: 2,
      stdout: '',
      stderr: 'followup-lint: --interview-date "Tuesday" is not a date; use e.g. 2026-11-20 or 2026-11-20T14:00\n',
    });
    expect(run(['new', 'thank-you', 'extra'], dir)).toEqual({ code: 2, stdout: '', stderr: 'followup-lint: unexpected argument "extra"; use -o FILE to choose where to write\n' });
    expect(run(['new', 'thank-you', '-o', 'no/such/dir/a.md'], dir)).toEqual({ code: 2, stdout: '', stderr: 'followup-lint: cannot write no/such/dir/a.md: folder no/such/dir does not exist\n' });
    expect(run(['new', 'thank-you', '--bogus'], dir)).toEqual({ code: 2, stdout: '', stderr: "followup-lint: Unknown option '--bogus'. (see --help)\n" });
  });
});
