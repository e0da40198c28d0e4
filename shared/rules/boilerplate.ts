/** boilerplate: stock sentences that take the reader's time and say nothing. */
import { phraseRule } from './rule.js';

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
  [
    { pattern: "i'm|i am? writing to (follow up|check in|inquire|enquire|touch base|reach out)", negatable: false },
    { pattern: "i'm|i am? writing this email|message|note|letter to", negatable: false },
    { pattern: "i'm|i am? reaching out to (follow up|check in|touch base)", negatable: false },
    { pattern: '(i|) hope this|my email|message|note|letter finds you well', negatable: false },
    { pattern: 'i hope all is well', negatable: false },
    { pattern: 'i just wanted to touch base', negatable: false },
    { pattern: 'i would like to take this opportunity to', negatable: false },
    { pattern: "i'm|i am? a (hard worker|team player|fast learner|people person|self-starter|go-getter)", negatable: false },
    { pattern: 'hard-working team player', negatable: false },
    { pattern: "i believe|think|feel i'm|i am? the perfect|ideal|best candidate|fit|choice|person", negatable: false },
    { pattern: 'think outside the box', negatable: false },
    { pattern: 'at your earliest convenience', negatable: false },
  ],
);
