import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CASUAL, GOOD, NOW, PLACEHOLDER, run, runJson, rulesOf, sliceRange, workspace, type JsonFile } from './helpers.js';
import { RULE_IDS, docUrl } from '../../shared/index.js';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

describe('stylish output', () => {
  it('a clean draft: file, kind line, readiness, summary; exit 0', () => {
    const dir = workspace({ 'follow-ups/dana.md': GOOD });
    const r = run([...NOW, '.'], dir);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(['', 'follow-ups/dana.md', '  kind  Thank-you note (from front matter)', '  Ready 7/7', '', '✓ 1 draft checked, no problems', ''].join('\n'));
  });

  it('findings: 1-based line:col (UTF-16), severity, message, rule id; summary and fixable count', () => {
    const dir = workspace({ 'casual.md': CASUAL });
    const { data } = runJson([...NOW, 'casual.md'], dir);
    const messages = data[0]?.findings.map((f) => f.message) ?? [];
    expect(messages).toHaveLength(3);
    const r = run([...NOW, 'casual.md'], dir);
    expect(r.code).toBe(0); // warnings only
    expect(r.stdout).toBe(
      [
        '',
        'casual.md',
        '  kind  Thank-you note (from front matter)',
        `  9:1     warning  ${messages[0]}  too-casual`,
        `  11:116  warning  ${messages[1]}  emoji`,
        `  11:127  warning  ${messages[2]}  too-casual`,
        '  Ready 7/7',
        '',
        '✖ 3 problems (0 errors, 3 warnings, 0 info) in 1 draft',
        '  3 of them can be fixed with --fix',
        '',
      ].join('\n'),
    );
    // The columns count UTF-16 units, as editors do: the emoji is two.
    const line11 = CASUAL.split('\n')[10] ?? '';
    expect(line11.indexOf('😊') + 1).toBe(116);
    expect(line11.indexOf('gonna') + 1).toBe(127);
  });

  it('the readiness line lists what is left to do; the kind line says when the kind was inferred and from what', () => {
    const dir = workspace({
      'late.md': GOOD,
      'feedback.md': 'Dear Ms. Liu,\n\nThank you for letting me know about your decision. I would be grateful for any feedback on how I could improve my interviews.\n\nBest regards,\nSam\n',
    });
    const r = run(['--now', '2026-11-23T09:00', 'late.md', 'feedback.md'], dir);
    expect(r.code).toBe(1); // more than 48 hours late is an error
    expect(r.stdout).toContain('\nlate.md\n  kind  Thank-you note (from front matter)\n');
    expect(r.stdout).toContain('\n  Readiness 5/7 — to do: no errors, on time\n');
    expect(r.stdout).toContain('\nfeedback.md\n  kind  Feedback request (inferred from "feedback")\n');
    const forced = run(['--now', '2026-11-23T09:00', '--kind', 'feedback-request', 'late.md'], dir);
    expect(forced.stdout).toContain('\n  kind  Feedback request (from --kind)\n');
  });

  it('no colour when stdout is not a terminal', () => {
    const dir = workspace({ 'p.md': PLACEHOLDER });
    const r = run([...NOW, 'p.md'], dir);
    expect(r.stdout).toContain('error');
    expect(r.stdout).not.toContain('\x1b[');
  });
});

describe('exit codes', () => {
  it('0 with warnings only, 1 with an error, 1 over --max-warnings, 0 at exactly --max-warnings', () => {
    const dir = workspace({ 'p.md': PLACEHOLDER, 'c.md': CASUAL });
    expect(run([...NOW, 'c.md'], dir).code).toBe(0);
    expect(run([...NOW, 'p.md'], dir).code).toBe(1);
    const at = run([...NOW, '--max-warnings', '3', 'c.md'], dir);
    expect(at.code).toBe(0);
    expect(at.stderr).toBe('');
    const over = run([...NOW, '--max-warnings', '2', 'c.md'], dir);
    expect(over.code).toBe(1);
    expect(over.stderr).toBe('followup-lint: 3 warnings, more than --max-warnings 2\n');
    const zero = run([...NOW, '--format', 'json', '--max-warnings', '0', 'c.md'], dir);
    expect(zero.code).toBe(1);
    expect(JSON.parse(zero.stdout)).toHaveLength(1);
  });
});

