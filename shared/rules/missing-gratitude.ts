/** missing-gratitude: the draft never thanks the reader or shows appreciation. */
import type { Rule } from './rule.js';
import { anchor, insertOpening, roleWords, saysIt } from './helpers.js';
import type { DraftKind } from '../types.js';
import type { DraftFacts } from '../document/frontMatter.js';
import type { PhraseEntry } from './phrases/match.js';

// Thanking is never negated in a real note ("I can't thank you enough", "no matter the outcome, thank you").
const THANKS: PhraseEntry = { pattern: 'thank|thanks|thanking|thanked|thankyou|thank-you|thx', negatable: false };
// "ty" is also a name (Dear Ty): only in lower case.
const TY: PhraseEntry = { pattern: 'ty', negatable: false, lowercaseOnly: true };
// Appreciation can be denied ("I don't appreciate being kept waiting"): checked with the close negation window.
const APPRECIATION: PhraseEntry = {
  pattern: 'grateful|gratefully|gratitude|thankful|appreciate|appreciated|appreciates|appreciating|appreciation|appreciative',
  negatable: false,
};
const KIND_OF_YOU: PhraseEntry = { pattern: 'kind|generous|thoughtful|gracious|good of you', negatable: false };
const GENEROUS: PhraseEntry = { pattern: 'generous with your time', negatable: false };
const MEANT_A_LOT: PhraseEntry = { pattern: 'means|meant (a lot|a great deal|so much)', negatable: false };
const MANY_THANKS: PhraseEntry = { pattern: 'many|much thanks', negatable: false };
const VALUE: PhraseEntry = { pattern: 'i value|valued|treasure|treasured the|your time|conversation|chance|opportunity', negatable: false };
const CHEERS: PhraseEntry = { pattern: 'cheers', lineStart: true, negatable: false };
const NEGATABLE: ReadonlySet<PhraseEntry> = new Set([APPRECIATION, KIND_OF_YOU, GENEROUS, MEANT_A_LOT]);

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
  phrases: [THANKS, TY, APPRECIATION, KIND_OF_YOU, GENEROUS, MEANT_A_LOT, MANY_THANKS, VALUE, CHEERS],
  check(ctx) {
    if (saysIt(ctx.doc, ctx.phraseMatches(), NEGATABLE)) return;
    const at = anchor(ctx.doc);
    const sentence = thanksSentence(ctx.kind, ctx.facts);
    ctx.report({
      ...at,
      messageId: 'missing',
      suggestions: [{ title: `Add "${sentence}"`, edits: [insertOpening(ctx.doc, ctx.eol, sentence)] }],
    });
  },
};
