/** demands-response: expecting an immediate reply or setting the reader a deadline. */
import { phraseRule } from './rule.js';
import type { PhraseEntry } from './phrases/match.js';

/** One-word deadlines after "by" / "before". */
const DAY = 'today|tomorrow|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|eod|cob|noon|midday|lunchtime|midnight';
/** A date: "by December 1", "before Dec. 4". */
const MONTH = 'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec';
/** "(the) end of (the) day", "close of business", "the end of the week". */
const END = 'the? end|close of the? day|business|week|today|tomorrow';
/** Words that make the verb the writer's own promise or a report of theirs ("you said you would reply by Friday"). */
const NOT_A_DEMAND = ['would', 'will', "you'd", "they'd", "we'd", "i'd", "i'll", "we'll", 'i', 'we', 'could', 'can', 'might', 'may', 'shall', 'should', 'to', 'my', 'the', 'usually', 'typically', 'generally', 'always'];

function deadline(lead: string, unlessPrev?: readonly string[]): PhraseEntry[] {
  const base = unlessPrev ? { unlessPrev } : {};
  return [
    { pattern: `${lead} by|before ${DAY}`, ...base },
    { pattern: `${lead} by|before this|next ${DAY}|week|weekend`, ...base },
    { pattern: `${lead} by|before ${END}`, ...base },
    { pattern: `${lead} by|before ${MONTH}`, ...base },
  ];
}

const table: PhraseEntry[] = [
  ...deadline('respond|reply|answer|decide|confirm|revert', NOT_A_DEMAND),
  // "You said you would let me know by Friday" is their promise, reported.
  ...deadline('get back to me', NOT_A_DEMAND),
  ...deadline('let me know', NOT_A_DEMAND),
  // Asking for the answer by a date; "you mentioned a decision by Friday" reports their own timeline.
  ...deadline('appreciate|like|want|request|require|demand (a response|a reply|an answer|a decision|your response|your reply|your answer|your decision|an update|a final answer) (from you|)'),
  ...deadline('(appreciate hearing|like to hear|love to hear|want to hear|need to hear|expect to hear) (back|from you|back from you)'),
  // "I need this feedback by Monday"; "I need to give notice by Friday" is the writer's own plan.
  ...deadline("i|i'll will? need this|the|your|an|a|that|it? feedback|answer|decision|response|reply|update|verdict? from? you?"),
  { pattern: 'respond|reply|answer|decide immediately|promptly|today|tonight|tomorrow', unlessPrev: NOT_A_DEMAND },
  { pattern: 'respond|reply|answer|decide (right away|straight away|at once)', unlessPrev: NOT_A_DEMAND },
  { pattern: 'get back to me immediately|today|tonight|tomorrow|promptly' },
  { pattern: 'get back to me (right away|straight away|at once)' },
  { pattern: 'let me know immediately|today|tonight|tomorrow' },
  { pattern: '(respond|reply|answer|get back to me|let me know|decide) within the? next? 24|48|72|twenty-four|forty-eight|a|one|two|three business? hours|hour|day|days', unlessPrev: NOT_A_DEMAND },
  { pattern: 'please respond|reply|answer|decide quickly|soon|fast' },
  { pattern: "(i need|i want|i expect|i'd like|i would like) you to (respond|reply|answer|decide|get back to me|let me know|confirm) immediately|today|tonight|tomorrow|asap|promptly|quickly|right|straight away?" },
  // "I expect to hear back from another company next week" is news, not a demand.
  { pattern: 'i expect|require|demand to hear back today|tonight|tomorrow|immediately|soon|shortly|this|asap' },
  { pattern: 'i expect|require|demand to hear back from you|your' },
  { pattern: 'i expect|require|demand to hear from you|your' },
  { pattern: 'i require|demand a|an|your reply|response|answer|decision|update|explanation' },
  { pattern: 'i expect your reply|response|answer|decision|update' },
  { pattern: 'i expect|require a|an immediate|prompt|quick|timely|speedy reply|response|answer|decision' },
  { pattern: 'i look forward to your immediate|prompt|quick|speedy|swift reply|response|answer|decision' },
  { pattern: 'awaiting your immediate|prompt|quick|speedy|swift reply|response|answer|decision' },
  { pattern: "if i (don't|do not) hear (back|from you|back from you) by|before|within|today|tomorrow" },
  { pattern: "i'll|will give you until" },
  { pattern: "i'm|am giving you until" },
];

export const demandsResponse = phraseRule(
  {
    id: 'demands-response',
    kinds: 'all',
    defaultSeverity: 'warning',
    category: 'dont',
    description: 'Expects an immediate reply or gives the reader a deadline to answer by.',
    howToFix: 'Ask about their timeline instead of setting one: "Could you share when you expect to decide?"',
    fix: 'none',
    messages: {
      deadline: '"{phrase}" sets the reader a deadline. Hiring takes time; ask about their timeline instead.',
    },
  },
  table,
);