describe('--format json', () => {
  it('is one array with the contract shape: file, kind, score, findings with rule, severity, message, range, fixes', () => {
    const dir = workspace({ 'casual.md': CASUAL, 'dana.md': GOOD });
    const { code, data } = runJson([...NOW, 'casual.md', 'dana.md'], dir);
    expect(code).toBe(0);
    expect(data.map((f) => f.file)).toEqual(['casual.md', 'dana.md']);
    for (const f of data) expect(Object.keys(f)).toEqual(['file', 'kind', 'score', 'findings']);
    expect(data[1]).toEqual({ file: 'dana.md', kind: 'thank-you', score: 7, findings: [] });
    const casual = data[0] as JsonFile;
    expect(casual.kind).toBe('thank-you');
    expect(casual.score).toBe(7);
    expect(rulesOf(casual)).toEqual(['too-casual', 'emoji', 'too-casual']);
    for (const f of casual.findings) {
      expect(Object.keys(f)).toEqual(['rule', 'severity', 'message', 'range', 'fixes']);
      expect(f.severity).toBe('warning');
      for (const fix of f.fixes) {
        expect(Object.keys(fix)).toEqual(['title', 'edits']);
        for (const e of fix.edits) expect(Object.keys(e)).toEqual(['range', 'newText']);
      }
    }
  });

  it('positions are 0-based, in UTF-16 code units, past an emoji', () => {
    const dir = workspace({ 'casual.md': CASUAL });
    const casual = runJson([...NOW, 'casual.md'], dir).data[0] as JsonFile;
    const [hey, emoji, gonna] = casual.findings;
    expect(hey?.range).toEqual({ start: { line: 8, character: 0 }, end: { line: 8, character: 3 } });
    expect(emoji?.range).toEqual({ start: { line: 10, character: 115 }, end: { line: 10, character: 117 } });
    expect(gonna?.range).toEqual({ start: { line: 10, character: 126 }, end: { line: 10, character: 131 } });
    expect(sliceRange(CASUAL, emoji!.range)).toBe('😊');
    expect(sliceRange(CASUAL, gonna!.range)).toBe('gonna');
    expect(gonna?.fixes).toEqual([{ title: expect.any(String), edits: [{ range: gonna!.range, newText: 'going to' }] }]);
    expect(hey?.fixes[0]?.edits).toEqual([{ range: hey!.range, newText: 'Hello' }]);
    // The emoji fix removes it and the space before it, nothing else.
    const edit = emoji?.fixes[0]?.edits[0];
    expect(edit?.newText).toBe('');
    expect(sliceRange(CASUAL, edit!.range).trim()).toBe('😊');
  });

  it('a CRLF file gets the same lines and characters as the LF one', () => {
    const crlf = CASUAL.replace(/\n/g, '\r\n');
    const dir = workspace({ 'lf.md': CASUAL, 'crlf.md': crlf });
    const { data } = runJson([...NOW, 'lf.md', 'crlf.md'], dir);
    const [lf, cr] = data as [JsonFile, JsonFile];
    expect(cr.findings).toEqual(lf.findings);
    expect(cr.findings.map((f) => sliceRange(crlf, f.range))).toEqual(['Hey', '😊', 'gonna']);
  });

  it('an empty array when nothing was checked', () => {
    const dir = workspace({ 'notes/readme.md': '# Notes\n' });
    const r = run([...NOW, '--format', 'json', 'notes'], dir);
    expect(r.stdout).toBe('[]\n');
    expect(r.code).toBe(0);
  });
});

