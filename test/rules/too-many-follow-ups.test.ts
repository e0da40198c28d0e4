import { runRuleTests } from '../helpers/ruleTester.js';
import { draft } from '../helpers/drafts.js';

const sc = (n?: number): string => draft('status-check', 'Dear Dana,\n\nIs there any update on the timeline?\n', { to: 'Dana Okafor', previous_follow_ups: n });

runRuleTests('too-many-follow-ups', {
  valid: [
    { name: 'first follow-up', text: sc(0) },
    { name: 'second follow-up', text: sc(1) },
    { name: 'unknown', text: sc() },
    { name: 'thank-you notes are not checked', text: draft('thank-you', 'Dear Dana,\n\nThank you.\n', { previous_follow_ups: 3 }) },
  ],
  invalid: [
    { name: 'two already sent', text: sc(2), errors: [{ messageId: 'tooMany', text: '2', data: { count: 2 } }] },
    { name: 'five already sent', text: sc(5), errors: [{ messageId: 'tooMany', text: '5' }] },
  ],
});
