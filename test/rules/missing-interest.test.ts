import { runRuleTests } from '../helpers/ruleTester.js';
import { draft } from '../helpers/drafts.js';

const ty = (body: string): string => draft('thank-you', `Dear Dana,\n\nThank you for meeting with me about the Data Analyst role. ${body}\n\nBest regards,\nSam\n`);

runRuleTests('missing-interest', {
  valid: [
    { name: 'excited', text: ty('I am excited about the position.') },
    { name: 'remain interested', text: ty('I remain very interested in joining the team.') },
    { name: "I'd love to contribute", text: ty("I'd love to contribute to the reporting work.") },
    { name: 'eager', text: ty('I am eager to help the team ship the new dashboard.') },
    { name: 'great fit', text: ty('I believe my SQL background would be a great fit for the role.') },
    { name: 'look forward to joining', text: ty('I look forward to the possibility of joining Northwind Labs.') },
    { name: 'not checked for rejection replies', text: draft('rejection-response', 'Dear Dana,\n\nThank you for letting me know. I hope we stay in touch.\n') },
  ],
  invalid: [
    {
      name: 'no interest restated',
      text: ty('Could you share the next steps?'),
      errors: [{ messageId: 'missing', text: 'Dear Dana,' }],
      suggestions: ['Add "I remain very interested in the Data Analyst role at Northwind Labs and would be glad to contribute."'],
    },
    { name: "negated: I'm not interested in relocating", text: ty("I'm not interested in relocating, as I mentioned."), errors: [{ messageId: 'missing', text: 'Dear Dana,' }] },
    {
      name: 'status check with no interest',
      text: draft('status-check', 'Dear Dana,\n\nThank you again for the interview. Is there any update on the timeline?\n\nBest,\nSam\n'),
      errors: [{ messageId: 'missing', text: 'Dear Dana,' }],
    },
    { name: 'interest only in a quoted mail', text: `${ty('Please let me know about next steps.')}\n> We are excited to meet you!\n`, errors: [{ messageId: 'missing', text: 'Dear Dana,' }] },
  ],
});
