/** emoji: emoji and text emoticons such as :) in a professional note. */
import type { Rule } from './rule.js';
import { replacementEdit } from './rule.js';

// One emoji: a pictograph with its modifiers, variation selectors and ZWJ joins, or a flag.
const EMOJI =
  /(?:\p{Regional_Indicator}{2}|[#*0-9]\uFE0F?\u20E3|\p{Extended_Pictographic}(?:\p{Emoji_Modifier}|\uFE0F|\u20E3)*(?:\u200D\p{Extended_Pictographic}(?:\p{Emoji_Modifier}|\uFE0F)*)*)/gu;
// Emoticons stand alone: after a space or line start, before a space, punctuation or line end.
// Not "XD" (Adobe XD), only "xD"; not "<3" in "<3 years" (less than three).
const EMOTICON =
  /(?<=^|[\s(])(?:[:;=][-'^o]?[)(\]\[DPpOo3|\\/*]+|<3+(?![ \t]+(?:years?|yrs?|months?|weeks?|days?|hours?|hrs?|minutes?|mins?|seconds?|people|times|percent|per)\b)|\^_*\^|xD+|:'\(|[(]?[:;]-?[)(])(?=$|[\s.,!?)])/gmu;
// Text symbols that are pictographic but read as typography, unless shown as emoji (FE0F).
const TYPOGRAPHIC = new Set(['©', '®', '™', '‼', '⁉', '↔', '↕', '◀', '▶', '☑', '✔', '✖', '➡', '⬅', '⬆', '⬇', '〰', '〽', '‍']);

export const emoji: Rule = {
  meta: {
    id: 'emoji',
    kinds: 'all',
    defaultSeverity: 'warning',
    category: 'dont',
    description: 'Emoji and emoticons, which read as too casual in a note to an employer.',
    howToFix: 'Remove them; let your words carry the warmth.',
    fix: 'safe',
    messages: {
      emoji: 'Leave "{phrase}" out: emoji and emoticons read as too casual in a note to an employer.',
    },
  },
  check(ctx) {
    const { prose, text, bodyStart } = ctx.doc;
    for (const re of [EMOJI, EMOTICON]) {
      re.lastIndex = bodyStart;
      for (let m = re.exec(prose); m; m = re.exec(prose)) {
        const s = m[0];
        if (re === EMOJI && s.length <= 2 && TYPOGRAPHIC.has(s)) continue;
        const start = m.index;
        const end = start + s.length;
        ctx.report({
          start,
          end,
          messageId: 'emoji',
          data: { phrase: s },
          fix: { title: `Remove "${s}"`, edits: [replacementEdit(text, start, end, '')] },
        });
      }
    }
  },
};
