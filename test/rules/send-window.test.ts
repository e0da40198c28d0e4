import { runRuleTests } from '../helpers/ruleTester.js';
import { draft } from '../helpers/drafts.js';

const ty = (date: string): string => draft('thank-you', 'Dear Dana,\n\nThank you for the interview.\n', { to: 'Dana Okafor', interview_date: date });

runRuleTests('send-window', {
  valid: [
    { name: 'same day', text: ty('2026-11-20T14:00'), now: '2026-11-20T18:00' },
    { name: 'exactly 24 hours', text: ty('2026-11-20T14:00'), now: '2026-11-21T14:00' },
    { name: 'before the interview (written in advance)', text: ty('2026-11-20T14:00'), now: '2026-11-19T20:00' },
    { name: 'date only counts from the end of that day', text: ty('2026-11-20'), now: '2026-11-21T23:00' },
    { name: 'date only: exactly 24 hours after the end of the day', text: ty('2026-11-20'), now: '2026-11-22T00:00' },
    { name: 'date and time with seconds', text: ty('2026-11-20T14:00:30'), now: '2026-11-21T14:00' },
    { name: 'no clock: no timing findings', text: ty('2026-11-01T10:00') },
    { name: 'no interview date', text: draft('thank-you', 'Dear Dana,\n\nThank you.\n'), now: '2026-11-30T10:00' },
    { name: 'an unreadable date is a front matter problem, not a late note', text: ty('last Tuesday'), now: '2026-11-30T10:00' },
    { name: 'other kinds are not checked', text: draft('status-check', 'Dear Dana,\n\nAny update?\n', { interview_date: '2026-11-01' }), now: '2026-11-30T10:00' },
    { name: 'turned off in config', text: ty('2026-11-01T10:00'), now: '2026-11-30T10:00', options: { rules: { 'send-window': 'off' } } },
  ],
  invalid: [
    { name: 'a minute past 24 hours: warning', text: ty('2026-11-20T14:00'), now: '2026-11-21T14:01', errors: [{ messageId: 'late', text: '2026-11-20T14:00', severity: 'warning', data: { hours: 24 } }] },
    { name: 'past 24 hours: warning', text: ty('2026-11-20T14:00'), now: '2026-11-21T15:00', errors: [{ messageId: 'late', text: '2026-11-20T14:00', severity: 'warning', data: { hours: 25 } }] },
    { name: 'exactly 48 hours is still a warning', text: ty('2026-11-20T14:00'), now: '2026-11-22T14:00', errors: [{ messageId: 'late', severity: 'warning', data: { hours: 48 } }] },
    { name: 'past 48 hours: error', text: ty('2026-11-20T14:00'), now: '2026-11-22T14:30', errors: [{ messageId: 'veryLate', text: '2026-11-20T14:00', severity: 'error', data: { hours: 48 } }] },
    { name: 'date only, the second day after', text: ty('2026-11-18'), now: '2026-11-20T09:00', errors: [{ messageId: 'late', text: '2026-11-18', data: { hours: 33 } }] },
    { name: 'date only, past 48 hours from the end of the day', text: ty('2026-11-18'), now: '2026-11-21T00:30', errors: [{ messageId: 'veryLate', text: '2026-11-18', severity: 'error' }] },
    { name: 'a week late', text: ty('2026-11-13T09:00'), now: '2026-11-20T09:00', errors: [{ messageId: 'veryLate', severity: 'error', data: { hours: 168 } }] },
    { name: 'configured severity wins over escalation', text: ty('2026-11-10T10:00'), now: '2026-11-20T10:00', options: { rules: { 'send-window': 'info' } }, errors: [{ messageId: 'veryLate', severity: 'info' }] },
    {
      name: 'the kind inferred from the text, date from front matter',
      text: '---\ninterview_date: 2026-11-20T14:00\n---\n\nDear Dana,\n\nThank you for meeting with me yesterday about the role.\n',
      now: '2026-11-22T15:00',
      errors: [{ messageId: 'veryLate', text: '2026-11-20T14:00' }],
    },
  ],
});
