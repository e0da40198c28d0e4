import { runRuleTests } from '../helpers/ruleTester.js';
import { draft } from '../helpers/drafts.js';

const ty = (body: string): string => draft('thank-you', `Dear Dana,\n\nThank you for meeting with me. I am excited about the role. ${body}\n\nBest regards,\nSam\n`);
const ADD = 'Add "Could you share what the next steps and the timeline look like?"';

runRuleTests('missing-next-steps', {
  valid: [
    { name: 'an offer to send more', text: ty('Is there anything I can send you in the meantime, such as references?') },
    { name: 'welcoming a second conversation', text: ty('I would welcome a second conversation with the board.') },
    { name: 'at your disposal', text: ty('I remain at your disposal for any further information.') },
    { name: 'if you need anything else', text: ty('If you need anything else, just let me know.') },
    { name: 'next steps', text: ty('Could you share the next steps?') },
    { name: 'timeline', text: ty('I would be glad to hear about the timeline.') },
    { name: 'hearing from you', text: ty('I look forward to hearing from you.') },
    { name: 'decision', text: ty('Please let me know when you expect a decision.') },
    { name: 'happy to provide more', text: ty('I am happy to share anything else that would help.') },
    { name: 'next round', text: ty('I am ready for the next round whenever it suits the team.') },
    { name: 'hear back', text: ty('When might I expect to hear back?') },
    { name: 'continuing the conversation', text: ty('I look forward to continuing the conversation.') },
    { name: 'speak again soon', text: ty('I hope to speak with you again soon.') },
    { name: 'feel free to reach out', text: ty('Feel free to reach out if you need anything from me.') },
    { name: 'available for a follow-up call', text: ty('I am available for a follow-up call any day this week.') },
    { name: 'any news (status check)', text: draft('status-check', 'Dear Dana,\n\nThank you again for the interview. I remain keen on the role. Is there any news?\n') },
    { name: 'not checked for additional info', text: draft('additional-info', 'Dear Dana,\n\nThank you again. My references are attached.\n') },
  ],
  invalid: [
    {
      name: 'nothing about what comes next',
      text: ty('Your story about the migration stayed with me.'),
      errors: [{ messageId: 'missing', text: 'Dear Dana,' }],
      suggestions: [ADD],
    },
    {
      name: 'status check without a question',
      text: draft('status-check', 'Dear Dana,\n\nThank you again for the interview. I remain very interested in the role.\n\nBest,\nSam\n'),
      errors: [{ messageId: 'missing', text: 'Dear Dana,' }],
      suggestions: [ADD],
    },
    { name: 'next steps only in a quoted mail', text: `${ty('I enjoyed the tour.')}\n> We will share next steps soon.\n`, errors: [{ messageId: 'missing', text: 'Dear Dana,' }] },
    { name: 'a question about the job, not the process', text: ty('What would onboarding look like for a new analyst?'), errors: [{ messageId: 'missing', text: 'Dear Dana,' }] },
    {
      name: 'no greeting and no sign-off',
      text: draft('thank-you', 'Thank you for the interview. I enjoyed meeting the team and I am excited about the role.\n'),
      errors: [{ messageId: 'missing', text: 'Thank you for the interview. I enjoyed meeting the team and I am excited about the role.' }],
      suggestions: [ADD],
    },
    { name: 'the timeline only inside code', text: ty('I enjoyed the `next steps` script you showed me.'), errors: [{ messageId: 'missing', text: 'Dear Dana,' }] },
  ],
});
