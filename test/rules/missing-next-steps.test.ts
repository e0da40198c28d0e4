import { runRuleTests } from '../helpers/ruleTester.js';
import { draft } from '../helpers/drafts.js';

const ty = (body: string): string => draft('thank-you', `Dear Dana,\n\nThank you for meeting with me. I am excited about the role. ${body}\n\nBest regards,\nSam\n`);

runRuleTests('missing-next-steps', {
  valid: [
    { name: 'next steps', text: ty('Could you share the next steps?') },
    { name: 'timeline', text: ty('I would be glad to hear about the timeline.') },
    { name: 'hearing from you', text: ty('I look forward to hearing from you.') },
    { name: 'decision', text: ty('Please let me know when you expect a decision.') },
    { name: 'happy to provide more', text: ty('I am happy to share anything else that would help.') },
    { name: 'next round', text: ty('I am ready for the next round whenever it suits the team.') },
  ],
  invalid: [
    {
      name: 'nothing about what comes next',
      text: ty('Your story about the migration stayed with me.'),
      errors: [{ messageId: 'missing', text: 'Dear Dana,' }],
      suggestions: ['Add "Could you share what the next steps and the timeline look like?"'],
    },
    {
      name: 'status check without a question',
      text: draft('status-check', 'Dear Dana,\n\nThank you again for the interview. I remain very interested in the role.\n\nBest,\nSam\n'),
      errors: [{ messageId: 'missing', text: 'Dear Dana,' }],
    },
    { name: 'next steps only in a quoted mail', text: `${ty('I enjoyed the tour.')}\n> We will share next steps soon.\n`, errors: [{ messageId: 'missing', text: 'Dear Dana,' }] },
  ],
});
