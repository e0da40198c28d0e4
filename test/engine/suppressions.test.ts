import { describe, expect, it } from 'vitest';
import { applyEdits, disableFileEdit, disableLineEdit, lintDraft, parseDraft, parseFactDate, type Finding, type LintOptions } from '../../shared/index.js';

const of = (ruleId: string, text: string, options: LintOptions = {}): Finding[] => lintDraft(text, options).findings.filter((f) => f.ruleId === ruleId);
const casual = (text: string): string[] => of('too-casual', text).map((f) => text.slice(f.start, f.end));

/** Apply the "disable for this line" edit for the first finding of `ruleId`; return the new text. */
function disableLine(text: string, ruleId: string, options: LintOptions = {}): string {
  const f = of(ruleId, text, options)[0];
  if (!f) throw new Error(`no ${ruleId} finding`);
  return applyEdits(text, [disableLineEdit(parseDraft(text), ruleId, f.start, text.includes('\r\n') ? '\r\n' : '\n')]).text;
}

describe('suppression comments', () => {
  it('disable-next-line covers only the next line', () => {
    const text = 'Dear Dana,\n\n<!-- followup-disable-next-line too-casual -->\nI am gonna call.\nI am gonna write.\n';
    expect(casual(text)).toEqual(['gonna']);
    expect(of('too-casual', text)[0]!.start).toBe(text.lastIndexOf('gonna'));
  });

  it('disable-next-line works in the middle of a paragraph and before a list item', () => {
    expect(casual('Dear Dana,\n\nThank you.\n<!-- followup-disable-next-line too-casual -->\nI am gonna call.\n')).toEqual([]);
    expect(casual('Dear Dana,\n\n<!-- followup-disable-next-line too-casual -->\n- I am gonna call.\n- I am gonna write.\n')).toEqual(['gonna']);
  });

  it('disable-line covers its own line', () => {
    expect(casual('Dear Dana,\n\nI am gonna call. <!-- followup-disable-line too-casual -->\nI am gonna write.\n')).toEqual(['gonna']);
  });

  it('disable … enable covers the stretch between', () => {
    const text = 'Dear Dana,\n\n<!-- followup-disable too-casual -->\nGonna one.\n\nGonna two.\n<!-- followup-enable too-casual -->\n\nGonna three.\n';
    expect(casual(text)).toEqual(['Gonna']);
    expect(of('too-casual', text)[0]!.start).toBe(text.indexOf('Gonna three'));
  });

  it('disable without enable runs to the end of the file', () => {
    expect(casual('Dear Dana,\n\nGonna one.\n\n<!-- followup-disable too-casual -->\n\nGonna two.\n\nGonna three.\n')).toEqual(['Gonna']);
  });

  it('an enable without ids closes every open region', () => {
    const text = 'Dear Dana,\n\n<!-- followup-disable too-casual, emoji -->\nGonna 😊.\n<!-- followup-enable -->\n\nGonna 😊 again.\n';
    const r = lintDraft(text).findings.filter((f) => f.ruleId === 'too-casual' || f.ruleId === 'emoji');
    expect(r.map((f) => f.start >= text.indexOf('again') - 10)).toEqual([true, true]);
  });

  it('a comment without rule ids covers every rule', () => {
    const text = 'Dear Dana,\n\n<!-- followup-disable-next-line -->\nGonna call 😊 ASAP.\n';
    const r = lintDraft(text);
    expect(r.findings.filter((f) => ['too-casual', 'emoji', 'pushy'].includes(f.ruleId))).toEqual([]);
    const block = 'Dear Dana,\n\n<!-- followup-disable -->\nGonna call 😊 ASAP.\n<!-- followup-enable -->\nGonna call.\n';
    expect(casual(block)).toEqual(['Gonna']);
    expect(of('emoji', block)).toEqual([]);
  });

  it('only the named rules are disabled; ids may be separated by commas or spaces', () => {
    const text = 'Dear Dana,\n\n<!-- followup-disable-next-line emoji -->\nGonna call 😊.\n';
    const ids = lintDraft(text).findings.map((f) => f.ruleId);
    expect(ids).toContain('too-casual');
    expect(ids).not.toContain('emoji');
    expect(lintDraft('Dear Dana,\n\n<!-- followup-disable-next-line emoji,too-casual pushy -->\nGonna call 😊 ASAP.\n').findings.filter((f) => ['too-casual', 'emoji', 'pushy'].includes(f.ruleId))).toEqual([]);
  });

  it('a directive inside code or a quote is not a directive', () => {
    expect(casual('Dear Dana,\n\n```\n<!-- followup-disable too-casual -->\n```\n\nGonna call.\n')).toEqual(['Gonna']);
    expect(casual('Dear Dana,\n\n`<!-- followup-disable too-casual -->` Gonna call.\n')).toEqual(['Gonna']);
  });
});

