import { runRuleTests } from '../helpers/ruleTester.js';
import { draft } from '../helpers/drafts.js';

const sc = (body: string): string => draft('status-check', `Dear Dana,\n\n${body}\n\nBest regards,\nSam\n`);

runRuleTests('pushy', {
  valid: [
    { name: 'a polite first status check', text: sc('I wanted to check in on the Data Analyst role. I remain very interested and would be glad to hear about the timeline.') },
    { name: 'negated: "not one to be pushy"', text: sc("I'm not one to be pushy, but I wanted to ask whether there is any update on the timeline.") },
    { name: 'following up once is fine', text: sc('I am following up on my interview last week about the Data Analyst role.') },
    { name: '"urgent" about the work discussed', text: sc('I enjoyed hearing how your team handles urgent requests from the sales floor.') },
    { name: 'quoted phrase', text: sc('You mentioned that "as soon as possible" is how the team hears most requests, which made me laugh.') },
    { name: 'in a blockquote of their earlier mail', text: sc('Thank you for the update below.\n\n> We need an answer ASAP on your availability.') },
    { name: 'in inline code', text: sc('I liked the `asap` priority label in your tracker.') },
    { name: '"again" about thanks, not chasing', text: sc('Thank you again for meeting with me; I am still very interested in the role.') },
  ],
  invalid: [
    { name: 'following up again', text: sc('Just following up again about the role.'), errors: [{ messageId: 'pressure', text: 'following up again' }] },
    { name: 'ASAP', text: sc('Please let me know ASAP.'), errors: [{ messageId: 'pressure', text: 'ASAP' }] },
    { name: 'as per my last email', text: sc('As per my last email, I am waiting for news.'), errors: [{ messageId: 'counting', text: 'As per my last email' }] },
    { name: 'I need an answer', text: sc('I need an answer so I can plan my month.'), errors: [{ messageId: 'pressure', text: 'I need an answer' }] },
    { name: 'counting earlier messages', text: sc('I have emailed you three times about this.'), errors: [{ messageId: 'counting', text: 'I have emailed you three times' }] },
    { name: 'this is my third email', text: sc('This is my third email about the role.'), errors: [{ messageId: 'counting', text: 'This is my third email' }] },
    { name: 'still waiting', text: sc("I'm still waiting to hear from you."), errors: [{ messageId: 'pressure', text: "I'm still waiting" }] },
  ],
});
