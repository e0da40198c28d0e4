import { runRuleTests } from '../helpers/ruleTester.js';
import { goodThankYou } from '../helpers/drafts.js';

runRuleTests('personal-channel', {
  valid: [
    { name: 'LinkedIn is fine', text: goodThankYou('I sent you a connection request on LinkedIn.') },
    { name: 'email is fine', text: goodThankYou('Feel free to email me if anything else would help.') },
    { name: 'Instagram campaign as a topic', text: goodThankYou("I loved hearing about the Instagram campaign your team ran for the spring launch.") },
    { name: 'your Instagram and TikTok campaigns are a topic', text: goodThankYou('I enjoyed hearing how your Instagram and TikTok campaigns brought families in.') },
    { name: "the company's Facebook page", text: goodThankYou("I read about the food drive on your company's Facebook page.") },
    { name: 'text as a noun', text: goodThankYou('The text of the job posting matched what you described.') },
    { name: "won't text", text: goodThankYou("Don't worry, I won't text you; email works best.") },
    { name: 'a signal in data', text: goodThankYou('Your point about finding a signal in noisy data stayed with me.') },
  ],
  invalid: [
    { name: "I'll text you", text: goodThankYou("I'll text you tomorrow."), errors: [{ messageId: 'texting', text: "I'll text you" }] },
    { name: 'add you on Facebook', text: goodThankYou('I will add you on Facebook.'), errors: [{ messageId: 'platform', text: 'Facebook' }] },
    { name: 'message me on WhatsApp', text: goodThankYou('Message me on WhatsApp anytime.'), errors: [{ messageId: 'platform', text: 'WhatsApp' }] },
    { name: 'my Instagram', text: goodThankYou('You can see more of my work on my Instagram.'), errors: [{ messageId: 'platform', text: 'Instagram' }] },
    { name: 'your personal number', text: goodThankYou('Could I have your personal number?'), errors: [{ messageId: 'texting', text: 'your personal number' }] },
  ],
});
