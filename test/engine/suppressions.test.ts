import { describe, expect, it } from 'vitest';
import { applyEdits, disableFileEdit, disableLineEdit, lintDraft, parseDraft } from '../../shared/index.js';

const casual = (text: string): number => lintDraft(text).findings.filter((f) => f.ruleId === 'too-casual').length;

describe('suppression comments', () => {
  it('disable-next-line covers only the next line', () => {
    const text = 'Dear Dana,\n\n<!-- followup-disable-next-line too-casual -->\nI am gonna call.\nI am gonna write.\n';
    expect(casual(text)).toBe(1);
  });
  it('disable … enable covers the stretch between', () => {
    const text = 'Dear Dana,\n\n<!-- followup-disable too-casual -->\nGonna one.\n\nGonna two.\n<!-- followup-enable too-casual -->\n\nGonna three.\n';
    expect(casual(text)).toBe(1);
  });
  it('a comment without rule ids covers every rule', () => {
    const text = 'Dear Dana,\n\n<!-- followup-disable-next-line -->\nGonna call 😊 ASAP.\n';
    const r = lintDraft(text);
    expect(r.findings.filter((f) => ['too-casual', 'emoji', 'pushy'].includes(f.ruleId))).toEqual([]);
  });
  it('only the named rule is disabled', () => {
    const text = 'Dear Dana,\n\n<!-- followup-disable-next-line emoji -->\nGonna call 😊.\n';
    const ids = lintDraft(text).findings.map((f) => f.ruleId);
    expect(ids).toContain('too-casual');
    expect(ids).not.toContain('emoji');
  });
  it('the "disable for this line" edit suppresses the finding, keeping CRLF', () => {
    const text = 'Dear Dana,\r\n\r\nI am gonna call.\r\n';
    const f = lintDraft(text).findings.find((x) => x.ruleId === 'too-casual')!;
    const out = applyEdits(text, [disableLineEdit(parseDraft(text), 'too-casual', f.start, '\r\n')]).text;
    expect(out).toBe('Dear Dana,\r\n\r\n<!-- followup-disable-next-line too-casual -->\r\nI am gonna call.\r\n');
    expect(casual(out)).toBe(0);
  });
  it('the "disable in this file" edit goes after the front matter and suppresses presence rules too', () => {
    const text = '---\nfollowup: thank-you\n---\n\nHello,\n\nI enjoyed it.\n';
    expect(lintDraft(text).findings.some((f) => f.ruleId === 'missing-gratitude')).toBe(true);
    const out = applyEdits(text, [disableFileEdit(parseDraft(text), 'missing-gratitude', '\n')]).text;
    expect(out.startsWith('---\nfollowup: thank-you\n---\n<!-- followup-disable missing-gratitude -->\n')).toBe(true);
    expect(lintDraft(out).findings.some((f) => f.ruleId === 'missing-gratitude')).toBe(false);
  });
});
