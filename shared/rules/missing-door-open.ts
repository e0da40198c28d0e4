/** missing-door-open: a reply to a rejection that does not keep the relationship open. */
import type { Rule } from './rule.js';
import { anchor, insertClosing } from './helpers.js';

export const missingDoorOpen: Rule = {
  meta: {
    id: 'missing-door-open',
    kinds: ['rejection-response'],
    defaultSeverity: 'info',
    category: 'do',
    description: 'A reply to a rejection with no line that keeps the door open for future roles or staying in touch.',
    howToFix: 'Add a line saying you would welcome future openings or would like to stay in touch.',
    fix: 'suggestion',
    messages: {
      missing: 'Keep the door open: say you would welcome future openings or would like to stay in touch.',
    },
    checklistLabel: 'Keeps the door open',
  },
  phrases: [
    { pattern: 'future|upcoming|other|later|similar *? opportunities|opportunity|openings|opening|roles|role|positions|position|vacancies|vacancy', negatable: false },
    { pattern: 'in the future', negatable: false },
    { pattern: '(stay|keep|remain) (in touch|connected|in contact)', negatable: false },
    { pattern: 'keep me in mind', negatable: false },
    { pattern: '(consider me|considered for|think of me)', negatable: false },
    { pattern: 'if|when|should|once anything|something|a|an|another *? role|position|opening|vacancy|opportunity? else? opens|comes|becomes|turns up|available', negatable: false },
    { pattern: 'considered if|when|should', negatable: false },
    { pattern: 'paths cross', negatable: false },
    { pattern: 'connect|connected on linkedin', negatable: false },
    { pattern: '(work together|work with you) again|someday|sometime', negatable: false },
    { pattern: 'down the road|line', negatable: false },
    { pattern: 'reach out again', negatable: false },
    { pattern: '(hope|happy|glad) to (cross paths|apply again|work with|collaborate|reconnect)', negatable: false },
    { pattern: 'door open', negatable: false },
    { pattern: 'another opportunity|chance', negatable: false },
    { pattern: 'if|should|when anything|things|that|the|your|plans situation|needs? change|changes', negatable: false },
    { pattern: '(connect|reconnect|cross paths|be in touch|talk|speak|work together|meet) again', negatable: false },
    { pattern: '(continue|keep) (to follow|following|an eye on)', negatable: false },
    { pattern: '(someday|one day|some day)', negatable: false },
    { pattern: 'on file', negatable: false },
    { pattern: 'remain|still (very|) interested|keen', negatable: false },
  ],
  check(ctx) {
    if (ctx.phraseMatches().length > 0) return;
    const sentence = 'I would welcome the chance to be considered for future openings, and I hope we can stay in touch.';
    ctx.report({
      ...anchor(ctx.doc),
      messageId: 'missing',
      suggestions: [{ title: `Add "${sentence}"`, edits: [insertClosing(ctx.doc, ctx.eol, sentence)] }],
    });
  },
};
