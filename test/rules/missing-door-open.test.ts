import { runRuleTests } from '../helpers/ruleTester.js';
import { draft } from '../helpers/drafts.js';

const rr = (body: string): string => draft('rejection-response', `Dear Dana,\n\nThank you for letting me know about your decision. ${body}\n\nBest regards,\nSam\n`);

runRuleTests('missing-door-open', {
  valid: [
    { name: 'future openings', text: rr('Please keep me in mind for future openings.') },
    { name: 'stay in touch', text: rr('I hope we can stay in touch.') },
    { name: 'paths cross', text: rr('I hope our paths cross again.') },
    { name: 'consider me', text: rr('I would be glad if you would consider me for other roles.') },
    { name: 'if anything else opens up', text: rr('Please reach out if anything else opens up.') },
    { name: 'an adjective between future and roles', text: rr('I would be glad to be considered for future events roles.') },
    { name: 'connect on LinkedIn', text: rr('I would like to connect on LinkedIn.') },
    { name: 'other kinds are not checked', text: draft('thank-you', 'Dear Dana,\n\nThank you for the interview.\n') },
  ],
  invalid: [
    {
      name: 'closes the door by saying nothing',
      text: rr('I wish you all the best with the new hire.'),
      errors: [{ messageId: 'missing', text: 'Dear Dana,' }],
      suggestions: ['Add "I would welcome the chance to be considered for future openings, and I hope we can stay in touch."'],
    },
    { name: 'only disappointment', text: rr('I am disappointed, but I understand.'), errors: [{ messageId: 'missing', text: 'Dear Dana,' }] },
    { name: 'door open only in the quoted mail', text: `${rr('Best of luck to the team.')}\n> We will keep your details for future roles.\n`, errors: [{ messageId: 'missing', text: 'Dear Dana,' }] },
  ],
});
