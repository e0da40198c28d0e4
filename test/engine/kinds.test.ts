import { describe, expect, it } from 'vitest';
import { DRAFT_KINDS, KIND_INFO, inferKind, isDraftKind, lintDraft, parseDraft, type DraftKind } from '../../shared/index.js';

/** Realistic drafts without front matter: [kind, text, the phrase shown as evidence]. */
const cases: Array<[DraftKind, string, string]> = [
  ['thank-you', 'Dear Dana,\n\nThank you for meeting with me yesterday. I enjoyed our conversation about the new clinic.\n', 'Thank you for meeting'],
  ['status-check', "Hi Lee,\n\nI'm writing to ask whether there is any news about the Data Analyst position.\n\nBest,\nSam\n", 'any news'],
  ['feedback-request', 'Dear Dana,\n\nI understand the team chose a candidate with more healthcare experience. What would you suggest I focus on to be a stronger applicant next time?\n', 'What would you suggest'],
  ['rejection-response', 'Hi Lee,\n\nSaw that you went with someone else for the barista trainer role. Congratulations to them, and best of luck with the new season.\n\nSam\n', 'went with someone'],
  ['additional-info', "Dear Dana,\n\nThank you for letting me know. I'd like to correct something I said in the interview: my team has six analysts, not sixteen.\n", 'correct something'],
  [
    'thank-you',
    'Hi Priya,\n\nThank you for taking the time to speak with me this afternoon about the charge nurse position. I enjoyed hearing how your unit handles handovers, and the tour of the new wing was a highlight.\n\nI am excited about the role and look forward to hearing about next steps.\n\nBest regards,\nJordan\n',
    'Thank you for taking',
  ],
  ['thank-you', 'Dear Mr. Park,\n\nIt was a pleasure to meet you and the panel yesterday. Your question about classroom management stayed with me.\n\nKind regards,\nAlex\n', 'pleasure to meet'],
  ['status-check', 'Dear Dana,\n\nI wanted to check in on the status of my application for the nurse role. Is there any update?\n', 'status of my application'],
  [
    'status-check',
    'Dear Dana,\n\nI hope you are well. I interviewed for the Data Analyst role on November 3 and wanted to follow up on the hiring timeline. I remain very interested in the position.\n\nThank you for your time,\nSam\n',
    'follow up on the hiring',
  ],
  ['status-check', "Hello Lee,\n\nI haven't heard back since our conversation two weeks ago and wanted to touch base. Is there any update on the position?\n\nBest,\nSam\n", 'any update'],
  ['feedback-request', 'Dear Dana,\n\nThank you for letting me know. I would be grateful for any feedback on how I could improve.\n', 'feedback'],
  [
    'feedback-request',
    'Hi Lee,\n\nThanks for the update. If you have a moment, I would appreciate your advice on how I could strengthen my portfolio.\n\nSam\n',
    'how I could strengthen',
  ],
  ['rejection-response', 'Dear Dana,\n\nThank you for letting me know about your decision. Please keep me in mind for future openings.\n', 'letting me know'],
  [
    'rejection-response',
    'Dear Dana,\n\nThank you for informing me. I am disappointed, but I understand you chose another candidate. I hope our paths cross again.\n\nWarm regards,\nSam\n',
    'informing me',
  ],
  ['additional-info', 'Dear Dana,\n\nAs requested, I have attached my portfolio and two references.\n', 'As requested'],
  [
    'additional-info',
    'Hi Lee,\n\nAfter our conversation I realised I forgot to mention that I led the migration of our reporting to dbt last spring. In case it helps, here is a short summary.\n\nBest,\nSam\n',
    'forgot to mention',
  ],
];

describe('kind inference', () => {
  for (const [kind, text, evidence] of cases) {
    it(`infers ${kind} from "${evidence}"`, () => {
      const r = lintDraft(text);
      expect(r.kind).toBe(kind);
      expect(r.kindSource).toBe('inferred');
      expect(r.kindEvidence).toBe(evidence);
      // The evidence is quoted from the draft as written.
      expect(text).toContain(evidence);
    });
  }

  it('every kind is covered by the cases above', () => {
    expect(new Set(cases.map(([k]) => k))).toEqual(new Set(DRAFT_KINDS));
  });

  it('a feedback request that also answers the rejection is a feedback request', () => {
    const text = 'Dear Dana,\n\nThank you for letting me know that you decided to move forward with another candidate. Could you share any feedback on where I could improve?\n';
    expect(inferKind(parseDraft(text)).kind).toBe('feedback-request');
  });

  it('ignores quoted mail and code', () => {
    const text = "Dear Dana,\n\nI haven't heard back and wanted to check in on the status of my application.\n\n> Thank you for meeting with us yesterday, we enjoyed our conversation.\n";
    expect(inferKind(parseDraft(text))).toEqual({ kind: 'status-check', evidence: 'status of my application' });
    const code = 'Dear Dana,\n\nThank you for meeting with me yesterday.\n\n```\nfeedback feedback attached as requested\n```\n';
    expect(inferKind(parseDraft(code)).kind).toBe('thank-you');
  });

  it('front matter wins over the text', () => {
    const r = lintDraft(`---\nfollowup: status-check\n---\n${cases[0]![1]}`);
    expect(r.kind).toBe('status-check');
    expect(r.kindSource).toBe('front-matter');
    expect(r.kindEvidence).toBeUndefined();
  });

  it('the --kind option wins over front matter', () => {
    const r = lintDraft(`---\nfollowup: status-check\n---\nHello\n`, { kind: 'additional-info' });
    expect(r.kind).toBe('additional-info');
    expect(r.kindSource).toBe('option');
  });

  it('the kind decides which rules run', () => {
    const text = 'Dear Dana,\n\nThank you for letting me know about your decision.\n';
    expect(lintDraft(text).findings.map((f) => f.ruleId)).toContain('missing-door-open');
    expect(lintDraft(text, { kind: 'thank-you' }).findings.map((f) => f.ruleId)).not.toContain('missing-door-open');
  });

  it('falls back to thank-you with no evidence when nothing is clear', () => {
    for (const text of ['Hello,\n\nSee you soon.\n', '', '---\nfollowup:\n---\n']) {
      const r = lintDraft(text);
      expect(r.kind).toBe('thank-you');
      expect(r.kindEvidence).toBeUndefined();
    }
  });

  it('knows its kinds', () => {
    for (const k of DRAFT_KINDS) {
      expect(isDraftKind(k)).toBe(true);
      expect(KIND_INFO[k].title.length).toBeGreaterThan(0);
    }
    expect(isDraftKind('thanks')).toBe(false);
  });
});
