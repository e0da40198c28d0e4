/**
 * Generators for the property tests: hostile strings, and markdown drafts
 * assembled from realistic fragments (front matter good and broken, greetings,
 * casual words, emoji, placeholders, code, links, quotes, disable comments).
 */
import fc from 'fast-check';
import { mergeConfig, type FollowupConfig, type LintOptions } from '../../shared/index.js';

/** The clock every property runs with (timing rules are live). */
export const NOW = new Date(2026, 10, 21, 9, 0).getTime();

/** Single units that break naive code: NUL, lone surrogates, CR, astral emoji, markdown and comment syntax. */
const HOSTILE_UNITS = [
  '\0', '\uD800', '\uDBFF', '\uDC00', '\uDFFF', '\r', '\n', '\r\n', '\t', '\u2028', '\uFEFF', '\u200D', '\uFE0F',
  '😊', '👩‍💻', '👍🏽', '🇫🇷', '𝔘', '>', '[', ']', '(', ')', '`', '```', '~~~', '-', '---', '#', '*', '_', '<', '<!--', '-->',
  '{{', '}}', ':)', '"', '“', '”', "'", '!', '?', ' ', 'a', 'I', 'gonna', 'Dear', 'XXX', 'TODO', 'followup:',
];

/** Arbitrary text: fast-check's full-range and grapheme strings, and strings built from hostile units. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: fc.constantFrom(...HOSTILE_UNITS), maxLength: 200 }),
  // Half the time behind a plausible front matter, so the body parser sees the same garbage.
  fc.string({ unit: fc.constantFrom(...HOSTILE_UNITS), maxLength: 120 }).map((s) => `---\nfollowup: thank-you\nto: Dana Okafor\n---\n${s}`),
);

const FRONT_MATTER = [
  '',
  '---\nfollowup: thank-you\nto: Dana Okafor\ncompany: Northwind Labs\nrole: Data Analyst\ninterview_date: 2026-11-20T14:00\n---\n',
  '---\nfollowup: thank-you\nto: Dana Okafor\ninterview_date: 2026-11-17\n---\n',
  '---\nfollowup: status-check\nto: [Dana Okafor, Lee Park]\ncompany: Northwind Labs\ninterview_date: 2026-11-19 10:00\ndecision_date: 2026-11-30\nprevious_follow_ups: 3\n---\n',
  '---\nfollowup: rejection-response\nto: Dana Okafor\ncompany: Northwind Labs\n---\n',
  '---\nfollowup: feedback-request\n---\n',
  '---\nfollowup: additional-info\nto: Dana Okafor\ndocuments_due: 2026-11-20\n---\n',
  // Broken: YAML, kind, dates, counts, shapes, an unclosed block.
  '---\nfollowup: [broken\n---\n',
  '---\nfollowup: nonsense\ninterview_date: tomorrow\n---\n',
  '---\nfollowup: thank-you\ninterview_date: 2026-02-31\nprevious_follow_ups: lots\n---\n',
  '---\n- just\n- a list\n---\n',
  '---\nfollowup: thank-you\ncompany: [a, b]\nto: {x: 1}\n---\n',
  '---\nfollowup: thank-you\n\tto: tabbed\n---\n',
  '---\nfollowup: thank-you\nto: Dana\n',
  '---\n---\n',
];

const GREETINGS = ['Dear Dana,', 'Hi Dana,', 'Hey Dana,', 'To whom it may concern,', 'Dear Hiring Manager,', 'Hello all,', 'Yo', 'Dear [Interviewer Name],', 'Subject: Thank you'];

const SENTENCES = [
  'Thank you for meeting with me yesterday.',
  'I enjoyed our conversation about the churn dashboard.',
  'I remain very interested in the Data Analyst role.',
  'Could you share what the next steps look like?',
  'I hope this email finds you well.',
  'Just following up again, as per my last email.',
  'Please respond by tomorrow.',
  'I really need this job, please give me a chance.',
  "I'm gonna brush up on SQL btw lol.",
  'Thanks!! 😊',
  'I am VERY excited about the SQL work on the HR team!!',
  'I think I bombed the last question.',
  "Honestly it's unfair and your loss.",
  "I'll text you, or add you on Facebook.",
  'Could you list every mistake I made?',
  'It was great to meet the team at [Company Name] on {{date}}.',
  'TODO: mention the case study ____.',
  'I bring <skill> to <Company>.',
  'Ünïcödé ñame Zoë and 👩‍👩‍👧 say hi 👍🏽.',
  "I'm not one to be pushy, but ASAP would be nice.",
  'We discussed the U.S. market and "gonna" as a quoted word.',
  'Hey Jude was playing when we talked about the launch.',
  'Thank you',
  'x',
];

const SIGN_OFFS = ['Best regards,\nSam', 'Kind regards,\nSam Lee', 'Cheers mate,\nSam', 'xoxo', 'Later', 'Thanks,\nSam', 'Sam'];

const BLOCKS: fc.Arbitrary<string>[] = [
  // Links get a paragraph of their own: a literal [slot] before a link in one paragraph unmasks the link's
  // target (known engine bug, see regressions.test.ts), which would make the fix properties fail at random.
  fc.constantFrom('See [my portfolio](https://example.com/lol-gonna) for the `gonna` flag.', 'My notes: <https://example.com/todo-asap> and https://example.com/lol.'),
  // Quoted earlier mail, sometimes nested or lazy.
  fc.constantFrom('> On Monday, Dana wrote:\n> thanks lol, talk soon 😊', '> > hey gonna reply ASAP\n> [Company Name]', '>quoted\nlazy continuation gonna'),
  // Fenced and indented code, closed and not.
  fc.constantFrom('```\ngonna 😊 [Company Name]\n```', '~~~text\nHEY!!\n~~~', '```js\nconst lol = 1;', '    indented gonna code'),
  // Lists, headings, comments, HTML, thematic breaks, tables.
  fc.constantFrom('- a list item, btw\n- [x] done\n- [ ] TODO', '1) first\n8) second', '## Heading gonna', '<!-- a note to self: gonna -->', '<div>gonna</div>', '***', '| a | b |\n|---|---|\n| gonna | 😊 |'),
  // Suppression comments, well-formed and not.
  fc.constantFrom('<!-- followup-disable-next-line too-casual -->\nGonna call.', '<!-- followup-disable emoji -->', '<!-- followup-enable emoji -->', '<!-- followup-disable -->', '<!-- followup-disable-next-line -->'),
];

const paragraph: fc.Arbitrary<string> = fc
  .array(fc.constantFrom(...SENTENCES), { minLength: 1, maxLength: 5 })
  .chain((sentences) => fc.constantFrom(' ', '\n').map((sep) => sentences.join(sep)));

export interface DraftOptions {
  crlf: boolean;
}

/** A markdown draft: front matter, greeting, paragraphs and blocks, sign-off; LF or CRLF. */
export const draft: fc.Arbitrary<string> = fc
  .record({
    front: fc.constantFrom(...FRONT_MATTER),
    greeting: fc.option(fc.constantFrom(...GREETINGS), { nil: undefined }),
    parts: fc.array(fc.oneof({ weight: 4, arbitrary: paragraph }, { weight: 2, arbitrary: fc.oneof(...BLOCKS) }), { minLength: 0, maxLength: 6 }),
    signOff: fc.option(fc.constantFrom(...SIGN_OFFS), { nil: undefined }),
    trailing: fc.constantFrom('\n', '', '\n\n'),
    crlf: fc.boolean(),
  })
  .map(({ front, greeting, parts, signOff, trailing, crlf }) => {
    const body = [greeting, ...parts, signOff].filter((p): p is string => p !== undefined).join('\n\n');
    const text = front + body + trailing;
    return crlf ? text.replace(/\r?\n/g, '\r\n') : text;
  });

