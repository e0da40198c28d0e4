/**
 * Properties of lintDraft on any input: it never throws, no rule crashes
 * (which would show as an internal-error finding), and every finding range,
 * related range and fix edit lies inside the text and never splits a
 * surrogate pair (see support.ts).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { lintDraft, type Finding, type LintOptions } from '../../shared/index.js';
import { NOW, anyDraft, hostileString, lintOptions, runs } from './arbitraries.js';
import { wellFormedProblems } from './support.js';

describe('lintDraft on any input', () => {
  it('never throws, and reports well-formed findings for hostile strings (NUL, lone surrogates, CR, emoji, markup)', () => {
    fc.assert(
      fc.property(hostileString, (text) => {
        const r = lintDraft(text, { now: NOW, file: 'x.md' });
        expect(wellFormedProblems(text, r.findings)).toEqual([]);
        expect(r.readiness.total).toBeGreaterThan(0);
      }),
      { numRuns: runs(300) },
    );
  });

  it('never throws, and reports well-formed findings for markdown drafts under any configuration', () => {
    fc.assert(
      fc.property(anyDraft, lintOptions, (text, options: LintOptions) => {
        const r = lintDraft(text, options);
        expect(wellFormedProblems(text, r.findings)).toEqual([]);
        // Findings come sorted by position.
        for (let i = 1; i < r.findings.length; i++) expect(r.findings[i]!.start).toBeGreaterThanOrEqual(r.findings[i - 1]!.start);
      }),
      { numRuns: runs(200) },
    );
  });

  it('is deterministic: the same text and options give the same findings', () => {
    fc.assert(
      fc.property(anyDraft, lintOptions, (text, options: LintOptions) => {
        const strip = (fs: Finding[]): unknown => fs.map(({ ruleId, start, end, message, severity, fixes }) => ({ ruleId, start, end, message, severity, fixes }));
        expect(strip(lintDraft(text, options).findings)).toEqual(strip(lintDraft(text, options).findings));
      }),
      { numRuns: runs(40) },
    );
  });
});
