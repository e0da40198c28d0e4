import { runRuleTests } from '../helpers/ruleTester.js';
import { draft } from '../helpers/drafts.js';

const sentence = (n: number): string => `Word ${Array.from({ length: n - 2 }, () => 'word').join(' ')} end.`;
/** The same sentence, wrapped onto a second line after 20 words. */
const wrapped = (n: number): string => sentence(n).split(' ').map((w, i) => (i === 19 ? `${w}\n` : `${w} `)).join('').replace(/ \n/g, '\n').trim();
const realistic =
  'I especially enjoyed hearing how your team rebuilt the weekly churn report from scratch, because it reminded me of the migration I led last spring, when we moved forty dashboards to a new warehouse without losing a single scheduled delivery to the account managers.';

runRuleTests('long-sentence', {
  valid: [
    { name: 'a 35-word sentence', text: draft('thank-you', `Dear Dana,\n\n${sentence(35)}\n`) },
    { name: 'two short sentences on one line', text: draft('thank-you', `Dear Dana,\n\n${sentence(30)} ${sentence(30)}\n`) },
    { name: 'paragraphs do not join into one sentence', text: draft('thank-you', `${Array.from({ length: 20 }, () => 'word').join(' ')}\n\n${Array.from({ length: 20 }, () => 'word').join(' ')}\n`) },
    { name: 'list items are separate', text: draft('thank-you', `Dear Dana,\n\n- ${Array.from({ length: 20 }, () => 'item').join(' ')}\n- ${Array.from({ length: 20 }, () => 'item').join(' ')}\n`) },
    { name: 'greeting and sign-off lines are their own sentences', text: draft('thank-you', `Dear Dana\n${sentence(30)}\nBest regards\nSam Lee of Northwind Labs\n`) },
    { name: 'a URL is not words', text: draft('thank-you', `Dear Dana,\n\n${sentence(33).replace(' end.', ' https://example.com/a/b/c/d/e/f/g/h/i/j end.')}\n`) },
    { name: 'a long sentence in quoted mail', text: draft('thank-you', `Dear Dana,\n\nThank you.\n\n> ${sentence(50)}\n`) },
    { name: 'configured limit', text: draft('thank-you', `Dear Dana,\n\n${sentence(40)}\n`), options: { maxSentenceWords: 45 } },
  ],
  invalid: [
    { name: 'a 36-word sentence', text: draft('thank-you', `Dear Dana,\n\n${sentence(36)}\n`), errors: [{ messageId: 'long', text: sentence(36), data: { count: 36, limit: 35 } }] },
    { name: 'a realistic run-on sentence', text: draft('thank-you', `Dear Dana,\n\nThank you for your time. ${realistic} I hope to hear from you.\n`), errors: [{ messageId: 'long', text: realistic, data: { count: 44 } }] },
    { name: 'a wrapped long sentence', text: draft('thank-you', `Dear Dana,\n\n${wrapped(40)}\n`), errors: [{ messageId: 'long', text: wrapped(40), data: { count: 40 } }] },
    { name: 'a wrapped long sentence with CRLF', text: draft('thank-you', `Dear Dana,\r\n\r\n${wrapped(40).replace('\n', '\r\n')}\r\n`), errors: [{ messageId: 'long', text: wrapped(40).replace('\n', '\r\n'), data: { count: 40 } }] },
    { name: 'two long sentences in one paragraph', text: draft('status-check', `Dear Dana,\n\n${sentence(37)} ${sentence(38)}\n`), errors: [{ messageId: 'long', text: sentence(37) }, { messageId: 'long', text: sentence(38) }] },
    { name: 'configured limit', text: draft('thank-you', `Dear Dana,\n\n${sentence(21)}\n`), options: { maxSentenceWords: 20 }, errors: [{ messageId: 'long', text: sentence(21) }] },
  ],
});
