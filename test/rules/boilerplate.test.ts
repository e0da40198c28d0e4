import { runRuleTests, type InvalidCase } from '../helpers/ruleTester.js';
import { draft, goodThankYou } from '../helpers/drafts.js';
import { expectEveryEntryMatches } from '../helpers/phraseCoverage.js';

const bad = (name: string, middle: string, text: string): InvalidCase => ({ name, text: goodThankYou(middle), errors: [{ messageId: 'stock', text }] });
const sc = (body: string): string => draft('status-check', `Dear Dana,\n\n${body}\n\nBest regards,\nSam\n`);

const invalid: InvalidCase[] = [
  bad('writing to humbly follow up', 'I am writing to humbly follow up on my interview.', 'I am writing to humbly follow up'),
  bad('hope this mail meets you well', 'I hope this mail meets you well.', 'I hope this mail meets you well'),
  bad('trust you are doing great', 'Trust you are doing great.', 'Trust you are doing great'),
  { name: 'writing to follow up', text: sc("I'm writing to follow up on my application for the Data Analyst role."), errors: [{ messageId: 'stock', text: "I'm writing to follow up" }] },
  { name: 'just writing to check in', text: sc('Just writing to check in on the Data Analyst role.'), errors: [{ messageId: 'stock', text: 'Just writing to check in' }] },
  { name: 'writing in regards to', text: sc('I am writing in regards to the Data Analyst role.'), errors: [{ messageId: 'stock', text: 'I am writing in regards to' }] },
  bad('writing this email to', 'I am writing this email to thank you.', 'I am writing this email to'),
  bad('writing to provide', 'I am writing to provide additional information about my portfolio.', 'I am writing to provide'),
  { name: 'reaching out to touch base', text: sc("I'm reaching out to touch base about the timeline."), errors: [{ messageId: 'stock', text: "I'm reaching out to touch base" }] },
  bad('finds you well', 'I hope this email finds you well.', 'I hope this email finds you well'),
  bad('hope this finds you well', 'Hope this finds you well.', 'Hope this finds you well'),
  bad('hope all is well', 'I hope all is well with you.', 'I hope all is well'),
  { name: 'wanted to touch base', text: sc('I just wanted to touch base about the timeline.'), errors: [{ messageId: 'stock', text: 'I just wanted to touch base' }] },
  bad('take this opportunity', "I'd like to take this opportunity to thank you again.", "I'd like to take this opportunity to"),
  bad('team player', 'I am a team player with strong skills.', 'I am a team player'),
  bad('detail-oriented', "I'm highly detail-oriented.", "I'm highly detail-oriented"),
  bad('hard-working team player', 'You will find me a hard-working team player.', 'hard-working team player'),
  bad('I believe I am the perfect candidate', 'I believe I am the perfect candidate.', 'I believe I am the perfect candidate'),
  bad("I'm the ideal candidate", "I'm truly the ideal candidate for this role.", "I'm truly the ideal candidate"),
  bad('a great asset to your team', 'I would be a great asset to your team.', 'a great asset to your team'),
  bad('outside the box', 'I like to think outside the box.', 'think outside the box'),
  { name: 'at your earliest convenience', text: sc('Please reply at your earliest convenience.'), errors: [{ messageId: 'stock', text: 'at your earliest convenience' }] },
];

runRuleTests('boilerplate', {
  valid: [
    { name: 'a specific opener', text: goodThankYou('Your point about cleaning data at the source stayed with me.') },
    { name: 'writing about the job itself', text: goodThankYou('I enjoyed hearing that the team writes to customers every week.') },
    { name: 'a team player as a topic', text: goodThankYou('You asked how I support a team player who is struggling, and I have thought about it more.') },
    { name: 'negated self-description', text: goodThankYou("I'm not a people person by default, but I have learned to lead workshops.") },
    { name: 'hope in a real sense', text: goodThankYou('I hope the product launch goes well next week.') },
    { name: 'in double quotes', text: goodThankYou('We both laughed at "I hope this email finds you well" as an opener.') },
    { name: 'in a blockquote of their message', text: `${goodThankYou()}\n> I hope this email finds you well. We are writing to follow up on your interview.\n` },
    { name: 'in inline code', text: goodThankYou('The `think outside the box` lint rule in your style guide made me smile.') },
    { name: 'a plain status-check opener', text: sc('I wanted to check in on the Data Analyst role and whether the timeline has changed.') },
    { name: 'writing something specific', text: goodThankYou('I am writing a short summary of the churn analysis for you below.') },
    { name: 'a specific pleasantry', text: goodThankYou('I hope you and the team had a good weekend after the launch.') },
    { name: 'an asset in a story', text: goodThankYou('The new hire you described sounded like a real asset to the analytics group.') },
    { name: 'the ideal candidate, in their words', text: goodThankYou('You said the ideal candidate would know dbt, and I have used it for two years.') },
    { name: 'touching base as a plan they made', text: goodThankYou('We agreed to touch base again after the holidays.') },
    { name: 'a courteous closing offer', text: goodThankYou("Please don't hesitate to reach out if anything else would help.") },
  ],
  invalid,
});

expectEveryEntryMatches('boilerplate', invalid.map((c) => c.text));
