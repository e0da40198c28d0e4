/**
 * send-window: a thank-you note still being written more than 24 hours after
 * the interview (warning), or more than 48 (error). A date without a time
 * counts from the end of that day, so no one is warned early.
 */
import type { Rule } from './rule.js';
import { DAY, HOUR, formatWhen, keyRange } from './helpers.js';

/** When the interview counts as over, for the send window. */
export function interviewEnd(date: { time: number; dateOnly: boolean }): number {
  return date.dateOnly ? date.time + DAY : date.time;
}

export const sendWindow: Rule = {
  meta: {
    id: 'send-window',
    kinds: ['thank-you'],
    defaultSeverity: 'warning',
    category: 'timing',
    description: 'A thank-you note should go out within 24 hours of the interview; after 48 hours it is late.',
    howToFix: 'Send it today. If it is very late, add a line that acknowledges the delay briefly, without excuses.',
    fix: 'none',
    messages: {
      late: 'The interview was {hours} hours ago; thank-you notes are best sent within 24. Send it today.',
      veryLate: 'The interview was {hours} hours ago, past the 48-hour window for a thank-you note. Send it now, and keep it brief.',
    },
  },
  check(ctx) {
    const date = ctx.facts.interviewDate;
    if (!date || ctx.now === undefined) return;
    const elapsed = ctx.now - interviewEnd(date);
    if (elapsed <= 24 * HOUR) return;
    const hours = Math.floor(elapsed / HOUR);
    const range = keyRange(ctx.doc, 'interview_date');
    if (elapsed > 48 * HOUR) ctx.report({ ...range, messageId: 'veryLate', data: { hours, when: formatWhen(date.time) }, severity: 'error' });
    else ctx.report({ ...range, messageId: 'late', data: { hours, when: formatWhen(date.time) } });
  },
};
