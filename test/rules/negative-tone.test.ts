import { runRuleTests } from '../helpers/ruleTester.js';
import { goodThankYou } from '../helpers/drafts.js';

runRuleTests('negative-tone', {
  valid: [
    { name: 'positive recap', text: goodThankYou('I enjoyed working through the SQL exercise with you.') },
    { name: "I don't think I bombed", text: goodThankYou("I don't think I bombed the case study, but I wanted to add one point.") },
    { name: 'a product that failed, not me', text: goodThankYou('Your story about the launch that failed and what the team learned stayed with me.') },
    { name: 'lacking in a dataset', text: goodThankYou('You mentioned the data lacks a consistent customer id, which I have fixed before.') },
    { name: 'sorry to hear', text: goodThankYou('I was sorry to hear that the office move was delayed.') },
    { name: 'quoted self-doubt', text: goodThankYou('You joked that "I messed up" is the most common phrase in code review.') },
  ],
  invalid: [
    { name: 'I think I bombed', text: goodThankYou('I think I bombed the last question.'), errors: [{ messageId: 'negative', text: 'I think I bombed' }] },
    { name: 'sorry I rambled', text: goodThankYou('Sorry I rambled during the case study.'), errors: [{ messageId: 'negative', text: 'Sorry I rambled' }] },
    { name: 'not the strongest candidate', text: goodThankYou("I know I'm not the strongest candidate."), errors: [{ messageId: 'negative', text: "I'm not the strongest candidate" }] },
    { name: 'I was so nervous', text: goodThankYou('I was so nervous that I forgot my examples.'), errors: [{ messageId: 'negative', text: 'I was so nervous' }] },
    { name: 'my lack of', text: goodThankYou('I hope you can overlook my lack of experience with Python.'), errors: [{ messageId: 'negative', text: 'my lack of' }] },
    { name: 'I did poorly', text: goodThankYou('I know I did poorly on the technical part.'), errors: [{ messageId: 'negative', text: 'I did poorly' }] },
  ],
});
