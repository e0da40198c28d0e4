/** bitter-rejection: blame or bitterness in a reply to a rejection. */
import { phraseRule } from './rule.js';

export const bitterRejection = phraseRule(
  {
    id: 'bitter-rejection',
    kinds: ['rejection-response', 'feedback-request'],
    defaultSeverity: 'error',
    category: 'dont',
    description: 'Blame or bitterness about the decision, which closes a door you may want open later.',
    howToFix: 'Take the news graciously; thank them and, if you like, ask to be considered for future roles.',
    fix: 'none',
    messages: {
      bitter: '"{phrase}" sounds bitter. Whatever you feel, a gracious reply keeps future doors open; leave this out.',
    },
  },
  [
    { pattern: 'unfair|unjust|rigged|biased' },
    { pattern: "not|wasn't|isn't fair", negatable: false },
    { pattern: 'your|their loss', negatable: false },
    { pattern: "you|you've|you're made|making|make a|the big|huge|terrible? mistake", negatable: false },
    { pattern: "you'll|you will? regret" },
    { pattern: "you'll|you will? be sorry" },
    { pattern: 'big|huge|terrible|serious mistake' },
    { pattern: 'wrong|bad|poor|terrible|foolish decision|choice|call' },
    { pattern: 'wasted my|our time' },
    { pattern: 'waste of my|our? time' },
    { pattern: 'ridiculous|absurd|insulting|outrageous|unprofessional|disgraceful|shameful' },
    { pattern: 'a joke|sham|farce' },
    { pattern: 'shame on you' },
    { pattern: 'i deserved|deserve this|the|that job|role|position|offer' },
    { pattern: "clearly you|they didn't|never read|look|listen|understand|bothered" },
    { pattern: "you didn't|never even" },
    { pattern: "can't believe you|they chose|picked|went|hired|passed", negatable: false },
  ],
);
