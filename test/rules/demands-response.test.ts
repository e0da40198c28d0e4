import { runRuleTests } from '../helpers/ruleTester.js';
import { draft } from '../helpers/drafts.js';

const sc = (body: string): string => draft('status-check', `Dear Dana,\n\n${body}\n\nBest regards,\nSam\n`);

runRuleTests('demands-response', {
  valid: [
    { name: 'asking about their timeline', text: sc('Could you share when you expect to make a decision?') },
    { name: 'no need to reply right away', text: sc('There is no need to reply right away; I know hiring takes time.') },
    { name: "please don't feel you need to reply today", text: sc("Please don't feel you need to reply today.") },
    { name: 'they said they would decide by Friday', text: sc('You mentioned the team would decide by Friday, so I wanted to share one more example first.') },
    { name: 'a deadline of their own that I met', text: sc('I sent the references you asked for, within the 24 hours you mentioned.') },
    { name: 'you said you would respond by Friday', text: sc('You said you would respond by Friday, so I am simply sharing one more example.') },
    { name: 'looking forward to hearing back', text: sc('I look forward to hearing back whenever the team is ready.') },
    { name: 'quoted from their mail', text: sc('Your note said "please respond by Friday" about my availability, and I am free all week.') },
  ],
  invalid: [
    { name: 'respond by tomorrow', text: sc('Please respond by tomorrow.'), errors: [{ messageId: 'deadline', text: 'respond by tomorrow' }] },
    { name: 'I expect to hear back', text: sc('I expect to hear back today.'), errors: [{ messageId: 'deadline', text: 'I expect to hear back' }] },
    { name: 'get back to me by Friday', text: sc('Please get back to me by Friday.'), errors: [{ messageId: 'deadline', text: 'get back to me by Friday' }] },
    { name: 'by end of day', text: sc('I would like a decision by end of day.'), errors: [{ messageId: 'deadline', text: 'by end of day' }] },
    { name: 'reply within 24 hours', text: sc('Kindly reply within 24 hours.'), errors: [{ messageId: 'deadline', text: 'reply within 24 hours' }] },
    { name: 'let me know by tomorrow', text: sc('Let me know by tomorrow so I can plan.'), errors: [{ messageId: 'deadline', text: 'Let me know by tomorrow' }] },
  ],
});
