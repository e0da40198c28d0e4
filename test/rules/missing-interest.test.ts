import { runRuleTests } from '../helpers/ruleTester.js';
import { draft } from '../helpers/drafts.js';

const ty = (body: string): string => draft('thank-you', `Dear Dana,\n\nThank you for meeting with me about the Data Analyst role. ${body}\n\nBest regards,\nSam\n`);
const ADD = 'Add "I remain very interested in the Data Analyst role at Northwind Labs and would be glad to contribute."';

runRuleTests('missing-interest', {
  valid: [
    { name: 'formal: a pleasure to form part of the team', text: ty('It would be a pleasure for me to form part of your team.') },
    { name: 'formal: count it a privilege to serve', text: ty('I should count it a privilege to serve in the capacity of Legal Secretary.') },
    { name: 'formal: it will be my pleasure', text: ty('It will be my pleasure to work with your team.') },
    { name: 'excited', text: ty('I am excited about the position.') },
    { name: 'remain interested', text: ty('I remain very interested in joining the team.') },
    { name: "I'd love to contribute", text: ty("I'd love to contribute to the reporting work.") },
    { name: 'eager', text: ty('I am eager to help the team ship the new dashboard.') },
    { name: 'great fit', text: ty('I believe my SQL background would be a great fit for the role.') },
    { name: 'a wonderful match', text: ty('The position sounds like a wonderful match for my skills.') },
    { name: 'look forward to joining', text: ty('I look forward to the possibility of joining Northwind Labs.') },
    { name: 'look forward to potentially joining', text: ty("I'm looking forward to potentially joining the team.") },
    { name: 'would very much like to join', text: ty('I would very much like to join the analytics team.') },
    { name: 'a privilege to join', text: ty('It would be a privilege to join your team.') },
    { name: "can't wait to get started", text: ty("I can't wait to get started on the reporting work.") },
    { name: 'exactly the kind of role', text: ty('This is exactly the kind of role I have been looking for.') },
    { name: '"never been more excited" is not a negation', text: ty('I have never been more excited about a role.') },
    { name: '"not only excited" is not a negation', text: ty('I am not only excited about the role but also about the team.') },
    { name: 'a negation in another clause', text: ty("I'm not sure I said it clearly, but I am keen to join.") },
    { name: 'status check that is still interested', text: draft('status-check', 'Dear Dana,\n\nI am still very interested in the Data Analyst role. Is there any update?\n') },
    { name: 'not checked for rejection replies', text: draft('rejection-response', 'Dear Dana,\n\nThank you for letting me know. I hope we stay in touch.\n') },
  ],
  invalid: [
    {
      name: 'no interest restated',
      text: ty('Could you share the next steps?'),
      errors: [{ messageId: 'missing', text: 'Dear Dana,' }],
      suggestions: [ADD],
    },
    {
      name: "negated: I'm not interested in relocating",
      text: ty("I'm not interested in relocating, as I mentioned."),
      errors: [{ messageId: 'missing', text: 'Dear Dana,' }],
      suggestions: [ADD],
    },
    { name: 'negated: no longer interested', text: ty('I am no longer interested in the evening shift.'), errors: [{ messageId: 'missing', text: 'Dear Dana,' }] },
    {
      name: 'status check with no interest',
      text: draft('status-check', 'Dear Dana,\n\nThank you again for the interview. Is there any update on the timeline?\n\nBest,\nSam\n'),
      errors: [{ messageId: 'missing', text: 'Dear Dana,' }],
      suggestions: [ADD],
    },
    {
      name: 'interest only in a quoted mail',
      text: `${ty('Please let me know about next steps.')}\n> We are excited to meet you!\n`,
      errors: [{ messageId: 'missing', text: 'Dear Dana,' }],
    },
    {
      name: '"interest rate" is not interest in the role',
      text: ty('The interest rate model you described was clever.'),
      errors: [{ messageId: 'missing', text: 'Dear Dana,' }],
    },
    {
      name: 'no facts known: the sentence names just "the role"',
      text: draft('thank-you', 'Hello,\n\nThank you for the interview on Tuesday.\n', {}),
      errors: [{ messageId: 'missing', text: 'Hello,' }],
      suggestions: ['Add "I remain very interested in the role and would be glad to contribute."'],
    },
  ],
});
