import { runRuleTests } from '../helpers/ruleTester.js';
import { draft } from '../helpers/drafts.js';

/** n words of plausible prose, with a sentence break every 12 words. */
const words = (n: number): string => Array.from({ length: n }, (_, i) => (i % 12 === 11 ? 'team.' : ['thank', 'you', 'for', 'the', 'chance', 'to', 'meet', 'your'][i % 8])).join(' ');

runRuleTests('too-long', {
  valid: [
    { name: 'a thank-you note at the limit', text: draft('thank-you', words(200)) },
    { name: 'a status check at 150', text: draft('status-check', words(150)) },
    { name: 'a feedback request at 250', text: draft('feedback-request', words(250)) },
    { name: 'a reply to a rejection at 250', text: draft('rejection-response', words(250)) },
    { name: 'a longer limit for additional info', text: draft('additional-info', words(240)) },
    { name: 'code and quoted mail do not count', text: draft('thank-you', `${words(150)}\n\n\`\`\`\n${words(100)}\n\`\`\`\n\n> ${words(100)}\n`) },
    { name: 'an "On … wrote:" thread does not count', text: draft('status-check', `${words(140)}\n\nOn Mon, Nov 16, 2026, Dana Okafor wrote:\n${words(200)}\n`) },
    { name: 'link targets do not count, link text does', text: draft('thank-you', `${words(196)} [my portfolio](https://example.com/a/b/c/d/e/f/g) here`) },
    { name: 'subject line does not count', text: draft('thank-you', `Subject: thank you for the interview today\n\n${words(199)}`) },
    { name: 'configured higher limit', text: draft('thank-you', words(230)), options: { wordLimits: { 'thank-you': 250 } } },
  ],
  invalid: [
    { name: 'one word over the thank-you limit', text: draft('thank-you', `${words(200)} extra`), errors: [{ messageId: 'long', text: 'extra', data: { count: 201, limit: 200 } }] },
    { name: 'status check over 150', text: draft('status-check', `${words(150)} more words`), errors: [{ messageId: 'long', text: 'more', data: { count: 152 } }] },
    { name: 'feedback request over 250', text: draft('feedback-request', `${words(250)} please`), errors: [{ messageId: 'long', text: 'please', data: { count: 251, limit: 250 } }] },
    {
      name: 'with a subject line, the squiggle still starts at the 201st body word',
      text: draft('thank-you', `Subject: thank you\n\n${words(200)} finally`),
      errors: [{ messageId: 'long', text: 'finally', data: { count: 201 } }],
    },
    { name: 'configured lower limit', text: draft('thank-you', `${words(100)} over`), options: { wordLimits: { 'thank-you': 100 } }, errors: [{ messageId: 'long', text: 'over' }] },
    { name: 'the kind inferred as a status check', text: `I wanted to check in on the status of my application. ${words(150)}\n`, errors: [{ messageId: 'long', data: { kind: 'status-check', limit: 150 } }] },
  ],
});
