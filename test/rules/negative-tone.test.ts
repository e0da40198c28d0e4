import { runRuleTests, type InvalidCase } from '../helpers/ruleTester.js';
import { draft, goodThankYou } from '../helpers/drafts.js';
import { expectEveryEntryMatches } from '../helpers/phraseCoverage.js';

const bad = (name: string, middle: string, text: string): InvalidCase => ({ name, text: goodThankYou(middle), errors: [{ messageId: 'negative', text }] });

const badmouth = (name: string, middle: string, text: string): InvalidCase => ({ name, text: goodThankYou(middle), errors: [{ messageId: 'badmouth', text }] });

const invalid: InvalidCase[] = [
  { name: 'sorry for going on so long', text: goodThankYou('I apologise for going on for so long about my last job.'), errors: [{ messageId: 'negative', text: 'apologise for going on' }] },
  { name: 'may not have the experience you need', text: goodThankYou('I realise I may not have the experience you need.'), errors: [{ messageId: 'negative', text: 'I may not have the experience you need' }] },
  { name: 'sorry for my English', text: goodThankYou('I am sorry for my poor English.'), errors: [{ messageId: 'negative', text: 'sorry for my poor English' }] },
  { name: 'excuse my English', text: goodThankYou('Please excuse my English, it is not my first language.'), errors: [{ messageId: 'negative', text: 'excuse my English' }] },
  // Speaking badly of an employer.
  badmouth('my current manager is a nightmare', 'Honestly, my current manager is a nightmare, so your team looked great.', 'my current manager is a nightmare'),
  badmouth('our previous team was the worst', 'Our previous team was the worst, which is why I left.', 'Our previous team was the worst'),
  badmouth('a school, not an office', 'My school was toxic, so I am ready for a change.', 'My school was toxic'),
  badmouth('a warehouse', 'My last warehouse was a nightmare to work in.', 'My last warehouse was a nightmare'),
  badmouth('the whole phrase is quoted', 'My lab was a toxic environment, so I am glad to move on.', 'My lab was a toxic environment'),
  badmouth('a principal', 'Honestly, my principal was a nightmare.', 'my principal was a nightmare'),
  badmouth('my boss has been a total disaster', 'My boss has been a total disaster this year.', 'My boss has been a total disaster'),
  badmouth("can't wait to get out of there", "I can't wait to get out of there and join a team like yours.", "can't wait to get out of there"),
  badmouth('I hate my old job', 'I hate my old job, and your role is the opposite of it.', 'I hate my old job'),
  // How it went.
  bad('I think I bombed', 'I think I bombed the last question.', 'I think I bombed'),
  bad('I fumbled', 'I fumbled the question about forecasting, so here is a better answer.', 'I fumbled'),
  bad('I feel like I failed', 'I feel like I failed the SQL test.', 'I feel like I failed'),
  bad("I'm afraid I messed up", "I'm afraid I completely messed up the case study.", "I'm afraid I completely messed up"),
  bad('I messed up', 'I messed up the pricing estimate.', 'I messed up'),
  bad('I know I blew it', 'I know I blew it on the whiteboard.', 'I know I blew it'),
  bad('I blew that', 'I blew that question about churn.', 'I blew that'),
  bad('I did poorly', 'I know I did poorly on the technical part.', 'I did poorly'),
  bad("I didn't do as well", "I didn't do as well as I had hoped.", "I didn't do as well"),
  bad("I didn't give my best", "I didn't give my best in the second round.", "I didn't give my best"),
  bad("I wasn't at my best", "I wasn't at my best on Tuesday.", "I wasn't at my best"),
  bad('I let you down', 'I feel I let you down in the panel.', 'I let you down'),
  bad('I embarrassed myself', 'I embarrassed myself with the pivot table question.', 'I embarrassed myself'),
  bad('I made a fool of myself', 'I made a fool of myself on the estimation question.', 'I made a fool of myself'),
  bad('I completely blanked', 'I completely blanked on the last question.', 'I completely blanked'),
  bad('I just froze', 'I just froze when you asked about pricing.', 'I just froze'),
  // Apologies for the interview.
  bad('sorry I rambled', 'Sorry I rambled during the case study.', 'Sorry I rambled'),
  bad('sorry about my nerves', 'Sorry about my nerves on the day.', 'Sorry about my nerves'),
  bad('apologise for my weak answer', 'I apologise for my weak answer on forecasting.', 'apologise for my weak answer'),
  bad('apologies for being so nervous', 'Apologies for being so nervous.', 'Apologies for being so nervous'),
  // Talking yourself down.
  bad('not the strongest candidate', "I know I'm not the strongest candidate.", "I'm not the strongest candidate"),
  bad('may not be the best fit', 'I may not be the best fit on paper.', 'I may not be the best fit'),
  bad("not sure I'd be the right fit", "I'm not sure I'd be the right fit.", "I'm not sure I'd be the right fit"),
  bad('not very good at', "I'm not very good at SQL yet.", "I'm not very good at"),
  bad('not confident', "I'm not confident in my statistics.", "I'm not confident"),
  bad('I was so nervous', 'I was so nervous that I forgot my examples.', 'I was so nervous'),
  bad('out of my depth', 'I felt a bit out of my depth in the technical round.', 'I felt a bit out of my depth'),
  bad('I lack', 'I lack experience with Python.', 'I lack'),
  bad('my lack of', 'I hope you can overlook my lack of experience.', 'my lack of'),
  bad('despite my limited', 'Despite my limited experience, I am eager to learn.', 'Despite my limited'),
  bad('I doubt I impressed', 'I doubt I impressed the panel.', 'I doubt I impressed'),
  bad('underqualified', "I'm probably underqualified for the role.", "I'm probably underqualified"),
  bad("not what you're looking for", "I'm probably not what you're looking for.", "I'm probably not what you're looking for"),
  bad('my answers were weak', 'My answers were weak on statistics.', 'My answers were weak'),
  bad('my presentation was not my best', 'My presentation was not my best.', 'My presentation was not my best'),
  bad('the interview went badly', 'I am sorry the interview went so badly.', 'the interview went so badly'),
  bad("the interview didn't go well", "I know the interview didn't go as well as I hoped.", "the interview didn't go as well as I hoped"),
  {
    name: 'in a status check too',
    text: draft('status-check', 'Dear Dana,\n\nI know I stumbled on the last question. Sorry I rambled.\n\nBest regards,\nSam\n'),
    errors: [{ messageId: 'negative', text: 'Sorry I rambled' }],
  },
];

