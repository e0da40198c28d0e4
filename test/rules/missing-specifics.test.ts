import { runRuleTests } from '../helpers/ruleTester.js';
import { draft } from '../helpers/drafts.js';

const generic = 'Thank you for the interview. I am very interested in the position and look forward to hearing from you.';

runRuleTests('missing-specifics', {
  valid: [
    { name: 'names the interviewer', text: draft('thank-you', `Dear Dana,\n\n${generic}\n`) },
    { name: 'names the company', text: draft('thank-you', `Hello,\n\nThank you for the interview at Northwind Labs. I am very interested and look forward to hearing from you.\n`) },
    { name: 'names the role', text: draft('thank-you', `Hello,\n\nThank you for the interview for the analyst position. I am very interested.\n`) },
    { name: 'recalls a topic', text: draft('thank-you', `Hello,\n\nThank you for the interview. I enjoyed learning about your plans for the new clinic.\n`, {}) },
    { name: 'no front matter but a proper name', text: `Hi Marcus,\n\n${generic}\n` },
    { name: 'rejection replies are not checked', text: draft('rejection-response', `Hello,\n\n${generic}\n`) },
  ],
  invalid: [
    {
      name: 'front matter names are missing from the body',
      text: draft('thank-you', `Hello,\n\n${generic}\n`),
      errors: [{ messageId: 'generic', text: 'Hello,', data: { missing: 'Dana Okafor, the Data Analyst role, Northwind Labs' } }],
    },
    { name: 'no front matter, nothing specific', text: `Hello,\n\n${generic}\n`, errors: [{ messageId: 'generic', text: 'Hello,' }] },
    {
      name: 'status check that could go anywhere',
      text: draft('status-check', 'Hello,\n\nI wanted to check in on my application. I remain interested and would appreciate an update.\n'),
      errors: [{ messageId: 'generic', text: 'Hello,' }],
    },
    { name: 'the name only in quoted mail', text: `${draft('thank-you', `Hello,\n\n${generic}\n`)}\n> Dana Okafor wrote: thanks for coming in\n`, errors: [{ messageId: 'generic', text: 'Hello,' }] },
  ],
});
