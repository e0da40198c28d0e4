import { runRuleTests } from '../helpers/ruleTester.js';
import { draft } from '../helpers/drafts.js';
import { fingerprint, parseDraft } from '../../shared/index.js';

const note = (name: string, detail = 'I enjoyed learning how the team rebuilt the weekly churn report and how the account managers now use it every morning.'): string =>
  draft('thank-you', `Dear ${name.split(' ')[0]},\n\nThank you for meeting with me about the Data Analyst role at Northwind Labs. ${detail} I am excited about the position and would welcome the chance to contribute. Could you share what the next steps look like?\n\nBest regards,\nSam\n`, {
    to: name,
    company: 'Northwind Labs',
    role: 'Data Analyst',
  });
const peer = (text: string, file: string) => fingerprint(parseDraft(text), file);

runRuleTests('duplicate-draft', {
  valid: [
    { name: 'no other drafts', text: note('Dana Okafor') },
    { name: 'a genuinely different note to another interviewer', text: note('Dana Okafor'), file: 'dana.md', peers: [peer(note('Lee Park', 'Your walkthrough of the on-call rota and the incident review format was the highlight for me, especially the blameless write-ups.').replace('excited about the position and would welcome the chance to contribute', 'keen to bring my Python testing habits to your platform work'), 'lee.md')] },
    { name: 'the same recipient (two versions of one note)', text: note('Dana Okafor'), file: 'dana-v2.md', peers: [peer(note('Dana Okafor'), 'dana-v1.md')] },
    { name: 'the other draft is this file', text: note('Dana Okafor'), file: 'dana.md', peers: [peer(note('Dana Okafor'), 'dana.md')] },
  ],
  invalid: [
    {
      name: 'copy with only the names changed',
      text: note('Dana Okafor'),
      file: 'dana.md',
      peers: [peer(note('Lee Park'), 'lee.md')],
      errors: [{ messageId: 'duplicate', text: 'Dear Dana,', data: { percent: 100, other: 'lee.md' } }],
    },
    {
      name: 'near-identical with one sentence changed',
      text: note('Dana Okafor'),
      file: 'dana.md',
      peers: [peer(note('Lee Park').replace('Best regards', 'Kind regards'), 'lee.md')],
      errors: [{ messageId: 'duplicate', text: 'Dear Dana,' }],
    },
  ],
});
