import { runRuleTests } from '../helpers/ruleTester.js';
import { goodThankYou } from '../helpers/drafts.js';

runRuleTests('boilerplate', {
  valid: [
    { name: 'a specific opener', text: goodThankYou('Your point about cleaning data at the source stayed with me.') },
    { name: 'writing about the job itself', text: goodThankYou('I enjoyed hearing that the team writes to customers every week.') },
    { name: 'a team player as a topic', text: goodThankYou('You asked how I support a team player who is struggling, and I have thought about it more.') },
    { name: 'hope in a real sense', text: goodThankYou('I hope the product launch goes well next week.') },
    { name: 'quoted', text: goodThankYou('We both laughed at "I hope this email finds you well" as an opener.') },
  ],
  invalid: [
    { name: 'finds you well', text: goodThankYou('I hope this email finds you well.'), errors: [{ messageId: 'stock', text: 'I hope this email finds you well' }] },
    { name: 'writing to follow up', text: goodThankYou("I'm writing to follow up on my application."), errors: [{ messageId: 'stock', text: "I'm writing to follow up" }] },
    { name: 'team player', text: goodThankYou('I am a team player with strong skills.'), errors: [{ messageId: 'stock', text: 'I am a team player' }] },
    { name: 'perfect candidate', text: goodThankYou('I believe I am the perfect candidate.'), errors: [{ messageId: 'stock', text: 'I believe I am the perfect candidate' }] },
    { name: 'earliest convenience', text: goodThankYou('Please reply at your earliest convenience.'), errors: [{ messageId: 'stock', text: 'at your earliest convenience' }] },
  ],
});
