import { runRuleTests, type InvalidCase } from '../helpers/ruleTester.js';
import { draft, goodThankYou } from '../helpers/drafts.js';
import { expectEveryEntryMatches } from '../helpers/phraseCoverage.js';

const sc = (body: string): string => draft('status-check', `Dear Dana,\n\n${body}\n\nBest regards,\nSam\n`);
const bad = (name: string, body: string, text: string): InvalidCase => ({ name, text: goodThankYou(body), errors: [{ messageId: 'desperate', text }] });

const invalid: InvalidCase[] = [
  bad('I really need this job', 'I really need this job.', 'I really need this job'),
  bad('would mean everything to my family', 'This job would mean everything to my family right now.', 'This job would mean everything to my family'),
  bad('savings running out', 'My savings run out at the end of the month.', 'My savings run out'),
  bad('would mean everything to me', 'Honestly, this job would mean everything to me.', 'this job would mean everything to me'),
  bad('any position at any salary', 'I will take any position you have open, at any salary.', 'I will take any position'),
  bad('out of work and really need this role', "I've been out of work for eight months and really need this role.", 'really need this role'),
  bad('I desperately need a job', 'After a long search, I desperately need a job.', 'I desperately need a job'),
  bad('I need to land this role', 'I really need to land this role.', 'I really need to land this role'),
  bad('I want this so badly', 'I want this job so badly.', 'I want this job so badly'),
  bad('I need this so much', 'I need this opportunity so much.', 'I need this opportunity so much'),
  bad("I'm getting desperate", 'I am getting desperate after six months of searching.', 'I am getting desperate'),
  bad('I desperately want', 'I desperately want to work with your team.', 'I desperately want'),
  bad('desperate for a chance', 'I have been out of work for months and am desperate for a chance to prove myself.', 'desperate for a chance'),
  bad("I'm begging", "I'm begging you to reconsider my application.", "I'm begging"),
  bad('begging you', 'Begging you to reconsider, as this role is perfect for me.', 'Begging you'),
  bad('pleading for a chance', 'I am writing again, pleading for a chance to show what I can do.', 'pleading for a chance'),
  bad('I beg you', 'I beg you to give my application another look.', 'I beg you'),
  bad('please, please', 'Please, please consider me for the role.', 'Please, please'),
  bad("I'll do anything", "I'll do anything to join your team.", "I'll do anything"),
  bad('I would do absolutely anything', 'I would do absolutely anything to get it.', 'I would do absolutely anything'),
  bad('I really, really need this job', 'I really, really need this job, as I have been looking for months.', 'I really, really need this job'),
  bad('whatever it takes to get', 'I would do whatever it takes to get this job.', 'I would do whatever it takes to get'),
  bad('please give me one more chance', 'Please give me one more chance to show you my work.', 'Please give me one more chance'),
  bad('just give me a chance', 'Just give me a chance and you will not regret it.', 'Just give me a chance'),
  bad('please hire me', 'Please hire me.', 'Please hire me'),
  bad("please don't forget me", "Please don't forget me when you decide.", "Please don't forget me"),
  bad('my last hope', 'This job is my last hope.', 'This job is my last hope'),
  bad('my only hope, mid-sentence', 'Joining your team was my only hope this year.', 'my only hope'),
  bad('no other options', 'I have no other options right now.', 'I have no other options'),
  bad("can't afford to lose this opportunity", "I can't afford to lose this opportunity.", "I can't afford to lose this opportunity"),
  bad("can't afford to be unemployed", 'I cannot afford to be unemployed much longer.', 'I cannot afford to be unemployed'),
  bad('running out of savings', "I'm running out of savings.", "I'm running out of savings"),
  bad('work for free', "I'm willing to work for free for the first month.", "I'm willing to work for free"),
  bad('means the world to me', 'This role means the world to me.', 'This role means the world to me'),
  bad("I don't know what I'll do", "I don't know what I'll do if I don't get this job.", "I don't know what I'll do if I don't get"),
  {
    name: 'in a status check too',
    text: sc('I am so desperate to hear good news; please give me a chance.'),
    errors: [
      { messageId: 'desperate', text: 'I am so desperate' },
      { messageId: 'desperate', text: 'please give me a chance' },
    ],
  },
];

runRuleTests('desperate', {
  valid: [
    { name: 'anything I can, as help', text: sc('I will do anything I can to make the handover from my current role smooth.') },
    { name: 'what the team really needs', text: sc('I enjoyed hearing what the team really needs from this role.') },
    { name: 'taking on any shift as flexibility, stated once', text: sc('I am flexible about schedules and happy to discuss shifts.') },
    { name: 'a confident close', text: goodThankYou('I would bring five years of reporting experience to the team.') },
    { name: 'the team needs a tool, not me a job', text: goodThankYou('You said the team really needs this job scheduler rebuilt, which is work I enjoy.') },
    { name: 'negated: not desperate', text: goodThankYou("I'm not desperate for a quick answer; take the time you need.") },
    { name: 'an opportunity they described', text: goodThankYou('The mentoring opportunity you described sounded valuable for new analysts.') },
    { name: 'in double quotes', text: goodThankYou('We laughed about the "please hire me" sign a candidate once held up at a job fair.') },
    { name: 'a plea in a blockquote of their mail', text: `${goodThankYou()}\n> please please let me know if you can come in on Friday\n` },
    { name: 'in inline code', text: goodThankYou('The `please_hire_me` test fixture you showed made me laugh.') },
    { name: 'a document, not the job', text: goodThankYou('I need the role description to prepare for the next round, if you can share it.') },
    { name: 'a preference, not a plea', text: goodThankYou('I need a role where I can keep learning, and this one fits.') },
    { name: '"desperate" about customers', text: goodThankYou('The stores were so desperate for real-time data that your dashboard was a hit.') },
    { name: '"my only hope is that" is an idiom', text: goodThankYou('My only hope is that the new dashboard helps the store managers.') },
    { name: 'no other questions', text: goodThankYou('I have no other questions for now, and no other commitments, so I can start Monday.') },
    { name: '"we could not afford to lose" in a story', text: goodThankYou('We could not afford to lose the client, so I rebuilt the report overnight.') },
    { name: 'running out of disk space', text: goodThankYou('I was running out of disk space on the old server, so I moved the jobs.') },
    { name: 'begs the question', text: goodThankYou('Your point begs the question of how we define churn.') },
    { name: 'do anything differently', text: goodThankYou('You asked if I would do anything differently, and I would add tests earlier.') },
    { name: 'do just anything differently', text: goodThankYou('You asked whether I would do just anything differently on the migration, and I said the rollout order.') },
    { name: 'a document, asked for twice as strongly', text: goodThankYou('I really just need the role description to prepare, if you can share it.') },
    { name: 'eager, not desperate', text: goodThankYou('I am eager to contribute and would welcome the chance to join the team.') },
  ],
  invalid,
});

expectEveryEntryMatches('desperate', invalid.map((c) => c.text));
