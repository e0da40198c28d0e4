/**
 * Where each rule's documentation lives. One base, so every front end (LSP
 * `codeDescription.href`, CLI, SARIF `helpUri`) links to the same page.
 */
export const DOCS_BASE = 'https://github.com/followup-coach/followup-coach/blob/main/docs/rules/';

export function docUrl(ruleId: string): string {
  return `${DOCS_BASE}${ruleId.startsWith('custom/') ? 'custom-rules' : ruleId}.md`;
}
