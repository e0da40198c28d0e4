/**
 * LSP views of an engine result: diagnostics, code actions, hover, completion
 * and code lenses. Pure functions of (document, result); the server calls them
 * with the cached result for the document's version, never re-linting here.
 */
import {
  CodeActionKind,
  CompletionItemKind,
  DiagnosticSeverity,
  InsertTextFormat,
  MarkupKind,
  type CodeAction,
  type CodeLens,
  type CompletionItem,
  type Diagnostic,
  type Hover,
  type Position,
  type Range,
  type TextEdit,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import {
  DRAFT_KINDS,
  FRONT_MATTER_KEYS,
  KIND_INFO,
  disableFileEdit,
  disableLineEdit,
  detectEol,
  formatReadiness,
  formatWhen,
  interviewEnd,
  ruleById,
  templateInfo,
  templateSnippet,
  type Finding,
  type LintResult,
  type Severity,
  addWordsEdit,
  isAddableWord,
} from '../../shared/index.js';
import { ADD_TO_DICTIONARY_COMMAND, FIX_ALL_KIND, SOURCE, type AddToDictionaryParams, type DictionaryScope } from './protocol.js';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function range(doc: TextDocument, start: number, end: number): Range {
  return { start: doc.positionAt(start), end: doc.positionAt(end) };
}

export function toDiagnostic(doc: TextDocument, f: Finding, uriOf: (file: string) => string): Diagnostic {
  const d: Diagnostic = {
    range: range(doc, f.start, f.end),
    severity: SEVERITY[f.severity],
    source: SOURCE,
    code: f.ruleId,
    codeDescription: { href: f.docUrl },
    message: f.message,
    data: { ruleId: f.ruleId, start: f.start, end: f.end },
  };
  if (f.related?.length) {
    d.relatedInformation = f.related.map((r) => ({
      location: { uri: r.file ? uriOf(r.file) : doc.uri, range: r.file ? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } : range(doc, r.start, r.end) },
      message: r.message,
    }));
  }
  return d;
}

function sameSpot(doc: TextDocument, f: Finding, d: Diagnostic): boolean {
  if (d.code !== f.ruleId) return false;
  const data = d.data as { start?: number; end?: number } | undefined;
  if (data && typeof data.start === 'number') return data.start === f.start && data.end === f.end;
  return doc.offsetAt(d.range.start) === f.start && doc.offsetAt(d.range.end) === f.end;
}

/** Quick fixes and "disable" actions for the findings under the requested diagnostics or range. */
export function codeActions(doc: TextDocument, result: LintResult, diagnostics: Diagnostic[], requested: Range, dictionaryScopes: readonly DictionaryScope[] = []): CodeAction[] {
  const ours = diagnostics.filter((d) => d.source === SOURCE);
  const start = doc.offsetAt(requested.start);
  const end = doc.offsetAt(requested.end);
  // The findings the client asked about, or, without diagnostics, those overlapping the range.
  const findings = ours.length
    ? result.findings.filter((f) => ours.some((d) => sameSpot(doc, f, d)))
    : result.findings.filter((f) => f.start <= end && f.end >= start);
  const eol = detectEol(doc.getText());
  const actions: CodeAction[] = [];
  const disabled = new Set<string>();
  for (const f of findings) {
    const diagnostic = ours.find((d) => sameSpot(doc, f, d));
    const safe = f.fixes.filter((x) => x.safe);
    for (const fix of f.fixes) {
      const action: CodeAction = {
        title: fix.title,
        kind: CodeActionKind.QuickFix,
        edit: { changes: { [doc.uri]: fix.edits.map((e) => ({ range: range(doc, e.start, e.end), newText: e.newText })) } },
      };
      if (diagnostic) action.diagnostics = [diagnostic];
      // The single obvious remedy is preferred, so "auto fix" applies it.
      if (fix.safe && safe.length === 1) action.isPreferred = true;
      actions.push(action);
    }
    if (f.ruleId === 'spelling') actions.push(...wordActions(doc, result, f, diagnostic, dictionaryScopes, eol));
    if (f.ruleId === 'internal-error' || disabled.has(f.ruleId)) continue;
    disabled.add(f.ruleId);
    const line = disableLineEdit(result.document, f.ruleId, f.start, eol);
    const file = disableFileEdit(result.document, f.ruleId, eol);
    actions.push(
      { title: `Disable ${f.ruleId} for this line`, kind: CodeActionKind.QuickFix, edit: { changes: { [doc.uri]: [{ range: range(doc, line.start, line.end), newText: line.newText }] } }, ...(diagnostic ? { diagnostics: [diagnostic] } : {}) },
      { title: `Disable ${f.ruleId} in this file`, kind: CodeActionKind.QuickFix, edit: { changes: { [doc.uri]: [{ range: range(doc, file.start, file.end), newText: file.newText }] } }, ...(diagnostic ? { diagnostics: [diagnostic] } : {}) },
    );
  }
  return actions;
}

