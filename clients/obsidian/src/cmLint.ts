/**
 * The editor side: a CodeMirror 6 extension that sends the note to the
 * server as it changes and shows the server's diagnostics with @codemirror/lint
 * (as Obsidian ships it). Quick-fix buttons apply the server's edits as one
 * transaction, so undo is one step. Computes no edit of its own.
 */
import { setDiagnostics, type Action, type Diagnostic as CmDiagnostic } from '@codemirror/lint';
import type { Text } from '@codemirror/state';
import { ViewPlugin, type EditorView, type PluginValue, type ViewUpdate } from '@codemirror/view';
import { editsFor, type CodeAction, type Diagnostic, type LspSession, type TextEdit } from './lspSession';

const SEVERITY = { 1: 'error', 2: 'warning', 3: 'info', 4: 'hint' } as const;
/** Wait this long after the last keystroke before sending the text. */
export const CHANGE_DELAY_MS = 150;

function offset(doc: Text, p: { line: number; character: number }): number {
  if (p.line >= doc.lines) return doc.length;
  const line = doc.line(p.line + 1);
  return Math.min(line.from + p.character, line.to);
}

function sameSpot(a: Diagnostic, b: Diagnostic): boolean {
  return a.code === b.code && a.range.start.line === b.range.start.line && a.range.start.character === b.range.start.character && a.range.end.line === b.range.end.line && a.range.end.character === b.range.end.character;
}

export function applyTextEdits(view: EditorView, edits: TextEdit[]): void {
  const doc = view.state.doc;
  view.dispatch({ changes: edits.map((e) => ({ from: offset(doc, e.range.start), to: offset(doc, e.range.end), insert: e.newText })) });
}

/** `uriOf(view)` names the note in the editor, or undefined when it is not one to check. */
export function followupLint(session: LspSession, uriOf: (view: EditorView) => string | undefined) {
  return ViewPlugin.define((view): PluginValue => {
    let uri = uriOf(view);
    let timer: number | undefined;
    let unsubscribe: (() => void) | undefined;
    let destroyed = false;

    const show = async (version: number, diagnostics: Diagnostic[]): Promise<void> => {
      const target = uri;
      if (!target) return;
      const actions: CodeAction[] = diagnostics.length ? await session.codeActions(target, diagnostics, view.state.doc.lines).catch(() => []) : [];
      // The note may have changed while the actions were computed: then a newer result is on its way.
      if (destroyed || session.version(target) !== version) return;
      const rules = new Map((await session.rules().catch(() => [])).map((r) => [r.id, r.description]));
      if (destroyed || session.version(target) !== version) return;
      const doc = view.state.doc;
      const cm: CmDiagnostic[] = diagnostics.map((d) => {
        const about = rules.get(String(d.code));
        const mine = actions.filter((a) => a.diagnostics?.some((x) => sameSpot(x, d)));
        const cmActions: Action[] = mine.map((a) => ({
          name: a.title,
          apply: (v: EditorView) => {
            applyTextEdits(v, editsFor(a, target));
            // "Add to dictionary" is a server command: the server asks the plugin to store the word.
            if (a.command) void session.executeCommand(a.command).catch((e: unknown) => console.warn(`Follow-up Coach: ${String(e)}`));
          },
        }));
        const from = offset(doc, d.range.start);
        return {
          from,
          to: Math.max(from, offset(doc, d.range.end)),
          severity: SEVERITY[(d.severity ?? 2) as 1 | 2 | 3 | 4] ?? 'warning',
          message: d.message,
          // The message, then what the rule is about (text nodes only: no HTML from anywhere).
          renderMessage: () => {
            const el = document.createElement('div');
            el.textContent = d.message;
            if (about) {
              const small = el.appendChild(document.createElement('div'));
              small.className = 'followup-rule-about';
              small.textContent = about;
            }
            return el;
          },
          source: `followup · ${String(d.code)}`,
          markClass: `followup-${String(d.code)}`,
          actions: cmActions,
        };
      });
      view.dispatch(setDiagnostics(view.state, cm));
    };

    const attach = (): void => {
      unsubscribe?.();
      unsubscribe = undefined;
      if (!uri) return;
      unsubscribe = session.onDiagnostics(uri, ({ version, diagnostics }) => void show(version, diagnostics));
      void session.open(uri, view.state.doc.toString());
    };
    attach();

    return {
      update(u: ViewUpdate) {
        const next = uriOf(u.view);
        if (next !== uri) {
          if (uri) void session.close(uri);
          uri = next;
          attach();
          return;
        }
        if (!u.docChanged || !uri) return;
        if (timer) window.clearTimeout(timer);
        timer = window.setTimeout(() => {
          timer = undefined;
          if (uri) void session.change(uri, u.view.state.doc.toString());
        }, CHANGE_DELAY_MS);
      },
      destroy() {
        destroyed = true;
        if (timer) window.clearTimeout(timer);
        unsubscribe?.();
        if (uri) void session.close(uri);
      },
    };
  });
}
