import { runRuleTests } from '../helpers/ruleTester.js';
import { draft } from '../helpers/drafts.js';

const fr = (body: string): string => draft('feedback-request', `Dear Dana,\n\nThank you for letting me know about your decision. ${body}\n\nBest regards,\nSam\n`);

runRuleTests('feedback-too-specific', {
  valid: [
    { name: 'a general question', text: fr('Is there anything I could improve for future interviews?') },
    { name: 'any suggestions', text: fr('I would be grateful for any suggestions on how to prepare better.') },
    { name: 'one area', text: fr('If there is one area you would suggest I work on, I would love to hear it.') },
    { name: 'exactly what I needed (praise)', text: fr('Your overview of the team was exactly what I needed to understand the role.') },
    { name: 'out of scope for thank-you', text: draft('thank-you', 'Dear Dana,\n\nThank you. I enjoyed the detailed breakdown of the budget you shared.\n') },
  ],
  invalid: [
    { name: 'list every mistake', text: fr('Could you list every mistake I made?'), errors: [{ messageId: 'tooSpecific', text: 'list every mistake' }] },
    { name: 'explain exactly why', text: fr('Please explain exactly why I was not chosen.'), errors: [{ messageId: 'tooSpecific', text: 'explain exactly why' }] },
    { name: 'detailed breakdown', text: fr('I would like a detailed breakdown of my scores.'), errors: [{ messageId: 'tooSpecific', text: 'detailed breakdown' }, { messageId: 'tooSpecific', text: 'my scores' }] },
    { name: 'compared to the other candidates', text: fr('How did I do compared to the other candidates?'), errors: [{ messageId: 'tooSpecific', text: 'compared to the other candidates' }] },
    { name: 'who got the job', text: fr('Could you tell me who got the job?'), errors: [{ messageId: 'tooSpecific', text: 'who got the job' }] },
  ],
});
