/**
 * Properties over generated drafts: the engine never throws, every range is
 * inside the text, every fix stays in its edits, removes its finding, adds no
 * new error, and fix-all is a fixed point that keeps line endings.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { applyEdits, fixAll, lintDraft, type Finding, type LintOptions } from '../../shared/index.js';

const FRAGMENTS = [
  'Dear Dana,', 'Hey Dana,', 'To whom it may concern,', 'Thank you for meeting with me.', 'I am gonna call lol.', 'Thanks!! 😊',
  'I REALLY need this job.', 'Please respond by tomorrow.', 'Just following up again.', 'It was great at [Company Name].', 'TODO', '{{name}}',
  'I think I bombed it :)', 'Add me on Facebook.', 'I hope this email finds you well.', 'The `lol` flag.', '[the report](https://x.y/lol)',
  '> hey gonna reply ASAP', '<!-- followup-disable-next-line too-casual -->', 'Cheers mate,', 'Best regards,', 'Sam', '', '- a list item, btw',
  'I remain very interested in the role.', 'Could you share the next steps?', 'My family 👩‍👩‍👧 says hi 👍🏽.', 'Ünïcödé ñame Zoë',
];
const FENCE = '```\ngonna\n```';
const FRONT = [
  '',
  '---\nfollowup: thank-you\nto: Dana Okafor\ncompany: Northwind Labs\nrole: Data Analyst\ninterview_date: 2026-11-19T10:00\n---\n',
  '---\nfollowup: status-check\nto: [Dana, Lee]\ndecision_date: 2026-11-30\nprevious_follow_ups: 3\n---\n',
  '---\nfollowup: rejection-response\n---\n',
  '---\nfollowup: [broken\n---\n',
  '---\nfollowup: nonsense\ninterview_date: tomorrow\n---\n',
];

const draftArb = fc
  .tuple(
    fc.constantFrom(...FRONT),
    // A paragraph is prose fragments joined by spaces, or (one time in six) a fenced code block of its own.
    fc.array(fc.oneof({ weight: 5, arbitrary: fc.array(fc.constantFrom(...FRAGMENTS), { minLength: 1, maxLength: 4 }).map((p) => p.join(' ')) }, { weight: 1, arbitrary: fc.constant(FENCE) }), { minLength: 1, maxLength: 6 }),
    fc.boolean(),
  )
  .map(([front, paras, crlf]) => {
    const text = front + paras.join('\n\n') + '\n';
    return crlf ? text.replace(/\r?\n/g, '\r\n') : text;
  });

const options: LintOptions = { now: new Date(2026, 10, 21, 9).getTime(), file: 'draft.md' };

function inside(text: string, f: Finding): void {
  expect(f.start).toBeGreaterThanOrEqual(0);
  expect(f.end).toBeLessThanOrEqual(text.length);
  expect(f.start).toBeLessThanOrEqual(f.end);
  for (const fix of f.fixes) for (const e of fix.edits) {
    expect(e.start).toBeGreaterThanOrEqual(0);
    expect(e.end).toBeLessThanOrEqual(text.length);
  }
}

const errorsByRule = (fs: Finding[]): Map<string, number> => {
  const m = new Map<string, number>();
  for (const f of fs) if (f.severity === 'error') m.set(f.ruleId, (m.get(f.ruleId) ?? 0) + 1);
  return m;
};

describe('engine properties', () => {
  it('never throws on arbitrary strings, and every range is inside the text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 400 }), fc.string({ unit: 'grapheme', maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 200 })), (s) => {
        const r = lintDraft(s, options);
        for (const f of r.findings) inside(s, f);
        expect(r.findings.every((f) => f.ruleId !== 'internal-error')).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('every fix changes text only inside its edits, removes its finding and adds no new error', () => {
    fc.assert(
      fc.property(draftArb, (text) => {
        const r = lintDraft(text, options);
        const before = errorsByRule(r.findings);
        for (const f of r.findings) {
          inside(text, f);
          for (const fix of f.fixes) {
            const out = applyEdits(text, fix.edits).text;
            // Outside the edits, the text is unchanged.
            const sorted = [...fix.edits].sort((a, b) => a.start - b.start);
            expect(out.startsWith(text.slice(0, sorted[0]!.start))).toBe(true);
            expect(out.endsWith(text.slice(sorted[sorted.length - 1]!.end))).toBe(true);
            const after = lintDraft(out, options);
            expect(after.findings.filter((x) => x.ruleId === f.ruleId).length, `${fix.title} removes its finding`).toBeLessThan(
              r.findings.filter((x) => x.ruleId === f.ruleId).length,
            );
            if (fix.safe) for (const [id, n] of errorsByRule(after.findings)) expect(n, `${fix.title}: no new ${id} error`).toBeLessThanOrEqual(before.get(id) ?? 0);
          }
        }
      }),
      { numRuns: 120 },
    );
  });

  it('fix-all is a fixed point, keeps CRLF and never touches front matter or fenced code', () => {
    fc.assert(
      fc.property(draftArb, (text) => {
        const once = fixAll(text, options);
        expect(fixAll(once.text, options).text).toBe(once.text);
        expect(applyEdits(text, once.edits).text).toBe(once.text);
        if (text.includes('\r\n')) expect(once.text.replace(/\r\n/g, '')).not.toMatch(/\n/);
        const fm = /^---[\s\S]*?\n---\r?\n/.exec(text)?.[0];
        if (fm && !fm.includes('[broken')) expect(once.text.startsWith(fm)).toBe(true);
        // A real fenced block: fences on their own lines.
        for (const fence of text.match(/^```\r?\ngonna\r?\n```\r?$/gm) ?? []) expect(once.text).toContain(fence);
      }),
      { numRuns: 150 },
    );
  });

  it('finishes adversarial inputs with results, not hangs', () => {
    const inputs = [
      'a'.repeat(100_000),
      `Dear Dana,\n\n${'word '.repeat(200_000)}\n`,
      '>'.repeat(5000) + ' gonna',
      '['.repeat(10_000) + 'Company Name' + ']'.repeat(10_000),
      '`'.repeat(20_000),
      '<!--'.repeat(10_000),
      `---\n${'key: value\n'.repeat(5000)}---\nhello`,
      '*_'.repeat(50_000),
      '!'.repeat(100_000),
      '😊'.repeat(50_000),
    ];
    for (const input of inputs) {
      const r = lintDraft(input, options);
      expect(Array.isArray(r.findings)).toBe(true);
      for (const f of r.findings) inside(input, f);
    }
  });
});
