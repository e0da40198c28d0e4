import { runRuleTests } from '../helpers/ruleTester.js';
import { goodThankYou } from '../helpers/drafts.js';

runRuleTests('desperate', {
  valid: [
    { name: 'a confident close', text: goodThankYou('I would bring five years of reporting experience to the team.') },
    { name: 'needing a tool, not the job', text: goodThankYou('You said the team really needs this job scheduler rebuilt, which is work I enjoy.') },
    { name: 'not desperate', text: goodThankYou("I'm not desperate for a quick answer; take the time you need.") },
    { name: 'an opportunity they described', text: goodThankYou('The mentoring opportunity you described sounded valuable for new analysts.') },
    { name: 'quoted', text: goodThankYou('We laughed about the "please hire me" sign a candidate once held up at a job fair.') },
    { name: 'plea in a blockquote', text: `${goodThankYou()}\n> please please let me know\n` },
  ],
  invalid: [
    { name: 'I really need this job', text: goodThankYou('I really need this job.'), errors: [{ messageId: 'desperate', text: 'I really need this job' }] },
    { name: 'begging', text: goodThankYou('I am begging you to reconsider my application.'), errors: [{ messageId: 'desperate', text: 'begging' }] },
    { name: 'anything', text: goodThankYou("I'll do anything to join your team."), errors: [{ messageId: 'desperate', text: "I'll do anything" }] },
    { name: 'please give me a chance', text: goodThankYou('Please give me a chance to prove myself.'), errors: [{ messageId: 'desperate', text: 'Please give me a chance' }] },
    { name: 'no other options', text: goodThankYou('I have no other options right now.'), errors: [{ messageId: 'desperate', text: 'I have no other options' }] },
    { name: 'desperately', text: goodThankYou('I am so desperate to work here.'), errors: [{ messageId: 'desperate', text: 'so desperate' }] },
  ],
});
