import { runRuleTests, type InvalidCase } from '../helpers/ruleTester.js';
import { draft, goodThankYou } from '../helpers/drafts.js';
import { expectEveryEntryMatches } from '../helpers/phraseCoverage.js';

const texting = (name: string, middle: string, text: string): InvalidCase => ({ name, text: goodThankYou(middle), errors: [{ messageId: 'texting', text }] });
const platform = (name: string, middle: string, text: string): InvalidCase => ({ name, text: goodThankYou(middle), errors: [{ messageId: 'platform', text }] });

const invalid: InvalidCase[] = [
  platform('hit me up on WhatsApp', 'Feel free to hit me up on WhatsApp any time.', 'WhatsApp'),
  texting("I'll text you", "I'll text you tomorrow with the link.", "I'll text you"),
  texting('call or text me', 'Feel free to call or text me anytime.', 'or text me'),
  texting('can I text you', 'Can I text you if anything comes up?', 'Can I text you'),
  texting('send you a quick text', "I'll send you a quick text after the weekend.", 'send you a quick text'),
  texting('send you a WhatsApp: one finding, not two', "I'll also send you a WhatsApp tomorrow.", 'send you a WhatsApp'),
  texting("I'll WhatsApp you", "I'll WhatsApp you the photos from the site visit.", "I'll WhatsApp you"),
  texting('I texted you', 'I texted you on Saturday about the start date.', 'I texted you'),
  texting('your personal number', 'Could I have your personal number?', 'your personal number'),
  texting('call your cell', 'Would it be all right to call your cell this week?', 'call your cell'),
  texting('call you on your mobile', 'Could I call you on your mobile on Friday?', 'call you on your mobile'),
  texting('visit you at home', 'I could drop the portfolio off and visit you at home.', 'visit you at home'),
  texting('friend request', 'I sent you a friend request so we can stay in touch.', 'friend request'),
  texting('slide into your DMs', 'I might slide into your DMs with more ideas.', 'slide into your DMs'),
  platform('add you on Facebook', 'I will add you on Facebook.', 'Facebook'),
  platform('message me on WhatsApp', 'Message me on WhatsApp anytime.', 'WhatsApp'),
  platform('my Instagram', 'You can see more of my work on my Instagram.', 'Instagram'),
  platform('follow you on Instagram', "I'll follow you on Instagram so we can keep in touch.", 'Instagram'),
  platform('connect on TikTok', "Let's connect on TikTok too.", 'TikTok'),
  platform('reach me on Signal', 'You can reach me on Signal.', 'Signal'),
  platform('found you on Facebook', 'I found you on Facebook and sent a message.', 'Facebook'),
  {
    name: 'a status check moving to Snapchat',
    text: draft('status-check', 'Dear Dana,\n\nI wanted to ask about the timeline. Could I message you on Snapchat instead?\n\nBest regards,\nSam\n'),
    errors: [{ messageId: 'platform', text: 'Snapchat' }],
  },
];

runRuleTests('personal-channel', {
  valid: [
    { name: 'an app as the topic, after "your"', text: goodThankYou('Your WhatsApp Business integration is exactly the kind of problem I want to work on next.') },
    { name: 'an app as the topic, after "my"', text: goodThankYou('I would be happy to share more examples of my TikTok and Instagram work.') },
    { name: 'texting as a support channel', text: goodThankYou('In my current role I set up our text and WhatsApp support queue in Zendesk.') },
    { name: 'LinkedIn is fine', text: goodThankYou('I sent you a connection request on LinkedIn.') },
    { name: 'email is fine', text: goodThankYou('Feel free to email me if anything else would help.') },
    { name: 'negated: I won\'t text', text: goodThankYou("Don't worry, I won't text you; email works best.") },
    { name: 'in double quotes', text: goodThankYou('You laughed that "text me" is how your kids reply to everything.') },
    { name: 'in a blockquote of their message', text: `${goodThankYou()}\n> Feel free to text me at 555-0100 on the day of the visit.\n` },
    { name: 'in inline code', text: goodThankYou('The `text_you` template in your CRM was a neat idea.') },
    { name: 'Instagram campaign as a topic', text: goodThankYou('I loved hearing about the Instagram campaign your team ran for the spring launch.') },
    { name: 'your Instagram and TikTok campaigns are a topic', text: goodThankYou('I enjoyed hearing how your Instagram and TikTok campaigns brought families in.') },
    { name: "the company's Facebook page", text: goodThankYou("I read about the food drive on your company's Facebook page.") },
    { name: "following the company's account", text: goodThankYou('I started following your company on Instagram after the interview, and the posts are great.') },
    { name: 'a launch followed on TikTok', text: goodThankYou('I followed the launch on TikTok and loved the videos.') },
    { name: 'text as a noun', text: goodThankYou('The text of the job posting matched what you described.') },
    { name: 'a signal in data', text: goodThankYou('Your point about finding a signal in noisy data stayed with me.') },
    { name: 'X as a variable', text: goodThankYou('We discussed how X and Y interact in the pricing model.') },
    { name: 'a number they offered', text: goodThankYou('Thank you for sharing your mobile number for the day of the visit.') },
    { name: 'my own phone number', text: goodThankYou('You can reach me at my mobile, 555-0147, or by email.') },
    { name: 'a job posting found on Facebook', text: goodThankYou('I found the job posting on Facebook, which is how I first heard of the team.') },
  ],
  invalid,
});

expectEveryEntryMatches('personal-channel', invalid.map((c) => c.text));
