/** feedback-too-specific: asking for an exhaustive critique instead of general pointers. */
import { phraseRule } from './rule.js';

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
  [
    { pattern: 'list|explain|detail|tell|outline all|every|each of? my? mistake|mistakes|error|errors|weakness|weaknesses|reason|reasons|problem|problems|flaw|flaws', negatable: false },
    { pattern: 'every|each mistake|error|weakness|flaw|misstep', negatable: false },
    { pattern: 'everything|every i did wrong', negatable: false },
    { pattern: 'all of? my mistakes|errors|weaknesses|flaws', negatable: false },
    { pattern: 'explain|tell|show me? exactly|precisely why|what|where|how', negatable: false },
    { pattern: 'exactly|precisely what|where|how i did|went wrong', negatable: false },
    { pattern: 'why exactly', negatable: false },
    { pattern: 'the exact|precise reason|reasons|criteria', negatable: false },
    { pattern: 'detailed|full|complete|comprehensive|thorough|itemized|point-by-point breakdown|critique|explanation|list|account|evaluation|assessment|analysis|report|rundown|review', negatable: false },
    { pattern: 'point by point', negatable: false },
    { pattern: 'my score|scores|scorecard|scoring|ranking|rank', negatable: false },
    { pattern: 'how i ranked|scored|compared', negatable: false },
    { pattern: 'compared to|with the other candidates|applicants', negatable: false },
    { pattern: 'who got|received|accepted the job|role|position|offer', negatable: false },
    { pattern: 'who was offered|hired|selected|chosen', negatable: false },
    { pattern: 'why the other|successful candidate', negatable: false },
    { pattern: "interview|interviewer|interviewers|interviewers' notes", negatable: false },
  ],
);
