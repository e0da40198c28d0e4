/** missing-interest: a thank-you or status check that never restates interest in the role. */
import type { Rule } from './rule.js';
import { anchor, insertClosing, roleWords } from './helpers.js';

export const missingInterest: Rule = {
  meta: {
    id: 'missing-interest',
    kinds: ['thank-you', 'status-check'],
    defaultSeverity: 'warning',
    category: 'do',
    description: 'The draft never restates your interest in or enthusiasm for the role.',
    howToFix: 'Say in one sentence that you still want the job and why it appeals to you.',
    fix: 'suggestion',
    messages: {
      missing: 'Nothing here says you still want the job. Restate your interest in the role in a sentence.',
    },
    checklistLabel: 'Restates interest',
  },
  phrases: [
    { pattern: 'interested|interest|excited|exciting|excites|enthusiastic|enthusiasm|eager|keen|thrilled|passionate|motivated|energized|energised' },
    { pattern: 'look|looking forward to joining|contributing|working|being|the possibility|the opportunity|bringing|helping|building|applying' },
    { pattern: 'would|i’d|i\'d love|like|welcome to|the join|contribute|work|be|help|opportunity|chance' },
    { pattern: 'great|good|strong|natural|excellent|perfect fit' },
    { pattern: 'want to join|work|be' },
    { pattern: 'love to join|contribute|work|be|help' },
    { pattern: 'appeals|appealed to me' },
    { pattern: 'can|could see myself' },
    { pattern: 'confident that? i|my can|could|would contribute|help|add|bring' },
    { pattern: 'remain|am|still committed|very|really|truly|genuinely? interested|excited|keen' },
    { pattern: 'next chapter|dream job|dream role' },
  ],
  check(ctx) {
    if (ctx.phraseMatches().length > 0) return;
    const sentence = `I remain very interested in ${roleWords(ctx.facts)} and would be glad to contribute.`;
    ctx.report({
      ...anchor(ctx.doc),
      messageId: 'missing',
      suggestions: [{ title: `Add "${sentence}"`, edits: [insertClosing(ctx.doc, ctx.eol, sentence)] }],
    });
  },
};
