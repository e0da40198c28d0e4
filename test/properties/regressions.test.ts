/** Engine bugs the property tests found, each kept as its smallest input. */
import { describe, expect, it } from 'vitest';
import { defaultConfig, lintDraft } from '../../shared/index.js';

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

  // shared/rules/rule.ts replacementEdit: removing an emoji between a lone high and a lone low surrogate
  // closed them up into a new character (here the French flag), so the fix did not remove its finding.
  it('removing an emoji never joins lone surrogates on either side into a new one', () => {
    const text = '\u0000\ud83c\u{1F469}\u200d\u{1F4BB}\uddeb\u{1F1F7}Dear Dana,\n\nBest regards,\nSam\n';
    const emoji = lintDraft(text).findings.filter((f) => f.ruleId === 'emoji');
    const fix = emoji.find((f) => text.slice(f.start, f.end) === '\u{1F469}\u200d\u{1F4BB}')!.fixes[0]!;
    const edit = fix.edits[0]!;
    const out = text.slice(0, edit.start) + edit.newText + text.slice(edit.end);
    expect(lintDraft(out).findings.filter((f) => f.ruleId === 'emoji').length).toBeLessThan(emoji.length);
    expect(out).not.toContain('\u{1F1EB}');
  });

  // shared/engine/lint.ts dropCoveredSpelling let any finding over a word hide its typo, so the word where too-long's
  // limit is crossed was never spell-checked, and a fix that moved that point "added" a spelling error.
  it("a typo under too-long's marker is still reported; a casual word still stands in for its own misspelling", () => {
    const config = { ...defaultConfig(), wordLimits: { ...defaultConfig().wordLimits, 'thank-you': 5 } };
    const text = '---\nfollowup: thank-you\n---\n\nThank you for the great intervew today, and gonna say thx.\n';
    const found = lintDraft(text, { config }).findings;
    const at = (id: string) => found.filter((f) => f.ruleId === id).map((f) => text.slice(f.start, f.end));
    expect(at('too-long')).toEqual(['intervew']);
    expect(at('spelling')).toEqual(['intervew']);
    expect(at('too-casual')).toEqual(['gonna', 'thx']);
  });

  // shared/rules/helpers.ts insertClosing put a missing sentence after the last block even when that block ran into
  // quoted mail ("On Monday, Dana wrote:"), where it counted for nothing.
  it('a sentence added by a fix is never put inside quoted mail', () => {
    const text = '---\nfollowup: thank-you\nto: Dana Okafor\n---\nDear Dana,\n\n>\r On Monday, Dana wrote:\n> thanks, talk soon\n\nSam\n';
    const before = lintDraft(text).findings.filter((f) => f.ruleId === 'missing-interest');
    expect(before).toHaveLength(1);
    const edit = before[0]!.fixes[0]!.edits[0]!;
    const out = text.slice(0, edit.start) + edit.newText + text.slice(edit.end);
    expect(lintDraft(out).findings.filter((f) => f.ruleId === 'missing-interest')).toEqual([]);
  });

  it('quoted phrases are still recognised on the same line, and only there', () => {
    expect(ids('She said "we are gonna decide soon" and smiled.\n')).not.toContain('too-casual');
    expect(ids('She said "soon" and I am gonna wait.\n')).toContain('too-casual');
    expect(ids('An open quote " here\nand I am gonna wait " there.\n')).toContain('too-casual');
  });
});