describe('--format sarif', () => {
  it('is SARIF 2.1.0: driver rules with help links, results with ruleId, level, 1-based regions and fixes', () => {
    const dir = workspace({ 'p.md': PLACEHOLDER, 'c.md': CASUAL });
    const r = run([...NOW, '--format', 'sarif', 'p.md', 'c.md'], dir);
    expect(r.code).toBe(1);
    const log = JSON.parse(r.stdout);
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    expect(log.runs).toHaveLength(1);
    const [sarifRun] = log.runs;
    const driver = sarifRun.tool.driver;
    expect(driver.name).toBe('followup-lint');
    expect(driver.version).toBe(pkg.version);
    expect(driver.rules.map((x: { id: string }) => x.id)).toEqual([...RULE_IDS]);
    for (const rule of driver.rules) {
      expect(rule.helpUri).toBe(docUrl(rule.id));
      expect(rule.shortDescription.text.length).toBeGreaterThan(10);
      expect(['error', 'warning', 'note']).toContain(rule.defaultConfiguration.level);
    }
    expect(sarifRun.columnKind).toBe('utf16CodeUnits');
    expect(sarifRun.originalUriBaseIds['%SRCROOT%'].uri).toMatch(/^file:\/\/.*\/$/);

    const json = runJson([...NOW, 'p.md', 'c.md'], dir).data;
    const expected = json.flatMap((f) => f.findings.map((x) => ({ file: f.file, ...x })));
    expect(sarifRun.results).toHaveLength(expected.length);
    sarifRun.results.forEach((res: Record<string, any>, i: number) => {
      const want = expected[i]!;
      expect(res.ruleId).toBe(want.rule);
      expect(driver.rules[res.ruleIndex].id).toBe(want.rule);
      expect(res.level).toBe({ error: 'error', warning: 'warning', info: 'note', hint: 'note' }[want.severity]);
      expect(res.message.text).toBe(want.message);
      const loc = res.locations[0].physicalLocation;
      expect(loc.artifactLocation).toEqual({ uri: want.file, uriBaseId: '%SRCROOT%' });
      expect(loc.region).toMatchObject({
        startLine: want.range.start.line + 1,
        startColumn: want.range.start.character + 1,
        endLine: want.range.end.line + 1,
        endColumn: want.range.end.character + 1,
      });
      expect((res.fixes ?? []).map((f: any) => f.description.text)).toEqual(want.fixes.map((f) => f.title));
      want.fixes.forEach((fix, k) => {
        const change = res.fixes[k].artifactChanges[0];
        expect(change.artifactLocation).toEqual(loc.artifactLocation);
        expect(change.replacements.map((x: any) => [x.deletedRegion.startLine, x.deletedRegion.startColumn, x.insertedContent.text])).toEqual(
          fix.edits.map((e) => [e.range.start.line + 1, e.range.start.character + 1, e.newText]),
        );
      });
    });
    // Three of the four findings have fixes (the placeholder has no fact to fill it from).
    expect(sarifRun.results.filter((x: any) => x.fixes).length).toBe(3);
    expect(sarifRun.results[0]).toMatchObject({ ruleId: 'template-placeholder', level: 'error' });
  });

  it('files outside the working folder get an absolute file: URI', () => {
    const dir = workspace({ 'c.md': CASUAL });
    const elsewhere = workspace({});
    const log = JSON.parse(run([...NOW, '--format', 'sarif', join(dir, 'c.md')], elsewhere).stdout);
    const uri = log.runs[0].results[0].locations[0].physicalLocation.artifactLocation;
    expect(uri).toEqual({ uri: `file://${join(dir, 'c.md')}` });
  });
});

