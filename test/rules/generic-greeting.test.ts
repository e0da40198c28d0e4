import { runRuleTests } from '../helpers/ruleTester.js';
import { draft } from '../helpers/drafts.js';

const body = '\n\nThank you for meeting with me about the Data Analyst role at Northwind Labs.\n\nBest regards,\nSam\n';
const panel = { to: ['Dana Okafor', 'Lee Park'], company: 'Northwind Labs' };

runRuleTests('generic-greeting', {
  valid: [
    { name: 'by name', text: draft('thank-you', `Dear Dana,${body}`) },
    { name: 'hi plus name', text: draft('thank-you', `Hi Dana,${body}`) },
    { name: 'title and surname', text: draft('thank-you', `Dear Ms. Okafor,${body}`) },
    { name: 'good morning plus name', text: draft('thank-you', `Good morning Dana,${body}`) },
    { name: '"Greetings," followed by the name', text: draft('thank-you', `Greetings, Dana${body}`) },
    { name: '"Hello there" followed by the name', text: draft('thank-you', `Hello there Dana,${body}`) },
    { name: 'a named team', text: draft('thank-you', `Dear Team Northwind,${body}`) },
    { name: 'a team named by company', text: draft('thank-you', `Dear Northwind team,${body}`) },
    { name: 'hiring manager mentioned later, not as greeting', text: draft('thank-you', `Dear Dana,\n\nThe hiring manager role you described sounds demanding.\n`) },
    { name: 'hi all for a panel of several people', text: draft('thank-you', `Hi all,${body}`, panel) },
    { name: 'hi everyone with no names known', text: draft('thank-you', `Hi everyone,${body}`, {}) },
    { name: '"Dear Ma" to a person named Ma', text: draft('thank-you', `Dear Ma,${body}`, { to: 'Lin Ma' }) },
    { name: '"Hi team" to a panel', text: draft('thank-you', `Hi team,${body}`, panel) },
    { name: '"Hi everyone" to a team', text: draft('thank-you', `Hi everyone,${body}`, { to: 'Interview Panel' }) },
    { name: 'dear hiring team inside a quote', text: draft('thank-you', `Dear Dana,\n\n> Dear Hiring Team, we received your application.\n\nThank you for the interview.\n`) },
    { name: 'dear hiring manager inside quoted mail', text: draft('thank-you', `Dear Dana,${body}\nOn Mon, Nov 16, 2026, Sam wrote:\nDear Hiring Manager,\nPlease find my CV.\n`) },
  ],
  invalid: [
    ...["Dear Sir/Ma", 'Respected Sir', 'Respected Madam', 'Good day Ma', 'Good day Sir', "Dear Ma'am", 'Good morning Ma', 'Hello Sir', 'Hi team'].map((greeting) => ({
      name: `${greeting}, to one person`,
      text: draft('thank-you', `${greeting},${body}`),
      errors: [{ messageId: 'genericKnown', text: greeting }],
      output: draft('thank-you', `Dear Dana Okafor,${body}`),
    })),
    {
      name: '`to: Hiring Team` is no name: the plain message, and no fix to "Dear Hiring Team"',
      text: draft('thank-you', `To whom it may concern,${body}`, { to: 'Hiring Team', company: 'Northwind Labs' }),
      errors: [{ messageId: 'generic', text: 'To whom it may concern' }],
    },
    {
      name: '"Dear Hiring Team" to `to: Hiring Team` is still generic',
      text: draft('thank-you', `Dear Hiring Team,${body}`, { to: 'the hiring team' }),
      errors: [{ messageId: 'generic', text: 'Dear Hiring Team' }],
    },
    {
      name: 'a person among the recipients is greeted',
      text: draft('thank-you', `Dear Sir or Madam,${body}`, { to: ['Talent Acquisition', 'Dana Okafor'] }),
      errors: [{ messageId: 'genericKnown', text: 'Dear Sir or Madam', data: { to: 'Dana Okafor' } }],
      output: draft('thank-you', `Dear Dana Okafor,${body}`, { to: ['Talent Acquisition', 'Dana Okafor'] }),
    },
    {
      name: 'to whom it may concern, with a known interviewer',
      text: draft('thank-you', `To whom it may concern,${body}`),
      errors: [{ messageId: 'genericKnown', text: 'To whom it may concern', data: { to: 'Dana Okafor' } }],
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
      text: draft('thank-you', `Dear Sir or Madam,${body}`, panel),
      errors: [{ messageId: 'genericKnown', text: 'Dear Sir or Madam', data: { to: 'Dana Okafor and Lee Park' } }],
      output: draft('thank-you', `Dear Dana Okafor and Lee Park,${body}`, panel),
    },
    {
      name: 'three interviewers are listed with commas',
      text: draft('thank-you', `Dear Hiring Committee,${body}`, { to: ['Dana Okafor', 'Lee Park', 'Ana Silva'] }),
      errors: [{ messageId: 'genericKnown', text: 'Dear Hiring Committee' }],
      output: draft('thank-you', `Dear Dana Okafor, Lee Park and Ana Silva,${body}`, { to: ['Dana Okafor', 'Lee Park', 'Ana Silva'] }),
    },
    {
      name: 'a sentence after the salutation on the same line keeps its place',
      text: draft('thank-you', `Hello Hiring Manager, I hope you are well.${body}`),
      errors: [{ messageId: 'genericKnown', text: 'Hello Hiring Manager' }],
      output: draft('thank-you', `Dear Dana Okafor, I hope you are well.${body}`),
    },
    {
      name: 'a colon after the salutation',
      text: draft('feedback-request', `To Whom It May Concern:${body}`),
      errors: [{ messageId: 'genericKnown', text: 'To Whom It May Concern' }],
      output: draft('feedback-request', `Dear Dana Okafor:${body}`),
    },
    {
      name: 'hi everyone to a single interviewer',
      text: draft('thank-you', `Hi everyone,${body}`),
      errors: [{ messageId: 'genericKnown', text: 'Hi everyone' }],
      output: draft('thank-you', `Dear Dana Okafor,${body}`),
    },
    {
      name: 'after a subject line, CRLF',
      text: draft('thank-you', `Subject: Thank you\r\n\r\nDear Recruiter,\r\n\r\nThank you for your time.\r\n`),
      errors: [{ messageId: 'genericKnown', text: 'Dear Recruiter' }],
      output: draft('thank-you', `Subject: Thank you\r\n\r\nDear Dana Okafor,\r\n\r\nThank you for your time.\r\n`),
    },
    { name: 'no name known: no fix', text: `Dear Sir/Madam,${body}`, errors: [{ messageId: 'generic', text: 'Dear Sir/Madam' }], output: null },
    { name: 'greetings alone, no name known', text: draft('additional-info', `Greetings!${body}`, {}), errors: [{ messageId: 'generic', text: 'Greetings' }], output: null },
  ],
});
