/** long-sentence: a sentence longer than the configured word count (35). */
import type { Rule } from './rule.js';
import { getWords, mayHoldLongSentence, sentencesInBlock, type Sentence } from '../document/text.js';

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
    const words = getWords(ctx.doc);
    // Segmenting is the costly part: a block whose stretches between sure sentence breaks are all short cannot hold a long sentence.
    const sentences: Sentence[] = [];
    for (const block of ctx.doc.blocks) if (mayHoldLongSentence(ctx.doc, words, block, limit)) sentencesInBlock(ctx.doc, block, sentences);
    for (const s of sentences) {
      const count = s.endWord - s.firstWord;
      if (count > limit) ctx.report({ start: s.start, end: s.end, messageId: 'long', data: { count, limit } });
    }
  },
};
