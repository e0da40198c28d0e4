import { runRuleTests, type InvalidCase } from '../helpers/ruleTester.js';
import { draft } from '../helpers/drafts.js';
import { expectEveryEntryMatches } from '../helpers/phraseCoverage.js';

const sc = (body: string): string => draft('status-check', `Dear Dana,\n\n${body}\n\nBest regards,\nSam\n`);
const pressure = (name: string, body: string, text: string): InvalidCase => ({ name, text: sc(body), errors: [{ messageId: 'pressure', text }] });
const counting = (name: string, body: string, text: string): InvalidCase => ({ name, text: sc(body), errors: [{ messageId: 'counting', text }] });
const presumes = (name: string, body: string, text: string): InvalidCase => ({ name, text: sc(body), errors: [{ messageId: 'presumes', text }] });

const invalid: InvalidCase[] = [
  // Chasing again.
  pressure('following up again', 'Just following up again about the Data Analyst role.', 'following up again'),
  pressure('checking in once again', "I'm checking in once again on my application.", 'checking in once again'),
  pressure('circling back once more', 'Circling back once more on my application for the Data Analyst role.', 'Circling back once more'),
  counting('following up on my follow-up', 'I am following up on my follow-up from last Tuesday.', 'following up on my follow-up'),
  pressure('bumping this', 'Bumping this to the top of your inbox.', 'Bumping this'),
  pressure('bump this up', 'I wanted to bump this up in case it got buried.', 'bump this up'),
  pressure('bumping my earlier email', 'Just bumping my earlier email about the role.', 'bumping my earlier'),
  pressure('a friendly reminder', 'Just a friendly reminder that I interviewed with the team on the 9th.', 'Just a friendly reminder'),
  // Urgency.
  pressure('let me know ASAP', 'Please let me know ASAP.', 'let me know ASAP'),
  pressure('get back to me as soon as possible', 'Could you get back to me as soon as possible?', 'get back to me as soon as possible'),
  pressure('reply urgently', 'Please reply urgently, as I have another interview on Monday.', 'reply urgently'),
  pressure('your urgent attention', 'I would appreciate your urgent attention to my application.', 'your urgent attention'),
  pressure('an urgent reply', 'I would be grateful for an urgent reply.', 'an urgent reply'),
  pressure('I urgently need', 'I urgently need a decision on the role.', 'I urgently need'),
  pressure('this is urgent', 'This is urgent, as I have another offer to answer.', 'This is urgent'),
  pressure('it is urgent that I', 'It is urgent that I hear from you this week.', 'It is urgent that I'),
  // Impatience.
  pressure("I'm still waiting to hear back", "I'm still waiting to hear back about the role.", "I'm still waiting to hear back"),
  pressure('still waiting for a response', 'I am still waiting for a response.', 'I am still waiting for a response'),
  pressure('waiting for your reply', 'I have been waiting for your reply since the 9th.', 'I have been waiting for your reply'),
  pressure('a bare "still waiting"', 'Still waiting for an update on the role.', 'Still waiting for an update'),
  pressure("I still haven't heard back", "I still haven't heard back from anyone on the team.", "I still haven't heard back"),
  pressure('I need an answer', 'I need an answer so I can plan my month.', 'I need an answer'),
  pressure('I need to know', 'I need to know whether I am still being considered.', 'I need to know'),
  pressure("why haven't I", "Why haven't I heard back yet?", "Why haven't I"),
  pressure("can't wait any longer", "I can't wait any longer for a decision.", "I can't wait any longer"),
  pressure('I have been very patient', 'I have been very patient with the process.', 'I have been very patient'),
  pressure('appreciate your prompt reply', 'I would appreciate your prompt reply.', 'appreciate your prompt reply'),
  pressure('expect a quick decision', 'I expect a quick decision given how long the process has taken.', 'expect a quick decision'),
  pressure('I really need to know ASAP', 'I really need to know ASAP if I got the cashier job.', 'need to know ASAP'),
  pressure('kindly revert ASAP', 'Kindly revert ASAP.', 'revert ASAP'),
  pressure('reply me as soon as possible', 'Please reply me as soon as possible.', 'reply me as soon as possible'),
  pressure('kindly treat as urgent', 'Kindly treat as urgent.', 'Kindly treat as urgent'),
  pressure('till now I have not received', 'Till now I have not received any reply.', 'Till now I have not received'),
  pressure('writing once more', "I emailed you on Friday and haven't heard back, so I'm writing once more.", "I'm writing once more"),
  pressure('checking in one more time', 'I wanted to check in one more time about the role.', 'check in one more time'),
  pressure('following up once more', 'Following up once more on my application.', 'Following up once more'),
  counting('following up on my previous emails', 'I am following up on my previous emails.', 'following up on my previous emails'),
  counting('this is the fourth time', "This is the fourth time I've reached out.", "This is the fourth time I've reached out"),
  pressure('please treat my application as urgent', 'Please treat my application as urgent.', 'Please treat my application as urgent'),
  counting('sent you two emails', 'I have sent you two emails already.', 'I have sent you two emails'),
  counting('left you two voicemails', "I've left you two voicemails as well.", "I've left you two voicemails"),
  counting('also left you two voicemails', 'I have also left you two voicemails.', 'I have also left you two voicemails'),
  counting('called your office several times', 'I have called your office several times without success.', 'I have called your office several times'),
  counting('called the store twice', 'I called the store twice and nobody got back to me.', 'I called the store twice'),
  // Presuming the answer.
  presumes('waiting for your positive response', 'I am waiting for your positive response.', 'waiting for your positive response'),
  presumes('await your favourable reply', 'I await your favourable reply.', 'await your favourable reply'),
  presumes('looking forward to a positive decision', 'Looking forward to a positive decision from the panel.', 'Looking forward to a positive decision'),
  // Counting earlier messages.
  counting('as per my last email', 'As per my last email, I remain available for a second round.', 'As per my last email'),
  counting('this is my third email', 'This is my third email about the role.', 'This is my third email'),
  counting('my last attempt', 'This will be my last attempt to reach you.', 'This will be my last attempt'),
  counting('for the third time', 'I am following up for the third time on my application.', 'following up for the third time'),
  counting('emailed you three times', 'I have emailed you three times about this.', 'I have emailed you three times'),
  counting('called twice', "I've called twice this week.", "I've called twice"),
  counting('despite my repeated emails', 'Despite my repeated emails, I have had no reply.', 'Despite my repeated emails'),
  counting('after my several messages', 'After my several messages, there is still no update.', 'After my several messages'),
  counting('my repeated attempts', 'My repeated attempts to reach you have gone unanswered.', 'My repeated attempts'),
  {
    name: 'a negation in an earlier clause does not cover the demand',
    text: sc("I'm not one to complain, but I need an answer by the end of the month."),
    errors: [{ messageId: 'pressure', text: 'I need an answer' }],
  },
];

