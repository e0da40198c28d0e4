import { describe, expect, it } from 'vitest';
import { lintDraft } from '../../shared/index.js';

const cases: Array<[string, string, string]> = [
  ['thank-you', 'Dear Dana,\n\nThank you for meeting with me yesterday. I enjoyed our conversation about the new clinic.\n', 'Thank you for meeting'],
  ['status-check', 'Dear Dana,\n\nI wanted to check in on the status of my application for the nurse role. Is there any update?\n', 'check in'],
  ['feedback-request', 'Dear Dana,\n\nThank you for letting me know. I would be grateful for any feedback on how I could improve.\n', 'feedback'],
  ['rejection-response', 'Dear Dana,\n\nThank you for letting me know about your decision. Please keep me in mind for future openings.\n', 'letting me know'],
  ['additional-info', 'Dear Dana,\n\nAs requested, I have attached my portfolio and two references.\n', 'As requested'],
];

describe('kind inference', () => {
  for (const [kind, text, evidence] of cases) {
    it(`infers ${kind} and says why`, () => {
      const r = lintDraft(text);
      expect(r.kind).toBe(kind);
      expect(r.kindSource).toBe('inferred');
      expect(r.kindEvidence).toBe(evidence);
    });
  }
  it('front matter wins over the text', () => {
    const r = lintDraft(`---\nfollowup: status-check\n---\n${cases[0]![1]}`);
    expect(r.kind).toBe('status-check');
    expect(r.kindSource).toBe('front-matter');
  });
  it('the --kind option wins over front matter', () => {
    const r = lintDraft(`---\nfollowup: status-check\n---\nHello\n`, { kind: 'additional-info' });
    expect(r.kind).toBe('additional-info');
    expect(r.kindSource).toBe('option');
  });
  it('falls back to thank-you with no evidence when nothing is clear', () => {
    const r = lintDraft('Hello,\n\nSee you soon.\n');
    expect(r.kind).toBe('thank-you');
    expect(r.kindEvidence).toBeUndefined();
  });
});
