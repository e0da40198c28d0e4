import { runRuleTests } from '../helpers/ruleTester.js';
import { draft } from '../helpers/drafts.js';

const generic = 'Thank you for the interview. I am very interested in the position and look forward to hearing from you.';

runRuleTests('missing-specifics', {
  valid: [
    { name: 'names the interviewer', text: draft('thank-you', `Dear Dana,\n\n${generic}\n`) },
    { name: 'names the interviewer by surname and title', text: draft('thank-you', `Dear Ms. Okafor,\n\n${generic}\n`) },
    { name: 'names the company', text: draft('thank-you', `Hello,\n\nThank you for the interview at Northwind Labs. I am very interested and look forward to hearing from you.\n`) },
    { name: "the company's possessive", text: draft('thank-you', `Hello,\n\nThank you for the interview. Northwind's growth plans are impressive.\n`) },
    { name: 'names the role', text: draft('thank-you', `Hello,\n\nThank you for the interview for the analyst position. I am very interested.\n`) },
    { name: 'recalls a topic', text: draft('thank-you', `Hello,\n\nThank you for the interview. I enjoyed learning about your plans for the new clinic.\n`) },
    { name: 'recalls a topic after "talking about the"', text: draft('thank-you', 'Hello,\n\nThank you for the interview. I enjoyed talking about the data pipeline migration.\n') },
    { name: 'as you mentioned, an aside before the point', text: draft('status-check', 'Hello,\n\nAs you mentioned, the team is moving its reporting to dbt this quarter, and I would love to help.\n') },
    { name: 'hearing about how the team works', text: draft('thank-you', 'Hello,\n\nThank you for the interview. I enjoyed hearing about how the team runs its weekly demos.\n') },
    { name: 'recalls a moment', text: draft('thank-you', 'Hello,\n\nThank you for the interview. The whiteboard exercise on rate limiting was a highlight.\n') },
    { name: 'recalls what they showed', text: draft('thank-you', 'Hello,\n\nThank you for showing me the new lab and explaining how the sequencing pipeline works.\n') },
    { name: 'a name typed without its accent', text: draft('thank-you', `Dear Jose,\n\n${generic}\n`, { to: 'José Álvarez' }) },
    { name: 'a name typed with its accent', text: draft('thank-you', `Dear José,\n\n${generic}\n`, { to: 'Jose Alvarez' }) },
    { name: 'no front matter but a proper name', text: `Hi Marcus,\n\n${generic}\n` },
    { name: 'a topic named, front matter names absent', text: draft('thank-you', 'Good morning,\n\nThank you for the interview; I enjoyed our discussion of the Selenium migration.\n') },
    { name: 'the interview about a topic', text: draft('thank-you', 'Good morning,\n\nThank you for the interview about the test automation backlog.\n') },
    { name: 'something they showed', text: draft('thank-you', 'Good morning,\n\nThank you for showing me the forklift training bay and the night-shift pick lines.\n') },
    { name: 'a campus visit and a job talk', text: draft('thank-you', 'Good morning,\n\nThank you for the campus visit and the questions after my job talk.\n') },
    { name: 'no front matter, a role named mid-sentence', text: 'Hello,\n\nThank you for the interview for the Nurse Practitioner role.\n' },
    { name: 'status check naming the role', text: draft('status-check', 'Hello,\n\nI wanted to check in on my application for the analyst position. Is there an update?\n') },
    { name: 'rejection replies are not checked', text: draft('rejection-response', `Hello,\n\n${generic}\n`) },
  ],
  invalid: [
    {
      name: 'front matter names are missing from the body',
      text: draft('thank-you', `Hello,\n\n${generic}\n`),
      errors: [{ messageId: 'generic', text: 'Hello,', data: { missing: 'Dana Okafor, the Data Analyst role, Northwind Labs' } }],
    },
    {
      name: '`to: Hiring Team` is no name: "the team" in the body is not specific, and the message does not ask to mention it',
      text: draft('thank-you', 'Hello,\n\nThank you for the interview. I enjoyed meeting the team and am very interested in the position.\n', { to: 'Hiring Team', company: 'Northwind Labs' }),
      errors: [{ messageId: 'generic', text: 'Hello,', data: { missing: 'Northwind Labs' } }],
    },
    {
      name: 'the writer\'s own name in the signature is not specific',
      text: draft('status-check', 'Hello,\n\nI wanted to check in on my application. I remain interested and would appreciate an update.\n\nSincerely,\nBrandon Hughes\n'),
      errors: [{ messageId: 'generic', text: 'Hello,' }],
    },
    { name: 'an interview on a weekday recalls nothing', text: draft('thank-you', 'Hello,\n\nThank you for the interview on Tuesday. I am very interested in the position.\n'), errors: [{ messageId: 'generic', text: 'Hello,' }] },
    { name: 'no front matter, nothing specific', text: `Hello,\n\n${generic}\n`, errors: [{ messageId: 'generic', text: 'Hello,', data: { missing: 'the interviewer, the role' } }] },
    { name: 'a weekday is not a name', text: 'Hello,\n\nThank you for the interview on Tuesday. I am very interested in the position.\n', errors: [{ messageId: 'generic', text: 'Hello,' }] },
    {
      name: 'status check that could go anywhere',
      text: draft('status-check', 'Hello,\n\nI wanted to check in on my application. I remain interested and would appreciate an update.\n'),
      errors: [{ messageId: 'generic', text: 'Hello,' }],
    },
    { name: 'the name only in quoted mail', text: `${draft('thank-you', `Hello,\n\n${generic}\n`)}\n> Dana Okafor wrote: thanks for coming in\n`, errors: [{ messageId: 'generic', text: 'Hello,' }] },
    {
      name: 'pleasant but empty',
      text: draft('thank-you', 'Hello,\n\nThank you for your time yesterday. I enjoyed our conversation and meeting the team.\n\nBest,\nSam\n', { to: 'Priya Raman', company: 'Contoso' }),
      errors: [{ messageId: 'generic', text: 'Hello,', data: { missing: 'Priya Raman, Contoso' } }],
    },
    {
      name: 'a template closing is not a recalled topic: learning about the position, hearing about next steps',
      text: draft('thank-you', 'Hello,\n\nThank you for the interview. I enjoyed learning about the position and look forward to hearing about next steps.\n'),
      errors: [{ messageId: 'generic', text: 'Hello,' }],
    },
    {
      name: 'we discussed the role',
      text: draft('status-check', 'Hello,\n\nI wanted to check in about the role we discussed. I remain interested and would appreciate hearing about the next steps.\n'),
      errors: [{ messageId: 'generic', text: 'Hello,' }],
    },
    { name: 'the company only in a link target', text: draft('thank-you', `Hello,\n\n${generic} I read [your blog](https://northwind.example.com/blog).\n`), errors: [{ messageId: 'generic', text: 'Hello,' }] },
  ],
});
