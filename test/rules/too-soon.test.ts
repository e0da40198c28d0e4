import { runRuleTests } from '../helpers/ruleTester.js';
import { draft } from '../helpers/drafts.js';
import type { Facts } from '../helpers/drafts.js';

const sc = (facts: Facts): string => draft('status-check', 'Dear Dana,\n\nIs there any update on the timeline?\n', { to: 'Dana Okafor', ...facts });

runRuleTests('too-soon', {
  valid: [
    { name: 'a week after', text: sc({ interview_date: '2026-11-10T10:00' }), now: '2026-11-17T10:00' },
    { name: 'after the decision date', text: sc({ interview_date: '2026-11-01', decision_date: '2026-11-20' }), now: '2026-11-21T09:00' },
    { name: 'no dates', text: sc({}), now: '2026-11-21T09:00' },
    { name: 'no clock', text: sc({ interview_date: '2026-11-20' }) },
    { name: 'thank-you notes are not checked', text: draft('thank-you', 'Dear Dana,\n\nThank you.\n', { interview_date: '2026-11-20' }), now: '2026-11-21T09:00' },
  ],
  invalid: [
    { name: 'three days after', text: sc({ interview_date: '2026-11-18T10:00' }), now: '2026-11-21T10:00', errors: [{ messageId: 'beforeWeek', text: '2026-11-18T10:00', data: { days: 3 } }] },
    { name: 'before the decision date', text: sc({ interview_date: '2026-11-01', decision_date: '2026-11-28' }), now: '2026-11-21T09:00', errors: [{ messageId: 'beforeDecision', text: '2026-11-28' }] },
    { name: 'on the decision day itself (a date counts to its end)', text: sc({ decision_date: '2026-11-21' }), now: '2026-11-21T16:00', errors: [{ messageId: 'beforeDecision', text: '2026-11-21' }] },
  ],
});