/** "Add to dictionary" (per available scope) and "Ignore in this file" for a spelling finding. */
function wordActions(doc: TextDocument, result: LintResult, f: Finding, diagnostic: Diagnostic | undefined, scopes: readonly DictionaryScope[], eol: string): CodeAction[] {
  const word = doc.getText().slice(f.start, f.end);
  if (!isAddableWord(word)) return [];
  const withDiagnostic = diagnostic ? { diagnostics: [diagnostic] } : {};
  const actions: CodeAction[] = scopes.map((scope) => {
    const args: AddToDictionaryParams = { word, scope, uri: doc.uri };
    return {
      title: scope === 'user' ? `Add "${word}" to your dictionary` : `Add "${word}" to the workspace dictionary`,
      kind: CodeActionKind.QuickFix,
      command: { title: 'Add to dictionary', command: ADD_TO_DICTIONARY_COMMAND, arguments: [args] },
      ...withDiagnostic,
    };
  });
  const edit = addWordsEdit(result.document, word, eol);
  actions.push({
    title: `Ignore "${word}" in this file`,
    kind: CodeActionKind.QuickFix,
    edit: { changes: { [doc.uri]: [{ range: range(doc, edit.start, edit.end), newText: edit.newText }] } },
    ...withDiagnostic,
  });
  return actions;
}

export function fixAllAction(doc: TextDocument, edits: Array<{ start: number; end: number; newText: string }>): CodeAction | undefined {
  if (edits.length === 0) return undefined;
  const lspEdits: TextEdit[] = edits.map((e) => ({ range: range(doc, e.start, e.end), newText: e.newText }));
  return { title: 'Fix all Follow-up Coach problems', kind: FIX_ALL_KIND, edit: { documentChanges: [{ textDocument: { uri: doc.uri, version: doc.version }, edits: lspEdits }] } };
}

const KEY_DOCS: Record<(typeof FRONT_MATTER_KEYS)[number], string> = {
  followup: `The kind of message: ${DRAFT_KINDS.map((k) => `\`${k}\``).join(', ')}. Its presence marks the file as a draft. Without it, the kind is inferred from the text.`,
  to: 'Who you are writing to: a name, or a list of names for a panel. Used to check the greeting and the specifics, and to fill placeholders.',
  company: 'The company you interviewed with. A note that never mentions it (or the role, or the person) may be too generic.',
  role: 'The job title you interviewed for.',
  interview_date: 'When the interview took place: `2026-11-20` or `2026-11-20T14:00`, local time. Thank-you notes should go out within 24 hours of it; status checks should wait a week.',
  decision_date: 'When they said they would decide or get back to you. A status check should wait until this date has passed.',
  documents_due: 'Documents they asked you to send, and by when. Flagged when past, or due within 24 hours.',
  previous_follow_ups: 'How many follow-ups you have already sent for this application. From two on, another one is more likely to hurt than help.',
};

export function hover(doc: TextDocument, result: LintResult, position: Position): Hover | null {
  const offset = doc.offsetAt(position);
  const fm = result.document.frontMatter;
  if (fm.present && offset < fm.bodyStart) {
    const key = fm.keys.find((k) => offset >= k.keyRange.start && offset <= k.valueRange.end);
    const info = KIND_INFO[result.kind];
    const kindLine =
      result.kindSource === 'front-matter'
        ? `This draft is a **${info.title}**. ${info.when}`
        : `This draft is checked as a **${info.title}** (${result.kindSource === 'option' ? 'set by a setting' : result.kindEvidence ? `inferred from “${result.kindEvidence}”` : 'inferred; no clear signal in the text'}). ${info.when}`;
    const text = key && key.key in KEY_DOCS ? `**\`${key.key}\`**: ${KEY_DOCS[key.key as keyof typeof KEY_DOCS]}\n\n${kindLine}` : kindLine;
    return { contents: { kind: MarkupKind.Markdown, value: text }, ...(key ? { range: range(doc, key.keyRange.start, key.valueRange.end) } : {}) };
  }
  const here = result.findings.filter((f) => offset >= f.start && offset <= f.end);
  if (here.length === 0) return null;
  const parts = here.map((f) => {
    const meta = ruleById(f.ruleId)?.meta;
    const about = meta ? `${meta.description}\n\n**How to fix:** ${meta.howToFix}` : '';
    // Spelling suggestions are computed here, on demand (and cached per word).
    const suggestions = f.ruleId === 'spelling' ? f.fixes.filter((x) => !x.safe).map((x) => x.edits[0]?.newText).filter((x): x is string => Boolean(x)) : [];
    const suggest = suggestions.length ? `\n\n**Did you mean:** ${suggestions.map((x) => `“${x}”`).join(', ')}` : '';
    return `**${f.ruleId}** (${f.severity}): ${f.message}${suggest}\n\n${about}\n\n[Rule documentation](${f.docUrl})`;
  });
  const first = here[0] as Finding;
  return { contents: { kind: MarkupKind.Markdown, value: parts.join('\n\n---\n\n') }, range: range(doc, first.start, first.end) };
}

