/** emoji: emoji and text emoticons such as :) in a professional note. */
import type { Rule } from './rule.js';
import { replacementEdit } from './rule.js';

// One emoji: a pictograph with its modifiers, variation selectors and ZWJ joins, or a flag.
const EMOJI =
  /(?:\p{Regional_Indicator}{2}|[#*0-9]\uFE0F?\u20E3|\p{Extended_Pictographic}(?:\p{Emoji_Modifier}|\uFE0F|\u20E3)*(?:\u200D\p{Extended_Pictographic}(?:\p{Emoji_Modifier}|\uFE0F)*)*)/gu;
// Emoticons stand alone: after a space or line start (checked in check(), which is faster than a
// lookbehind here), before a space, punctuation or line end.
// Not "XD" (Adobe XD), only "xD"; not "<3" in "<3 years" (less than three).
const EMOTICON =
  /(?:[:;=][-'^o]?[)(\]\[DPpOo3|\\/*]+|<3+(?![ \t]*(?:years?|yrs?|months?|weeks?|days?|hours?|hrs?|minutes?|mins?|seconds?|secs?|s|ms|µs|us|ns|x|k|m|mm|cm|km|kg|lbs?|gb|mb|kb|tb|GB|MB|KB|TB|K|M|X|people|times|percent|per)\b)|\^_*\^|xD+|:'\(|[(]?[:;]-?[)(])(?=$|[\s.,!?)])/gmu;
const NOT_ASCII = /[\u00a9-\uffff]/g;
// What an emoticon may follow: line start, a space or an opening parenthesis.
const STANDS_AFTER = /^[\s(]$/u;
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
    const report = (start: number, s: string, first = s): void => {
      const end = start + s.length;
      // A long run is named by its first emoji: the message stays readable.
      const phrase = s.length <= 24 ? s : `${first}…`;
      ctx.report({
        start,
        end,
        messageId: 'emoji',
        data: { phrase },
        fix: { title: `Remove "${phrase}"`, edits: [replacementEdit(text, start, end, '')] },
      });
    };
    // Every emoji holds a character from U+00A9 up (a keycap's one before it), so the search starts there.
    NOT_ASCII.lastIndex = bodyStart;
    const first = NOT_ASCII.exec(prose);
    if (first) {
      EMOJI.lastIndex = Math.max(bodyStart, first.index - 1);
      // A run ("🔥🔥", "🎉 🙌") is one finding, so removing it also takes the space before it.
      let runStart = -1;
      let runEnd = -1;
      let runFirst = '';
      for (let m = EMOJI.exec(prose); m; m = EMOJI.exec(prose)) {
        if (m[0].length <= 2 && TYPOGRAPHIC.has(m[0])) continue;
        if (runStart >= 0 && /^[ \t]*$/.test(prose.slice(runEnd, m.index))) {
          runEnd = m.index + m[0].length;
          continue;
        }
        if (runStart >= 0) report(runStart, text.slice(runStart, runEnd), runFirst);
        runStart = m.index;
        runEnd = m.index + m[0].length;
        runFirst = m[0];
      }
      if (runStart >= 0) report(runStart, text.slice(runStart, runEnd), runFirst);
    }
    EMOTICON.lastIndex = bodyStart;
    for (let m = EMOTICON.exec(prose); m; m = EMOTICON.exec(prose)) {
      if (m.index > 0 && !STANDS_AFTER.test(prose[m.index - 1]!)) {
        EMOTICON.lastIndex = m.index + 1;
        continue;
      }
      report(m.index, m[0]);
    }
  },
};