describe('finding drafts', () => {
  const tree = {
    'README.md': '# Notes\n\nhey gonna lol\n',
    'notes/ideas.md': 'hey gonna lol\n',
    'notes/lee.md': CASUAL, // has `followup:` front matter
    'follow-ups/plain.md': 'Dear Dana,\n\nThank you for the interview. I am excited about the role and look forward to the next steps.\n',
    'follow-ups/sub/deeper.md': GOOD.replace(/^---[\s\S]*?---\n\n/, ''),
    'follow-ups/notes.txt': 'hey\n',
    'x.followup.md': GOOD,
    'node_modules/pkg/follow-ups/z.md': CASUAL,
    '.hidden/follow-ups/z.md': CASUAL,
    '.git/follow-ups/z.md': CASUAL,
  };

  it('walks folders: follow-ups/ folders, *.followup.md and followup: front matter; never READMEs, node_modules or dot-folders', () => {
    const dir = workspace(tree);
    const { data, stderr } = runJson([...NOW, '.'], dir);
    expect(data.map((x) => x.file)).toEqual(['follow-ups/plain.md', 'follow-ups/sub/deeper.md', 'notes/lee.md', 'x.followup.md']);
    expect(stderr).toBe('');
  });

  it('naming the follow-ups folder itself, or a folder inside it, finds the same drafts', () => {
    const dir = workspace(tree);
    expect(runJson([...NOW, 'follow-ups'], dir).data.map((x) => x.file)).toEqual(['follow-ups/plain.md', 'follow-ups/sub/deeper.md']);
    expect(runJson([...NOW, './follow-ups/'], dir).data.map((x) => x.file)).toEqual(['follow-ups/plain.md', 'follow-ups/sub/deeper.md']);
    expect(runJson([...NOW, 'follow-ups/sub'], dir).data.map((x) => x.file)).toEqual(['follow-ups/sub/deeper.md']);
    expect(runJson([...NOW, join(dir, 'follow-ups')], workspace({})).data.map((x) => x.file)).toEqual([join(dir, 'follow-ups/plain.md'), join(dir, 'follow-ups/sub/deeper.md')]);
  });

  it('explicitly named files are always checked, once each', () => {
    const dir = workspace(tree);
    const { data } = runJson([...NOW, 'README.md', 'notes/ideas.md', 'x.followup.md', '.', 'README.md'], dir);
    expect(data.map((x) => x.file)).toEqual(['README.md', 'notes/ideas.md', 'x.followup.md', 'follow-ups/plain.md', 'follow-ups/sub/deeper.md', 'notes/lee.md']);
    expect(rulesOf(data[1])).toContain('too-casual');
  });

  it('include globs come from the config file, relative to its folder', () => {
    const dir = workspace({ ...tree, '.followuprc.json': JSON.stringify({ include: ['notes/*.md'] }) });
    const { data } = runJson([...NOW, '.'], dir);
    // follow-ups/plain.md has no front matter and no longer matches; files with `followup:` always count.
    expect(data.map((x) => x.file)).toEqual(['notes/ideas.md', 'notes/lee.md', 'x.followup.md']);
    expect(runJson([...NOW, 'notes'], dir).data.map((x) => x.file)).toEqual(['notes/ideas.md', 'notes/lee.md']);
  });

  it('a folder with no drafts is one line on stderr, exit 0', () => {
    const dir = workspace({ 'notes/README.md': '# Notes\n', 'notes/todo.md': 'buy milk\n' });
    const r = run([...NOW, 'notes'], dir);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('followup-lint: notes: no drafts found in this folder (a draft has `followup:` front matter or matches the include globs)\n');
    expect(r.stdout).toBe('\nNo drafts checked.\n');
  });
});

