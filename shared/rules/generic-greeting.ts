/** generic-greeting: a salutation that could open any letter, not one to this person. */
import type { Rule } from './rule.js';
import { isGenericRecipient, personalRecipients, significantWords } from './helpers.js';

const GENERIC =
  /^(?:to whom it may concern|(?:dear|respected|hello|hi|good (?:day|morning|afternoon|evening)) (?:sir or madam|sir\/madam|sir\/ma'am|sir\/ma|sir or ma|madam or sir|sirs|sir|madam|ma'am|ma)|dear (?:hiring|recruiting|talent|search) (?:manager|team|committee|department|panel)|dear (?:recruiter|interviewer|interviewers|hiring managers|team|hr|human resources|manager|employer|applicant)|hello (?:hiring manager)|(?:dear|hello|hi) (?:there|all|everyone|team)|greetings)\b(?![\/&'’-])/i;

const TO_ALL = /^(?:dear|hello|hi) (?:all|everyone|team)$/i;
// What may follow a generic salutation on its line and still leave it generic: nothing, punctuation, or a sentence.
// A name after it makes the greeting personal after all: "Greetings, Dana", "Hello there Ms. Okafor", "Dear Team Northwind".
const THEN_NAME = /^[ \t]*[,:]?[ \t]*(?:(?:Mr|Ms|Mrs|Mx|Dr|Prof)\.?[ \t]+)?\p{Lu}[\p{L}'’.-]*(?:[ \t]+(?:and[ \t]+)?\p{Lu}[\p{L}'’.-]*){0,3}[ \t]*[,:!.]?[ \t]*$/u;

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
    // "Hi all," is fine when the note really goes to several people, or to a team.
    if (TO_ALL.test(m[0]) && (ctx.facts.to.length !== 1 || isGenericRecipient(ctx.facts.to[0] ?? ''))) return;
    // "Dear Ma," to `to: Lin Ma` greets her by name.
    const last = m[0].slice(m[0].lastIndexOf(' ') + 1).toLowerCase();
    if (personalRecipients(ctx.facts.to).some((n) => significantWords(n).includes(last))) return;
    const { lines, prose } = ctx.doc;
    const rest = prose.slice(g.start + m[0].length, lines.lineEnd(lines.lineOf(g.start)));
    if (THEN_NAME.test(rest)) return;
    const start = g.start;
    const end = g.start + m[0].length;
    const phrase = ctx.doc.text.slice(start, end);
    // `to: Hiring Team` is no name to greet (and "Dear Hiring Team" is itself generic).
    const names = personalRecipients(ctx.facts.to);
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
