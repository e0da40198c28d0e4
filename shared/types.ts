/**
 * The engine's data types. Everything here is plain data: offsets are UTF-16
 * code-unit offsets into the original text (as in JavaScript strings, LSP and
 * CodeMirror); only `document/lineIndex.ts` turns them into line/character.
 */

export const DRAFT_KINDS = [
  'thank-you',
  'status-check',
  'feedback-request',
  'rejection-response',
  'additional-info',
] as const;
export type DraftKind = (typeof DRAFT_KINDS)[number];

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type SeveritySetting = Severity | 'off';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info', 'hint'];

/** Replace `[start, end)` of the text with `newText`. */
export interface TextEdit {
  start: number;
  end: number;
  newText: string;
}

export interface Fix {
  /** Shown in the editor's quick-fix menu and the CLI's JSON. */
  title: string;
  edits: TextEdit[];
  /**
   * `true`: the one obvious remedy, applied by fix-all and `--fix`.
   * `false`: a suggestion, offered as a quick fix only.
   */
  safe: boolean;
}

export interface RelatedInfo {
  /** Another file (duplicate-draft); absent when it is this file. */
  file?: string;
  start: number;
  end: number;
  message: string;
}

export interface Finding {
  ruleId: string;
  messageId: string;
  severity: Severity;
  message: string;
  start: number;
  end: number;
  fixes: Fix[];
  related?: RelatedInfo[];
  /** Link to the rule's documentation page. */
  docUrl: string;
}

export type RuleCategory = 'do' | 'dont' | 'metric' | 'timing' | 'proofreading';

export interface RuleMeta {
  /** kebab-case, equal to the file name; fixed by RULES.md. */
  id: string;
  kinds: 'all' | readonly DraftKind[];
  defaultSeverity: Severity;
  category: RuleCategory;
  /** One sentence, shown in hover and in the docs index. */
  description: string;
  /** How to make the finding go away, shown in hover. */
  howToFix: string;
  /** `safe`: offers a fix that fix-all applies; `suggestion`: quick fix only; `none`. */
  fix: 'safe' | 'suggestion' | 'none';
  /** messageId -> template with `{placeholder}`s. */
  messages: Readonly<Record<string, string>>;
  /** Readiness checklist label, for "do" rules. */
  checklistLabel?: string;
}

export interface Range {
  start: number;
  end: number;
}
