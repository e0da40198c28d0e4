/** missing-gratitude: the draft never thanks the reader or shows appreciation. */
import type { Rule } from './rule.js';
import { anchor, insertOpening, roleWords } from './helpers.js';
import type { DraftKind } from '../types.js';
import type { DraftFacts } from '../document/frontMatter.js';

function thanksSentence(kind: DraftKind, facts: DraftFacts): string {
  switch (kind) {
    case 'rejection-response':
      return 'Thank you for letting me know, and for the time you and the team spent with me.';
    case 'feedback-request':
      return 'Thank you for letting me know, and for considering me.';
    case 'status-check':
      return `Thank you again for speaking with me about ${roleWords(facts)}.`;
    case 'additional-info':
      return `Thank you again for your time during our conversation about ${roleWords(facts)}.`;
    default:
      return `Thank you for taking the time to speak with me about ${roleWords(facts)}.`;
  }
}

export const missingGratitude: Rule = {
  meta: {
    id: 'missing-gratitude',
    kinds: 'all',
    defaultSeverity: 'warning',
    category: 'do',
    description: 'The draft never thanks the reader or shows appreciation for their time.',
    howToFix: 'Add a sentence that thanks them for their time, the conversation or the news, ideally near the top.',
    fix: 'suggestion',
    messages: {
      missing: 'This message never says thank you. A line of thanks for their time is the first thing a reader looks for.',
    },
    checklistLabel: 'Says thank you',
  },
  phrases: [
    { pattern: 'thank|thanks|thanking|thankful|thx|ty' },
    { pattern: 'grateful|gratitude|appreciate|appreciated|appreciates|appreciating|appreciation|appreciative' },
    { pattern: 'many|much thanks', negatable: false },
    { pattern: 'cheers', lineStart: true, negatable: false },
  ],
  check(ctx) {
    if (ctx.phraseMatches().length > 0) return;
    const at = anchor(ctx.doc);
    const sentence = thanksSentence(ctx.kind, ctx.facts);
    ctx.report({
      ...at,
      messageId: 'missing',
      suggestions: [{ title: `Add "${sentence}"`, edits: [insertOpening(ctx.doc, ctx.eol, sentence)] }],
    });
  },
};