const CONFIGS: FollowupConfig[] = [
  mergeConfig(),
  mergeConfig({ maxSentenceWords: 6, wordLimits: { 'thank-you': 20, 'status-check': 20, 'rejection-response': 20, 'feedback-request': 20, 'additional-info': 20 } }),
  mergeConfig({ rules: { 'too-casual': 'error', emoji: 'error', shouting: 'error', 'missing-gratitude': 'error', 'missing-interest': 'error', 'generic-greeting': 'error' } }),
  mergeConfig({
    customRules: [
      { name: 'no-passion', type: 'existence', message: 'Avoid "{phrase}".', severity: 'warning', phrases: ['passionate', 'thank you'], swap: {}, kinds: 'all' },
      { name: 'plain', type: 'substitution', message: 'Prefer "{replacement}".', severity: 'error', phrases: [], swap: { gonna: 'going to', 'following up': 'writing', lol: '', meeting: 'talking' }, kinds: 'all' },
    ],
  }),
];

/** Lint options: the fixed clock, a file name, and one of a few configurations (defaults, tight limits, raised severities, custom rules). */
export const lintOptions: fc.Arbitrary<LintOptions> = fc.constantFrom(...CONFIGS).map((config) => ({ config, now: NOW, file: 'draft.md' }));

/** numRuns, scaled by PROPERTY_RUNS_SCALE for a deeper search (`PROPERTY_RUNS_SCALE=20 npx vitest run test/properties`). */
export function runs(n: number): number {
  const scale = Number(process.env['PROPERTY_RUNS_SCALE'] ?? '1');
  return Math.max(1, Math.round(n * (Number.isFinite(scale) && scale > 0 ? scale : 1)));
}

/** A draft with a few hostile units dropped in at random places (inside words, front matter, fences). */
export const mutatedDraft: fc.Arbitrary<string> = fc
  .tuple(draft, fc.array(fc.tuple(fc.nat(), fc.constantFrom(...HOSTILE_UNITS)), { minLength: 1, maxLength: 4 }))
  .map(([text, inserts]) => {
    let out = text;
    for (const [at, unit] of inserts) {
      const i = out.length === 0 ? 0 : at % (out.length + 1);
      out = out.slice(0, i) + unit + out.slice(i);
    }
    return out;
  });

/** Mostly well-formed drafts, sometimes mutated ones. */
export const anyDraft: fc.Arbitrary<string> = fc.oneof({ weight: 3, arbitrary: draft }, { weight: 1, arbitrary: mutatedDraft });