describe('--kind, --now and duplicates', () => {
  it('--kind overrides front matter and inference', () => {
    const dir = workspace({ 'a.md': GOOD });
    expect(runJson([...NOW, '--kind', 'status-check', 'a.md'], dir).data[0]?.kind).toBe('status-check');
    expect(runJson([...NOW, 'a.md'], dir).data[0]?.kind).toBe('thank-you');
  });

  it('--now drives the timing rules; local dates, dates with times and zoned timestamps are accepted', () => {
    const dir = workspace({ 'a.md': GOOD });
    expect(rulesOf(runJson(['--now', '2026-11-21T09:00', 'a.md'], dir).data[0])).toEqual([]);
    const day = runJson(['--now', '2026-11-21T16:00', 'a.md'], dir);
    expect(day.data[0]?.findings.map((f) => [f.rule, f.severity])).toEqual([['send-window', 'warning']]);
    const late = runJson(['--now', '2026-11-23', 'a.md'], dir);
    expect(late.data[0]?.findings.map((f) => [f.rule, f.severity])).toEqual([['send-window', 'error']]);
    expect(late.code).toBe(1);
    expect(rulesOf(runJson(['--now', '2026-11-23T09:00:00Z', 'a.md'], dir).data[0])).toEqual(['send-window']);
    expect(rulesOf(runJson(['--now', '2026-11-21T09:00:00+00:00', 'a.md'], dir).data[0])).toEqual([]);
  });

  it('drafts checked together are peers: near-identical notes to different people are flagged, others not', () => {
    const lee = GOOD.replace('to: Dana Okafor', 'to: Lee Park').replace('Dear Dana', 'Dear Lee');
    const other = GOOD.replace('to: Dana Okafor', 'to: Ana Ruiz')
      .replace('Dear Dana', 'Dear Ana')
      .replace('I enjoyed hearing how the team rebuilt the churn report.', 'Our talk about forecasting stock for the holiday rush stayed with me, and so did the tour of the warehouse floor.')
      .replace('I am excited about the position.', 'I am excited about the position and would be glad to bring my planning experience to your team.');
    const dir = workspace({ 'follow-ups/a-dana.md': GOOD, 'follow-ups/b-other.md': other, 'follow-ups/c-lee.md': lee, 'follow-ups/d-dana-v2.md': GOOD });
    const { data } = runJson([...NOW, '.'], dir);
    const dup = (name: string): JsonFile | undefined => data.find((x) => x.file === `follow-ups/${name}`);
    expect(rulesOf(dup('a-dana.md'))).toEqual(['duplicate-draft']);
    expect(dup('a-dana.md')?.findings[0]?.message).toContain('follow-ups/c-lee.md');
    expect(rulesOf(dup('c-lee.md'))).toEqual(['duplicate-draft']);
    expect(dup('c-lee.md')?.findings[0]?.message).toContain('follow-ups/a-dana.md');
    expect(rulesOf(dup('b-other.md'))).toEqual([]);
    // Two versions of the note to the same person are not a duplicate of each other (but d is one of c).
    expect(rulesOf(dup('d-dana-v2.md'))).toEqual(['duplicate-draft']);
    expect(dup('d-dana-v2.md')?.findings[0]?.message).toContain('follow-ups/c-lee.md');
    // A single file has no peers.
    expect(rulesOf(runJson([...NOW, 'follow-ups/a-dana.md'], dir).data[0])).toEqual([]);
    // Turned off in the config: no comparisons at all.
    const off = workspace({ '.followuprc.json': JSON.stringify({ rules: { 'duplicate-draft': 'off' } }), 'a.md': GOOD, 'c.md': lee });
    expect(runJson([...NOW, 'a.md', 'c.md'], off).data.map(rulesOf)).toEqual([[], []]);
  });
});

describe('--help and --version', () => {
  it('print to stdout and exit 0', () => {
    const dir = workspace({});
    const help = run(['--help'], dir);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('followup-lint [options] PATHS…');
    expect(help.stdout).toContain('followup-lint new KIND [options]');
    for (const flag of ['--format stylish|json|sarif', '--fix', '--now ISO', '--kind KIND', '--config FILE', '--max-warnings N', '--to NAME', '--company NAME', '--role TITLE', '--interview-date DATE', '-o, --output FILE']) {
      expect(help.stdout).toContain(flag);
    }
    expect(run(['-h'], dir).stdout).toBe(help.stdout);
    expect(run(['--version'], dir)).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
    expect(run(['-v'], dir).stdout).toBe(`${pkg.version}\n`);
  });
});
