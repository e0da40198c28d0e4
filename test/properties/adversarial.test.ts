/**
 * Hostile sizes and shapes: the engine finishes them and returns sensible
 * results. No timing assertions (those live in the benchmarks); a hang shows
 * as the test runner's timeout.
 */
import { describe, expect, it } from 'vitest';
import { fixAll, lintDraft, type LintResult } from '../../shared/index.js';
import { wellFormedProblems } from './support.js';
import { NOW } from './arbitraries.js';

const options = { now: NOW, file: 'big.md' };
const ids = (r: LintResult): Set<string> => new Set(r.findings.map((f) => f.ruleId));

describe('adversarial inputs', () => {
  const SINGLE = ['a', ' ', '\n', '\r\n', '\0', '\uD800', '>', '[', ']', '`', '-', '_', '*', '#', '<', '!', '😊'];
  it.each(SINGLE.map((ch) => [JSON.stringify(ch), ch]))('100,000 code units of %s', (_name, ch) => {
    const text = ch.repeat(100_000 / ch.length);
    const r = lintDraft(text, options);
    expect(wellFormedProblems(text, r.findings)).toEqual([]);
    expect(r.readiness.total).toBeGreaterThan(0);
  });

  it('runs of shouting marks and emoji: one finding each, all fixed by fix-all', () => {
    const bangs = `Dear Dana,\n\nThank you${'!'.repeat(100_000)}\n`;
    const r = lintDraft(bangs, options);
    expect(r.findings.filter((f) => f.ruleId === 'shouting')).toHaveLength(1);
    expect(fixAll(bangs, options).text).toBe('Dear Dana,\n\nThank you!\n');

    const smiles = `Dear Dana,\n\nThank you ${'😊'.repeat(20_000)}\n`;
    const found = lintDraft(smiles, options).findings.filter((f) => f.ruleId === 'emoji');
    expect(found).toHaveLength(1);
    expect(found[0]?.message).toContain('😊…');
    expect(fixAll(smiles, options).text).toBe('Dear Dana,\n\nThank you\n');
  });

  it('a 1 MB line of prose: too long, one very long sentence', () => {
    const text = `---\nfollowup: thank-you\n---\nDear Dana,\n\n${'word '.repeat(200_000)}\n`;
    expect(text.length).toBeGreaterThan(1_000_000);
    const r = lintDraft(text, options);
    expect(wellFormedProblems(text, r.findings)).toEqual([]);
    expect(ids(r)).toContain('too-long');
    expect(r.findings.filter((f) => f.ruleId === 'long-sentence')).toHaveLength(1);
    // A 1 MB line with no spaces at all.
    const solid = 'x'.repeat(1_000_000);
    expect(wellFormedProblems(solid, lintDraft(solid, options).findings)).toEqual([]);
  });

  it('5,000 nested blockquote markers: the quoted "gonna" is not the writer\'s', () => {
    for (const text of [`${'>'.repeat(5000)} gonna lol 😊`, `${'> '.repeat(5000)}gonna lol 😊`]) {
      const r = lintDraft(text, options);
      expect(wellFormedProblems(text, r.findings)).toEqual([]);
      expect(ids(r)).not.toContain('too-casual');
      expect(ids(r)).not.toContain('emoji');
    }
  });

  it('10,000 "[" (and unclosed links, braces and comments) finish with well-formed findings', () => {
    const inputs = [
      '['.repeat(10_000),
      `Dear Dana,\n\nThank you at ${'['.repeat(10_000)}Company Name${']'.repeat(10_000)}.\n`,
      '[a]('.repeat(10_000),
      '{{'.repeat(10_000),
      '<!--'.repeat(10_000),
      `<!-- followup-disable ${'x '.repeat(10_000)}`,
      `---\n${'key: value\n'.repeat(5000)}---\nhello`,
      `---\nto: ${'['.repeat(10_000)}\n---\nhello`,
    ];
    for (const text of inputs) expect(wellFormedProblems(text, lintDraft(text, options).findings)).toEqual([]);
    // The innermost bracket pair is still a slot to fill.
    expect(ids(lintDraft(inputs[1]!, options))).toContain('template-placeholder');
  });
});
