import { runRuleTests } from '../helpers/ruleTester.js';
import { draft } from '../helpers/drafts.js';

const sentence = (n: number): string => `Word ${Array.from({ length: n - 2 }, () => 'word').join(' ')} end.`;
/** The same sentence, wrapped onto a second line after 20 words. */
const wrapped = (n: number): string => sentence(n).split(' ').map((w, i) => (i === 19 ? `${w}\n` : `${w} `)).join('').replace(/ \n/g, '\n').trim();

runRuleTests('long-sentence', {
  valid: [
    { name: 'a 35-word sentence', text: draft('thank-you', `Dear Dana,\n\n${sentence(35)}\n`) },
    { name: 'two short sentences on one line', text: draft('thank-you', `Dear Dana,\n\n${sentence(30)} ${sentence(30)}\n`) },
    { name: 'paragraphs do not join into one sentence', text: draft('thank-you', `${Array.from({ length: 20 }, () => 'word').join(' ')}\n\n${Array.from({ length: 20 }, () => 'word').join(' ')}\n`) },
    { name: 'greeting and sign-off lines are their own sentences', text: draft('thank-you', `Dear Dana\n${sentence(30)}\nBest regards\nSam Lee of Northwind Labs\n`) },
    { name: 'configured limit', text: draft('thank-you', `Dear Dana,\n\n${sentence(40)}\n`), options: { maxSentenceWords: 45 } },
  ],
  invalid: [
    { name: 'a 36-word sentence', text: draft('thank-you', `Dear Dana,\n\n${sentence(36)}\n`), errors: [{ messageId: 'long', text: sentence(36), data: { count: 36, limit: 35 } }] },
    { name: 'a wrapped long sentence', text: draft('thank-you', `Dear Dana,\n\n${wrapped(40)}\n`), errors: [{ messageId: 'long', text: wrapped(40), data: { count: 40 } }] },
    { name: 'configured limit', text: draft('thank-you', `Dear Dana,\n\n${sentence(21)}\n`), options: { maxSentenceWords: 20 }, errors: [{ messageId: 'long', text: sentence(21) }] },
  ],
});
