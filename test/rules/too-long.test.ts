import { runRuleTests } from '../helpers/ruleTester.js';
import { draft } from '../helpers/drafts.js';

const words = (n: number): string => Array.from({ length: n }, (_, i) => (i % 12 === 11 ? 'team.' : 'word')).join(' ');

runRuleTests('too-long', {
  valid: [
    { name: 'at the limit', text: draft('thank-you', words(200)) },
    { name: 'a status check under 150', text: draft('status-check', words(150)) },
    { name: 'a longer limit for additional info', text: draft('additional-info', words(240)) },
    { name: 'code and quoted mail do not count', text: draft('thank-you', `${words(150)}\n\n\`\`\`\n${words(100)}\n\`\`\`\n\n> ${words(100)}\n`) },
    { name: 'subject line does not count', text: draft('thank-you', `Subject: thank you for the interview today\n\n${words(199)}`) },
    { name: 'configured higher limit', text: draft('thank-you', words(230)), options: { wordLimits: { 'thank-you': 250 } } },
  ],
  invalid: [
    { name: 'one word over the thank-you limit', text: draft('thank-you', `${words(200)} extra`), errors: [{ messageId: 'long', text: 'extra', data: { count: 201, limit: 200 } }] },
    { name: 'status check over 150', text: draft('status-check', `${words(150)} more words`), errors: [{ messageId: 'long', text: 'more', data: { count: 152 } }] },
    { name: 'configured lower limit', text: draft('thank-you', `${words(100)} over`), options: { wordLimits: { 'thank-you': 100 } }, errors: [{ messageId: 'long', text: 'over' }] },
  ],
});
