import { runRuleTests } from '../helpers/ruleTester.js';
import { draft } from '../helpers/drafts.js';

const ty = (body: string): string => draft('thank-you', `Dear Dana,\n\n${body}\n\nBest regards,\nSam\n`);

runRuleTests('missing-gratitude', {
  valid: [
    { name: 'thank you', text: ty('Thank you for meeting with me about the Data Analyst role.') },
    { name: 'thanks', text: ty('Thanks again for the tour of the office.') },
    { name: 'appreciated', text: ty('I appreciated the time you took to walk me through the team.') },
    { name: 'grateful', text: ty('I am grateful for the chance to learn about Northwind Labs.') },
    { name: 'many thanks in the sign-off', text: draft('thank-you', 'Dear Dana,\n\nIt was a pleasure to meet you.\n\nMany thanks,\nSam\n') },
    { name: 'thankful', text: ty('I am thankful you made time on a busy Friday.') },
  ],
  invalid: [
    {
      name: 'no thanks at all',
      text: ty('I am interested in the role and look forward to hearing from you.'),
      errors: [{ messageId: 'missing', text: 'Dear Dana,' }],
      suggestions: ['Add "Thank you for taking the time to speak with me about the Data Analyst role at Northwind Labs."'],
    },
    {
      name: 'thanks only inside a quoted earlier message',
      text: `${ty('I wanted to check in about the role.')}\n> Thanks for applying to Northwind Labs!\n`,
      errors: [{ messageId: 'missing', text: 'Dear Dana,' }],
    },
    {
      name: 'rejection reply with no thanks gets a fitting sentence',
      text: draft('rejection-response', 'Dear Dana,\n\nI understand the decision and hope we stay in touch.\n'),
      errors: [{ messageId: 'missing', text: 'Dear Dana,' }],
      suggestions: ['Add "Thank you for letting me know, and for the time you and the team spent with me."'],
    },
    {
      name: 'no greeting: reported at the first line',
      text: draft('thank-you', 'I enjoyed our talk and remain interested.\n'),
      errors: [{ messageId: 'missing', text: 'I enjoyed our talk and remain interested.' }],
    },
    {
      name: 'negated appreciation does not count',
      text: ty("I don't appreciate being kept waiting, but I remain interested."),
      errors: [{ messageId: 'missing', text: 'Dear Dana,' }],
    },
  ],
});
