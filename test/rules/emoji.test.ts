import { runRuleTests } from '../helpers/ruleTester.js';
import { goodThankYou } from '../helpers/drafts.js';

runRuleTests('emoji', {
  valid: [
    { name: 'no emoji', text: goodThankYou() },
    { name: 'trademark and copyright signs', text: goodThankYou('I have used Acme™ and Contoso© tools for years.') },
    { name: 'a list item number in parentheses', text: goodThankYou('As in point (see item 8) of the brief, I can help.') },
    { name: 'times and ratios', text: goodThankYou('We met at 10:30 and the ratio was 3:1.') },
    { name: 'emoji in a quoted message', text: `${goodThankYou()}\n> Great meeting you 😊\n` },
    { name: 'emoji in code', text: goodThankYou('Our chat tool maps `:)` to a smiley, as you showed me.') },
  ],
  invalid: [
    { name: 'a face', text: goodThankYou('It was great to meet you 😊'), errors: [{ messageId: 'emoji', text: '😊' }], output: goodThankYou('It was great to meet you') },
    { name: 'an emoticon', text: goodThankYou('Thanks again :) I enjoyed it.'), errors: [{ messageId: 'emoji', text: ':)' }], output: goodThankYou('Thanks again I enjoyed it.') },
    { name: 'skin tone and ZWJ family stay whole', text: goodThankYou('Great team 👍🏽 and 👩‍💻 vibes.'), errors: [{ messageId: 'emoji', text: '👍🏽' }, { messageId: 'emoji', text: '👩‍💻' }], output: goodThankYou('Great team and vibes.') },
    { name: 'a flag', text: goodThankYou('Proud to apply 🇨🇦.'), errors: [{ messageId: 'emoji', text: '🇨🇦' }], output: goodThankYou('Proud to apply.') },
    { name: 'a heart', text: goodThankYou('Loved the office <3'), errors: [{ messageId: 'emoji', text: '<3' }], output: goodThankYou('Loved the office') },
  ],
});
