import { chmodSync, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, workspace } from './helpers.js';

const GOOD = `---
followup: thank-you
to: Dana Okafor
company: Northwind Labs
role: Data Analyst
interview_date: 2026-11-20T14:00
---

Dear Dana,

Thank you for meeting with me about the Data Analyst role. I enjoyed hearing how the team rebuilt the churn report.

I am excited about the position. Could you share the next steps?

Best regards,
Sam
`;
const CASUAL = GOOD.replace('Dear Dana,', 'Hey Dana,').replace('I am excited', 'I am gonna say it: I am excited 😊');
const PLACEHOLDER = GOOD.replace('the Data Analyst role', 'the [Role] position at [Company Name]');
const NOW = ['--now', '2026-11-21T09:00'];

describe('followup-lint: checking', () => {
  it('exits 0 on a clean draft and says so', () => {
    const dir = workspace({ 'follow-ups/dana.md': GOOD });
    const r = run([...NOW, '.'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('follow-ups/dana.md');
    expect(r.stdout).toContain('Ready 7/7');
    expect(r.stdout).toContain('1 draft checked, no problems');
  });

  it('stylish output: line:col, severity, message, rule id, kind, readiness and summary', () => {
    const dir = workspace({ 'follow-ups/dana.md': CASUAL });
    const r = run([...NOW, 'follow-ups'], dir);
    expect(r.code).toBe(0); // warnings only
    expect(r.stdout).toMatch(/9:1\s+warning\s+"Hey" is too casual a greeting; open with "Hello"\.\s+too-casual/);
    expect(r.stdout).toContain('Thank-you note (from front matter)');
    expect(r.stdout).toMatch(/✖ 3 problems \(0 errors, 3 warnings, 0 info\) in 1 draft/);
    expect(r.stdout).toContain('3 of them can be fixed with --fix');
    expect(r.stdout).not.toContain('\x1b['); // no colour when not a TTY
  });

  it('exits 1 on error-level findings and over --max-warnings', () => {
    const dir = workspace({ 'a.md': PLACEHOLDER, 'b.md': CASUAL });
    expect(run([...NOW, 'a.md'], dir).code).toBe(1);
    expect(run([...NOW, '--max-warnings', '5', 'b.md'], dir).code).toBe(0);
    const over = run([...NOW, '--max-warnings', '2', 'b.md'], dir);
    expect(over.code).toBe(1);
    expect(over.stderr).toContain('more than --max-warnings 2');
  });

  it('--format json follows the contract, with UTF-16 positions after an emoji and in CRLF files', () => {
    const dir = workspace({ 'crlf.md': CASUAL.replace(/\n/g, '\r\n') });
    const r = run([...NOW, '--format', 'json', 'crlf.md'], dir);
    const data = JSON.parse(r.stdout);
    expect(data).toHaveLength(1);
    expect(Object.keys(data[0]).sort()).toEqual(['file', 'findings', 'kind', 'score']);
    expect(data[0].file).toBe('crlf.md');
    expect(data[0].kind).toBe('thank-you');
    const emoji = data[0].findings.find((f: { rule: string }) => f.rule === 'emoji');
    const line = CASUAL.split('\n')[12]!;
    expect(emoji.range.start).toEqual({ line: 12, character: line.indexOf('😊') });
    expect(emoji.range.end.character - emoji.range.start.character).toBe(2);
    expect(emoji.fixes[0].edits[0].newText).toBe('');
    expect(Object.keys(emoji).sort()).toEqual(['fixes', 'message', 'range', 'rule', 'severity']);
  });

  it('--format sarif is SARIF 2.1.0 with rules, levels, 1-based regions and fixes', () => {
    const dir = workspace({ 'p.md': PLACEHOLDER });
    const r = run([...NOW, '--format', 'sarif', 'p.md'], dir);
    const log = JSON.parse(r.stdout);
    expect(log.version).toBe('2.1.0');
    const run0 = log.runs[0];
    expect(run0.tool.driver.name).toBe('followup-lint');
    expect(run0.tool.driver.rules.map((x: { id: string }) => x.id)).toContain('template-placeholder');
    const res = run0.results.find((x: { ruleId: string }) => x.ruleId === 'template-placeholder');
    expect(res.level).toBe('error');
    expect(res.locations[0].physicalLocation.artifactLocation.uri).toBe('p.md');
    expect(res.locations[0].physicalLocation.region.startLine).toBe(11);
    expect(run0.tool.driver.rules[res.ruleIndex].id).toBe('template-placeholder');
    expect(res.fixes[0].artifactChanges[0].replacements[0].insertedContent.text).toBeTruthy();
  });

  it('walks folders for drafts: follow-ups/ folders and followup: front matter, not READMEs', () => {
    const dir = workspace({
      'README.md': '# Notes\n\nhey gonna lol\n',
      'notes/ideas.md': 'hey gonna lol\n',
      'notes/lee.md': CASUAL,
      'follow-ups/plain.md': 'Dear Dana,\n\nThank you for the interview. I am excited about the role and look forward to the next steps.\n',
      'x.followup.md': GOOD,
      'node_modules/pkg/follow-ups/z.md': CASUAL,
      '.hidden/follow-ups/z.md': CASUAL,
    });
    const r = run([...NOW, '--format', 'json', '.'], dir);
    const files = JSON.parse(r.stdout).map((x: { file: string }) => x.file).sort();
    expect(files).toEqual(['follow-ups/plain.md', 'notes/lee.md', 'x.followup.md']);
  });

  it('an explicitly named file is always checked', () => {
    const dir = workspace({ 'README.md': 'Hey Dana, gonna call.\n' });
    const r = run([...NOW, '--format', 'json', 'README.md'], dir);
    expect(JSON.parse(r.stdout)[0].findings.length).toBeGreaterThan(0);
  });

  it('--kind overrides the kind; an unknown kind is a usage error', () => {
    const dir = workspace({ 'a.md': GOOD });
    const r = run([...NOW, '--format', 'json', '--kind', 'status-check', 'a.md'], dir);
    expect(JSON.parse(r.stdout)[0].kind).toBe('status-check');
    const bad = run(['--kind', 'thanks', 'a.md'], dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('followup-lint: unknown --kind "thanks"; kinds: thank-you, status-check, feedback-request, rejection-response, additional-info\n');
  });

  it('--now drives timing rules', () => {
    const dir = workspace({ 'a.md': GOOD });
    expect(run(['--now', '2026-11-21T09:00', '--format', 'json', 'a.md'], dir).stdout).not.toContain('send-window');
    const late = JSON.parse(run(['--now', '2026-11-23T09:00', '--format', 'json', 'a.md'], dir).stdout);
    expect(late[0].findings.find((f: { rule: string }) => f.rule === 'send-window').severity).toBe('error');
    const bad = run(['--now', 'soon', 'a.md'], dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--now "soon" is not a date');
  });

  it('finds duplicate drafts among the files given', () => {
    const dir = workspace({ 'follow-ups/dana.md': GOOD, 'follow-ups/lee.md': GOOD.replace('to: Dana Okafor', 'to: Lee Park').replace('Dear Dana', 'Dear Lee') });
    const data = JSON.parse(run([...NOW, '--format', 'json', '.'], dir).stdout);
    for (const f of data) expect(f.findings.map((x: { rule: string }) => x.rule)).toContain('duplicate-draft');
  });
});

describe('followup-lint: configuration', () => {
  it('uses the nearest .followuprc upward', () => {
    const dir = workspace({
      '.followuprc.json': JSON.stringify({ rules: { 'too-casual': 'off' } }),
      'sub/.followuprc.yaml': 'rules:\n  emoji: "off"\n',
      'a.md': CASUAL,
      'sub/b.md': CASUAL,
    });
    const data = JSON.parse(run([...NOW, '--format', 'json', 'a.md', 'sub/b.md'], dir).stdout);
    const rules = (i: number): string[] => data[i].findings.map((f: { rule: string }) => f.rule);
    expect(rules(0)).not.toContain('too-casual');
    expect(rules(0)).toContain('emoji');
    // The nearest file wins, and it does not inherit the parent's.
    expect(rules(1)).not.toContain('emoji');
    expect(rules(1)).toContain('too-casual');
  });

  it('--config overrides lookup', () => {
    const dir = workspace({ 'strict.yaml': 'rules:\n  too-casual: error\n', 'a.md': CASUAL });
    expect(run([...NOW, '--config', 'strict.yaml', 'a.md'], dir).code).toBe(1);
  });

  it('a bad config is one line naming file and key, exit 2', () => {
    const dir = workspace({ '.followuprc.json': JSON.stringify({ rules: { 'too-casul': 'off' } }), 'a.md': GOOD });
    const r = run([...NOW, 'a.md'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('followup-lint: .followuprc.json: rules.too-casul: unknown rule "too-casul" (did you mean "too-casual"?)\n');
    expect(r.stdout).toBe('');
  });

  it('unreadable JSON in config, and a missing --config file, exit 2 without a stack trace', () => {
    const dir = workspace({ '.followuprc.json': '{ "rules": ', 'a.md': GOOD });
    const r = run([...NOW, 'a.md'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^followup-lint: \.followuprc\.json: \(file\): cannot read JSON/);
    const m = run([...NOW, '--config', 'nope.json', 'a.md'], dir);
    expect(m.code).toBe(2);
    expect(m.stderr).toBe('followup-lint: nope.json: (file): no such file\n');
    expect(r.stderr + m.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('followup-lint: bad input', () => {
  it('missing file, binary file, 10 MB file: one line each, the rest still checked', () => {
    const dir = workspace({ 'good.md': GOOD, 'bin.md': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1]), 'big.md': 'a'.repeat(10 * 1024 * 1024 + 10) });
    const r = run([...NOW, 'good.md', 'bin.md', 'big.md', 'missing.md'], dir);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('followup-lint: bin.md: skipped: binary file, not a text draft');
    expect(r.stderr).toContain('followup-lint: big.md: skipped: 10.0 MB is over the 10 MB limit for a draft');
    expect(r.stderr).toContain('followup-lint: missing.md: no such file or directory');
    expect(r.stdout).toContain('good.md');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('broken YAML front matter is a finding, not a crash', () => {
    const dir = workspace({ 'a.md': GOOD.replace('to: Dana Okafor', 'to: [Dana') });
    const r = run([...NOW, '--format', 'json', 'a.md'], dir);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)[0].findings[0].rule).toBe('front-matter');
  });

  it('usage errors exit 2: no paths, unknown option, unknown format', () => {
    const dir = workspace({});
    expect(run([], dir)).toMatchObject({ code: 2, stderr: 'followup-lint: no files or folders given; try: followup-lint follow-ups/\n' });
    expect(run(['--bogus', 'x'], dir).code).toBe(2);
    expect(run(['--format', 'xml', 'x'], dir).stderr).toBe('followup-lint: unknown --format "xml"; use stylish, json or sarif\n');
  });

  it('--help and --version', () => {
    const dir = workspace({});
    expect(run(['--help'], dir).stdout).toContain('followup-lint new KIND');
    expect(run(['--version'], dir).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});

describe('followup-lint --fix', () => {
  it('applies safe fixes atomically, keeps CRLF and the file mode, and leaves clean files untouched', () => {
    const dir = workspace({ 'casual.md': CASUAL.replace(/\n/g, '\r\n'), 'good.md': GOOD });
    chmodSync(join(dir, 'casual.md'), 0o640);
    const goodBefore = statSync(join(dir, 'good.md')).mtimeMs;
    const r = run([...NOW, '--fix', 'casual.md', 'good.md'], dir);
    expect(r.code).toBe(0);
    const fixed = readFileSync(join(dir, 'casual.md'), 'utf8');
    expect(fixed).toBe(GOOD.replace('Dear Dana,', 'Hello Dana,').replace('I am excited', 'I am going to say it: I am excited').replace(/\n/g, '\r\n'));
    expect(statSync(join(dir, 'casual.md')).mode & 0o777).toBe(0o640);
    expect(statSync(join(dir, 'good.md')).mtimeMs).toBe(goodBefore);
    expect(r.stdout).toContain('Ready 7/7');
    expect(existsSync(join(dir, '.casual.md.followup-' ))).toBe(false);
  });

  it('reports what is left after fixing', () => {
    const dir = workspace({ 'p.md': PLACEHOLDER.replace('company: Northwind Labs\n', '') });
    const r = run([...NOW, '--fix', '--format', 'json', 'p.md'], dir);
    const left = JSON.parse(r.stdout)[0].findings.map((f: { rule: string }) => f.rule);
    expect(left).toEqual(['template-placeholder']); // [Company Name] has no fact to fill; [Role] was filled
    expect(readFileSync(join(dir, 'p.md'), 'utf8')).toContain('the Data Analyst position at [Company Name]');
  });
});

describe('followup-lint new', () => {
  const kinds = ['thank-you', 'status-check', 'feedback-request', 'rejection-response', 'additional-info'];
  for (const kind of kinds) {
    it(`writes a ${kind} draft with the front matter filled`, () => {
      const dir = workspace({});
      const r = run(['new', kind, '--to', 'Dana Okafor', '--company', 'Northwind Labs', '--role', 'Data Analyst', '--interview-date', '2026-11-20T14:00', '-o', 'draft.md'], dir);
      expect(r.code).toBe(0);
      const text = readFileSync(join(dir, 'draft.md'), 'utf8');
      expect(text).toContain(`followup: ${kind}`);
      expect(text).toContain('to: Dana Okafor');
      expect(text).toContain('Dear Dana Okafor,');
      const lint = JSON.parse(run(['--now', '2026-11-20T16:00', '--format', 'json', 'draft.md'], dir).stdout)[0];
      expect(lint.kind).toBe(kind);
      // Only the slots the user still has to write remain, as placeholders.
      expect(new Set(lint.findings.map((f: { rule: string }) => f.rule))).toEqual(new Set(['template-placeholder', ...(kind === 'status-check' ? ['too-soon'] : [])]));
    });
  }

  it('refuses to overwrite, rejects unknown kinds and bad dates, prints to stdout without -o', () => {
    const dir = workspace({ 'exists.md': 'keep me' });
    const r = run(['new', 'thank-you', '-o', 'exists.md'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('followup-lint: exists.md already exists; not overwriting it\n');
    expect(readFileSync(join(dir, 'exists.md'), 'utf8')).toBe('keep me');
    expect(run(['new', 'thanks'], dir).code).toBe(2);
    expect(run(['new', 'thank-you', '--interview-date', 'Tuesday'], dir).code).toBe(2);
    expect(run(['new', 'rejection-response', '--to', 'Lee'], dir).stdout).toContain('Dear Lee,');
    writeFileSync(join(dir, 'x'), '');
  });
});
