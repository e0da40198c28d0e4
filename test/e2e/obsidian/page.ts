/**
 * The test page: a real CodeMirror 6 editor with the plugin's editor extension
 * (clients/obsidian/src/cmLint.ts) and the real language server in a real Web
 * Worker, started from its source text as the plugin does. Only the Obsidian
 * app around it is missing.
 */
import { EditorState } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { followupLint } from '../../../clients/obsidian/src/cmLint';
import { LspSession, noteUri } from '../../../clients/obsidian/src/lspSession';
import { startServerWorker } from '../../../clients/obsidian/src/serverWorker';
import { serverSettings, withDefaults } from '../../../clients/obsidian/src/settings';

declare global {
  interface Window {
    view: EditorView;
    session: LspSession;
    insertTemplate(kind: string): Promise<void>;
  }
}

const INITIAL = (window as unknown as { INITIAL: string }).INITIAL;

void (async () => {
  const source = await (await fetch('/server.js')).text();
  const server = startServerWorker(source);
  const settings = serverSettings(withDefaults({ draftFolders: ['Follow-ups'] }));
  const session = new LspSession(server.connection, () => ({ ...settings, now: '2026-11-21T09:00' }));
  const uri = noteUri('Follow-ups/Dana.md');
  const view = new EditorView({
    state: EditorState.create({ doc: INITIAL, extensions: [EditorView.lineWrapping, followupLint(session, () => uri)] }),
    parent: document.getElementById('editor')!,
  });
  window.view = view;
  window.session = session;
  window.insertTemplate = async (kind: string) => {
    const t = (await session.templates()).find((x) => x.kind === kind)!;
    view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: t.text } });
  };
  document.body.dataset['ready'] = 'yes';
})();
