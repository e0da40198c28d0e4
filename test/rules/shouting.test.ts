import { runRuleTests } from '../helpers/ruleTester.js';
import { draft, goodThankYou } from '../helpers/drafts.js';

runRuleTests('shouting', {
  valid: [
    { name: 'their words in double quotes', text: goodThankYou('I liked the "WHY before HOW" principle on your wall, and your question "What would you do first?!" made me think.') },
    { name: 'acronyms', text: goodThankYou('I have used SQL, AWS, HR systems, IT tickets and an API for US clients.') },
    { name: 'agency and certificate acronyms', text: goodThankYou('I am a NASA alum, passed the CPA exam and hold an RN license with BLS.') },
    { name: 'a company name in caps from front matter', text: draft('thank-you', 'Dear Dana,\n\nThank you for the tour of IKEA NOW, your new store format.\n', { to: 'Dana Okafor', company: 'IKEA NOW' }) },
    { name: 'a capitalised name that is not in front matter', text: goodThankYou('I interned at BEST BUY and joined the NEW HORIZONS program.') },
    { name: 'an event title in caps', text: goodThankYou('We met at the WORK IN PROGRESS summit last spring.') },
    { name: 'SQL keywords', text: goodThankYou('We wrote a WHERE clause and a UNION ALL query together.') },
    { name: 'HTTP verbs', text: goodThankYou('I enjoyed designing the GET and PUT endpoints on the whiteboard.') },
    { name: 'spreadsheet and logic keywords', text: goodThankYou('I used nested IF statements, the AND operator and a CAN bus logger.') },
    { name: 'a single exclamation mark', text: goodThankYou('It was a pleasure!') },
    { name: 'capitalised normally', text: goodThankYou('Really, it was a great conversation.') },
    { name: 'short words like OK, ID and SO', text: goodThankYou('The OK from the ID team came through, SO I am glad.') },
    { name: 'shouting in a quoted message', text: `${goodThankYou()}\n> PLEASE REPLY ASAP!!\n` },
    { name: 'shouting in code', text: goodThankYou('The alert said `VERY HIGH LOAD!!` in the demo.') },
  ],
  invalid: [
    { name: 'a shouted word', text: goodThankYou('I am VERY excited.'), errors: [{ messageId: 'caps', text: 'VERY' }], output: goodThankYou('I am very excited.') },
    { name: 'sentence-initial keeps its capital', text: goodThankYou('REALLY great chat.'), errors: [{ messageId: 'caps', text: 'REALLY' }], output: goodThankYou('Really great chat.') },
    {
      name: 'a shouted run, next to an acronym later in the sentence',
      text: goodThankYou('I am SUPER EXCITED to use SQL with you.'),
      errors: [{ messageId: 'caps', text: 'SUPER' }, { messageId: 'caps', text: 'EXCITED' }],
      output: goodThankYou('I am super excited to use SQL with you.'),
    },
    {
      name: 'THANK YOU SO MUCH',
      text: goodThankYou('THANK YOU SO MUCH for your time.'),
      errors: [{ messageId: 'caps', text: 'THANK' }, { messageId: 'caps', text: 'YOU' }, { messageId: 'caps', text: 'SO' }, { messageId: 'caps', text: 'MUCH' }],
      output: goodThankYou('Thank you so much for your time.'),
    },
    {
      name: 'a whole shouted line',
      text: goodThankYou('PLEASE LET ME KNOW SOON.'),
      errors: [{ messageId: 'caps', text: 'PLEASE' }, { messageId: 'caps', text: 'LET' }, { messageId: 'caps', text: 'ME' }, { messageId: 'caps', text: 'KNOW' }, { messageId: 'caps', text: 'SOON' }],
      output: goodThankYou('Please let me know soon.'),
    },
    { name: 'a shouted adjective before a noun', text: goodThankYou('It was a GREAT conversation.'), errors: [{ messageId: 'caps', text: 'GREAT' }], output: goodThankYou('It was a great conversation.') },
    { name: 'double exclamation', text: goodThankYou('What a team!!'), errors: [{ messageId: 'punctuation', text: '!!' }], output: goodThankYou('What a team!') },
    { name: 'interrobang run', text: goodThankYou('Any news?!?'), errors: [{ messageId: 'punctuation', text: '?!?' }], output: goodThankYou('Any news?') },
    { name: 'double question mark', text: draft('status-check', 'Dear Dana,\n\nIs there any update on the role??\n'), errors: [{ messageId: 'punctuation', text: '??' }], output: draft('status-check', 'Dear Dana,\n\nIs there any update on the role?\n') },
    {
      name: 'caps and marks together',
      text: draft('rejection-response', 'Dear Dana,\n\nI am VERY disappointed, I really thought it went well!!\n'),
      errors: [{ messageId: 'caps', text: 'VERY' }, { messageId: 'punctuation', text: '!!' }],
      output: draft('rejection-response', 'Dear Dana,\n\nI am very disappointed, I really thought it went well!\n'),
    },
  ],
});
