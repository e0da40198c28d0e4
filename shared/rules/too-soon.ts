/**
 * too-soon: a status check sent before the decision date they gave or, when
 * they gave none, less than a week after the interview. A decision date that
 * has passed makes the check timely even within the week ("we'll decide by
 * Friday" and Monday brings nothing).
 */
import type { Rule } from './rule.js';
import { DAY, formatWhen, keyRange } from './helpers.js';

export const tooSoon: Rule = {
  meta: {
    id: 'too-soon',
    kinds: ['status-check'],
    defaultSeverity: 'warning',
    category: 'timing',
    description: 'A status check sent less than a week after the interview, or before the date they said they would decide by.',
    howToFix: 'Wait until the decision date they gave is behind you or, without one, until a week after the interview; the message says when.',
    fix: 'none',
    messages: {
      beforeWeek: 'Only {days} since the interview; give them at least a week before checking in (from {when}).',
      beforeDecision: 'They said they would decide by {when}; wait until then before asking for an update.',
      decisionToday: 'They said they would decide by today, {when}; give them the day, and ask from tomorrow if nothing has come.',
      beforeInterview: 'The interview is on {when}, still ahead; a status check comes a week after it.',
    },
  },
  check(ctx) {
    if (ctx.now === undefined) return;
    const { decisionDate, interviewDate } = ctx.facts;
    if (decisionDate) {
      // A decision "by" a date counts to the end of that day.
      const deadline = decisionDate.dateOnly ? decisionDate.time + DAY : decisionDate.time;
      if (ctx.now < deadline) {
        // On the day itself "wait until then" reads oddly: it is then.
        const today = decisionDate.dateOnly && ctx.now >= decisionDate.time;
        ctx.report({ ...keyRange(ctx.doc, 'decision_date'), messageId: today ? 'decisionToday' : 'beforeDecision', data: { when: formatWhen(decisionDate.time, !decisionDate.dateOnly) } });
      }
      // Once the date they gave has passed with no word, asking is timely, even within the week.
      return;
    }
    if (interviewDate) {
      if (ctx.now < interviewDate.time) {
        ctx.report({ ...keyRange(ctx.doc, 'interview_date'), messageId: 'beforeInterview', data: { when: formatWhen(interviewDate.time, !interviewDate.dateOnly) } });
        return;
      }
      const days = Math.floor((ctx.now - interviewDate.time) / DAY);
      if (days < 7) {
        ctx.report({ ...keyRange(ctx.doc, 'interview_date'), messageId: 'beforeWeek', data: { days: Math.max(0, days) === 1 ? '1 day' : `${Math.max(0, days)} days`, when: formatWhen(interviewDate.time + 7 * DAY, false) } });
      }
    }
  },
};
