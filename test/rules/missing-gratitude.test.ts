import { runRuleTests } from '../helpers/ruleTester.js';
import { draft } from '../helpers/drafts.js';

const ty = (body: string): string => draft('thank-you', `Dear Dana,\n\n${body}\n\nBest regards,\nSam\n`);
const rr = (body: string): string => draft('rejection-response', `Dear Dana,\n\n${body}\n\nBest regards,\nSam\n`);
const TY_SENTENCE = 'Thank you for taking the time to speak with me about the Data Analyst role at Northwind Labs.';

runRuleTests('missing-gratitude', {
  valid: [
    { name: 'valuing their time', text: ty('I value the time you and the team gave me on Tuesday.') },
    { name: 'thank you', text: ty('Thank you for meeting with me about the Data Analyst role.') },
    { name: 'thanks again', text: ty('Thanks again for the tour of the office.') },
    { name: 'appreciated', text: ty('I appreciated the time you took to walk me through the team.') },
    { name: 'grateful', text: ty('I am grateful for the chance to learn about Northwind Labs.') },
    { name: 'thankful', text: ty('I am thankful you made time on a busy Friday.') },
    { name: 'many thanks in the sign-off', text: draft('thank-you', 'Dear Dana,\n\nIt was a pleasure to meet you.\n\nMany thanks,\nSam\n') },
    { name: 'a plain "Thanks," sign-off', text: draft('status-check', 'Dear Dana,\n\nIs there any update on the timeline for the analyst role?\n\nThanks,\nSam\n') },
    { name: '"Gratefully," as the sign-off', text: draft('thank-you', 'Dear Dana,\n\nThe walkthrough of the churn model was the highlight of my week.\n\nGratefully,\nSam\n') },
    { name: 'hyphenated "thank-you"', text: ty('A big thank-you for the lovely morning with the analytics team.') },
    { name: '"much appreciated"', text: ty('Your candour about the on-call rota was much appreciated.') },
    { name: '"kind of you"', text: ty('It was very kind of you to show me around the lab after the panel.') },
    { name: '"meant a lot"', text: ty('Your time yesterday meant a lot to me, especially the tour of the lab.') },
    { name: '"I cannot thank you enough" is thanks, not a negation', text: ty('I cannot thank you enough for the time you spent with me.') },
    { name: "\"I can't tell you how grateful\" is gratitude", text: ty("I can't tell you how grateful I am for the tour.") },
    { name: 'a negation in an earlier clause does not cancel the thanks', text: ty('Whether or not I move forward, I appreciate your time.') },
    { name: '"no matter the outcome, thank you"', text: ty('No matter the outcome, thank you for a thoughtful conversation.') },
    { name: '"never been more grateful"', text: ty('I have never been more grateful for a tough question.') },
    { name: 'thanks for the news in a rejection reply', text: rr('Thank you for letting me know, and for your kindness throughout.') },
    { name: 'appreciation in a feedback request', text: draft('feedback-request', 'Dear Dana,\n\nI would really appreciate any pointers on how I could improve.\n') },
  ],
  invalid: [
    {
      name: 'no thanks at all',
      text: ty('I am interested in the role and look forward to hearing from you.'),
      errors: [{ messageId: 'missing', text: 'Dear Dana,' }],
      suggestions: [`Add "${TY_SENTENCE}"`],
    },
    {
      name: 'thanks only inside a quoted earlier message',
      text: `${ty('I wanted to check in about the role.')}\n> Thanks for applying to Northwind Labs!\n`,
      errors: [{ messageId: 'missing', text: 'Dear Dana,' }],
      suggestions: [`Add "${TY_SENTENCE}"`],
    },
    {
      name: 'thanks only in quoted mail after an "On … wrote:" line',
      text: `${ty('Just checking in about the role.')}\nOn Tue, Nov 17, 2026, Dana Okafor wrote:\nThanks so much for coming in today.\n`,
      errors: [{ messageId: 'missing', text: 'Dear Dana,' }],
    },
    {
      name: 'rejection reply with no thanks gets a fitting sentence',
      text: rr('I understand the decision and hope we stay in touch.'),
      errors: [{ messageId: 'missing', text: 'Dear Dana,' }],
      suggestions: ['Add "Thank you for letting me know, and for the time you and the team spent with me."'],
    },
    {
      name: 'status check with no thanks',
      text: draft('status-check', 'Dear Dana,\n\nI wanted to ask whether there is news on the Data Analyst role.\n\nBest,\nSam\n'),
      errors: [{ messageId: 'missing', text: 'Dear Dana,' }],
      suggestions: ['Add "Thank you again for speaking with me about the Data Analyst role at Northwind Labs."'],
    },
    {
      name: 'additional info with no thanks, no facts known',
      text: draft('additional-info', 'Hello,\n\nAs requested, my references are attached.\n', {}),
      errors: [{ messageId: 'missing', text: 'Hello,' }],
      suggestions: ['Add "Thank you again for your time during our conversation about the role."'],
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
    {
      name: '"not grateful" does not count',
      text: ty('To be honest I am not grateful for the four-hour panel.'),
      errors: [{ messageId: 'missing', text: 'Dear Dana,' }],
    },
    {
      name: '"thankfully" is not thanks',
      text: ty('Thankfully the traffic was light and I arrived early.'),
      errors: [{ messageId: 'missing', text: 'Dear Dana,' }],
    },
    {
      name: 'a name like Ty is not "ty" (thank you)',
      text: draft('thank-you', 'Dear Ty,\n\nI enjoyed our talk about the warehouse.\n\nBest,\nSam\n', { to: 'Ty Washington' }),
      errors: [{ messageId: 'missing', text: 'Dear Ty,' }],
      suggestions: ['Add "Thank you for taking the time to speak with me about the role."'],
    },
  ],
});
