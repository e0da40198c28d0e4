import { runRuleTests } from '../helpers/ruleTester.js';
import { draft } from '../helpers/drafts.js';

const ai = (due: string): string => draft('additional-info', 'Dear Dana,\n\nThank you again. I have attached my references.\n', { to: 'Dana Okafor', documents_due: due });

runRuleTests('documents-overdue', {
  valid: [
    { name: 'due in three days', text: ai('2026-11-24'), now: '2026-11-21T09:00' },
    { name: 'due at a time more than 24 hours away', text: ai('2026-11-22T12:00'), now: '2026-11-21T09:00' },
    { name: 'no clock', text: ai('2026-11-01') },
    { name: 'no due date', text: draft('additional-info', 'Dear Dana,\n\nThank you; my portfolio is attached.\n'), now: '2026-11-21T09:00' },
  ],
  invalid: [
    { name: 'past due', text: ai('2026-11-19'), now: '2026-11-21T09:00', errors: [{ messageId: 'overdue', text: '2026-11-19', severity: 'error' }] },
    { name: 'due today (a date counts to its end)', text: ai('2026-11-21'), now: '2026-11-21T09:00', errors: [{ messageId: 'dueSoon', text: '2026-11-21' }] },
    { name: 'due in a few hours', text: ai('2026-11-21T17:00'), now: '2026-11-21T09:00', errors: [{ messageId: 'dueSoon', text: '2026-11-21T17:00' }] },
    { name: 'applies to any kind with documents_due', text: draft('thank-you', 'Dear Dana,\n\nThank you.\n', { documents_due: '2026-11-20' }), now: '2026-11-21T09:00', errors: [{ messageId: 'overdue', text: '2026-11-20' }] },
  ],
});
