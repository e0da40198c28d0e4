/** long-sentence: a sentence longer than the configured word count (35). */
import type { Rule } from './rule.js';
import { getSentences } from '../document/text.js';

export const longSentence: Rule = {
  meta: {
    id: 'long-sentence',
    kinds: 'all',
    defaultSeverity: 'info',
    category: 'metric',
    description: 'A sentence longer than 35 words (configurable with maxSentenceWords), which is hard to read in one pass.',
    howToFix: 'Split it into two sentences, or cut the clauses that do not add anything.',
    fix: 'none',
    messages: {
      long: 'This sentence is {count} words long; split it so each sentence makes one point (aim for {limit} or fewer).',
    },
  },
  check(ctx) {
    const limit = ctx.config.maxSentenceWords;
    for (const s of getSentences(ctx.doc)) {
      const count = s.endWord - s.firstWord;
      if (count > limit) ctx.report({ start: s.start, end: s.end, messageId: 'long', data: { count, limit } });
    }
  },
};
