/**
 * The engine's public API, the only import surface for the server and the
 * CLI. Pure: text, config and clock in; findings, fixes, readiness and
 * templates out. No Node APIs, no LSP, no I/O; runs unchanged in a Web Worker.
 */
import { lintDraft, type LintOptions, type LintResult } from './engine/lint.js';
import { fixToFixedPoint } from './engine/fixes.js';
import type { TextEdit } from './types.js';

export * from './types.js';
export { lintDraft, lintDocument, mayHaveSafeFix, defaultSpeller, ENGINE_FINDINGS, type LintOptions, type LintResult, type KindSource } from './engine/lint.js';
export { parseDraft, type DraftDocument } from './document/parse.js';
export { LineIndex, detectEol, type Position } from './document/lineIndex.js';
export { FRONT_MATTER_KEYS, hasFollowupKey, parseFactDate, writtenDateIso, type DraftFacts, type FrontMatter, type FrontMatterKey } from './document/frontMatter.js';
export { getWords, bodyWordCount } from './document/text.js';
export { KIND_INFO, inferKind, isDraftKind } from './kinds.js';
export { RULES, RULE_IDS, ruleById } from './rules/index.js';
export type { Rule, PeerDraft } from './rules/rule.js';
export { fingerprint, similarity } from './rules/duplicate-draft.js';
export { interviewEnd } from './rules/send-window.js';
export { applyEdits, minimalEdits, MAX_PASSES } from './engine/fixes.js';
export { disableLineEdit, disableFileEdit } from './engine/suppressions.js';
export {
  defaultConfig,
  mergeConfig,
  validateConfig,
  parseConfigText,
  formatConfigProblem,
  DEFAULT_INCLUDE,
  type FollowupConfig,
  type PartialConfig,
  type ConfigProblem,
  type CustomRule,
} from './engine/config.js';
export { readiness, formatReadiness, type Readiness, type ReadinessItem } from './readiness.js';
export { templateSnippet, fillTemplate, templateInfo, type TemplateInfo } from './templates/index.js';
export { docUrl, DOCS_BASE } from './docs.js';
export { createSpeller, Speller, type DictionaryFiles } from './proofreading/speller.js';
export { HunspellDictionary } from './proofreading/hunspell.js';
export { knownWords, WORDS_DIRECTIVE } from './rules/spelling.js';
export { addWordsEdit } from './proofreading/edits.js';
export { EN_US } from './proofreading/en-us.js';
export { parseWordList, isAddableWord, appendWordText, WORKSPACE_DICTIONARY } from './proofreading/wordList.js';
export { formatWhen } from './rules/helpers.js';

export interface FixAllResult {
  /** The text after every safe fix, to a fixed point. */
  text: string;
  /** Minimal edits against the original text. */
  edits: TextEdit[];
  passes: number;
  /** The lint result of the fixed text. */
  result: LintResult;
}

/** Apply every safe fix, re-linting until nothing changes (at most MAX_PASSES passes). */
export function fixAll(text: string, options: LintOptions = {}): FixAllResult {
  let last: LintResult | undefined;
  let lastText = '';
  const lint = (t: string): LintResult => {
    last = lintDraft(t, options);
    lastText = t;
    return last;
  };
  const out = fixToFixedPoint(text, (t) => lint(t).findings);
  const result = last && lastText === out.text ? last : lint(out.text);
  return { text: out.text, edits: out.edits, passes: out.passes, result };
}
export { thoroughInput, carryThorough, HARPER_RULES_OFF, type ThoroughLint, type ThoroughInput } from './proofreading/thorough.js';