const TRIGGERS = ['template', 'followup', 'follow-up', 'thank', 'status', 'feedback', 'rejection', 'additional', 'draft', 'new'];

export function completion(doc: TextDocument, result: LintResult, position: Position, today: string): CompletionItem[] {
  const text = doc.getText();
  const offset = doc.offsetAt(position);
  const lineStart = doc.offsetAt({ line: position.line, character: 0 });
  const before = text.slice(lineStart, offset);
  const fm = result.document.frontMatter;

  if (fm.present && offset < fm.bodyStart && offset > 3) {
    const kindValue = /^followup:\s*([\w-]*)$/.exec(before);
    if (kindValue) {
      const replace = { start: doc.positionAt(offset - (kindValue[1]?.length ?? 0)), end: position };
      return DRAFT_KINDS.map((k, i) => ({
        label: k,
        kind: CompletionItemKind.EnumMember,
        detail: KIND_INFO[k].title,
        documentation: KIND_INFO[k].when,
        textEdit: { range: replace, newText: k },
        sortText: String(i),
      }));
    }
    if (/^[\w-]*$/.test(before)) {
      const present = new Set(fm.keys.map((k) => k.key));
      return FRONT_MATTER_KEYS.filter((k) => !present.has(k)).map((k) => ({
        label: k,
        kind: CompletionItemKind.Property,
        documentation: { kind: MarkupKind.Markdown, value: KEY_DOCS[k] },
        textEdit: { range: { start: { line: position.line, character: 0 }, end: position }, newText: `${k}: ` },
      }));
    }
    return [];
  }

  const empty = text.trim() === '';
  const word = /^\s*([\w-]*)$/.exec(before)?.[1] ?? undefined;
  const triggered = word !== undefined && word.length > 0 && TRIGGERS.some((t) => t.startsWith(word.toLowerCase()) || word.toLowerCase().startsWith(t));
  if (!empty && !triggered) return [];
  const bodyOnly = fm.present;
  const replace: Range = empty ? { start: { line: 0, character: 0 }, end: doc.positionAt(text.length) } : { start: doc.positionAt(offset - (word?.length ?? 0)), end: position };
  return DRAFT_KINDS.map((k, i) => {
    const info = templateInfo(k);
    return {
      label: `${k} template`,
      filterText: `${word ?? ''} template followup ${k} ${info.label}`,
      kind: CompletionItemKind.Snippet,
      detail: info.label,
      documentation: { kind: MarkupKind.Markdown, value: `${info.description}\n\nInserts a ${bodyOnly ? 'draft body' : 'draft with front matter'}; Tab moves between the parts to fill in.` },
      insertTextFormat: InsertTextFormat.Snippet,
      textEdit: { range: replace, newText: templateSnippet(k, { today, bodyOnly }) },
      sortText: String(i),
    };
  });
}

export function codeLenses(doc: TextDocument, result: LintResult): CodeLens[] {
  const r = result.readiness;
  const missing = r.items.filter((i) => !i.ok).map((i) => i.label.toLowerCase());
  const line = result.document.frontMatter.present ? doc.positionAt(result.document.bodyStart).line : 0;
  const at: Range = { start: { line, character: 0 }, end: { line, character: 0 } };
  const lenses: CodeLens[] = [
    {
      range: at,
      command: { title: `${KIND_INFO[result.kind].title} · ${formatReadiness(r)}${missing.length ? ` — to do: ${missing.join(', ')}` : ''}`, command: 'followup.showChecklist', arguments: [doc.uri] },
    },
  ];
  const date = result.document.frontMatter.facts.interviewDate;
  if (result.kind === 'thank-you' && date) {
    lenses.push({ range: at, command: { title: `Send by ${formatWhen(interviewEnd(date) + 24 * 3_600_000)}`, command: '' } });
  }
  return lenses;
}
