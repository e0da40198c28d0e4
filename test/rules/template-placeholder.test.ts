import { runRuleTests } from '../helpers/ruleTester.js';
import { draft } from '../helpers/drafts.js';

const ty = (body: string): string => draft('thank-you', `Dear Dana,\n\n${body}\n\nBest regards,\nSam\n`);

runRuleTests('template-placeholder', {
  valid: [
    { name: 'a real link', text: ty('I read [the team blog](https://example.com/blog) after we spoke.') },
    { name: 'a task box', text: ty('- [x] sent the references') },
    { name: 'sic', text: ty('The posting said "analyist" [sic], which we joked about.') },
    { name: 'an acronym in brackets', text: ty('My portfolio is attached [PDF].') },
    { name: 'html tag', text: ty('Thank you for your time.<br>I enjoyed it.') },
    { name: 'todo in lower case as a word', text: ty('We compared our todo apps, which was fun.') },
    { name: 'placeholder inside code', text: ty('Your template engine uses `{{name}}` syntax, which I know well.') },
    { name: 'a thematic break is not a blank', text: ty('Thank you.\n\n___\n\nP.S. I enjoyed the tour.') },
  ],
  invalid: [
    {
      name: '[Company Name] filled from front matter',
      text: ty('Thank you for the interview at [Company Name].'),
      errors: [{ messageId: 'placeholderKnown', text: '[Company Name]' }],
      output: ty('Thank you for the interview at Northwind Labs.'),
    },
    {
      name: '{{name}} filled',
      text: ty('It was great to meet you, {{interviewer_name}}.'),
      errors: [{ messageId: 'placeholderKnown', text: '{{interviewer_name}}' }],
      output: ty('It was great to meet you, Dana Okafor.'),
    },
    {
      name: '<Role> filled',
      text: ty('I am excited about the <Role> position.'),
      errors: [{ messageId: 'placeholderKnown', text: '<Role>' }],
      output: ty('I am excited about the Data Analyst position.'),
    },
    { name: 'XXX without a fact', text: ty('I can start on XXX.'), errors: [{ messageId: 'placeholder', text: 'XXX' }], output: null },
    { name: 'TODO', text: ty('TODO add a detail from the interview.'), errors: [{ messageId: 'placeholder', text: 'TODO' }], output: null },
    { name: 'blank line to fill', text: ty('My favourite part was ____.'), errors: [{ messageId: 'placeholder', text: '____' }], output: null },
  ],
});
