import { runRuleTests } from '../helpers/ruleTester.js';
import { draft } from '../helpers/drafts.js';

const ty = (date: string): string => draft('thank-you', 'Dear Dana,\n\nThank you for the interview.\n', { to: 'Dana Okafor', interview_date: date });

runRuleTests('send-window', {
  valid: [
    { name: 'same day', text: ty('2026-11-20T14:00'), now: '2026-11-20T18:00' },
    { name: 'exactly 24 hours', text: ty('2026-11-20T14:00'), now: '2026-11-21T14:00' },
    { name: 'date only counts from the end of that day', text: ty('2026-11-20'), now: '2026-11-21T23:00' },
    { name: 'no clock: no timing findings', text: ty('2026-11-01T10:00') },
    { name: 'no interview date', text: draft('thank-you', 'Dear Dana,\n\nThank you.\n'), now: '2026-11-30T10:00' },
    { name: 'other kinds are not checked', text: draft('status-check', 'Dear Dana,\n\nAny update?\n', { interview_date: '2026-11-01' }), now: '2026-11-30T10:00' },
  ],
  invalid: [
    { name: 'past 24 hours: warning', text: ty('2026-11-20T14:00'), now: '2026-11-21T15:00', errors: [{ messageId: 'late', text: '2026-11-20T14:00', severity: 'warning', data: { hours: 25 } }] },
    { name: 'past 48 hours: error', text: ty('2026-11-20T14:00'), now: '2026-11-22T14:30', errors: [{ messageId: 'veryLate', text: '2026-11-20T14:00', severity: 'error', data: { hours: 48 } }] },
    { name: 'date only, two days later', text: ty('2026-11-18'), now: '2026-11-20T09:00', errors: [{ messageId: 'late', text: '2026-11-18', data: { hours: 33 } }] },
    { name: 'configured severity wins over escalation', text: ty('2026-11-10T10:00'), now: '2026-11-20T10:00', options: { rules: { 'send-window': 'info' } }, errors: [{ messageId: 'veryLate', severity: 'info' }] },
  ],
});
