import { describe, expect, it } from 'vitest';
import { applyEdits, fixAll, lintDraft, minimalEdits } from '../../shared/index.js';

describe('applyEdits', () => {
  it('applies non-overlapping edits in any order', () => {
    expect(applyEdits('abcdef', [{ start: 4, end: 5, newText: 'E' }, { start: 0, end: 1, newText: 'A' }]).text).toBe('AbcdEf');
  });
  it('drops an edit that overlaps an earlier one instead of corrupting the text', () => {
    const r = applyEdits('abcdef', [{ start: 1, end: 4, newText: 'X' }, { start: 2, end: 5, newText: 'Y' }]);
    expect(r.text).toBe('aXef');
    expect(r.applied).toHaveLength(1);
  });
  it('ignores edits outside the text', () => {
    expect(applyEdits('abc', [{ start: 2, end: 9, newText: 'x' }]).text).toBe('abc');
  });
});

describe('minimalEdits', () => {
  it('reconstructs the target with small edits', () => {
    const a = 'line one\nline two gonna\nline three\nline four lol\n';
    const b = 'line one\nline two going to\nline three\nline four\n';
    const edits = minimalEdits(a, b);
    expect(applyEdits(a, edits).text).toBe(b);
    expect(edits).toHaveLength(2);
    for (const e of edits) expect(e.end - e.start).toBeLessThan(10);
  });
  it('does not split a surrogate pair', () => {
    const a = 'x 😊 y';
    const b = 'x 😀 y';
    const edits = minimalEdits(a, b);
    expect(applyEdits(a, edits).text).toBe(b);
    expect(edits[0]!.end - edits[0]!.start).toBe(2);
  });
});

describe('fixAll', () => {
  const text = '---\nfollowup: thank-you\nto: Dana Okafor\ncompany: Northwind Labs\n---\r\n\r\nHey Dana,\r\n\r\nThanks for the chat at [Company Name]!! I am gonna practise lol 😊\r\n\r\nCheers mate,\r\nSam\r\n';
  it('applies every safe fix, reaches a fixed point and keeps CRLF', () => {
    const r = fixAll(text, {});
    expect(r.text).toBe('---\nfollowup: thank-you\nto: Dana Okafor\ncompany: Northwind Labs\n---\r\n\r\nHello Dana,\r\n\r\nThanks for the chat at Northwind Labs! I am going to practise\r\n\r\nBest regards,\r\nSam\r\n');
    expect(fixAll(r.text, {}).text).toBe(r.text);
    expect(applyEdits(text, r.edits).text).toBe(r.text);
    expect(r.result.findings.filter((f) => f.fixes.some((x) => x.safe))).toEqual([]);
  });
  it('does not apply suggestions (inserted sentences)', () => {
    const plain = '---\nfollowup: thank-you\n---\n\nHello,\n\nI enjoyed it.\n';
    expect(lintDraft(plain).findings.some((f) => f.ruleId === 'missing-gratitude')).toBe(true);
    expect(fixAll(plain, {}).text).toBe(plain);
  });
  it('never touches front matter or code', () => {
    const t = '---\nfollowup: thank-you\nnote: gonna\n---\n\nDear Dana,\n\n```\ngonna lol\n```\n\nI am gonna call.\n';
    const out = fixAll(t, {}).text;
    expect(out).toContain('note: gonna');
    expect(out).toContain('```\ngonna lol\n```');
    expect(out).toContain('I am going to call.');
  });
});
