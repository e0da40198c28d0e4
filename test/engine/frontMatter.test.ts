import { describe, expect, it } from 'vitest';
import { lintDraft, parseDraft } from '../../shared/index.js';

describe('front matter', () => {
  it('reads facts: names (string or list), dates as local time, counts', () => {
    const doc = parseDraft('---\nfollowup: thank-you\nto: [Dana Okafor, Lee Park]\ncompany: Northwind Labs\ninterview_date: 2026-11-20T14:00\ndocuments_due: 2026-11-24\nprevious_follow_ups: 1\n---\nHi\n');
    const f = doc.frontMatter.facts;
    expect(f.kind).toBe('thank-you');
    expect(f.to).toEqual(['Dana Okafor', 'Lee Park']);
    expect(f.company).toBe('Northwind Labs');
    expect(f.interviewDate?.time).toBe(new Date(2026, 10, 20, 14, 0).getTime());
    expect(f.interviewDate?.dateOnly).toBe(false);
    expect(f.documentsDue?.dateOnly).toBe(true);
    expect(f.previousFollowUps).toBe(1);
  });

  it('splits "A and B" into two names', () => {
    expect(parseDraft('---\nto: Dana Okafor and Lee Park\n---\n').frontMatter.facts.to).toEqual(['Dana Okafor', 'Lee Park']);
  });

  it('broken YAML is a front-matter finding on the right line, never an exception', () => {
    const text = '---\nfollowup: thank-you\nto: [Dana\nrole: x\n---\nDear Dana,\n';
    const r = lintDraft(text);
    const f = r.findings.find((x) => x.ruleId === 'front-matter');
    expect(f?.severity).toBe('error');
    expect(f?.message).toMatch(/not valid YAML/);
    expect(f!.start).toBeGreaterThan(text.indexOf('followup'));
    expect(f!.end).toBeLessThanOrEqual(text.indexOf('\n---\n') + 1);
  });

  it('an unknown kind is reported and the kind is inferred', () => {
    const r = lintDraft('---\nfollowup: thanks-note\n---\nDear Dana,\n\nThank you for meeting with me yesterday.\n');
    const f = r.findings.find((x) => x.ruleId === 'front-matter');
    expect(f?.message).toContain('thanks-note');
    expect(r.kindSource).toBe('inferred');
    expect(r.kind).toBe('thank-you');
  });

  it('bad dates and counts are reported with the key', () => {
    const r = lintDraft('---\nfollowup: status-check\ninterview_date: 2026-02-31\nprevious_follow_ups: lots\n---\nHello\n');
    const msgs = r.findings.filter((x) => x.ruleId === 'front-matter').map((x) => x.message);
    expect(msgs.some((m) => m.includes('interview_date') && m.includes('2026-02-31'))).toBe(true);
    expect(msgs.some((m) => m.includes('previous_follow_ups'))).toBe(true);
  });

  it('a lone opening fence is not front matter', () => {
    const doc = parseDraft('---\nDear Dana,\n\nThank you.\n');
    expect(doc.frontMatter.present).toBe(false);
  });

  it('front matter that is a list, not a mapping, is reported', () => {
    const r = lintDraft('---\n- a\n- b\n---\nHello\n');
    expect(r.findings.some((x) => x.ruleId === 'front-matter' && x.messageId === 'notMapping')).toBe(true);
  });
});
