import { describe, expect, it } from 'vitest';
import { MAX_PASSES, applyEdits, fixAll, lintDraft, minimalEdits, type TextEdit } from '../../shared/index.js';
import { goodThankYou } from '../helpers/drafts.js';

describe('applyEdits', () => {
  it('applies non-overlapping edits in any order', () => {
    const r = applyEdits('abcdef', [{ start: 4, end: 5, newText: 'E' }, { start: 0, end: 1, newText: 'A' }]);
    expect(r.text).toBe('AbcdEf');
    expect(r.applied.map((e) => e.start)).toEqual([0, 4]);
  });
  it('drops an edit that overlaps an earlier one instead of corrupting the text', () => {
    const r = applyEdits('abcdef', [{ start: 1, end: 4, newText: 'X' }, { start: 2, end: 5, newText: 'Y' }]);
    expect(r.text).toBe('aXef');
    expect(r.applied).toEqual([{ start: 1, end: 4, newText: 'X' }]);
  });
  it('drops an edit nested inside another', () => {
    expect(applyEdits('abcdef', [{ start: 1, end: 5, newText: '-' }, { start: 2, end: 3, newText: '+' }]).text).toBe('a-f');
  });
  it('keeps only the first of two insertions at one point', () => {
    const r = applyEdits('abc', [{ start: 1, end: 1, newText: 'X' }, { start: 1, end: 1, newText: 'Y' }]);
    expect(r.text).toBe('aXbc');
    expect(r.applied).toHaveLength(1);
  });
  it('applies edits that touch without overlapping', () => {
    expect(applyEdits('abcdef', [{ start: 0, end: 2, newText: 'X' }, { start: 2, end: 4, newText: 'Y' }, { start: 4, end: 4, newText: '|' }]).text).toBe('XY|ef');
  });
  it('ignores edits outside the text and leaves the text alone when nothing applies', () => {
    expect(applyEdits('abc', [{ start: 2, end: 9, newText: 'x' }, { start: -1, end: 1, newText: 'y' }, { start: 2, end: 1, newText: 'z' }])).toEqual({ text: 'abc', applied: [] });
  });
});

/** A small deterministic PRNG, so the generated cases are the same on every run. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Size of the one edit that replaces everything between the common prefix and suffix. */
function middleSize(a: string, b: string): number {
  let p = 0;
  while (p < a.length && p < b.length && a[p] === b[p]) p++;
  let s = 0;
  while (s < a.length - p && s < b.length - p && a[a.length - 1 - s] === b[b.length - 1 - s]) s++;
  return a.length - p - s + (b.length - p - s);
}