runRuleTests('pushy', {
  valid: [
    { name: 'a polite first status check', text: sc('I wanted to check in on the Data Analyst role and whether the timeline has changed. I remain very interested.') },
    { name: 'negated: "not one to be pushy"', text: sc("I'm not one to be pushy, but I wanted to ask whether there is any update on the timeline.") },
    { name: 'negated: no need to reply ASAP', text: sc('There is no need to reply ASAP; I know these decisions take time.') },
    { name: 'following up once is fine', text: sc('Following up on our conversation, here is the dashboard I mentioned.') },
    { name: 'their words in double quotes', text: sc('You said "we need an answer ASAP" about my notice period, and it is two weeks.') },
    { name: 'their request in a blockquote', text: sc('Tuesday works well for me.\n\n> Could you let me know ASAP whether Tuesday works?') },
    { name: 'inside inline code', text: sc('I tried the `let me know ASAP` Slack shortcut you described, and it is clever.') },
    { name: 'ASAP as my own promise', text: sc('I can start ASAP, and I will send the signed forms as soon as possible.') },
    { name: 'getting back to them ASAP', text: sc("I'll get back to you ASAP with the references you asked for.") },
    { name: '"urgent" about the work discussed', text: sc('I enjoyed hearing how your team triages urgent requests from the sales floor.') },
    { name: 'an urgent response as a topic', text: sc("The team's urgent response to the outage impressed me.") },
    { name: 'they are still waiting, not me', text: sc('I understand the team is still waiting on a decision from finance.') },
    { name: 'waiting on someone else', text: sc('I am waiting for news from my current employer about my notice period.') },
    { name: 'a good question with "need to know"', text: sc('Is there anything else I need to know before the second round?') },
    { name: 'a second interview, not a second email', text: sc("I'm excited to be interviewing with Northwind for the second time.") },
    { name: '"still" about interest', text: sc('Thank you again for meeting with me; I am still very interested in the role.') },
    { name: 'bumping up against limits in a story', text: sc('I kept bumping up against the limits of the old warehouse, which is why I moved the jobs.') },
    { name: 'thanks for a quick reply', text: sc('Thank you for your quick reply last week, and for the update on the timeline.') },
    { name: 'hoping, not presuming', text: sc('I look forward to hearing from you, and I am hoping for good news.') },
    { name: 'a positive response from someone else', text: sc('The pilot got a positive response from the nurses, which is why I suggested it.') },
    { name: 'a second time as a fact about the interview', text: sc('This is the second time I have interviewed with Northwind, and I enjoyed it even more.') },
    { name: 'following up once, on the earlier conversation', text: sc('Following up on our conversation, here are the references.') },
    { name: 'calls with the team', text: sc('After my several conversations with your team, I am even more excited about the role.') },
  ],
  invalid,
});

expectEveryEntryMatches('pushy', invalid.map((c) => c.text));
