import { runRuleTests } from '../helpers/ruleTester.js';
import { draft } from '../helpers/drafts.js';

const ty = (body: string): string => draft('thank-you', `Dear Dana,\n\n${body}\n\nBest regards,\nSam\n`);
const dated = { to: 'Dana Okafor', company: 'Northwind Labs', role: 'Data Analyst', interview_date: '2026-11-20T14:00' };

runRuleTests('template-placeholder', {
  valid: [
    { name: 'a real link', text: ty('I read [the team blog](https://example.com/blog) after we spoke.') },
    { name: 'a reference link', text: ty('I read [the team blog][blog] after we spoke.\n\n[blog]: https://example.com/blog') },
    { name: 'a task box', text: ty('- [x] sent the references') },
    { name: 'an open task box', text: ty('- [ ] send the portfolio') },
    { name: 'sic', text: ty('The posting said "analyist" [sic], which we joked about.') },
    { name: 'an acronym in brackets', text: ty('My portfolio is attached [PDF].') },
    { name: 'a brand in brackets', text: ty('My profile is linked below [LinkedIn].') },
    { name: 'a file name in brackets', text: ty('Please see the attached file [resume.pdf].') },
    { name: 'a footnote marker', text: ty('I shipped the report in two weeks[1].') },
    { name: 'html tags', text: ty('Thank you for your time.<br>I enjoyed it, especially the <em>demo</em>.') },
    { name: 'an email address in angle brackets', text: ty('You can reach me at <sam@example.com>.') },
    { name: 'todo in lower case as a word', text: ty('We compared our todo apps, which was fun.') },
    { name: 'TBD used as a word', text: ty('I understand the start date is still TBD on your side.') },
    { name: 'placeholder inside code', text: ty('Your template engine uses `{{name}}` syntax, which I know well.') },
    { name: 'placeholder inside a fenced block', text: ty('Here is the snippet:\n\n```\nHello [Company Name], {{name}}\n```') },
    { name: 'a thematic break is not a blank', text: ty('Thank you.\n\n___\n\nP.S. I enjoyed the tour.') },
    { name: 'a placeholder in the quoted template they sent', text: `${ty('Thank you.')}\n> Dear [Candidate Name], thank you for applying.\n` },
  ],
  invalid: [
    {
      name: '[Company Name] filled from front matter',
      text: ty('Thank you for the interview at [Company Name].'),
      errors: [{ messageId: 'placeholderKnown', text: '[Company Name]', data: { value: 'Northwind Labs' } }],
      output: ty('Thank you for the interview at Northwind Labs.'),
    },
    {
      name: '{{name}} filled',
      text: ty('It was great to meet you, {{interviewer_name}}.'),
      errors: [{ messageId: 'placeholderKnown', text: '{{interviewer_name}}' }],
      output: ty('It was great to meet you, Dana Okafor.'),
    },
    {
      name: '{first_name} filled with the first name',
      text: ty("I loved {first_name}'s demo of the churn model."),
      errors: [{ messageId: 'placeholderKnown', text: '{first_name}', data: { value: 'Dana' } }],
      output: ty("I loved Dana's demo of the churn model."),
    },
    {
      name: '<Role> filled',
      text: ty('I am excited about the <Role> position.'),
      errors: [{ messageId: 'placeholderKnown', text: '<Role>' }],
      output: ty('I am excited about the Data Analyst position.'),
    },
    {
      name: '<Interviewer> at the start of a line',
      text: ty('<Interviewer>, thank you for the tour.'),
      errors: [{ messageId: 'placeholderKnown', text: '<Interviewer>' }],
      output: ty('Dana Okafor, thank you for the tour.'),
    },
    {
      name: 'several slots in one note, all filled at once',
      text: draft('status-check', 'Dear [Interviewer First Name],\n\nI am writing about the [Job Title] role at {{ company }}.\n'),
      errors: [
        { messageId: 'placeholderKnown', text: '[Interviewer First Name]' },
        { messageId: 'placeholderKnown', text: '[Job Title]' },
        { messageId: 'placeholderKnown', text: '{{ company }}' },
      ],
      output: draft('status-check', 'Dear Dana,\n\nI am writing about the Data Analyst role at Northwind Labs.\n'),
    },
    {
      name: 'the interview date, formatted',
      text: draft('thank-you', 'Dear Dana,\n\nThank you for our conversation on [Date of Interview].\n', dated),
      errors: [{ messageId: 'placeholderKnown', text: '[Date of Interview]', data: { value: 'Fri 20 Nov' } }],
      output: draft('thank-you', 'Dear Dana,\n\nThank you for our conversation on Fri 20 Nov.\n', dated),
    },
    { name: 'the sender is not known: [Your Name] has no fix', text: draft('thank-you', 'Dear Dana,\n\nThank you.\n\nBest,\n[Your Name]\n'), errors: [{ messageId: 'placeholder', text: '[Your Name]' }], output: null },
    { name: 'a company slot without a company', text: draft('thank-you', 'Dear Dana,\n\nThank you for the tour of [Company].\n', { to: 'Dana Okafor' }), errors: [{ messageId: 'placeholder', text: '[Company]' }], output: null },
    { name: 'a lower-case angle slot', text: ty('I especially enjoyed <insert topic>.'), errors: [{ messageId: 'placeholder', text: '<insert topic>' }], output: null },
    { name: '[x] mid-sentence is a blank to fill', text: ty('I have [x] years of SQL experience.'), errors: [{ messageId: 'placeholder', text: '[x]' }], output: null },
    { name: 'XXX without a fact', text: ty('I can start on XXX.'), errors: [{ messageId: 'placeholder', text: 'XXX' }], output: null },
    { name: 'TODO', text: ty('TODO add a detail from the interview.'), errors: [{ messageId: 'placeholder', text: 'TODO' }], output: null },
    { name: 'blank line to fill', text: ty('My favourite part was ____.'), errors: [{ messageId: 'placeholder', text: '____' }], output: null },
    { name: 'a shouted slot', text: ty('I look forward to joining [TEAM NAME].'), errors: [{ messageId: 'placeholder', text: '[TEAM NAME]' }], output: null },
  ],
});
