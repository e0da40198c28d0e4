import { describe, expect, it } from 'vitest';
import { hasFollowupKey, lintDraft, parseDraft, parseFactDate, writtenDateIso, type Finding } from '../../shared/index.js';

const problems = (text: string): Finding[] => lintDraft(text).findings.filter((f) => f.ruleId === 'front-matter');
const flagged = (text: string): string[] => problems(text).map((f) => text.slice(f.start, f.end));

describe('front matter: facts', () => {
  it('reads facts: names (string or list), dates as local time, counts', () => {
    const doc = parseDraft('---\nfollowup: thank-you\nto: [Dana Okafor, Lee Park]\ncompany: Northwind Labs\ninterview_date: 2026-11-20T14:00\ndocuments_due: 2026-11-24\nprevious_follow_ups: 1\n---\nHi\n');
    const f = doc.frontMatter.facts;
    expect(f.kind).toBe('thank-you');
    expect(f.to).toEqual(['Dana Okafor', 'Lee Park']);
    expect(f.company).toBe('Northwind Labs');
    expect(f.interviewDate?.time).toBe(new Date(2026, 10, 20, 14, 0).getTime());
    expect(f.interviewDate?.dateOnly).toBe(false);
    expect(f.documentsDue?.time).toBe(new Date(2026, 10, 24).getTime());
    expect(f.documentsDue?.dateOnly).toBe(true);
    expect(f.previousFollowUps).toBe(1);
    expect(doc.frontMatter.hasFollowupKey).toBe(true);
  });

  it('reads lists of names in every common form', () => {
    const to = (value: string): string[] => parseDraft(`---\nto: ${value}\n---\n`).frontMatter.facts.to;
    expect(to('Dana Okafor and Lee Park')).toEqual(['Dana Okafor', 'Lee Park']);
    expect(to('Dana Okafor, Lee Park')).toEqual(['Dana Okafor', 'Lee Park']);
    expect(to('Dana Okafor & Lee Park; Ana Silva')).toEqual(['Dana Okafor', 'Lee Park', 'Ana Silva']);
    expect(to('[Dana Okafor, "Lee Park"]')).toEqual(['Dana Okafor', 'Lee Park']);
    expect(parseDraft('---\nto:\n  - Dana Okafor\n  - Lee Park\n---\n').frontMatter.facts.to).toEqual(['Dana Okafor', 'Lee Park']);
    // "and" inside a name is not a separator.
    expect(to('Alexandra Anderson')).toEqual(['Alexandra Anderson']);
    expect(to('Dr. Priya Raman')).toEqual(['Dr. Priya Raman']);
  });

  it('normalises the kind as people write it', () => {
    const kind = (value: string) => parseDraft(`---\nfollowup: ${value}\n---\n`).frontMatter.facts.kind;
    expect(kind('Thank You')).toBe('thank-you');
    expect(kind('status_check')).toBe('status-check');
    expect(kind('  additional-info ')).toBe('additional-info');
  });

  it('dates: date only, date and time (T or space, seconds), local time', () => {
    expect(parseFactDate('2026-11-20')).toEqual({ raw: '2026-11-20', time: new Date(2026, 10, 20).getTime(), dateOnly: true });
    expect(parseFactDate('2026-11-20 14:30')?.time).toBe(new Date(2026, 10, 20, 14, 30).getTime());
    expect(parseFactDate('2026-11-20T09:05:30')?.time).toBe(new Date(2026, 10, 20, 9, 5, 30).getTime());
    for (const bad of ['2026-02-31', '2026-13-01', '2026-11-20T25:00', '2026-11-20T10:75', '20/11/2026', 'next Tuesday', '2026-11-20Z']) expect(parseFactDate(bad), bad).toBeUndefined();
    // A YAML date (unquoted) is read as written, not as midnight UTC.
    expect(parseDraft('---\ninterview_date: 2026-11-20\n---\n').frontMatter.facts.interviewDate?.time).toBe(new Date(2026, 10, 20).getTime());
  });

  it('finds the front matter with CRLF, a BOM, or a "..." closing line, and only at the top', () => {
    expect(parseDraft('---\r\nfollowup: status-check\r\n---\r\nHi\r\n').frontMatter.facts.kind).toBe('status-check');
    expect(parseDraft('\uFEFF---\nfollowup: status-check\n---\nHi\n').frontMatter.facts.kind).toBe('status-check');
    expect(parseDraft('---\nfollowup: status-check\n...\nHi\n').frontMatter.facts.kind).toBe('status-check');
    expect(parseDraft('Hi\n\n---\nfollowup: status-check\n---\n').frontMatter.present).toBe(false);
  });

  it('a lone opening fence is not front matter', () => {
    const doc = parseDraft('---\nDear Dana,\n\nThank you.\n');
    expect(doc.frontMatter.present).toBe(false);
    expect(doc.prose).toContain('Thank you.');
  });

  it('an opening fence followed by a front matter key but never closed is reported on the fence', () => {
    const text = '---\nfollowup: thank-you\nto: Dana Okafor\n\nDear Dana,\n\nThank you.\n';
    expect(flagged(text)).toEqual(['---']);
    expect(problems(text)[0]?.message).toMatch(/never closed/);
    expect(flagged('\uFEFF---\r\nto: Dana\r\n\r\nHi\r\n')).toEqual(['---']);
    // A thematic break, or a fence before ordinary text, is still not front matter.
    expect(problems('---\nDear Dana,\n\nThank you.\n')).toEqual([]);
    expect(problems('---\nNote: call back.\n')).toEqual([]);
  });

  it('an empty block is fine and marks nothing', () => {
    const r = lintDraft('---\n---\n\nDear Dana,\n\nThank you.\n');
    expect(r.document.frontMatter.present).toBe(true);
    expect(r.document.frontMatter.hasFollowupKey).toBe(false);
    expect(problems('---\n---\n\nHi\n')).toEqual([]);
  });

  it('hasFollowupKey looks only between the fences', () => {
    expect(hasFollowupKey('---\nfollowup: thank-you\n---\nHi\n')).toBe(true);
    expect(hasFollowupKey('---\nfollowup:\n---\nHi\n')).toBe(true);
    expect(hasFollowupKey('---\ntitle: notes\n---\nfollowup: call Dana\n')).toBe(false);
    expect(hasFollowupKey('followup: thank-you\n')).toBe(false);
  });

  it('records key and value ranges for findings to point at', () => {
    const text = '---\nfollowup: thank-you\ninterview_date:   2026-11-20T14:00  \n---\n';
    const key = parseDraft(text).frontMatter.keys.find((k) => k.key === 'interview_date')!;
    expect(text.slice(key.keyRange.start, key.keyRange.end)).toBe('interview_date');
    expect(text.slice(key.valueRange.start, key.valueRange.end)).toBe('2026-11-20T14:00');
  });
});

