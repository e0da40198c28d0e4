import { runRuleTests } from '../helpers/ruleTester.js';
import { draft } from '../helpers/drafts.js';

const body = '\n\nThank you for meeting with me about the Data Analyst role at Northwind Labs.\n\nBest regards,\nSam\n';

runRuleTests('generic-greeting', {
  valid: [
    { name: 'by name', text: draft('thank-you', `Dear Dana,${body}`) },
    { name: 'hi plus name', text: draft('thank-you', `Hi Dana,${body}`) },
    { name: 'hiring manager mentioned later, not as greeting', text: draft('thank-you', `Dear Dana,\n\nThe hiring manager role you described sounds demanding.\n`) },
    { name: 'hi all for a panel of several people', text: draft('thank-you', `Hi all,${body}`, { to: ['Dana Okafor', 'Lee Park'] }) },
    { name: 'dear hiring team inside a quote', text: draft('thank-you', `Dear Dana,\n\n> Dear Hiring Team, we received your application.\n\nThank you for the interview.\n`) },
  ],
  invalid: [
    {
      name: 'to whom it may concern, with a known interviewer',
      text: draft('thank-you', `To whom it may concern,${body}`),
      errors: [{ messageId: 'genericKnown', text: 'To whom it may concern' }],
      output: draft('thank-you', `Dear Dana Okafor,${body}`),
    },
    {
      name: 'dear hiring manager',
      text: draft('status-check', `Dear Hiring Manager,${body}`),
      errors: [{ messageId: 'genericKnown', text: 'Dear Hiring Manager' }],
      output: draft('status-check', `Dear Dana Okafor,${body}`),
    },
    {
      name: 'two interviewers',
      text: draft('thank-you', `Dear Sir or Madam,${body}`, { to: ['Dana Okafor', 'Lee Park'] }),
      errors: [{ messageId: 'genericKnown', text: 'Dear Sir or Madam' }],
      output: draft('thank-you', `Dear Dana Okafor and Lee Park,${body}`, { to: ['Dana Okafor', 'Lee Park'] }),
    },
    { name: 'no name known: no fix', text: `Dear Sir/Madam,${body}`, errors: [{ messageId: 'generic', text: 'Dear Sir/Madam' }], output: null },
  ],
});
