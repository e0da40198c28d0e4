import { runRuleTests } from '../helpers/ruleTester.js';
import { draft } from '../helpers/drafts.js';
import type { Facts } from '../helpers/drafts.js';

const sc = (facts: Facts): string => draft('status-check', 'Dear Dana,\n\nIs there any update on the timeline?\n', { to: 'Dana Okafor', ...facts });

runRuleTests('too-soon', {
  valid: [
    { name: 'exactly a week after', text: sc({ interview_date: '2026-11-10T10:00' }), now: '2026-11-17T10:00' },
    { name: 'two weeks after, date only', text: sc({ interview_date: '2026-11-03' }), now: '2026-11-17T10:00' },
    { name: 'after the decision date', text: sc({ interview_date: '2026-11-01', decision_date: '2026-11-20' }), now: '2026-11-21T09:00' },
    { name: 'the day after a date-only decision date, at midnight', text: sc({ decision_date: '2026-11-20' }), now: '2026-11-21T00:00' },
    { name: 'a decision time that has passed', text: sc({ decision_date: '2026-11-20T12:00' }), now: '2026-11-20T12:30' },
    { name: 'a passed decision date makes a check within the week timely', text: sc({ interview_date: '2026-11-16T10:00', decision_date: '2026-11-18' }), now: '2026-11-20T09:00' },
    { name: 'no dates', text: sc({}), now: '2026-11-21T09:00' },
    { name: 'no clock', text: sc({ interview_date: '2026-11-20', decision_date: '2026-12-01' }) },
    { name: 'thank-you notes are not checked', text: draft('thank-you', 'Dear Dana,\n\nThank you.\n', { interview_date: '2026-11-20' }), now: '2026-11-21T09:00' },
  ],
  invalid: [
    { name: 'three days after', text: sc({ interview_date: '2026-11-18T10:00' }), now: '2026-11-21T10:00', errors: [{ messageId: 'beforeWeek', text: '2026-11-18T10:00', data: { days: '3 days', when: 'Wed 25 Nov' } }] },
    { name: 'one day after: "1 day", not "1 day(s)"', text: sc({ interview_date: '2026-11-20T10:00' }), now: '2026-11-21T11:00', errors: [{ messageId: 'beforeWeek', data: { days: '1 day' } }] },
    { name: 'a minute short of a week', text: sc({ interview_date: '2026-11-10T10:00' }), now: '2026-11-17T09:59', errors: [{ messageId: 'beforeWeek', data: { days: '6 days' } }] },
    { name: 'the same day, date only', text: sc({ interview_date: '2026-11-21' }), now: '2026-11-21T17:00', errors: [{ messageId: 'beforeWeek', text: '2026-11-21', data: { days: '0 days' } }] },
    { name: 'before the decision date', text: sc({ interview_date: '2026-11-01', decision_date: '2026-11-28' }), now: '2026-11-21T09:00', errors: [{ messageId: 'beforeDecision', text: '2026-11-28', data: { when: 'Sat 28 Nov' } }] },
    { name: 'on the decision day itself (a date counts to its end)', text: sc({ decision_date: '2026-11-21' }), now: '2026-11-21T16:00', errors: [{ messageId: 'decisionToday', text: '2026-11-21', data: { when: 'Sat 21 Nov' } }] },
    { name: 'an interview still ahead', text: sc({ interview_date: '2026-11-30T09:00' }), now: '2026-11-23T09:00', errors: [{ messageId: 'beforeInterview', text: '2026-11-30T09:00', data: { when: 'Mon 30 Nov, 09:00' } }] },
    { name: 'a decision time later today', text: sc({ decision_date: '2026-11-21T17:00' }), now: '2026-11-21T09:00', errors: [{ messageId: 'beforeDecision', text: '2026-11-21T17:00', data: { when: 'Sat 21 Nov, 17:00' } }] },
    {
      name: 'both too soon: the decision date is what to wait for',
      text: sc({ interview_date: '2026-11-19', decision_date: '2026-11-30' }),
      now: '2026-11-21T09:00',
      errors: [{ messageId: 'beforeDecision', text: '2026-11-30' }],
    },
  ],
});