describe('front matter: problems are findings, never exceptions', () => {
  it('broken YAML is a front-matter finding on the right line', () => {
    const text = '---\nfollowup: thank-you\nto: [Dana\nrole: x\n---\nDear Dana,\n';
    const f = problems(text)[0];
    expect(f?.severity).toBe('error');
    expect(f?.message).toMatch(/not valid YAML/);
    expect(text.slice(f!.start, f!.end)).toBe('role: x');
  });

  it('points at the offending line: duplicate keys, tabs, bad indentation, an unquoted colon', () => {
    expect(flagged('---\nfollowup: thank-you\nto: Dana\nto: Lee\n---\n\nHi\n')).toEqual(['to: Lee']);
    expect(flagged('---\nfollowup: thank-you\nto:\n\t- Dana\n---\n\nHi\n')).toEqual(['\t- Dana']);
    expect(flagged('---\nfollowup: thank-you\n  to: Dana\ncompany: X\n---\n\nHi\n')).toEqual(['  to: Dana']);
    expect(flagged('---\nfollowup: thank-you\ncompany: Acme: Labs\n---\n\nHi\n')).toEqual(['company: Acme: Labs']);
  });

  it('a quote or bracket left open marks the whole block, not the closing fence', () => {
    const text = '---\nfollowup: thank-you\nto: "Dana Okafor\ncompany: Northwind\n---\n\nDear Dana,\n';
    expect(flagged(text)).toEqual(['followup: thank-you\nto: "Dana Okafor\ncompany: Northwind']);
    const crlf = '---\r\nfollowup: thank-you\r\nto: [Dana\r\n---\r\n\r\nHi\r\n';
    expect(flagged(crlf)).toEqual(['followup: thank-you\r\nto: [Dana']);
  });

  it('with broken YAML the facts are ignored, the file is still a draft, and the body is still checked', () => {
    const r = lintDraft('---\nfollowup: status-check\nto: [Dana\n---\n\nHey Dana,\n\nThank you for meeting with me yesterday.\n');
    expect(r.document.frontMatter.hasFollowupKey).toBe(true);
    expect(r.document.frontMatter.facts.to).toEqual([]);
    expect(r.kindSource).toBe('inferred');
    expect(r.findings.map((f) => f.ruleId)).toContain('too-casual');
  });

  it('an unknown kind is a warning on its value, and the kind is inferred', () => {
    const text = '---\nfollowup: thanks-note\n---\nDear Dana,\n\nThank you for meeting with me yesterday.\n';
    const r = lintDraft(text);
    const f = r.findings.find((x) => x.ruleId === 'front-matter');
    expect(f?.severity).toBe('warning');
    expect(f?.message).toContain('thanks-note');
    expect(f?.message).toContain('status-check');
    expect(text.slice(f!.start, f!.end)).toBe('thanks-note');
    expect(r.kindSource).toBe('inferred');
    expect(r.kind).toBe('thank-you');
  });

  it('an unknown kind offers one quick fix, the kind the text is checked as; applying it changes no other finding', () => {
    const thanks = '\nDear Dana,\n\nThank you for meeting with me yesterday about the analyst role. I enjoyed hearing about the churn dashboard and I look forward to hearing about next steps.\n\nBest regards,\nSam\n';
    const sorry = '\nDear Dana,\n\nThank you for letting me know about your decision. While I am disappointed, I enjoyed meeting the team, and I would welcome the chance to be considered for future roles.\n\nBest regards,\nSam\n';
    for (const [value, body, kind] of [
      ['thanks-note', thanks, 'thank-you'],
      ['rejection-reply', sorry, 'rejection-response'],
      ['"reply"', sorry, 'rejection-response'],
      ["'ty'", thanks, 'thank-you'],
    ] as const) {
      const text = `---\nfollowup: ${value}\nto: Dana Okafor\n---\n${body}`;
      const before = lintDraft(text);
      expect(before.kindSource).toBe('inferred');
      expect(before.kind).toBe(kind);
      const f = before.findings.find((x) => x.ruleId === 'front-matter')!;
      expect(f.fixes.map((x) => x.title)).toEqual([`Change the kind to ${kind} (what the text reads as)`]);
      expect(f.fixes[0]!.safe).toBe(false);
      const edit = f.fixes[0]!.edits[0]!;
      expect(text.slice(edit.start, edit.end)).toBe(value);
      const fixed = text.slice(0, edit.start) + edit.newText + text.slice(edit.end);
      expect(fixed).toBe(text.replace(value, kind));
      const after = lintDraft(fixed);
      expect(after.kindSource).toBe('front-matter');
      expect(after.kind).toBe(kind);
      // Only the front-matter warning goes; every other finding stays as it was.
      const rest = (fs: readonly Finding[]) => fs.filter((x) => x.ruleId !== 'front-matter').map((x) => `${x.ruleId}:${x.message}`);
      expect(after.findings.filter((x) => x.ruleId === 'front-matter')).toEqual([]);
      expect(rest(after.findings)).toEqual(rest(before.findings));
    }
  });

  it('with --kind, the kind fix names the kind given', () => {
    const text = '---\nfollowup: thanks-note\n---\n\nDear Dana,\n\nThank you for meeting with me.\n';
    const f = lintDraft(text, { kind: 'status-check' }).findings.find((x) => x.ruleId === 'front-matter')!;
    expect(f.fixes.map((x) => x.title)).toEqual(['Change the kind to status-check']);
  });

  it('no kind fix when the flagged text is not the whole value (a comment after it, a block scalar, a list)', () => {
    for (const fm of ['followup: thanks # the short one', 'followup: |\n  thanks', 'followup: [thanks, note]']) {
      const f = problems(`---\n${fm}\n---\n\nDear Dana,\n\nThank you for meeting with me.\n`);
      expect(f.length, fm).toBe(1);
      expect(f[0]!.fixes, fm).toEqual([]);
    }
  });

  it('an empty or "true" kind just marks the file as a draft', () => {
    expect(problems('---\nfollowup:\n---\n\nHi\n')).toEqual([]);
    expect(problems('---\nfollowup: true\n---\n\nHi\n')).toEqual([]);
  });

  it('bad dates are reported on their values, with the key', () => {
    const text = '---\nfollowup: status-check\ninterview_date: 2026-02-31\ndecision_date: next Tuesday\ndocuments_due: 2026-11-20T25:00\n---\nHello\n';
    const found = problems(text);
    expect(found.map((f) => text.slice(f.start, f.end))).toEqual(['2026-02-31', 'next Tuesday', '2026-11-20T25:00']);
    expect(found.map((f) => f.messageId)).toEqual(['badDate', 'badDate', 'badDate']);
    expect(found[0]?.message).toContain('interview_date');
    expect(found[1]?.message).toContain('decision_date');
    // No timing rule acts on a date it could not read.
    expect(lintDraft(text, { now: Date.now() }).findings.filter((f) => f.ruleId === 'too-soon' || f.ruleId === 'documents-overdue')).toEqual([]);
  });

  it('bad counts and values are reported with the key', () => {
    for (const [value, shown] of [['lots', 'lots'], ['-1', '-1'], ['1.5', '1.5']]) {
      const text = `---\nfollowup: status-check\nprevious_follow_ups: ${value}\n---\nHello\n`;
      const f = problems(text)[0];
      expect(f?.messageId, value).toBe('badNumber');
      expect(text.slice(f!.start, f!.end)).toBe(shown);
    }
    expect(problems('---\nto: {name: Dana}\n---\nHi\n').map((f) => f.messageId)).toEqual(['badValue']);
    expect(problems('---\ncompany: [a, b]\n---\nHi\n').map((f) => f.message)).toEqual(['`company` should be text.']);
  });

  it('front matter that is a list or a scalar, not a mapping, is reported', () => {
    expect(lintDraft('---\n- a\n- b\n---\nHello\n').findings.some((x) => x.ruleId === 'front-matter' && x.messageId === 'notMapping')).toBe(true);
    expect(problems('---\njust text\n---\nHello\n').map((f) => f.messageId)).toEqual(['notMapping']);
  });

  it('never throws on hostile input', () => {
    const inputs = ['---\n', '---\n---', '---\n: :\n---\n', '---\n*anchor\n---\n', '---\na: &x [*x]\n---\n', '---\n' + 'a: ['.repeat(500) + '\n---\n', '---\n\u0000\n---\n'];
    for (const text of inputs) expect(() => lintDraft(text), JSON.stringify(text.slice(0, 20))).not.toThrow();
  });
});

