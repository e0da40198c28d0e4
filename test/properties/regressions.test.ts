/** Engine bugs the property tests found, each kept as its smallest input. */
import { describe, expect, it } from 'vitest';
import { lintDraft } from '../../shared/index.js';

const ids = (text: string): string[] => lintDraft(text).findings.map((f) => f.ruleId);

describe('engine regressions (found by the property tests)', () => {
  // shared/document/parse.ts maskInline used to take the first "[" after the previous inline token for a
  // link's opening bracket, which could be a literal bracket earlier in the paragraph.
  it('a [slot] before a link in the same paragraph is still a placeholder', () => {
    expect(ids('At [Company Name] today. See [my portfolio](x).\n')).toContain('template-placeholder');
  });

  it("a link's address after a [bracket] in the same paragraph is not prose", () => {
    expect(ids('Thank you [sic]. See [notes](https://example.com/ASAP-URGENT-TODO).\n')).not.toContain('template-placeholder');
  });

  // shared/rules/phrases/match.ts insideQuotes scanned the line from its start for every match:
  // a 1 MB line of matches did not finish in 300 s. Quoted spans are now found once per text.
  it('a 1 MB line full of phrase matches is checked (linear quote detection)', () => {
    const text = 'gonna '.repeat(170_000);
    const found = lintDraft(text).findings.filter((f) => f.ruleId === 'too-casual');
    expect(found).toHaveLength(170_000);
    expect(found[169_999]!.start).toBe(6 * 169_999);
  }, 60_000);

  it('quoted phrases are still recognised on the same line, and only there', () => {
    expect(ids('She said "we are gonna decide soon" and smiled.\n')).not.toContain('too-casual');
    expect(ids('She said "soon" and I am gonna wait.\n')).toContain('too-casual');
    expect(ids('An open quote " here\nand I am gonna wait " there.\n')).toContain('too-casual');
  });
});
