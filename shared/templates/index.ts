/**
 * The five draft templates, one per kind, written once in a small slot
 * syntax: `{{key|Default}}` declares a slot (later `{{key}}` repeats it).
 * From that one source come the editor snippet (LSP snippet syntax, tab stops
 * that mirror each other) and filled text (for `followup-lint new` and tests).
 * An unfilled body slot becomes `[Default]`, which template-placeholder flags;
 * an unfilled front matter slot is left empty.
 */
import type { DraftKind } from '../types.js';
import { KIND_INFO } from '../kinds.js';

const FRONT = (kind: DraftKind, extra = ''): string =>
  `---\nfollowup: ${kind}\nto: {{to|Interviewer Name}}\ncompany: {{company|Company}}\nrole: {{role|Role}}\ninterview_date: {{interview_date|$TODAY}}\n${extra}---\n\n`;

const SOURCES: Record<DraftKind, string> = {
  'thank-you':
    FRONT('thank-you') +
    `Dear {{to}},

Thank you for taking the time to meet with me about the {{role}} role at {{company}}. I especially enjoyed our conversation about {{topic|a topic you discussed}}, and it gave me a clear picture of what the team is working toward.

{{fit|One sentence on how your experience matches what they need.}} I am excited about the position and would welcome the chance to contribute.

Could you let me know what the next steps look like? I am happy to share anything else that would help.

Best regards,
{{name|Your Name}}
`,
  'status-check':
    FRONT('status-check', 'decision_date: {{decision_date|}}\nprevious_follow_ups: 0\n') +
    `Dear {{to}},

Thank you again for meeting with me about the {{role}} role at {{company}}. I enjoyed learning about {{topic|a topic you discussed}} and have kept thinking about it since.

I wanted to ask whether there is any update on the hiring timeline. I remain very interested in the position and would be glad to provide anything else you need.

Kind regards,
{{name|Your Name}}
`,
  'feedback-request':
    FRONT('feedback-request') +
    `Dear {{to}},

Thank you for letting me know about your decision on the {{role}} role. I appreciated the chance to meet the team at {{company}} and to learn about {{topic|a topic you discussed}}.

If you have a moment, I would be grateful for any suggestions on how I could strengthen my interviews or my application. Even a sentence or two would help me grow.

I wish you and the team every success, and I hope our paths cross again.

Best regards,
{{name|Your Name}}
`,
  'rejection-response':
    FRONT('rejection-response') +
    `Dear {{to}},

Thank you for letting me know about your decision. Although I am disappointed, I truly enjoyed meeting you and learning about {{topic|a topic you discussed}} at {{company}}.

I would welcome the chance to be considered for future openings, and I hope we can stay in touch. Please keep me in mind if a role that fits my background comes up.

I wish you and the team continued success.

Best regards,
{{name|Your Name}}
`,
  'additional-info':
    FRONT('additional-info', 'documents_due: {{documents_due|}}\n') +
    `Dear {{to}},

Thank you again for our conversation about the {{role}} role at {{company}}. As you requested, I have attached {{documents|the documents you asked for}}.

{{addition|One thing you wish you had mentioned in the interview, if any.}}

Please let me know if there is anything else I can provide. I look forward to hearing about the next steps.

Best regards,
{{name|Your Name}}
`,
};

const SLOT = /\{\{(\w+)(?:\|([^}]*))?\}\}/g;

export interface TemplateInfo {
  kind: DraftKind;
  /** Short label, e.g. for a completion item or quick pick. */
  label: string;
  description: string;
  /** The slot keys, in order of first appearance. */
  slots: string[];
}

export function templateInfo(kind: DraftKind): TemplateInfo {
  const slots: string[] = [];
  for (const m of SOURCES[kind].matchAll(SLOT)) if (m[1] && !slots.includes(m[1])) slots.push(m[1]);
  return { kind, label: `${KIND_INFO[kind].title} template`, description: KIND_INFO[kind].when, slots };
}

function source(kind: DraftKind, today: string): string {
  return SOURCES[kind].replace('$TODAY', today);
}

/**
 * The template as an LSP / VS Code snippet. `today` (YYYY-MM-DD) becomes the
 * default interview date. With `bodyOnly`, the front matter is left out (for
 * inserting into a note that already has some).
 */
export function templateSnippet(kind: DraftKind, options: { today: string; bodyOnly?: boolean }): string {
  let text = source(kind, options.today);
  if (options.bodyOnly) text = text.slice(text.indexOf('---\n\n', 4) + 5);
  const numbers = new Map<string, number>();
  // `$`, `}` and `\` are special in snippets; template prose has none, but defaults might.
  const esc = (s: string): string => s.replace(/[$}\\]/g, (c) => `\\${c}`);
  return text.replace(SLOT, (_whole, key: string, def: string | undefined) => {
    let n = numbers.get(key);
    if (n === undefined) {
      n = numbers.size + 1;
      numbers.set(key, n);
      return def === undefined || def === '' ? `\${${n}}` : `\${${n}:${esc(def)}}`;
    }
    return `\${${n}}`;
  });
}

/**
 * The template as plain text, slots filled from `values` (keys as in `slots`).
 * Unfilled body slots become `[Default]` (flagged by template-placeholder until
 * filled), or with `hints` an HTML comment `<!-- fill in: default -->`, for
 * editors without snippets where the note is checked while it is written.
 */
export function fillTemplate(kind: DraftKind, values: Partial<Record<string, string>>, options: { today: string; hints?: boolean }): string {
  const text = source(kind, options.today);
  const front = text.indexOf('---\n\n', 4) + 4;
  const defaults = new Map<string, string>();
  for (const m of text.matchAll(SLOT)) if (m[1] && m[2] !== undefined && !defaults.has(m[1])) defaults.set(m[1], m[2]);
  return text.replace(SLOT, (_whole, key: string, _def: string | undefined, offset: number) => {
    const value = values[key]?.trim();
    if (offset < front) {
      if (value) return yamlScalar(value);
      return key === 'interview_date' ? (defaults.get(key) ?? '') : '';
    }
    if (value) return value;
    const def = defaults.get(key) ?? key;
    return options.hints ? `<!-- fill in: ${def} -->` : `[${def}]`;
  });
}

/** Quote a front matter value when YAML would misread it. */
function yamlScalar(value: string): string {
  return /^[\w .,'()&/-]+$/.test(value) && !/^[-?:,[\]{}#&*!|>'"%@`]/.test(value) && !/:\s|\s#/.test(value) ? value : JSON.stringify(value);
}