describe('front matter: dates written out', () => {
  it('reads month names, weekdays, ordinals and 12- or 24-hour times as ISO', () => {
    const cases: Record<string, string> = {
      'November 20, 2026': '2026-11-20',
      'Nov 20 2026': '2026-11-20',
      'Nov. 20th, 2026': '2026-11-20',
      '20 November 2026': '2026-11-20',
      '20th of Nov, 2026': '2026-11-20',
      'Friday, November 20, 2026 2pm': '2026-11-20T14:00',
      'Fri 20 Nov 2026 at 2:30 p.m.': '2026-11-20T14:30',
      'November 20, 2026 12am': '2026-11-20T00:00',
      'November 20, 2026 12 pm': '2026-11-20T12:00',
      'November 20, 2026, 14:00': '2026-11-20T14:00',
      '2026/11/20': '2026-11-20',
      '22-Nov-2026': '2026-11-22',
      'Nov-22-2026': '2026-11-22',
      '2026.11.20 9:05': '2026-11-20T09:05',
    };
    for (const [raw, iso] of Object.entries(cases)) expect(writtenDateIso(raw), raw).toBe(iso);
  });

  it('leaves alone what it cannot read without guessing', () => {
    for (const raw of ['03/04/2026', '11/20/2026', 'November 20', 'next Friday', 'November 20, 2026 2', 'November 20, 2026 13pm', 'Smarch 20, 2026', `November 20, 2026${' '.repeat(80)}2pm`]) {
      expect(writtenDateIso(raw), raw).toBeUndefined();
    }
  });

  it('is understood (the timing rules use it) with a warning whose safe fix writes it as ISO, touching only the value', () => {
    const text = '---\nfollowup: thank-you\nto: Dana Okafor\ninterview_date: "November 20, 2026 2pm"\n---\n\nDear Dana,\n\nThank you.\n';
    const r = lintDraft(text, { now: new Date(2026, 10, 20, 20, 0).getTime() });
    const f = r.findings.find((x) => x.ruleId === 'front-matter');
    expect(f?.severity).toBe('warning');
    expect(f?.message).toContain('2026-11-20T14:00');
    expect(text.slice(f?.start, f?.end)).toBe('"November 20, 2026 2pm"');
    const fix = f?.fixes[0];
    expect(fix?.safe).toBe(true);
    const edit = fix?.edits[0];
    const fixed = text.slice(0, edit?.start) + (edit?.newText ?? '') + text.slice(edit?.end);
    expect(fixed).toBe(text.replace('"November 20, 2026 2pm"', '2026-11-20T14:00'));
    expect(lintDraft(fixed).findings.filter((x) => x.ruleId === 'front-matter')).toEqual([]);
    // Six hours after the interview: inside the window, so send-window is quiet; 50 hours after, it is an error.
    expect(r.findings.some((x) => x.ruleId === 'send-window')).toBe(false);
    const late = lintDraft(text, { now: new Date(2026, 10, 22, 16, 0).getTime() });
    expect(late.findings.find((x) => x.ruleId === 'send-window')?.severity).toBe('error');
  });
});

describe('front matter: dates with a time zone', () => {
  it('reads "Z" and offsets as that instant, and still refuses nonsense', () => {
    expect(parseFactDate('2026-11-23T17:00Z')?.time).toBe(Date.UTC(2026, 10, 23, 17, 0));
    expect(parseFactDate('2026-11-23T17:00+02:00')?.time).toBe(Date.UTC(2026, 10, 23, 15, 0));
    expect(parseFactDate('2026-11-23T09:30:00.000-0500')?.time).toBe(Date.UTC(2026, 10, 23, 14, 30));
    expect(parseFactDate('2026-11-23T17:00Z')?.dateOnly).toBe(false);
    for (const raw of ['2026-11-23T17:00+25:00', '2026-11-23Z', '2026-02-31T10:00Z']) expect(parseFactDate(raw), raw).toBeUndefined();
  });
});
