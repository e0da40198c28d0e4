/** desperate: begging, pleading, or saying how badly you need the job. */
import { phraseRule } from './rule.js';

export const desperate = phraseRule(
  {
    id: 'desperate',
    kinds: 'all',
    defaultSeverity: 'warning',
    category: 'dont',
    description: 'Begging or pleading, or saying how badly you need this job.',
    howToFix: 'Say what you would bring to the role instead of how much you need it.',
    fix: 'none',
    messages: {
      desperate: '"{phrase}" sounds desperate. Focus on what you would bring to the team, not on how much you need the job.',
    },
  },
  [
    { pattern: 'i really|truly|desperately|badly|just? need this|the job|position|role|work|opportunity|offer' },
    { pattern: 'i need this so badly|much' },
    { pattern: "i'm|am|feel|feeling|so|i desperate|desperately" },
    { pattern: 'begging|pleading' },
    { pattern: 'i beg|plead you|with' },
    { pattern: 'please please' },
    { pattern: "i|i'll will|would? do anything|whatever" },
    { pattern: 'please give me a|one chance|shot' },
    { pattern: 'please hire me' },
    { pattern: 'just give me a chance' },
    { pattern: 'my last|only hope' },
    { pattern: "i|i've have? no other options|choice" },
    { pattern: "i can't|cannot afford to lose this|the" },
    { pattern: "i'm|i am? running out of money|options|savings" },
    { pattern: 'willing to work for free|nothing' },
  ],
);
