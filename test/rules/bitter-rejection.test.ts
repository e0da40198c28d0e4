import { runRuleTests } from '../helpers/ruleTester.js';
import { draft } from '../helpers/drafts.js';

const rr = (body: string): string =>
  draft('rejection-response', `Dear Dana,\n\nThank you for letting me know. ${body}\n\nI would welcome future openings and hope we stay in touch.\n\nBest regards,\nSam\n`);

runRuleTests('bitter-rejection', {
  valid: [
    { name: 'gracious', text: rr('I am disappointed, but I enjoyed meeting the team.') },
    { name: 'a fair process', text: rr('The process felt fair and well organised, and I learned a lot from it.') },
    { name: 'not unfair', text: rr('I understand the decision and it is not unfair to choose someone with more retail experience.') },
    { name: 'mistakes in my own answers (not blame)', text: rr('I will work on the mistakes I made in the case study.') },
    { name: 'the loss of a client in a story', text: rr('Your story about the loss of a major client and how the team recovered stayed with me.') },
    { name: 'thank-you kind is out of scope', kind: 'thank-you', text: draft('thank-you', 'Dear Dana,\n\nThank you for your time. The old process was unfair to customers, as you said, and I liked your fix.\n') },
  ],
  invalid: [
    { name: 'unfair', text: rr('Honestly the process was unfair.'), errors: [{ messageId: 'bitter', text: 'unfair' }] },
    { name: 'your loss', text: rr("It's your loss."), errors: [{ messageId: 'bitter', text: 'your loss' }] },
    { name: 'you made a mistake', text: rr('I think you made a mistake.'), errors: [{ messageId: 'bitter', text: 'you made a mistake' }] },
    { name: 'waste of my time', text: rr('The whole thing was a waste of my time.'), errors: [{ messageId: 'bitter', text: 'waste of my time' }] },
    { name: "you'll regret", text: rr("You'll regret this."), errors: [{ messageId: 'bitter', text: "You'll regret" }] },
    { name: 'feedback request counts too', kind: 'feedback-request', text: draft('feedback-request', 'Dear Dana,\n\nThank you for letting me know. The interview was rigged from the start. Could you share any feedback?\n'), errors: [{ messageId: 'bitter', text: 'rigged' }] },
  ],
});
