import { runRuleTests } from '../helpers/ruleTester.js';
import { draft } from '../helpers/drafts.js';

const ai = (due: string): string => draft('additional-info', 'Dear Dana,\n\nThank you again. I have attached my references.\n', { to: 'Dana Okafor', documents_due: due });

runRuleTests('documents-overdue', {
  valid: [
    { name: 'due in three days', text: ai('2026-11-24'), now: '2026-11-21T09:00' },
    { name: 'due at a time more than 24 hours away', text: ai('2026-11-22T12:00'), now: '2026-11-21T09:00' },
    { name: 'a minute more than 24 hours away', text: ai('2026-11-22T09:01'), now: '2026-11-21T09:00' },
    { name: 'due tomorrow (date only), early today', text: ai('2026-11-22'), now: '2026-11-21T00:00' },
    { name: 'due tomorrow (date only) counts to the end of that day', text: ai('2026-11-22'), now: '2026-11-21T23:30' },
    { name: 'no clock', text: ai('2026-11-01') },
    { name: 'no due date', text: draft('additional-info', 'Dear Dana,\n\nThank you; my portfolio is attached.\n'), now: '2026-11-21T09:00' },
    { name: 'an unreadable date is a front matter problem', text: ai('end of the week'), now: '2026-11-21T09:00' },
  ],
  invalid: [
    { name: 'past due', text: ai('2026-11-19'), now: '2026-11-21T09:00', errors: [{ messageId: 'overdue', text: '2026-11-19', severity: 'error', data: { when: 'Thu 19 Nov' } }] },
    { name: 'due at a time that has just passed', text: ai('2026-11-21T08:59'), now: '2026-11-21T09:00', errors: [{ messageId: 'overdue', data: { when: 'Sat 21 Nov, 08:59' } }] },
    { name: 'due right now', text: ai('2026-11-21T09:00'), now: '2026-11-21T09:00', errors: [{ messageId: 'overdue' }] },
    { name: 'due today (a date counts to its end)', text: ai('2026-11-21'), now: '2026-11-21T09:00', errors: [{ messageId: 'dueSoon', text: '2026-11-21', data: { when: 'Sat 21 Nov' } }] },
    { name: 'due in a few hours', text: ai('2026-11-21T17:00'), now: '2026-11-21T09:00', errors: [{ messageId: 'dueSoon', text: '2026-11-21T17:00' }] },
    { name: 'exactly 24 hours away', text: ai('2026-11-22T09:00'), now: '2026-11-21T09:00', errors: [{ messageId: 'dueSoon' }] },
    { name: 'the due day (date only), just after midnight', text: ai('2026-11-22'), now: '2026-11-22T00:01', errors: [{ messageId: 'dueSoon', text: '2026-11-22' }] },
    { name: 'applies to any kind with documents_due', text: draft('thank-you', 'Dear Dana,\n\nThank you.\n', { documents_due: '2026-11-20' }), now: '2026-11-21T09:00', errors: [{ messageId: 'overdue', text: '2026-11-20' }] },
  ],
});
