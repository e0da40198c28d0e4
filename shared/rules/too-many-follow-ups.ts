/** too-many-follow-ups: this would be the third (or later) follow-up for the application. */
import type { Rule } from './rule.js';
import { keyRange } from './helpers.js';

export const tooManyFollowUps: Rule = {
  meta: {
    id: 'too-many-follow-ups',
    kinds: ['status-check'],
    defaultSeverity: 'warning',
    category: 'timing',
    description: 'You have already sent two or more follow-ups for this application (previous_follow_ups).',
    howToFix: 'Hold this one. After two unanswered follow-ups, put your energy into other applications; they will write if things move.',
    fix: 'none',
    messages: {
      tooMany: 'You have already followed up {count} times; another message is more likely to annoy than help. Consider letting this one rest.',
    },
  },
  check(ctx) {
    const n = ctx.facts.previousFollowUps;
    if (n === undefined || n < 2) return;
    ctx.report({ ...keyRange(ctx.doc, 'previous_follow_ups'), messageId: 'tooMany', data: { count: n } });
  },
};