describe('disable edits', () => {
  it('"disable for this line" suppresses the finding, keeping CRLF', () => {
    const text = 'Dear Dana,\r\n\r\nI am gonna call.\r\n';
    const out = disableLine(text, 'too-casual');
    expect(out).toBe('Dear Dana,\r\n\r\n<!-- followup-disable-next-line too-casual -->\r\nI am gonna call.\r\n');
    expect(casual(out)).toEqual([]);
  });

  it('"disable for this line" keeps a list item\'s indentation and suppresses only that line', () => {
    const text = 'Dear Dana,\n\n- First point.\n- I am gonna write.\n';
    const out = disableLine(text, 'too-casual');
    expect(out).toBe('Dear Dana,\n\n- First point.\n<!-- followup-disable-next-line too-casual -->\n- I am gonna write.\n');
    expect(casual(out)).toEqual([]);
    const indented = '1. Thank you.\n\n   I am gonna call.\n';
    const outIndented = disableLine(indented, 'too-casual');
    expect(outIndented).toBe('1. Thank you.\n\n   <!-- followup-disable-next-line too-casual -->\n   I am gonna call.\n');
    expect(casual(outIndented)).toEqual([]);
  });

  it('"disable for this line" suppresses a presence finding at the greeting', () => {
    const text = '---\nfollowup: thank-you\n---\n\nHello,\n\nI enjoyed it.\n';
    const out = disableLine(text, 'missing-gratitude');
    expect(out).toContain('<!-- followup-disable-next-line missing-gratitude -->\nHello,');
    expect(of('missing-gratitude', out)).toEqual([]);
    expect(of('missing-interest', out)).toHaveLength(1);
  });

  it('a finding in the front matter is disabled file-wide, without touching the YAML', () => {
    const text = '---\nfollowup: thank-you\nto: Dana Okafor\ninterview_date: 2026-11-10T10:00\n---\n\nDear Dana,\n\nThank you for the interview.\n';
    const options = { now: parseFactDate('2026-11-20T10:00')!.time };
    expect(of('send-window', text, options)).toHaveLength(1);
    const out = disableLine(text, 'send-window', options);
    expect(out).toBe(text.replace('---\n\nDear', '---\n<!-- followup-disable send-window -->\n\nDear'));
    expect(of('send-window', out, options)).toEqual([]);
    expect(lintDraft(out, options).findings.filter((f) => f.ruleId === 'front-matter')).toEqual([]);
  });

  it('"disable in this file" goes after the front matter and suppresses presence and timing findings', () => {
    const text = '---\nfollowup: status-check\ninterview_date: 2026-11-19\n---\n\nHello,\n\nI enjoyed it.\n';
    const options = { now: parseFactDate('2026-11-20T10:00')!.time };
    for (const ruleId of ['missing-gratitude', 'too-soon']) {
      expect(of(ruleId, text, options), ruleId).toHaveLength(1);
      const out = applyEdits(text, [disableFileEdit(parseDraft(text), ruleId, '\n')]).text;
      expect(out.startsWith(`---\nfollowup: status-check\ninterview_date: 2026-11-19\n---\n<!-- followup-disable ${ruleId} -->\n`)).toBe(true);
      expect(of(ruleId, out, options), ruleId).toEqual([]);
      // Other rules still run.
      expect(of('missing-interest', out, options)).toHaveLength(1);
    }
  });

  it('"disable in this file" with no front matter goes at the top, after a byte order mark', () => {
    const text = '\uFEFFHey Dana,\r\n\r\nGonna call.\r\n';
    const out = applyEdits(text, [disableFileEdit(parseDraft(text), 'too-casual', '\r\n')]).text;
    expect(out).toBe('\uFEFF<!-- followup-disable too-casual -->\r\nHey Dana,\r\n\r\nGonna call.\r\n');
    expect(casual(out)).toEqual([]);
  });

  it('a disable placed further down does not reach back to earlier findings', () => {
    const text = 'Dear Dana,\n\nGonna one.\n\n<!-- followup-disable too-casual -->\nGonna two.\n';
    expect(casual(text)).toEqual(['Gonna']);
    expect(of('too-casual', text)[0]!.start).toBe(text.indexOf('Gonna one'));
  });
});
