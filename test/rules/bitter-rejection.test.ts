import { runRuleTests, type InvalidCase } from '../helpers/ruleTester.js';
import { draft } from '../helpers/drafts.js';
import { expectEveryEntryMatches } from '../helpers/phraseCoverage.js';

const rr = (body: string): string =>
  draft('rejection-response', `Dear Dana,\n\nThank you for letting me know. ${body}\n\nI would welcome future openings and hope we stay in touch.\n\nBest regards,\nSam\n`);
const bad = (name: string, body: string, text: string): InvalidCase => ({ name, text: rr(body), errors: [{ messageId: 'bitter', text }] });

const invalid: InvalidCase[] = [
  bad('hope whoever you picked turns out', 'I hope whoever you picked turns out to be worth it.', 'hope whoever you picked turns'),
  bad('thanks for nothing', 'Thanks for nothing, I guess.', 'Thanks for nothing'),
  bad('good luck with whoever you picked', 'Good luck with whoever you picked.', 'Good luck with whoever you picked'),
  bad('your company lost a good candidate', 'I think your company lost a very good candidate.', 'your company lost a very good candidate'),
  bad('decided before I walked in', 'It feels like the outcome was decided before I walked in.', 'decided before I walked'),
  bad('unfair', 'Honestly the process was unfair.', 'unfair'),
  bad("it's not fair", "It's not fair, after three rounds.", 'not fair'),
  bad("wasn't a fair process", "That wasn't a fair process.", "wasn't a fair process"),
  bad('your loss', "It's your loss.", 'your loss'),
  bad("the company's loss", "In the end it is the company's loss.", "the company's loss"),
  bad('you made a mistake', 'I think you made a mistake.', 'you made a mistake'),
  bad("you're making a huge mistake", "You're making a huge mistake.", "You're making a huge mistake"),
  bad('you made the wrong choice', 'You made the wrong choice.', 'You made the wrong choice'),
  bad('this is the wrong decision', 'I think this is the wrong decision.', 'this is the wrong decision'),
  bad('this is a big mistake', 'This is a big mistake.', 'This is a big mistake'),
  bad("you'll regret", "You'll regret this.", "You'll regret"),
  bad('you will be sorry', 'You will be sorry.', 'You will be sorry'),
  bad("you'll never find someone", "You'll never find someone with my experience.", "You'll never find someone"),
  bad('good luck finding', 'Good luck finding anyone better.', 'Good luck finding anyone'),
  bad('you wasted my time', 'You wasted my time with four rounds.', 'You wasted my time'),
  bad('a waste of my time', 'The whole thing was a waste of my time.', 'waste of my time'),
  bad('what a waste', 'What a waste of an afternoon.', 'What a waste'),
  bad('ridiculous', 'The take-home task was ridiculous.', 'ridiculous'),
  bad('unprofessional', 'The process was unprofessional.', 'process was unprofessional'),
  bad('a complete joke', 'The interview was a complete joke.', 'was a complete joke'),
  bad('shame on you', 'Shame on you.', 'Shame on you'),
  bad('you should be ashamed', 'You should be ashamed of this process.', 'You should be ashamed'),
  bad('I deserved this job', 'I deserved this job.', 'I deserved this job'),
  bad('I deserve at least an explanation', 'I deserve at least an explanation.', 'I deserve at least an explanation'),
  bad("clearly you didn't read", "Clearly you didn't read my portfolio.", "Clearly you didn't read"),
  bad("you didn't even look", "You didn't even look at my portfolio.", "You didn't even look"),
  bad("can't believe you hired", "I can't believe you hired someone else.", "can't believe you hired"),
  bad('more qualified than', "I'm clearly more qualified than whoever you hired.", "I'm clearly more qualified than"),
  bad('disappointed in your team', "I'm disappointed in your hiring team.", 'disappointed in your hiring team'),
  bad('I expected better', 'I expected better from you.', 'I expected better from you'),
  bad('I was clearly the best fit', 'I was clearly the best fit for this role.', 'I was clearly the best fit'),
  bad("I'm the right candidate", "I'm the right candidate, whatever the panel thinks.", "I'm the right candidate"),
  bad("I'm pretty shocked", "Honestly I'm pretty shocked.", "I'm pretty shocked"),
  bad('I am baffled', 'I am baffled, after three good rounds.', 'I am baffled'),
  bad('I felt insulted', 'I felt insulted by the second round.', 'I felt insulted'),
  bad('good luck I guess', 'Whatever, good luck I guess.', 'good luck I guess'),
  {
    name: 'a feedback request counts too',
    text: draft('feedback-request', 'Dear Dana,\n\nThank you for letting me know. The interview was rigged from the start. Could you share any feedback?\n'),
    errors: [{ messageId: 'bitter', text: 'rigged' }],
  },
];

