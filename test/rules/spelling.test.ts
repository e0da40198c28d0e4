import { runRuleTests } from '../helpers/ruleTester.js';
import { draft, goodThankYou } from '../helpers/drafts.js';

const body = (middle: string): string => `Dear Dana,\n\n${middle}\n\nBest regards,\nSam\n`;

runRuleTests('spelling', {
  valid: [
    { name: 'a clean note', text: goodThankYou() },
    { name: 'names from the front matter, possessive too', text: goodThankYou("I enjoyed Okafor's walk-through of Northwind's dashboards.") },
    {
      name: 'a surname known only from the front matter',
      text: draft('thank-you', body('Thank you, Ms Wojciechowska, for the interview.'), { to: 'Agnieszka Wojciechowska', company: 'Kestrelworks', role: 'Analyst' }),
    },
    { name: 'a company in front matter, used lowercase in a domain', text: draft('thank-you', body('I enjoyed the visit to Kestrelworks.'), { to: 'Dana', company: 'Kestrelworks', role: 'Analyst' }) },
    { name: 'a capitalised name mid-sentence', text: goodThankYou('Meeting Thandiwe and Oluwaseun was the highlight of my day.') },
    { name: 'a first and last name together', text: goodThankYou('Priya Ramaswamy gave a great tour of the office.') },
    { name: 'a name in the signature', text: draft('thank-you', 'Dear Dana,\n\nThank you for the interview.\n\nBest regards,\nZyrelle\n') },
    { name: 'job and tech vocabulary', text: goodThankYou('Your onboarding, DevOps practice and microservices work impressed me, as did the UX research and Kubernetes setup.') },
    { name: 'acronyms and mixed-case product names', text: goodThankYou('I used SQL, HRIS exports, iOS builds and GitHub Actions daily.') },
    { name: 'British spellings are words too', text: goodThankYou('I would welcome the chance to organise the colour palette and analyse the behaviour data.') },
    { name: 'hyphenated compounds of real words', text: goodThankYou('It was a well-rounded, forward-looking conversation about follow-up emails.') },
    { name: 'a prefix before a hyphen', text: goodThankYou('We talked about pre-sales, how to de-risk an on-prem migration, and intra-team reviews.') },
    { name: 'contractions', text: goodThankYou("I'm sure we'd work well together; you've built something I'd love to join.") },
    { name: 'numbers, ordinals and times', text: goodThankYou('We met on the 21st at 10:30 and covered Q3 and the 2nd quarter.') },
    { name: 'URLs, emails and handles', text: goodThankYou('My portfolio is at https://samwrites.example/portfolyo and sam.lee@example.com or @samlee.') },
    { name: 'code spans', text: goodThankYou('I showed how `dfgroupby` speeds up the report.') },
    { name: 'words in the user dictionary setting', text: goodThankYou('The Flurbix migration was fascinating.'), options: { dictionary: ['flurbix'] } },
    { name: 'words listed in a followup-words comment', text: `${goodThankYou('The flurbix migration was fascinating.')}\n<!-- followup-words: flurbix -->\n` },
    { name: 'other scripts', text: goodThankYou('I appreciated the 谢谢 and the спасибо at the end.') },
    { name: 'front matter is not prose', text: draft('thank-you', body('Thank you for the interview.'), { to: 'Dana Okafor', company: 'Qwxyz Lbs', role: 'Anlyst' }) },
  ],
  invalid: [
    {
      name: 'a common typo, with the right suggestion first',
      text: goodThankYou('I look forward to recieve your thoughts.'),
      errors: [{ messageId: 'unknown', text: 'recieve', severity: 'error' }],
    },
    { name: 'a transposition', text: goodThankYou('I enjoyed the converstaion about churn.'), errors: [{ messageId: 'unknown', text: 'converstaion' }] },
    { name: 'a dropped letter', text: goodThankYou('The oportunity to join excites me.'), errors: [{ messageId: 'unknown', text: 'oportunity' }] },
    { name: 'a doubled letter', text: goodThankYou('I really apprecciate your time.'), errors: [{ messageId: 'unknown', text: 'apprecciate' }] },
    { name: 'a typo at the start of a sentence', text: goodThankYou('Defintely a team I want to join.'), errors: [{ messageId: 'unknown', text: 'Defintely' }] },
    // An emoji between sentences does not make the next word a name (found by the fix property test: removing the emoji used to add this finding).
    { name: 'a typo opening a sentence after an emoji', text: goodThankYou('It was fun! 😊 Defintely a team I want to join.'), errors: [{ messageId: 'unknown', text: 'Defintely' }] },
    { name: 'a prefix before a hyphen does not excuse a typo after it', text: goodThankYou('We talked about pre-slaes.'), errors: [{ messageId: 'unknown', text: 'slaes' }] },
    { name: 'a typo in a hyphenated word checks only the bad part', text: goodThankYou('It was a well-roundd conversation.'), errors: [{ messageId: 'unknown', text: 'roundd' }] },
    { name: 'a typo in a possessive', text: goodThankYou("I liked the compnay's mission."), errors: [{ messageId: 'unknown', text: 'compnay' }] },
    { name: 'a typo in the subject line', text: draft('thank-you', 'Subject: Thnak you\n\nDear Dana,\n\nThank you for the interview.\n'), errors: [{ messageId: 'unknown', text: 'Thnak' }] },
    { name: 'a typo in a list item', text: goodThankYou('Highlights:\n\n- the dashbaord review\n- the team lunch'), errors: [{ messageId: 'unknown', text: 'dashbaord' }] },
    {
      name: 'a word from the dictionary of another draft is still a typo here',
      text: goodThankYou('The flurbix migration was fascinating.'),
      errors: [{ messageId: 'unknown', text: 'flurbix' }],
    },
    {
      name: 'two typos',
      text: goodThankYou('Thank you for the tiem and the grate insihgts.'),
      errors: [{ messageId: 'unknown', text: 'tiem' }, { messageId: 'unknown', text: 'insihgts' }],
    },
  ],
});
