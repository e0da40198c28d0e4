/** generic-greeting: a salutation that could open any letter, not one to this person. */
import type { Rule } from './rule.js';

const GENERIC =
  /^(?:to whom it may concern|dear (?:sir or madam|sir\/madam|madam or sir|sirs|sir|madam)|dear (?:hiring|recruiting|talent|search) (?:manager|team|committee|department|panel)|dear (?:recruiter|interviewer|interviewers|hiring managers|team|hr|human resources|manager|employer|applicant)|hello (?:hiring manager|sir|madam)|(?:dear|hello|hi) (?:there|all|everyone)|greetings)\b/i;

export const genericGreeting: Rule = {
  meta: {
    id: 'generic-greeting',
    kinds: 'all',
    defaultSeverity: 'warning',
    category: 'dont',
    description: 'A salutation such as "To whom it may concern" or "Dear Hiring Manager" that could open any letter.',
    howToFix: 'Greet the person by name; the `to:` front matter key lets the quick fix fill it in.',
    fix: 'safe',
    messages: {
      generic: '"{phrase}" could open any letter. You know who interviewed you: greet them by name.',
      genericKnown: '"{phrase}" could open any letter, and this note is to {to}: greet them by name.',
    },
  },
  check(ctx) {
    const g = ctx.doc.greeting;
    if (!g) return;
    const m = GENERIC.exec(g.text);
    if (!m) return;
    // "Hi all," is fine when the note really goes to several people.
    if (/^(?:dear|hello|hi) (?:all|everyone)$/i.test(m[0]) && ctx.facts.to.length !== 1) return;
    const start = g.start;
    const end = g.start + m[0].length;
    const phrase = ctx.doc.text.slice(start, end);
    const names = ctx.facts.to;
    if (names.length === 0) {
      ctx.report({ start, end, messageId: 'generic', data: { phrase } });
      return;
    }
    const to = names.length === 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1] ?? ''}`;
    ctx.report({
      start,
      end,
      messageId: 'genericKnown',
      data: { phrase, to },
      fix: { title: `Replace with "Dear ${to}"`, edits: [{ start, end, newText: `Dear ${to}` }] },
    });
  },
};
