import { runRuleTests } from '../helpers/ruleTester.js';
import { draft, goodThankYou } from '../helpers/drafts.js';

runRuleTests('emoji', {
  valid: [
    { name: 'no emoji', text: goodThankYou() },
    { name: 'trademark, copyright and registered signs', text: goodThankYou('I have used Acme™, Contoso© and Fabrikam® tools for years.') },
    { name: 'a list item number in parentheses', text: goodThankYou('As in point (see item 8) of the brief, I can help.') },
    { name: 'times and ratios', text: goodThankYou('We met at 10:30 and the ratio was 3:1 on 16:9 screens.') },
    { name: 'a time before a closing parenthesis', text: goodThankYou('The panel (which started at 10:30) ran long.') },
    { name: 'Adobe XD is a product, not a laugh', text: goodThankYou('I have used Adobe XD and Figma daily.') },
    { name: '"<3 years" means less than three', text: goodThankYou('I moved into analytics <3 years ago.') },
    { name: 'typographic arrows and check marks', text: goodThankYou('The flow was intake → triage → review, each step ✓ signed off.') },
    { name: 'a Windows path', text: goodThankYou('The export lands in C:\\Reports\\Churn every night.') },
    { name: 'emoji in a quoted message', text: `${goodThankYou()}\n> Great meeting you 😊\n` },
    { name: 'emoji in code', text: goodThankYou('Our chat tool maps `:)` to a smiley, as you showed me.') },
    { name: 'an emoticon glued to a word is not one', text: goodThankYou('See the file named report:D and the tag x:P there.') },
    { name: 'an emoji-free draft with curly quotes and dashes', text: goodThankYou('It’s a role I’d love — truly © 2026.') },
    { name: 'emoji in front matter', text: draft('thank-you', 'Dear Dana,\n\nThank you for the interview.\n', { to: 'Dana Okafor', company: 'Fun Co 🎉' }) },
  ],
  invalid: [
    { name: 'a face', text: goodThankYou('It was great to meet you 😊'), errors: [{ messageId: 'emoji', text: '😊' }], output: goodThankYou('It was great to meet you') },
    { name: 'an emoticon', text: goodThankYou('Thanks again :) I enjoyed it.'), errors: [{ messageId: 'emoji', text: ':)' }], output: goodThankYou('Thanks again I enjoyed it.') },
    {
      name: 'skin tone and ZWJ sequence stay whole',
      text: goodThankYou('Great team 👍🏽 and 👩‍💻 vibes.'),
      errors: [{ messageId: 'emoji', text: '👍🏽' }, { messageId: 'emoji', text: '👩‍💻' }],
      output: goodThankYou('Great team and vibes.'),
    },
    { name: 'a ZWJ flag sequence', text: goodThankYou('Proud ally 🏳️‍🌈 here.'), errors: [{ messageId: 'emoji', text: '🏳️‍🌈' }], output: goodThankYou('Proud ally here.') },
    { name: 'a flag', text: goodThankYou('Proud to apply 🇨🇦.'), errors: [{ messageId: 'emoji', text: '🇨🇦' }], output: goodThankYou('Proud to apply.') },
    { name: 'a heart with a variation selector', text: goodThankYou('Loved the office ❤️ truly.'), errors: [{ messageId: 'emoji', text: '❤️' }], output: goodThankYou('Loved the office truly.') },
    { name: 'a keycap', text: goodThankYou('Reason 1️⃣ is the team.'), errors: [{ messageId: 'emoji', text: '1️⃣' }], output: goodThankYou('Reason is the team.') },
    { name: 'a keycap opening the body, before any other non-ASCII', text: draft('thank-you', '1️⃣ Thank you for the interview.\n'), errors: [{ messageId: 'emoji', text: '1️⃣' }], output: draft('thank-you', 'Thank you for the interview.\n') },
    { name: 'an emoticon after an opening parenthesis and at a line start', text: goodThankYou('It went well (:D honestly).\n:) Thanks.'), errors: [{ messageId: 'emoji', text: ':D' }, { messageId: 'emoji', text: ':)' }], output: goodThankYou('It went well (honestly).\nThanks.') },
    { name: 'an emoji after curly punctuation', text: goodThankYou('It’s done — 🎉 finally.'), errors: [{ messageId: 'emoji', text: '🎉' }], output: goodThankYou('It’s done — finally.') },
    { name: 'a text heart', text: goodThankYou('Loved the office <3'), errors: [{ messageId: 'emoji', text: '<3' }], output: goodThankYou('Loved the office') },
    { name: 'an emoji before punctuation takes its space', text: goodThankYou('Thanks 🙏!'), errors: [{ messageId: 'emoji', text: '🙏' }], output: goodThankYou('Thanks!') },
    { name: 'an emoji opening a line takes the space after it', text: goodThankYou('Well done on the launch.\n🎉 Congrats to the team.'), errors: [{ messageId: 'emoji', text: '🎉' }], output: goodThankYou('Well done on the launch.\nCongrats to the team.') },
    {
      name: 'every classic emoticon',
      text: goodThankYou('Thanks :-) and ;) and :D and :P and :( and =) and xD and ^_^ done.'),
      errors: [':-)', ';)', ':D', ':P', ':(', '=)', 'xD', '^_^'].map((text) => ({ messageId: 'emoji', text })),
      output: goodThankYou('Thanks and and and and and and and done.'),
    },
    { name: 'in the subject line', text: draft('thank-you', 'Subject: Thank you 🙂\n\nDear Dana,\n\nThank you.\n'), errors: [{ messageId: 'emoji', text: '🙂' }], output: draft('thank-you', 'Subject: Thank you\n\nDear Dana,\n\nThank you.\n') },
  ],
});
