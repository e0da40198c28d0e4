/** missing-next-steps: no polite question or mention of the timeline or next steps. */
import type { Rule } from './rule.js';
import { anchor, insertClosing } from './helpers.js';

export const missingNextSteps: Rule = {
  meta: {
    id: 'missing-next-steps',
    kinds: ['thank-you', 'status-check'],
    defaultSeverity: 'info',
    category: 'do',
    description: 'The draft neither asks about nor mentions the next steps or the timeline.',
    howToFix: 'Close with a polite line about what comes next: the timeline, the next round, or that you look forward to hearing from them.',
    fix: 'suggestion',
    messages: {
      missing: 'Consider a polite line about next steps or the timeline, so the reader knows what you expect to happen next.',
    },
    checklistLabel: 'Asks about next steps',
  },
  phrases: [
    { pattern: 'next step|steps|stage|stages|round|rounds|conversation', negatable: false },
    { pattern: 'timeline|timelines|timeframe|timing|schedule', negatable: false },
    { pattern: 'time frame', negatable: false },
    { pattern: 'hear|hearing back|from', negatable: false },
    { pattern: 'hear|hearing your|the decision|news|thoughts|outcome', negatable: false },
    { pattern: 'look|looking forward to (hearing|speaking|talking|connecting|the next|our next|your decision|learning|meeting)', negatable: false },
    { pattern: 'any|an update|updates', negatable: false },
    { pattern: 'decision|decisions|decide|deciding', negatable: false },
    { pattern: 'hiring|interview|selection|recruiting process', negatable: false },
    { pattern: '(where things|where the process|where my application) stand|stands', negatable: false },
    { pattern: 'when you expect|anticipate|plan|might|will|would', negatable: false },
    { pattern: '(anything|something) else (you need|i can|to share|that would help|you would like)', negatable: false },
    { pattern: 'let me know if|whether|what|when|how', negatable: false },
    { pattern: "(please do not|please don't|do not|don't) hesitate", negatable: false },
    { pattern: 'happy|glad|ready to provide|share|send|answer|discuss|meet|talk|continue', negatable: false },
    { pattern: 'status', negatable: false },
    // A demanded answer is rude (pushy, demands-response say so) but it does mention the timeline.
    { pattern: 'an|your answer|response|reply|decision', negatable: false },
    { pattern: 'moving|move forward', negatable: false },
    { pattern: 'look|looking forward to (continuing|following up|our next|catching up)', negatable: false },
    { pattern: 'speak|speaking|talk|talking|meet|meeting|connect|chat (with you|) again|soon', negatable: false },
    { pattern: 'feel free to (contact|reach|get in touch|call|email|write)', negatable: false },
    { pattern: 'available|availability for|to a|another|any? call|chat|meeting|conversation|follow-up|further|next|second|interview', negatable: false },
    { pattern: 'my availability', negatable: false },
    { pattern: '(anything|something) i can send|provide|share|do', negatable: false },
    { pattern: 'welcome|appreciate a|another second|further|follow-up? conversation|meeting|discussion|call', negatable: false },
    { pattern: 'any news|word', negatable: false },
    // Offering more: "I remain at your disposal for any further information", "if you need anything else".
    { pattern: 'at your disposal|disposition|service', negatable: false },
    { pattern: 'if you need|require|want anything|more|further|additional', negatable: false },
    { pattern: 'lmk|let me know if u|you need', negatable: false },
  ],
  check(ctx) {
    if (ctx.phraseMatches().length > 0) return;
    const sentence = 'Could you share what the next steps and the timeline look like?';
    ctx.report({
      ...anchor(ctx.doc),
      messageId: 'missing',
      suggestions: [{ title: `Add "${sentence}"`, edits: [insertClosing(ctx.doc, ctx.eol, sentence)] }],
    });
  },
};