describe('minimalEdits', () => {
  it('reconstructs the target with small edits', () => {
    const a = 'line one\nline two gonna\nline three\nline four lol\n';
    const b = 'line one\nline two going to\nline three\nline four\n';
    const edits = minimalEdits(a, b);
    expect(applyEdits(a, edits).text).toBe(b);
    expect(edits).toHaveLength(2);
    for (const e of edits) expect(e.end - e.start).toBeLessThan(10);
  });

  it('returns nothing for equal texts, one edit for an insertion or a deletion', () => {
    expect(minimalEdits('same', 'same')).toEqual([]);
    const inserted = minimalEdits('Dear Dana,\n\nThanks.\n', 'Dear Dana,\n\nThank you.\n\nThanks.\n');
    expect(inserted).toHaveLength(1);
    expect(inserted[0]!.end - inserted[0]!.start).toBe(0);
    expect(inserted[0]!.newText).toHaveLength('Thank you.\n\n'.length);
    expect(minimalEdits('a lol b', 'a b')).toEqual([{ start: 2, end: 6, newText: '' }]);
  });

  it('does not split a surrogate pair', () => {
    const a = 'x 😊 y';
    const b = 'x 😀 y';
    const edits = minimalEdits(a, b);
    expect(applyEdits(a, edits).text).toBe(b);
    expect(edits[0]!.end - edits[0]!.start).toBe(2);
  });

  it('does not split a CRLF', () => {
    const a = 'one\r\ntwo\r\n';
    const b = 'one\ntwo\r\n';
    for (const e of minimalEdits(a, b)) {
      expect(a.slice(e.start - 1, e.start + 1)).not.toBe('\r\n');
      expect(a.slice(e.end - 1, e.end + 1)).not.toBe('\r\n');
    }
    expect(applyEdits(a, minimalEdits(a, b)).text).toBe(b);
  });

  it('on generated edits: reconstructs the target, edits do not overlap, and they are no bigger than the changes', () => {
    const random = rng(20261121);
    const pieces = ['Dear Dana,', 'gonna', 'lol', 'Thank you.', '😊', '\r\n', '\n', ' ', 'TODO', 'Best regards,', 'Sam', 'the role'];
    const pick = (): string => pieces[Math.floor(random() * pieces.length)] ?? '';
    for (let round = 0; round < 300; round++) {
      const a = Array.from({ length: 5 + Math.floor(random() * 40) }, pick).join('');
      // Apply 1–3 random replacements at piece boundaries.
      let b = a;
      for (let k = 0; k < 1 + Math.floor(random() * 3); k++) {
        const at = Math.floor(random() * b.length);
        const len = Math.floor(random() * 8);
        const text = random() < 0.5 ? '' : pick();
        b = b.slice(0, at) + text + b.slice(at + len);
      }
      const edits: TextEdit[] = minimalEdits(a, b);
      expect(applyEdits(a, edits).text, JSON.stringify([a, b])).toBe(b);
      for (let i = 1; i < edits.length; i++) expect(edits[i]!.start).toBeGreaterThanOrEqual(edits[i - 1]!.end);
      // Never bigger than replacing everything between the common prefix and suffix, give or take a
      // surrogate pair or CRLF kept whole at each end.
      const size = edits.reduce((n, e) => n + (e.end - e.start) + e.newText.length, 0);
      expect(size, JSON.stringify([a, b])).toBeLessThanOrEqual(middleSize(a, b) + 8);
      if (a === b) expect(edits).toEqual([]);
    }
  });
});