runRuleTests('bitter-rejection', {
  valid: [
    { name: '"unfair" as a subject of the work', text: rr('I enjoyed our discussion of the unfair trading practices review and the unfair contract terms audit.') },
    { name: 'a team that lost a strong candidate to another offer, as a story', text: rr('I enjoyed hearing how the team hired again after losing the lead to a startup.') },
    { name: 'gracious', text: rr('I am disappointed, but I enjoyed meeting the team.') },
    { name: 'a fair process', text: rr('The process felt fair and well organised, and I learned a lot from it.') },
    { name: 'negated: not unfair', text: rr('I understand the decision, and it is not unfair to choose someone with more retail experience.') },
    { name: 'gracious "not fair to ask"', text: rr('It would not be fair to ask you for more detail, so thank you for what you shared.') },
    { name: 'in double quotes', text: rr('A friend said "your loss" when I told her, but I see it differently.') },
    { name: 'in a blockquote of their message', text: `${rr('I understand.')}\n> We know a decision like this can feel unfair.\n` },
    { name: 'in inline code', text: rr('I will keep working on the `unfair_split` bug we talked about in my own time.') },
    { name: 'mistakes in my own answers', text: rr('I will work on the mistakes I made in the case study; I made a big mistake on the SQL question.') },
    { name: 'a mistake on my part', text: rr('I think it was a mistake on my part to skip the pricing question.') },
    { name: 'the loss of a client in a story', text: rr('Your story about the loss of a major client and how the team recovered stayed with me.') },
    { name: 'condolence', text: rr('I was sorry to hear about your loss last month; I hope your family is well.') },
    { name: 'a biased sample', text: rr('You mentioned the biased sample in the old survey, which I have thought about since.') },
    { name: 'not wasting their time', text: rr("I didn't want to waste your time with a long email, and it was no waste of time for me.") },
    { name: 'a joke they told', text: rr('I still smile at the joke you made about spreadsheets.') },
    { name: 'the right choice', text: rr("I'm sure you made the right choice for the team.") },
    { name: "can't believe how", text: rr("I can't believe how quickly the month went.") },
    { name: 'deserve to keep growing', text: rr('I deserve to keep growing, and your feedback helps.') },
    { name: 'they found the best person', text: rr("I'm sure you found the best person for the role, and I wish them well.") },
    { name: 'not the best fit, accepted', text: rr("I understand I'm not the best fit for this team right now.") },
    { name: 'stunned by kindness', text: rr('I was honestly stunned by how thoughtful your notes on my case study were.') },
    { name: 'shocked to see it go so fast (their news, not the decision)', text: rr('I was really shocked to hear the launch moved to March, and I hope it goes well.') },
    { name: 'good luck with the launch', text: rr('Good luck with the launch; I guess the whole team is busy with it now.') },
    { name: 'thank-you kind is out of scope', text: draft('thank-you', 'Dear Dana,\n\nThank you for your time. The old process was unfair to customers, as you said, and I liked your fix.\n') },
  ],
  invalid,
});

expectEveryEntryMatches('bitter-rejection', invalid.map((c) => c.text));
