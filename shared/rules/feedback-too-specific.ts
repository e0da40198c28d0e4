/** feedback-too-specific: asking for an exhaustive critique instead of general pointers. */
import { phraseRule } from './rule.js';
import type { PhraseEntry } from './phrases/match.js';

const FAULTS = 'mistake|mistakes|error|errors|weakness|weaknesses|reason|reasons|problem|problems|flaw|flaws|misstep|missteps|shortcoming|shortcomings';
/** What a critique is of: the writer's own interview, not the team's budget. */
const OF_ME = '(of my|on my|of the interview|on the interview|of the decision|of the panel|of the panel\'s|of how i|of where i|of why i|of what i)';
/** Optional: what follows "of my", so the finding reads as a phrase. */
const WHAT = 'scores|score|answers|answer|interview|performance|assessment|mistakes|weaknesses|candidacy|application|presentation|case|notes?';
const CRITIQUE = 'breakdown|critique|explanation|list|account|evaluation|assessment|analysis|report|rundown|review|summary|walkthrough';

const table: PhraseEntry[] = [
  { pattern: `list|explain|detail|tell|outline|share|describe|identify me? all|every|each of? my|the? ${FAULTS}` },
  { pattern: `walk me through all|every|each of? my|the? ${FAULTS}` },
  // "I learn from every mistake" is not a request.
  { pattern: 'every|each single? mistake|error|weakness|flaw|misstep|shortcoming', unlessPrev: ['from', 'after', 'of', 'with', 'on'] },
  { pattern: '(everything|all the things) (i did wrong|that i did wrong|i got wrong|i could have done better|that went wrong)' },
  { pattern: 'all of? my mistakes|errors|weaknesses|flaws|shortcomings', unlessPrev: ['from', 'on', 'of', 'about', 'with'] },
  { pattern: 'all the|of the? reasons|mistakes|errors|weaknesses', unlessPrev: ['for', 'from', 'of', 'on', 'about', 'with'] },
  { pattern: 'explain|tell|show me? exactly|precisely why|what|where|how' },
  { pattern: 'exactly|precisely what|where|how i did|went|got wrong' },
  { pattern: 'exactly|precisely why i (was not|wasn\'t|didn\'t|did not|was)' },
  { pattern: 'why exactly' },
  { pattern: 'the exact|precise reason|reasons|criteria|scores|score|ranking|points' },
  { pattern: `detailed|full|complete|comprehensive|thorough|itemized|itemised|exhaustive|written|line-by-line ${CRITIQUE} ${OF_ME} ${WHAT}` },
  { pattern: 'detailed|full|complete|comprehensive|thorough|itemized|itemised|exhaustive|point-by-point|line-by-line critique|breakdown' },
  { pattern: `a|the breakdown ${OF_ME} ${WHAT}` },
  { pattern: 'point-by-point|line-by-line|blow-by-blow' },
  { pattern: '(point by point|line by line|blow by blow)' },
  { pattern: 'my score|scores|scorecard|scorecards|scoring|ranking|rank' },
  { pattern: 'how i ranked|scored|compared' },
  { pattern: 'where i ranked|placed' },
  { pattern: 'compared to|with the? other candidates|applicants|finalists|interviewees' },
  { pattern: 'against the other candidates|applicants|finalists|interviewees' },
  // "I hope the person who got the job enjoys it" is gracious, not a question.
  { pattern: 'who got|received|accepted|won the job|role|position|offer', unlessPrev: ['person', 'candidate', 'one', 'whoever', 'someone', 'colleague'] },
  { pattern: 'who ended up getting|with|taking the job|role|position|offer' },
  { pattern: 'what the other|successful|chosen candidate|candidates|applicant|applicants had|did|brought|showed' },
  { pattern: 'how i stacked up' },
  { pattern: 'what score|scores|mark|marks|rating did i get|receive' },
  { pattern: 'how did i rank|score|compare' },
  { pattern: 'who was|were offered|hired|selected|chosen instead|over|for' },
  { pattern: 'why the other|successful|chosen candidate|candidates|applicant|person' },
  { pattern: "interview|interviewer|interviewer's|interviewers|panel|panel's|scoring notes|rubric|rubrics|scoresheet|scoresheets|scorecard|scorecards", unlessPrev: ['my', 'own', 'your', 'from'] },
  { pattern: 'scoring rubric|sheet|sheets|matrix|criteria|grid' },
  { pattern: 'transcript|recording of my|the interview|call|conversation' },
];

export const feedbackTooSpecific = phraseRule(
  {
    id: 'feedback-too-specific',
    kinds: ['feedback-request', 'rejection-response'],
    defaultSeverity: 'info',
    category: 'dont',
    description: 'Asks for an exhaustive critique (every mistake, the exact reasons) rather than general pointers.',
    howToFix: 'Ask one open, general question, such as whether there is anything you could improve for future interviews.',
    fix: 'none',
    messages: {
      tooSpecific: '"{phrase}" asks for more than most interviewers can share. A general question ("Is there anything I could improve?") is more likely to get an answer.',
    },
  },
  table,
);
