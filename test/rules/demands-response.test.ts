import { runRuleTests, type InvalidCase } from '../helpers/ruleTester.js';
import { draft } from '../helpers/drafts.js';
import { expectEveryEntryMatches } from '../helpers/phraseCoverage.js';

const sc = (body: string): string => draft('status-check', `Dear Dana,\n\n${body}\n\nBest regards,\nSam\n`);
const bad = (name: string, body: string, text: string): InvalidCase => ({ name, text: sc(body), errors: [{ messageId: 'deadline', text }] });

const invalid: InvalidCase[] = [
  bad('kindly revert by EOD', 'Kindly revert by EOD.', 'revert by EOD'),
  bad('a date by month name', 'Please let me know by December 1.', 'let me know by December'),
  bad('an abbreviated month', 'Please respond before Dec. 4 at the latest.', 'respond before Dec'),
  bad('get back to me by a date', 'Please get back to me by November 30.', 'get back to me by November'),
  bad('a response by a date', 'I would appreciate a response by December 2.', 'appreciate a response by December'),
  bad('to hear back by a date', 'I would like to hear back by Dec 1.', 'like to hear back by Dec'),
  bad('I need your decision by a date', 'I need your decision by December 1.', 'I need your decision by December'),
  // A verb and a deadline.
  bad('respond by tomorrow', 'Please respond by tomorrow.', 'respond by tomorrow'),
  bad('reply before next Tuesday', 'Kindly reply before next Tuesday.', 'reply before next Tuesday'),
  bad('answer by end of day', 'Could you answer by end of day?', 'answer by end of day'),
  bad('get back to me by Friday', 'Please get back to me by Friday.', 'get back to me by Friday'),
  bad('I need this feedback by Monday', 'I need this feedback by Monday.', 'I need this feedback by Monday'),
  bad("I'll need an answer by next week", "I'll need an answer by next week.", "I'll need an answer by next week"),
  bad('I need it by the end of the day', 'I need it by the end of the day.', 'I need it by the end of the day'),
  bad('get back to me by this Thursday', 'Please get back to me by this Thursday.', 'get back to me by this Thursday'),
  bad('get back to me by the end of the week', 'Please get back to me by the end of the week.', 'get back to me by the end of the week'),
  bad('let me know by tomorrow', 'Let me know by tomorrow so I can plan.', 'Let me know by tomorrow'),
  bad('let me know by next week', 'Please let me know by next week.', 'let me know by next week'),
  bad('let me know before close of business', 'Let me know before close of business today.', 'Let me know before close of business'),
  bad('appreciate a response by Friday', 'I would appreciate a response by Friday.', 'appreciate a response by Friday'),
  bad('like a decision by next Monday', 'I would like a decision from you by next Monday.', 'like a decision from you by next Monday'),
  bad('want an answer by the end of the day', 'I want an answer by the end of the day.', 'want an answer by the end of the day'),
  bad('love to hear back by Thursday', 'I would love to hear back by Thursday.', 'love to hear back by Thursday'),
  bad('like to hear from you by this Friday', "I'd like to hear from you by this Friday.", 'like to hear from you by this Friday'),
  bad('need to hear back by the end of the week', 'I need to hear back by the end of the week.', 'need to hear back by the end of the week'),
  // Right now.
  bad('reply immediately', 'Please reply immediately.', 'reply immediately'),
  bad('respond right away', 'Could you respond right away?', 'respond right away'),
  bad('get back to me today', 'Please get back to me today.', 'get back to me today'),
  bad('get back to me right away', 'Could you get back to me right away?', 'get back to me right away'),
  bad('let me know immediately', 'Let me know immediately if the role is filled.', 'Let me know immediately'),
  bad('reply within 24 hours', 'Kindly reply within 24 hours.', 'reply within 24 hours'),
  bad('within two business days', 'Please respond within two business days.', 'respond within two business days'),
  bad('please reply quickly', 'Please reply quickly.', 'Please reply quickly'),
  bad('I need you to respond right away', 'I need you to respond right away.', 'I need you to respond right away'),
  bad('I expect to hear back today', 'I expect to hear back today.', 'I expect to hear back today'),
  bad('I expect to hear back from you', 'I expect to hear back from you this week.', 'I expect to hear back from you'),
  bad('I expect to hear from you', 'I expect to hear from you soon.', 'I expect to hear from you'),
  bad('I demand an explanation', 'I demand an explanation.', 'I demand an explanation'),
  bad('I expect your decision', 'I expect your decision this week.', 'I expect your decision'),
  bad('I expect a prompt response', 'I expect a prompt response.', 'I expect a prompt response'),
  bad('your prompt reply', 'I look forward to your prompt reply.', 'I look forward to your prompt reply'),
  bad('awaiting your immediate response', 'Awaiting your immediate response.', 'Awaiting your immediate response'),
  bad("if I don't hear back by", "If I don't hear back by Friday, I will accept another offer.", "If I don't hear back by"),
  bad("I'll give you until", "I'll give you until Monday to decide.", "I'll give you until"),
  bad("I'm giving you until", "I'm giving you until Friday.", "I'm giving you until"),
  {
    name: 'two deadlines in one note',
    text: sc('Please confirm by EOD. If that is not possible, reply tomorrow.'),
    errors: [
      { messageId: 'deadline', text: 'confirm by EOD' },
      { messageId: 'deadline', text: 'reply tomorrow' },
    ],
  },
];

