import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runRuleTests } from '../helpers/ruleTester.js';
import { GRAMMAR_CASES } from '../../shared/rules/grammar.js';
import { goodThankYou } from '../helpers/drafts.js';

const g = goodThankYou;

runRuleTests('grammar', {
  valid: [
    { name: 'a capitalised U-word: its sound is not in its spelling', text: g('I worked for a Utah firm, a Unix shop and a Ugandan NGO before joining an Uber team.') },
    { name: 'a name or place that repeats a word', text: g('Our clinic in Walla Walla serves seared mahi mahi at the staff lunch.') },
    { name: 'a clean note', text: g() },
    // Repeated words that are good English, or not repeats at all.
    { name: '"that that" and "had had"', text: g('I learned that that approach had had real results.') },
    { name: 'a repeat across a sentence break', text: g('The report was late. Late reports cost the team a week.') },
    { name: 'a repeat across a comma', text: g('It was long, long overdue.') },
    { name: 'a repeat across a paragraph', text: g('I enjoyed the tour of the\n\nthe office photos are on my site.').replace('\n\nthe', '\n\nThe') },
    { name: 'numbers repeated', text: g('The scores were 10 10 and 9.') },
    // a / an
    { name: '"a" before consonant sounds spelled with vowels', text: g('It is a unique role, a one-off chance, a European team and a useful tool.') },
    { name: '"an" before a silent h', text: g('It was an honest talk and an honor to spend an hour with you.') },
    { name: 'letters and acronyms are left alone', text: g('I hold an MBA and built a URL shortener and an SQL report.') },
    { name: '"a" as a list label', text: g('Option (a) and point a) both work.') },
    { name: 'Plan A is a name', text: g('Plan A is still my favourite.') },
    { name: '"your A/B", "your a priori": not "you\'re"', text: g('I enjoyed your A/B testing walkthrough and what happens when your a priori assumptions fail.') },
    { name: 'their words in double quotes', text: g('You said "it\'s culture that ships products", which I loved, and "a honest review" is how you put it.') },
    { name: '"then" as time after "more work"', text: g('We did more work then, and it paid off.') },
    { name: 'a signature that repeats the name on the next line', text: g('Thank you again.\n\nBest,\nJordan\nJordan Mills, CFA') },
    { name: '"A" inside a term: FP&A, M&A, Q&A, A/B', text: g('I enjoyed the FP&A Analyst panel, the Q&A afterwards, my time as an M&A analyst and the A/B tests.') },
    // Confusions: near misses that are correct
    { name: '"your" before a noun', text: g('Thank you for your time and your team.') },
    { name: '"you\'re" before an adjective', text: g("You're very kind, and you're right about the backlog.") },
    { name: '"its" before a noun', text: g('The company and its mission impressed me.') },
    { name: '"it\'s" before an adjective', text: g("It's clear the team cares about its customers.") },
    { name: '"then" for sequence', text: g('We talked, then toured the office.') },
    { name: '"than" in a comparison', text: g('It was better than I expected.') },
    { name: '"of course" after would', text: g('I would of course be glad to send more.') },
    { name: '"everyday" as an adjective', text: g('The everyday work of the team sounds great.') },
    { name: '"your welcome" as a noun phrase', text: g('Thank you for your welcome package.') },
    { name: '"exited" in its own sense', text: g('We exited the building at noon, and the company exited the market in 2020.') },
    { name: '"look forward to" with -ing or a noun', text: g('I am looking forward to meeting you, and I look forward to it. I look forward to the demo.') },
    { name: '"for you to" is not "your"', text: g('I prepared a summary for you to review.') },
  ],
  invalid: [
    { name: '"more interesting then anything"', text: g('The role is more interesting then anything I have done before.'), errors: [{ messageId: 'confusion', text: 'then' }], output: g('The role is more interesting than anything I have done before.') },
    { name: '"bigger then"', text: g('The team is bigger then mine.'), errors: [{ messageId: 'confusion', text: 'then' }], output: g('The team is bigger than mine.') },
    {
      name: 'a repeated word',
      text: g('I enjoyed the the tour of the office.'),
      errors: [{ messageId: 'repeated', text: 'the', severity: 'warning' }],
      output: g('I enjoyed the tour of the office.'),
    },
    {
      name: 'a repeat across a line break',
      text: g('I enjoyed the\nthe tour of the office.'),
      errors: [{ messageId: 'repeated', text: 'the' }],
      output: g('I enjoyed the tour of the office.'),
    },
    {
      name: 'a repeat in different case keeps the first',
      text: g('The The team was great.'),
      errors: [{ messageId: 'repeated', text: 'The' }],
      output: g('The team was great.'),
    },
    { name: '"a" before a vowel', text: g('It was a excellent talk.'), errors: [{ messageId: 'article', text: 'a excellent' }], output: g('It was an excellent talk.') },
    { name: '"an" before a consonant', text: g('It was an great talk.'), errors: [{ messageId: 'article', text: 'an great' }], output: g('It was a great talk.') },
    { name: '"an" before a consonant sound', text: g('It is an unique role.'), errors: [{ messageId: 'article', text: 'an unique' }], output: g('It is a unique role.') },
    { name: '"a" before a silent h', text: g('It was a honor to meet you.'), errors: [{ messageId: 'article', text: 'a honor' }], output: g('It was an honor to meet you.') },
    { name: 'sentence-initial "A" keeps its case', text: g('A interesting point came up.'), errors: [{ messageId: 'article', text: 'A interesting' }], output: g('An interesting point came up.') },
    { name: '"your" for "you\'re"', text: g('I think your a great team.'), errors: [{ messageId: 'confusion', text: 'your' }], output: g("I think you're a great team.") },
    { name: '"your welcome"', text: g('Your welcome to call me.'), errors: [{ messageId: 'confusion', text: 'Your' }], output: g("You're welcome to call me.") },
    { name: '"you\'re" for "your"', text: g("Thank you for you're time."), errors: [{ messageId: 'confusion', text: "you're" }], output: g('Thank you for your time.') },
    { name: '"exited" for "excited"', text: g('I am so exited about the role.'), errors: [{ messageId: 'confusion', text: 'exited' }], output: g('I am so excited about the role.') },
    { name: '"exited about"', text: g('I was exited about the roadmap.'), errors: [{ messageId: 'confusion', text: 'exited' }], output: g('I was excited about the roadmap.') },
    { name: '"look forward to hear"', text: g('I look forward to hear from you.'), errors: [{ messageId: 'confusion', text: 'hear' }], output: g('I look forward to hearing from you.') },
    { name: '"looking forward to work"', text: g('I am looking forward to work with your team.'), errors: [{ messageId: 'confusion', text: 'work' }], output: g('I am looking forward to working with your team.') },
    { name: '"for you time"', text: g('Thank you for you time.'), errors: [{ messageId: 'confusion', text: 'you' }], output: g('Thank you for your time.') },
    { name: '"its" for "it\'s"', text: g('I know its a busy week.'), errors: [{ messageId: 'confusion', text: 'its' }], output: g("I know it's a busy week.") },
    { name: '"it\'s" for "its"', text: g("The team and it's mission inspire me."), errors: [{ messageId: 'confusion', text: "it's" }], output: g('The team and its mission inspire me.') },
    { name: '"then" in a comparison', text: g('It went better then I hoped.'), errors: [{ messageId: 'confusion', text: 'then' }], output: g('It went better than I hoped.') },
    { name: '"than" for time', text: g('I have read more since than.'), errors: [{ messageId: 'confusion', text: 'than' }], output: g('I have read more since then.') },
    { name: '"could of"', text: g('I could of explained it better.'), errors: [{ messageId: 'confusion', text: 'could of' }], output: g('I could have explained it better.') },
    { name: '"should of"', text: g('I should of mentioned my SQL work.'), errors: [{ messageId: 'confusion', text: 'should of' }], output: g('I should have mentioned my SQL work.') },
    { name: '"alot"', text: g('I learned alot from the panel.'), errors: [{ messageId: 'confusion', text: 'alot' }], output: g('I learned a lot from the panel.') },
    { name: '"everyday" as an adverb', text: g('I use these tools everyday.'), errors: [{ messageId: 'confusion', text: 'everyday' }], output: g('I use these tools every day.') },
  ],
});

describe('grammar: the cases the fast check skips to', () => {
  it('lists exactly the words its switch has a case for', () => {
    const source = readFileSync(fileURLToPath(new URL('../../shared/rules/grammar.ts', import.meta.url)), 'utf8');
    const body = source.slice(source.indexOf('function checkFast('), source.indexOf('\n}\n', source.indexOf('function checkFast(')));
    const cases = [...body.matchAll(/case (['"])(.*?)\1:/g)].map((m) => m[2]);
    expect(cases.length).toBeGreaterThan(10);
    expect(new Set(cases)).toEqual(GRAMMAR_CASES);
  });
});
