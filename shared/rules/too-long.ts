/** too-long: the body runs past the kind's word limit. */
import type { Rule } from './rule.js';
import { bodyWordCount, getWords } from '../document/text.js';

export const tooLong: Rule = {
  meta: {
    id: 'too-long',
    kinds: 'all',
    defaultSeverity: 'warning',
    category: 'metric',
    description: "The body is longer than the kind's word limit (thank-you 200, status check 150, others 250; configurable).",
    howToFix: 'Cut to one idea per paragraph: thanks, one specific point, interest, next steps.',
    fix: 'none',
    messages: {
      long: 'This {kind} note is {count} words; aim for {limit} or fewer so it can be read at a glance (the limit is reached here).',
    },
    checklistLabel: 'Short and to the point',
  },
  check(ctx) {
    const limit = ctx.config.wordLimits[ctx.kind];
    const count = bodyWordCount(ctx.doc);
    if (count <= limit) return;
    // Point at the first word past the limit, so the squiggle shows where to start cutting.
    const words = getWords(ctx.doc);
    const subject = ctx.doc.subject;
    let seen = 0;
    for (let i = 0; i < words.count; i++) {
      const s = words.starts[i] ?? 0;
      if (subject && s < subject.end && s >= ctx.doc.lines.lineStart(ctx.doc.lines.lineOf(subject.start))) continue;
      if (++seen > limit) {
        ctx.report({ start: s, end: words.ends[i] ?? s, messageId: 'long', data: { kind: ctx.kind, count, limit } });
        return;
      }
    }
  },
};
