import { runRuleTests } from '../helpers/ruleTester.js';
import { draft, goodThankYou } from '../helpers/drafts.js';

runRuleTests('shouting', {
  valid: [
    { name: 'acronyms', text: goodThankYou('I have used SQL, AWS, HR systems, IT tickets and an API for US clients.') },
    { name: 'a company name in caps from front matter', text: draft('thank-you', 'Dear Dana,\n\nThank you for the tour of IKEA NOW, your new store format.\n', { to: 'Dana Okafor', company: 'IKEA NOW' }) },
    { name: 'a single exclamation mark', text: goodThankYou('It was a pleasure!') },
    { name: 'capitalised normally', text: goodThankYou('Really, it was a great conversation.') },
    { name: 'short words like OK and ID', text: goodThankYou('The OK from the ID team came through.') },
  ],
  invalid: [
    { name: 'a shouted word', text: goodThankYou('I am VERY excited.'), errors: [{ messageId: 'caps', text: 'VERY' }], output: goodThankYou('I am very excited.') },
    { name: 'sentence-initial keeps its capital', text: goodThankYou('REALLY great chat.'), errors: [{ messageId: 'caps', text: 'REALLY' }], output: goodThankYou('Really great chat.') },
    { name: 'double exclamation', text: goodThankYou('What a team!!'), errors: [{ messageId: 'punctuation', text: '!!' }], output: goodThankYou('What a team!') },
    { name: 'interrobang run', text: goodThankYou('Any news?!?'), errors: [{ messageId: 'punctuation', text: '?!?' }], output: goodThankYou('Any news?') },
    {
      name: 'THANK YOU',
      text: goodThankYou('THANK YOU for your time.'),
      errors: [{ messageId: 'caps', text: 'THANK' }, { messageId: 'caps', text: 'YOU' }],
      output: goodThankYou('Thank you for your time.'),
    },
  ],
});