describe('fixAll', () => {
  const text = '---\nfollowup: thank-you\nto: Dana Okafor\ncompany: Northwind Labs\n---\r\n\r\nHey Dana,\r\n\r\nThanks for the chat at [Company Name]!! I am gonna practise lol 😊\r\n\r\nCheers mate,\r\nSam\r\n';

  it('applies every safe fix, reaches a fixed point and keeps CRLF', () => {
    const r = fixAll(text, {});
    expect(r.text).toBe('---\nfollowup: thank-you\nto: Dana Okafor\ncompany: Northwind Labs\n---\r\n\r\nHello Dana,\r\n\r\nThanks for the chat at Northwind Labs! I am going to practise\r\n\r\nBest regards,\r\nSam\r\n');
    expect(fixAll(r.text, {}).text).toBe(r.text);
    expect(fixAll(r.text, {}).edits).toEqual([]);
    expect(applyEdits(text, r.edits).text).toBe(r.text);
    expect(r.passes).toBeGreaterThanOrEqual(1);
    expect(r.passes).toBeLessThanOrEqual(MAX_PASSES);
    expect(r.result.findings.filter((f) => f.fixes.some((x) => x.safe))).toEqual([]);
    // The body's line endings are all still CRLF.
    expect(r.text.slice(r.text.indexOf('Hello')).replace(/\r\n/g, '')).not.toContain('\n');
  });

  it('returns minimal edits against the original, not one big replacement', () => {
    const r = fixAll(text, {});
    expect(r.edits.length).toBeGreaterThanOrEqual(3);
    const body = text.indexOf('Hey');
    for (const e of r.edits) {
      expect(e.start).toBeGreaterThanOrEqual(body);
      // Each edit stays on one line of the original.
      expect(text.slice(e.start, e.end)).not.toContain('\n');
    }
    expect(r.edits.reduce((n, e) => n + e.end - e.start, 0)).toBeLessThan(text.length / 3);
  });

  it('reaches a fixed point when one fix makes another possible', () => {
    // The placeholder is filled, then the greeting is replaced in a later pass of the same fix-all.
    const t = '---\nfollowup: thank-you\nto: Dana Okafor\n---\n\nDear Hiring Manager,\n\nThank you, [Interviewer Name]!!!\n';
    const r = fixAll(t, {});
    expect(r.text).toBe('---\nfollowup: thank-you\nto: Dana Okafor\n---\n\nDear Dana Okafor,\n\nThank you, Dana Okafor!\n');
    expect(fixAll(r.text, {}).text).toBe(r.text);
  });

  it('leaves a clean draft untouched', () => {
    const clean = goodThankYou();
    const r = fixAll(clean, {});
    expect(r.text).toBe(clean);
    expect(r.edits).toEqual([]);
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

describe('suggested sentences from presence rules', () => {
  const suggestion = (text: string, ruleId: string): string => {
    const f = lintDraft(text).findings.find((x) => x.ruleId === ruleId);
    const fix = f?.fixes.find((x) => !x.safe);
    if (!fix) throw new Error(`no suggestion from ${ruleId}`);
    return applyEdits(text, fix.edits).text;
  };
  const fm = '---\nfollowup: thank-you\nto: Dana Okafor\ncompany: Northwind Labs\nrole: Data Analyst\n---\n\n';

  it('thanks go after the greeting, as their own paragraph', () => {
    const text = `${fm}Dear Dana,\n\nThe churn model walkthrough was great.\n\nBest regards,\nSam\n`;
    expect(suggestion(text, 'missing-gratitude')).toBe(
      `${fm}Dear Dana,\n\nThank you for taking the time to speak with me about the Data Analyst role at Northwind Labs.\n\nThe churn model walkthrough was great.\n\nBest regards,\nSam\n`,
    );
  });

  it('interest and next steps go before the sign-off, with CRLF kept', () => {
    const crlf = fm.replace(/\n/g, '\r\n');
    const text = `${crlf}Dear Dana,\r\n\r\nThank you for the churn model walkthrough.\r\n\r\nBest regards,\r\nSam\r\n`;
    expect(suggestion(text, 'missing-interest')).toBe(
      `${crlf}Dear Dana,\r\n\r\nThank you for the churn model walkthrough.\r\n\r\nI remain very interested in the Data Analyst role at Northwind Labs and would be glad to contribute.\r\n\r\nBest regards,\r\nSam\r\n`,
    );
    expect(suggestion(text, 'missing-next-steps')).toContain('walkthrough.\r\n\r\nCould you share what the next steps and the timeline look like?\r\n\r\nBest regards,');
  });

  it('with no greeting the thanks start the first paragraph; with no sign-off the closing line ends the body', () => {
    const text = `${fm}The churn model walkthrough was great.\n`;
    expect(suggestion(text, 'missing-gratitude')).toBe(`${fm}Thank you for taking the time to speak with me about the Data Analyst role at Northwind Labs. The churn model walkthrough was great.\n`);
    expect(suggestion(text, 'missing-interest')).toBe(`${fm}The churn model walkthrough was great.\n\nI remain very interested in the Data Analyst role at Northwind Labs and would be glad to contribute.\n`);
  });

  it('an empty body gets the sentence as its first paragraph', () => {
    expect(suggestion(fm, 'missing-gratitude')).toBe(`${fm}Thank you for taking the time to speak with me about the Data Analyst role at Northwind Labs.\n`);
  });

  it('applying every suggestion once leaves no presence finding', () => {
    let text = `${fm}Hello,\n\nI enjoyed it.\n\nBest,\nSam\n`;
    for (const ruleId of ['missing-gratitude', 'missing-interest', 'missing-next-steps']) text = suggestion(text, ruleId);
    const left = lintDraft(text).findings.filter((f) => ['missing-gratitude', 'missing-interest', 'missing-next-steps', 'missing-specifics'].includes(f.ruleId));
    expect(left.map((f) => f.ruleId)).toEqual([]);
  });
});
