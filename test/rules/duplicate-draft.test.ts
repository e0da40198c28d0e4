import { describe, expect, it } from 'vitest';
import { runRuleTests } from '../helpers/ruleTester.js';
import { draft } from '../helpers/drafts.js';
import { fingerprint, lintDraft, parseDraft, similarity } from '../../shared/index.js';

const DETAIL = 'I enjoyed learning how the team rebuilt the weekly churn report and how the account managers now use it every morning.';
const note = (name: string, detail = DETAIL, company = 'Northwind Labs'): string =>
  draft(
    'thank-you',
    `Dear ${name.split(' ')[0]},\n\nThank you for meeting with me about the Data Analyst role at ${company}. ${detail} I am excited about the position and would welcome the chance to contribute. Could you share what the next steps look like?\n\nBest regards,\nSam\n`,
    { to: name, company, role: 'Data Analyst' },
  );
const personal = (name: string, paragraph: string): string =>
  draft(
    'thank-you',
    `Dear ${name.split(' ')[0]},\n\nThank you for meeting with me about the Data Analyst role.\n\n${paragraph}\n\nBest regards,\nSam\n`,
    { to: name, company: 'Northwind Labs', role: 'Data Analyst' },
  );
const peer = (text: string, file: string) => fingerprint(parseDraft(text), file);

const LEE_DIFFERENT = note('Lee Park', 'Your walkthrough of the on-call rota and the incident review format was the highlight for me, especially the blameless write-ups.').replace(
  'excited about the position and would welcome the chance to contribute',
  'keen to bring my Python testing habits to your platform work',
);
const DANA_OWN = personal('Dana Okafor', 'Your story about rebuilding the churn report in a weekend made me laugh, and the way you let account managers shape the dashboard is exactly how I like to work. I would love to help extend it to the retention cohorts.');
const LEE_OWN = personal('Lee Park', 'The incident review you walked me through showed a team that learns in public. I have run blameless reviews for two years and would be glad to bring that practice, and my Python test tooling, to your platform group.');

runRuleTests('duplicate-draft', {
  valid: [
    { name: 'no other drafts', text: note('Dana Okafor') },
    { name: 'a genuinely different note to another interviewer', text: note('Dana Okafor'), file: 'dana.md', peers: [peer(LEE_DIFFERENT, 'lee.md')] },
    { name: 'a shared opening line but personal paragraphs', text: DANA_OWN, file: 'dana.md', peers: [peer(LEE_OWN, 'lee.md')] },
    { name: 'the same recipient (two versions of one note)', text: note('Dana Okafor'), file: 'dana-v2.md', peers: [peer(note('Dana Okafor'), 'dana-v1.md')] },
    { name: 'the other draft is this file', text: note('Dana Okafor'), file: 'dana.md', peers: [peer(note('Dana Okafor'), 'dana.md')] },
    {
      name: 'a panel note and a note to one of the panel',
      text: draft('thank-you', note('Dana Okafor').split('---\n\n')[1] ?? '', { to: ['Dana Okafor', 'Lee Park'] }),
      file: 'panel.md',
      peers: [peer(note('Lee Park'), 'lee.md')],
    },
    { name: 'the other draft names no recipient', text: note('Dana Okafor'), file: 'dana.md', peers: [peer(note('Lee Park').replace('to: Lee Park\n', ''), 'lee.md')] },
    { name: 'this draft names no recipient', text: note('Dana Okafor').replace('to: Dana Okafor\n', ''), file: 'dana.md', peers: [peer(note('Lee Park'), 'lee.md')] },
    {
      name: 'notes too short to compare',
      text: draft('thank-you', 'Dear Dana,\n\nThank you for your time today.\n', { to: 'Dana Okafor' }),
      file: 'dana.md',
      peers: [peer(draft('thank-you', 'Dear Lee,\n\nThank you for your time today.\n', { to: 'Lee Park' }), 'lee.md')],
    },
  ],
  invalid: [
    {
      name: 'copy with only the names changed',
      text: note('Dana Okafor'),
      file: 'dana.md',
      peers: [peer(note('Lee Park'), 'lee.md')],
      errors: [{ messageId: 'duplicate', text: 'Dear Dana,', data: { percent: 100, other: 'lee.md', otherTo: 'Lee Park' } }],
    },
    {
      name: 'near-identical with the sign-off changed',
      text: note('Dana Okafor'),
      file: 'dana.md',
      peers: [peer(note('Lee Park').replace('Best regards', 'Kind regards'), 'lee.md')],
      errors: [{ messageId: 'duplicate', text: 'Dear Dana,' }],
    },
    {
      name: 'the same note sent to two companies',
      text: note('Dana Okafor'),
      file: 'northwind/dana.md',
      peers: [peer(note('Ana Silva', DETAIL, 'Contoso Pharma'), 'contoso/ana.md')],
      errors: [{ messageId: 'duplicate', data: { other: 'contoso/ana.md' } }],
    },
    {
      name: 'one copy among several different drafts',
      text: note('Dana Okafor'),
      file: 'dana.md',
      peers: [peer(LEE_DIFFERENT, 'lee.md'), peer(LEE_OWN, 'lee-2.md'), peer(note('Ana Silva'), 'ana.md')],
      errors: [{ messageId: 'duplicate', data: { other: 'ana.md', otherTo: 'Ana Silva' } }],
    },
    {
      name: 'line endings do not hide a copy',
      text: note('Dana Okafor').replace(/\n/g, '\r\n'),
      file: 'dana.md',
      peers: [peer(note('Lee Park'), 'lee.md')],
      errors: [{ messageId: 'duplicate', text: 'Dear Dana,' }],
    },
    {
      name: 'the peer label names it in the message',
      text: note('Dana Okafor'),
      file: 'file:///notes/dana.md',
      peers: [{ ...peer(note('Lee Park'), 'file:///notes/lee.md'), label: 'lee.md' }],
      errors: [{ messageId: 'duplicate', data: { other: 'lee.md' } }],
    },
  ],
});

describe('duplicate-draft: related information and fingerprints', () => {
  it('points at the other draft: its file and its first prose line', () => {
    const lee = note('Lee Park');
    const r = lintDraft(note('Dana Okafor'), { file: 'dana.md', peers: [peer(lee, 'lee.md')] });
    const f = r.findings.find((x) => x.ruleId === 'duplicate-draft');
    expect(f?.related).toEqual([{ file: 'lee.md', start: lee.indexOf('Dear Lee,'), end: lee.indexOf('Dear Lee,') + 'Dear Lee,'.length, message: 'The near-identical draft' }]);
    // Symmetric: linting the other file finds this one.
    const back = lintDraft(lee, { file: 'lee.md', peers: [peer(note('Dana Okafor'), 'dana.md')] }).findings.find((x) => x.ruleId === 'duplicate-draft');
    expect(back?.related?.[0]?.file).toBe('dana.md');
  });

  it('masks front matter names, so a copy scores 1 and a personal note scores low', () => {
    const dana = peer(note('Dana Okafor'), 'dana.md');
    expect(similarity(dana.shingles, peer(note('Lee Park'), 'lee.md').shingles)).toBe(1);
    expect(similarity(dana.shingles, peer(LEE_DIFFERENT, 'lee.md').shingles)).toBeLessThan(0.6);
    expect(similarity(peer(DANA_OWN, 'a').shingles, peer(LEE_OWN, 'b').shingles)).toBeLessThan(0.3);
    expect(dana.to).toEqual(['dana okafor']);
  });
});
