import { runRuleTests, type InvalidCase } from '../helpers/ruleTester.js';
import { draft } from '../helpers/drafts.js';
import { expectEveryEntryMatches } from '../helpers/phraseCoverage.js';

const fr = (body: string): string => draft('feedback-request', `Dear Dana,\n\nThank you for letting me know about your decision. ${body}\n\nBest regards,\nSam\n`);
const bad = (name: string, body: string, text: string): InvalidCase => ({ name, text: fr(body), errors: [{ messageId: 'tooSpecific', text }] });

const invalid: InvalidCase[] = [
  bad('who ended up getting the role', 'Could you tell me who ended up getting the role?', 'who ended up getting the role'),
  bad('what the other candidates had', 'Could you share what the other candidates had that I lacked?', 'what the other candidates had'),
  bad('what score did I get', 'What score did I get on the technical test?', 'What score did I get'),
  bad('how did I rank', 'And how did I rank against the others?', 'how did I rank'),
  bad('how I stacked up', 'I would love to know how I stacked up against the others.', 'how I stacked up'),
  bad('list every mistake', 'Could you list every mistake I made?', 'list every mistake'),
  bad('tell me all the reasons', 'Please tell me all the reasons I was not selected.', 'tell me all the reasons'),
  bad('walk me through every mistake', 'Could you walk me through every mistake?', 'walk me through every mistake'),
  bad('every single mistake', 'I want to know every single mistake I made.', 'every single mistake'),
  bad('everything I did wrong', "I'd like to know everything I did wrong.", 'everything I did wrong'),
  bad('all of my weaknesses', 'It would help to hear all of my weaknesses.', 'all of my weaknesses'),
  bad('all the reasons', 'I would love to understand all the reasons behind the decision.', 'all the reasons'),
  bad('explain exactly why', 'Please explain exactly why I was not chosen.', 'explain exactly why'),
  bad('exactly where I went wrong', 'I would like to know exactly where I went wrong.', 'exactly where I went wrong'),
  bad("precisely why I wasn't", "I keep wondering precisely why I wasn't selected.", "precisely why I wasn't"),
  bad('why exactly', 'Why exactly was I rejected?', 'Why exactly'),
  bad('the exact reason', 'What was the exact reason for the decision?', 'the exact reason'),
  bad('a detailed breakdown of my scores', 'I would like a detailed breakdown of my scores.', 'detailed breakdown of my scores'),
  bad('a thorough critique', "I'd appreciate a thorough critique.", 'thorough critique'),
  bad("a breakdown of the panel's scores", "Could I see a breakdown of the panel's scores?", "a breakdown of the panel's scores"),
  bad('point-by-point feedback', 'I would appreciate point-by-point feedback.', 'point-by-point'),
  bad('point by point', 'Please go through my answers point by point.', 'point by point'),
  bad('my scorecard', 'Could you share my scorecard?', 'my scorecard'),
  bad('the interview scorecards', 'Could you send me the interview scorecards?', 'interview scorecards'),
  bad('how I ranked', "I'd like to know how I ranked.", 'how I ranked'),
  bad('where I placed', 'Could you tell me where I placed among the finalists?', 'where I placed'),
  bad('compared to the other candidates', 'How did I do compared to the other candidates?', 'compared to the other candidates'),
  bad('against the other finalists', 'How did I stack up against the other finalists?', 'against the other finalists'),
  bad('who got the job', 'Could you tell me who got the job?', 'who got the job'),
  bad('who was hired instead', 'May I ask who was hired instead?', 'who was hired instead'),
  bad('why the successful candidate', "I'd love to understand why the successful candidate was chosen.", 'why the successful candidate'),
  bad('the interview notes', 'Could I see the interview notes?', 'interview notes'),
  bad('the scoring rubric', 'Could you share the scoring rubric?', 'scoring rubric'),
  bad('the scoring sheet', 'Would it be possible to see the scoring sheet from the panel?', 'scoring sheet'),
  bad('a recording of the interview', 'Is there a recording of the interview I could watch?', 'recording of the interview'),
  bad('a negation in an earlier clause does not cover the ask', "Since I wasn't selected, could you explain exactly why?", 'explain exactly why'),
  {
    name: 'a rejection response counts too',
    text: draft('rejection-response', 'Dear Dana,\n\nThank you for letting me know. Could you list all my mistakes? I hope we stay in touch.\n'),
    errors: [{ messageId: 'tooSpecific', text: 'list all my mistakes' }],
  },
];

runRuleTests('feedback-too-specific', {
  valid: [
    { name: 'gracious about the person who got the job', text: fr('I hope the person who got the job enjoys it as much as I would have.') },
    { name: 'a general question', text: fr('Is there anything I could improve for future interviews?') },
    { name: 'any suggestions', text: fr('I would be grateful for any suggestions on how to prepare better.') },
    { name: 'one area', text: fr('If there is one area you would suggest I work on, I would love to hear it.') },
    { name: 'negated: no full breakdown needed', text: fr("I don't need a full breakdown of my interview; one pointer would help.") },
    { name: 'in double quotes', text: fr('A friend told me to ask for "a detailed breakdown of my scores", but a general pointer is plenty.') },
    { name: 'in a blockquote of their message', text: `${fr('Thank you for the kind words below.')}\n> We cannot share the exact reasons or the interview notes.\n` },
    { name: 'in inline code', text: fr('I am still tinkering with the `explain exactly why` query plan tool you mentioned.') },
    { name: 'exactly what I needed (praise)', text: fr('Your overview of the team was exactly what I needed to understand the role.') },
    { name: 'learning from every mistake', text: fr('I learn from every mistake, and this process taught me a lot.') },
    { name: 'my own interview notes', text: fr('I have reviewed my interview notes and have one question.') },
    { name: 'detailed feedback already given', text: fr('Thank you for the detailed feedback you already shared.') },
    { name: "a thorough explanation of the team's roadmap", text: fr("I appreciated your thorough explanation of the team's roadmap.") },
    { name: 'the team compared vendors', text: fr('I enjoyed hearing how the team compared the vendors.') },
    { name: 'my points about the model', text: fr('I wanted to reiterate my points about the churn model.') },
    { name: 'for all the reasons you mentioned', text: fr('For all the reasons you mentioned, I understand the decision.') },
    { name: 'congratulations to whoever got the role', text: fr('Congratulations to whoever got the role; I hope we cross paths.') },
    { name: 'a colleague who was hired last year', text: fr('I was glad to meet Sam, who was hired last year, at the lunch.') },
    { name: 'thank-you kind is out of scope', text: draft('thank-you', 'Dear Dana,\n\nThank you. I enjoyed the detailed breakdown of the budget you shared.\n') },
  ],
  invalid,
});

expectEveryEntryMatches('feedback-too-specific', invalid.map((c) => c.text));
