/** documents-overdue: documents they asked for are past due, or due within 24 hours. */
import type { Rule } from './rule.js';
import { DAY, HOUR, formatWhen, keyRange } from './helpers.js';

export const documentsOverdue: Rule = {
  meta: {
    id: 'documents-overdue',
    kinds: 'all',
    defaultSeverity: 'error',
    category: 'timing',
    description: 'The documents they asked for (documents_due) are past due, or due within 24 hours.',
    howToFix: 'Send the documents now; if they are late, say so in one line and do not make excuses.',
    fix: 'none',
    messages: {
      overdue: 'The documents were due {when}; send them now.',
      dueSoon: 'The documents are due {when}, within 24 hours; send them today.',
    },
  },
  check(ctx) {
    const due = ctx.facts.documentsDue;
    if (!due || ctx.now === undefined) return;
    // A due date without a time is due by the end of that day.
    const deadline = due.dateOnly ? due.time + DAY : due.time;
    const range = keyRange(ctx.doc, 'documents_due');
    const when = formatWhen(due.time, !due.dateOnly);
    if (ctx.now >= deadline) ctx.report({ ...range, messageId: 'overdue', data: { when } });
    else if (deadline - ctx.now <= 24 * HOUR) ctx.report({ ...range, messageId: 'dueSoon', data: { when } });
  },
};
