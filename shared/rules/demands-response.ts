/** demands-response: expecting an immediate reply or setting the reader a deadline. */
import { phraseRule } from './rule.js';

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
  [
    // "you said you would respond by Friday" reports their promise; it is not a demand.
    { pattern: 'respond|reply|answer|write me? by|before today|tomorrow|tonight|monday|tuesday|wednesday|thursday|friday|eod|cob|noon|end|close', unlessPrev: ['would', 'will', "you'd", "they'd", 'could', 'can', 'might'] },
    { pattern: 'get back to me by|before? today|tomorrow|tonight|monday|tuesday|wednesday|thursday|friday|eod|cob|noon|end|immediately|asap' },
    { pattern: 'let me know by|before today|tomorrow|tonight|monday|tuesday|wednesday|thursday|friday|eod|cob|noon|end|close' },
    { pattern: 'respond|reply|answer|decide immediately|asap|promptly|today|tomorrow|tonight' },
    { pattern: 'respond|reply|answer|decide right away' },
    { pattern: 'get back to me right away' },
    { pattern: 'i expect|require|demand to hear back|from' },
    { pattern: 'i expect|require|demand a|an|your reply|response|answer|decision' },
    { pattern: 'hear back today|tonight|tomorrow|immediately' },
    { pattern: 'by end|close of day|business' },
    { pattern: 'by eod|cob' },
    { pattern: '(respond|reply|answer|get back to me|let me know|hear back|hear from you|decide) within the? next? 24|48|twenty-four|forty-eight hours' },
    { pattern: 'please respond|reply|answer|decide immediately|promptly|quickly|asap|urgently|today' },
    { pattern: 'i look forward to your immediate|prompt|quick|speedy reply|response|answer' },
    { pattern: 'awaiting your immediate|prompt|urgent|quick reply|response|answer' },
  ],
);