runRuleTests('demands-response', {
  valid: [
    { name: 'their promise, reported', text: sc('You mentioned you would let me know by Friday, so I wanted to ask whether there is any news. Tom said the team would get back to me by Monday.') },
    { name: 'their own date reported', text: sc('You mentioned the team would decide by December 1, so I wanted to check in after that.') },
    { name: 'asking about their timeline', text: sc('Could you share when you expect to make a decision?') },
    { name: 'my own plan: I need to give notice by Friday', text: sc('If an offer comes, I need to give notice by Friday at my current job, so I wanted to mention it.') },
    { name: 'no need for an answer by Friday', text: sc("I don't need an answer by Friday; I only wanted to share my updated portfolio.") },
    { name: 'negated: no need to reply by Friday', text: sc('There is no need to reply by Friday; I know hiring takes time.') },
    { name: "negated: please don't feel you need to reply today", text: sc("Please don't feel you need to reply today.") },
    { name: 'their own timeline, reported', text: sc('You mentioned the team would decide by Friday, so I wanted to share one more example first.') },
    { name: 'you said you would respond by Friday', text: sc('You said you would respond by Friday, so I am simply sharing one more example.') },
    { name: 'a decision date they gave', text: sc('You mentioned a decision by Friday, which works well for me.') },
    { name: 'my own promise to reply', text: sc('I will reply by Monday with my availability, and I can send the portfolio by Friday.') },
    { name: "I'll confirm by Friday", text: sc("I'll confirm by Friday which dates work for the second round.") },
    { name: 'they asked me to confirm', text: sc('You asked me to confirm by Friday, and I am happy to.') },
    { name: 'news from another company', text: sc('I expect to hear back from another company next week, so I wanted to ask about your timeline.') },
    { name: 'a habit from my last job', text: sc('I make a point to respond promptly to customer tickets, and I usually reply within a day.') },
    { name: 'thanks for answering today', text: sc('Thank you for taking the time to answer today.') },
    { name: 'a deadline of theirs that I met', text: sc('I sent the references you asked for, within the 24 hours you mentioned.') },
    { name: 'open-ended hope', text: sc('I look forward to hearing back whenever the team is ready.') },
    { name: 'their words in double quotes', text: sc('Your note said "please respond by Friday" about my availability, and I am free all week.') },
    { name: 'their request in a blockquote', text: sc('I am free all week.\n\n> Please let me know by Friday which day suits you.') },
    { name: 'inside inline code', text: sc('The `reply by EOD` macro in your help desk was a neat idea.') },
    { name: '"by email", not a date', text: sc('Let me know by email or phone, whichever is easier.') },
    { name: 'EOD as a name, not a deadline', text: sc('My time at EOD Analytics taught me to write short reports.') },
  ],
  invalid,
});

expectEveryEntryMatches('demands-response', invalid.map((c) => c.text));
