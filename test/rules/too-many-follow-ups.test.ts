import { runRuleTests } from '../helpers/ruleTester.js';
import { draft } from '../helpers/drafts.js';

const sc = (n?: number | string): string =>
  draft('status-check', 'Dear Dana,\n\nIs there any update on the timeline?\n', { to: 'Dana Okafor', previous_follow_ups: n as number | undefined });

runRuleTests('too-many-follow-ups', {
  valid: [
    { name: 'first follow-up', text: sc(0) },
    { name: 'second follow-up', text: sc(1) },
    { name: 'a quoted count', text: sc('"1"') },
    { name: 'unknown', text: sc() },
    { name: 'not a number is a front matter problem, not this rule', text: sc('several') },
    { name: 'thank-you notes are not checked', text: draft('thank-you', 'Dear Dana,\n\nThank you.\n', { previous_follow_ups: 3 }) },
    { name: 'turned off in config', text: sc(4), options: { rules: { 'too-many-follow-ups': 'off' } } },
  ],
  invalid: [
    { name: 'two already sent', text: sc(2), errors: [{ messageId: 'tooMany', text: '2', data: { count: 2 } }] },
    { name: 'three already sent', text: sc(3), errors: [{ messageId: 'tooMany', text: '3', data: { count: 3 } }] },
    { name: 'five already sent', text: sc(5), errors: [{ messageId: 'tooMany', text: '5' }] },
    { name: 'a quoted count of two', text: sc("'2'"), errors: [{ messageId: 'tooMany', text: "'2'", data: { count: 2 } }] },
    { name: 'with a configured severity', text: sc(2), options: { rules: { 'too-many-follow-ups': 'error' } }, errors: [{ messageId: 'tooMany', severity: 'error' }] },
    {
      name: 'a status check inferred from the text',
      text: '---\nprevious_follow_ups: 2\n---\n\nDear Dana,\n\nI wanted to check in on the status of my application.\n',
      errors: [{ messageId: 'tooMany', text: '2' }],
    },
  ],
});