runRuleTests('negative-tone', {
  valid: [
    { name: 'a gap answered, as the fix advises', text: goodThankYou('To address my lack of experience with Tableau, I have since completed the Tableau Desktop Specialist certification.') },
    { name: 'a positive recap', text: goodThankYou('I enjoyed working through the SQL exercise with you.') },
    { name: 'a mess someone else made, fixed (not "my"/"our")', text: goodThankYou('The reporting was a mess when I joined, and I rebuilt it in a quarter.') },
    { name: 'the worst hit by an outage', text: goodThankYou('My team was the worst hit by the outage, so I built the alerting that caught the next one.') },
    { name: 'a mess of spreadsheets', text: goodThankYou('Our old team was a mess of spreadsheets until we moved to one warehouse.') },
    { name: "can't wait to get started", text: goodThankYou("I can't wait to get started on the regional rollout you described.") },
    { name: 'a manager I admire', text: goodThankYou('My former manager is a mentor I still call, and she taught me the same habits your team uses.') },
    { name: 'I hate to miss a deadline', text: goodThankYou('I hate to miss a deadline, which is why I liked your planning rituals.') },
    { name: 'negated: my manager is not a nightmare', text: goodThankYou('My manager is not a nightmare at all; I am simply ready for a bigger scope.') },
    { name: "negated: I don't think I bombed", text: goodThankYou("I don't think I bombed the case study, but I wanted to add one point.") },
    { name: 'negated: not nervous at all', text: goodThankYou('I was not nervous at all, thanks to your warm welcome.') },
    { name: 'in double quotes', text: goodThankYou('You joked that "I messed up" is the most common phrase in code review.') },
    { name: 'in a blockquote of my notes', text: `${goodThankYou()}\n> I think I bombed that one\n` },
    { name: 'in inline code', text: goodThankYou('The `my_lack_of_sleep` variable in your demo made me laugh.') },
    { name: 'a launch that failed, not me', text: goodThankYou('Your story about the launch that failed and what the team learned stayed with me.') },
    { name: 'data that lacks an id', text: goodThankYou('You mentioned the data lacks a consistent customer id, which I have fixed before.') },
    { name: 'sorry to hear', text: goodThankYou('I was sorry to hear that the office move was delayed.') },
    { name: 'sorry for the late reply', text: goodThankYou('Sorry for my late reply; I was travelling.') },
    { name: 'I failed to mention: adding information', text: goodThankYou('I realize I failed to mention that I also hold a Tableau certificate.') },
    { name: 'nervous at first, put at ease', text: goodThankYou('I was nervous at first, but you put me at ease.') },
    { name: 'froze the scope', text: goodThankYou('I froze the scope early on that project, which saved the launch.') },
    { name: 'at my best', text: goodThankYou('I was at my best when leading the migration, and this role has the same energy.') },
    { name: 'not sure about a date', text: goodThankYou("I'm not sure I'm free on Tuesday, but Wednesday works.") },
    { name: 'not the only analyst', text: goodThankYou('I am not the only analyst who loves clean data, but I may be the loudest.') },
    { name: 'no doubt', text: goodThankYou('I have no doubt I would enjoy the work, and I doubt the old process was easy to maintain.') },
    { name: 'learning from mistakes in a story', text: goodThankYou('I learned a lot from my mistakes on the old project.') },
    { name: 'lacked nothing', text: goodThankYou('The team I met lacked nothing in energy, and I lacked for nothing during the visit.') },
    { name: 'an attachment that may not fit', text: goodThankYou('If the attached sample is not what you were looking for, I can send another.') },
  ],
  invalid,
});

expectEveryEntryMatches('negative-tone', invalid.map((c) => c.text));
