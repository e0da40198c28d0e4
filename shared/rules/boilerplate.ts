/** boilerplate: stock sentences that take the reader's time and say nothing. */
import { phraseRule } from './rule.js';
import type { PhraseEntry } from './phrases/match.js';

const table: PhraseEntry[] = [
  { pattern: "(i'm|i am|just|) writing to (follow up|check in|inquire|enquire|touch base|reach out)" },
  { pattern: "(i'm|i am|just|) writing to humbly|kindly|respectfully (follow up|check in|inquire|enquire|remind)" },
  { pattern: "(i'm|i am) writing (in regards to|in regard to|with regard to|regarding|in reference to|in connection with)" },
  { pattern: "(i'm|i am) writing this email|message|note|letter to" },
  // "I am writing to …" announces the message instead of saying it.
  { pattern: "(i'm|i am) writing to (thank you|provide|express|share|inform you|let you know)" },
  { pattern: "(i'm|i am|just|) reaching out to (follow up|check in|touch base|inquire|enquire)" },
  { pattern: '(i|) hope this|my (email|message|note|letter|) finds you well' },
  { pattern: '(i|) hope all is well' },
  { pattern: '(i|) hope this|my (email|mail|message|note|letter|) meets|reaches you well' },
  { pattern: 'trust you are|you\'re doing|keeping great|well' },
  { pattern: '(i just wanted|i wanted|i just want|i want|i\'d like|i would like|just wanted|just) to touch base' },
  { pattern: "(i would|i'd) like to take this opportunity to" },
  { pattern: "(i'm|i am) a (hard worker|team player|fast learner|quick learner|people person|self-starter|go-getter|problem solver|natural leader|perfectionist)" },
  { pattern: "(i'm|i am) (highly|very|extremely|) detail-oriented|results-driven|results-oriented|self-motivated" },
  { pattern: 'hard-working team player' },
  { pattern: "(i believe|i think|i feel|i know) that? (i'm|i am) the perfect|ideal|best candidate|fit|choice|person" },
  { pattern: "(i'm|i am) truly|really|clearly? the perfect|ideal candidate|fit|choice|person" },
  { pattern: 'a great|valuable|excellent asset to your|the team|company|organization|organisation|firm' },
  { pattern: 'think outside the box' },
  { pattern: 'at your earliest convenience' },
];

export const boilerplate = phraseRule(
  {
    id: 'boilerplate',
    kinds: 'all',
    defaultSeverity: 'info',
    category: 'dont',
    description: 'Stock sentences that fill space without saying anything about you or this interview.',
    howToFix: 'Cut the stock phrase and start with what you actually want to say.',
    fix: 'none',
    messages: {
      stock: '"{phrase}" is a stock phrase that says nothing; get straight to your point.',
    },
  },
  table.map((e) => ({ negatable: false, ...e })),
);
