/** Small builders for test drafts. */
import type { DraftKind } from '../../shared/index.js';

export interface Facts {
  to?: string | string[];
  company?: string;
  role?: string;
  interview_date?: string;
  decision_date?: string;
  documents_due?: string;
  previous_follow_ups?: number;
}

/** A draft with front matter for `kind` and the given facts, then the body. */
export function draft(kind: DraftKind, body: string, facts: Facts = { to: 'Dana Okafor', company: 'Northwind Labs', role: 'Data Analyst' }): string {
  const lines = [`followup: ${kind}`];
  for (const [k, v] of Object.entries(facts)) {
    if (v === undefined) continue;
    lines.push(`${k}: ${Array.isArray(v) ? `[${v.join(', ')}]` : String(v)}`);
  }
  return `---\n${lines.join('\n')}\n---\n\n${body}`;
}

/** A thank-you note that passes every rule, with `middle` as its second paragraph. */
export function goodThankYou(middle = 'I especially enjoyed hearing how your team rebuilt the churn report.'): string {
  return draft(
    'thank-you',
    `Dear Dana,\n\nThank you for meeting with me about the Data Analyst role at Northwind Labs. ${middle}\n\nI am excited about the position and would welcome the chance to contribute. Could you share what the next steps look like?\n\nBest regards,\nSam\n`,
  );
}

/**
 * The sample thank-you note the LSP and editor tests open: a casual "Hey"
 * greeting on line 9 (0-based 8), otherwise ready; `closing` is line 13.
 */
export function sampleDraft(closing = 'I am excited about the position. Could you share the next steps?'): string {
  return `---
followup: thank-you
to: Dana Okafor
company: Northwind Labs
role: Data Analyst
interview_date: 2026-11-20T14:00
---

Hey Dana,

Thank you for meeting with me about the Data Analyst role. I enjoyed hearing how the team rebuilt the churn report.

${closing}

Best regards,
Sam
`;
}
