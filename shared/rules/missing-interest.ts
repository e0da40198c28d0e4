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
    { pattern: 'look|looking forward to (joining|contributing|working|being part|being a part|the possibility|the opportunity|the chance|bringing|helping|building|starting)' },
    { pattern: "(would|i'd|i would) (love|like|welcome|be glad|be happy) (to join|to contribute|to work|to be part|to help|the opportunity|the chance)" },
    { pattern: 'great|good|strong|natural|excellent|perfect fit' },
    { pattern: '(want|hope) to (join|work with|work for|be part|contribute)' },
    { pattern: 'love to (join|contribute|work|be part|help)' },
    { pattern: 'appeals|appealed to me' },
    { pattern: 'can|could see myself' },
    { pattern: "confident (that|) (i|my experience|my background) (can|could|would|will) (contribute|help|add|bring)" },
    { pattern: 'remain|am|still committed' },
    { pattern: 'dream job|role|team' },
    { pattern: 'next chapter' },
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
