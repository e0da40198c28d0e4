import { describe, expect, it } from 'vitest';
import { lintDraft } from '../../shared/index.js';
import { runRuleTests } from '../helpers/ruleTester.js';
import { draft } from '../helpers/drafts.js';

const rr = (body: string): string => draft('rejection-response', `Dear Dana,\n\nThank you for letting me know about your decision. ${body}\n\nBest regards,\nSam\n`);
const ADD = 'Add "I would welcome the chance to be considered for future openings, and I hope we can stay in touch."';

runRuleTests('missing-door-open', {
  valid: [
    { name: 'work together some day', text: rr('I hope we can work together some day.') },
    { name: 'future openings', text: rr('Please keep me in mind for future openings.') },
    { name: 'stay in touch', text: rr('I hope we can stay in touch.') },
    { name: "let's keep in touch", text: rr("Let's keep in touch.") },
    { name: 'paths cross', text: rr('I hope our paths cross again.') },
    { name: 'consider me', text: rr('I would be glad if you would consider me for other roles.') },
    { name: 'if anything else opens up', text: rr('Please reach out if anything else opens up.') },
    { name: 'if another position becomes available', text: rr("Please don't hesitate to reach out if another position becomes available.") },
    { name: 'an adjective between future and roles', text: rr('I would be glad to be considered for future events roles.') },
    { name: 'connect on LinkedIn', text: rr('I would like to connect on LinkedIn.') },
    { name: 'work together in the future', text: rr("I'd welcome the chance to work together in the future.") },
    { name: 'if anything changes', text: rr("I'd be glad to hear from you if anything changes.") },
    { name: 'keep my details on file', text: rr('Please keep my details on file.') },
    { name: 'part of the team someday', text: rr("I'd love to be part of the team someday.") },
    { name: 'apply again', text: rr('I would be happy to apply again when the spring cohort opens.') },
    { name: 'other kinds are not checked', text: draft('thank-you', 'Dear Dana,\n\nThank you for the interview.\n') },
  ],
  invalid: [
    {
      name: 'closes the door by saying nothing',
      text: rr('I wish you all the best with the new hire.'),
      errors: [{ messageId: 'missing', text: 'Dear Dana,' }],
      suggestions: [ADD],
    },
    { name: 'only disappointment', text: rr('I am disappointed, but I understand.'), errors: [{ messageId: 'missing', text: 'Dear Dana,' }], suggestions: [ADD] },
    { name: 'door open only in the quoted mail', text: `${rr('Best of luck to the team.')}\n> We will keep your details for future roles.\n`, errors: [{ messageId: 'missing', text: 'Dear Dana,' }] },
    { name: '"the other candidate" is not another opening', text: rr('I understand the other candidate was a better fit.'), errors: [{ messageId: 'missing', text: 'Dear Dana,' }] },
    {
      name: 'a short reply with no sign-off',
      text: draft('rejection-response', 'Dear Dana,\n\nThanks for the update. Understood.\n'),
      errors: [{ messageId: 'missing', text: 'Dear Dana,' }],
      suggestions: [ADD],
    },
    {
      name: 'inferred kind: a reply to a rejection with no front matter',
      text: 'Hello Dana,\n\nThank you for letting me know that I was not selected. Congratulations to the team on the new hire.\n\nSam\n',
      errors: [{ messageId: 'missing', text: 'Hello Dana,' }],
    },
  ],
});

describe('the added sentence goes above the signature', () => {
  const apply = (text: string): string => {
    const f = lintDraft(text).findings.find((x) => x.ruleId === 'missing-door-open');
    const e = f?.fixes[0]?.edits[0];
    expect(e, 'a suggested sentence').toBeDefined();
    return text.slice(0, e!.start) + e!.newText + text.slice(e!.end);
  };
  const sentence = 'I would welcome the chance to be considered for future openings, and I hope we can stay in touch.';
  it.each([
    ['Yours faithfully,\nRavi Kumar'],
    ['Thanking you,\nRavi Kumar'],
    ['Best, Ana\n(415) 555-0100 | linkedin.com/in/analopez'],
    ['— Ana'],
    ['I have the honour to remain, Sir,\nYour obedient servant,\nJohn Doe'],
  ])('%s', (signature) => {
    const text = draft('rejection-response', `Dear Dana,\n\nThank you for letting me know about your decision.\n\n${signature}\n`);
    expect(apply(text)).toBe(draft('rejection-response', `Dear Dana,\n\nThank you for letting me know about your decision.\n\n${sentence}\n\n${signature}\n`));
  });
});
