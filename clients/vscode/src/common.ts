/**
 * What the desktop and web entries share: the document selector, client
 * options and the commands. The extension shows what the server says and
 * holds no rules, wording about writing or fix logic of its own: templates,
 * checklists and fixes all come from the server.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient, LanguageClientOptions } from 'vscode-languageclient';

export const CLIENT_ID = 'followup';
export const CLIENT_NAME = 'Follow-up Coach';

import {
  ADD_TO_DICTIONARY_REQUEST,
  CHECK_DOCUMENT_COMMAND as CHECK_DOCUMENT,
  type AddToDictionaryParams,
  type DictionaryScope,
  FIX_ALL_KIND,
  READINESS_NOTIFICATION as READINESS,
  TEMPLATES_REQUEST as TEMPLATES,
  type ReadinessParams,
  type TemplateItem,
} from '../../../server/src/protocol';

export type { ReadinessParams };

/**
 * `dictionaryScopes`: where this client keeps "Add to dictionary" words itself,
 * in settings (the user's words in the global `followup.dictionary`, which
 * Settings Sync carries between machines). The desktop server writes the
 * workspace's `.followup-dictionary.txt` itself; the web server cannot write
 * files, so on the web the workspace's words go to the folder's settings.
 * `thoroughWorkerUrl` (web only): the Harper worker the Web Worker server
 * starts for the thorough tier; the desktop server finds its own.
 */
export function clientOptions(outputChannel: vscode.LogOutputChannel, dictionaryScopes: DictionaryScope[], thoroughWorkerUrl?: string): LanguageClientOptions {
  return {
    documentSelector: [
      { language: 'markdown', scheme: 'file' },
      { language: 'markdown', scheme: 'untitled' },
      { language: 'markdown', scheme: 'vscode-vfs' },
      { language: 'markdown', scheme: 'vscode-remote' },
    ],
    outputChannel,
    // Read at each (re)start: granting trust restarts the client so workspace config files apply.
    initializationOptions: () => ({ workspaceTrusted: vscode.workspace.isTrusted, dictionaryScopes, ...(thoroughWorkerUrl ? { thoroughWorkerUrl } : {}) }),
  };
}

/** What the extension exports to other extensions (and its own integration tests). */
export interface FollowupApi {
  /** The latest readiness the server reported for a document, if it is a draft. */
  readiness(uri: string): ReadinessParams | undefined;
  /** The status bar text for the active editor ("" when hidden). */
  statusText(): string;
}

/** Commands, the status bar item and trust changes; everything is disposed with the extension. */
export function registerFeatures(context: vscode.ExtensionContext, client: BaseLanguageClient, outputChannel: vscode.LogOutputChannel): FollowupApi {
  let statusShown = false;
  const readiness = new Map<string, ReadinessParams>();
  const status = vscode.window.createStatusBarItem('followup.readiness', vscode.StatusBarAlignment.Right, 100);
  status.name = CLIENT_NAME;
  status.command = 'followup.showChecklist';
  context.subscriptions.push(status);

  const refreshStatus = (): void => {
    const editor = vscode.window.activeTextEditor;
    const r = editor ? readiness.get(editor.document.uri.toString()) : undefined;
    if (!r) {
      status.hide();
      statusShown = false;
      return;
    }
    status.text = `$(checklist) ${r.kindTitle ?? r.kind} · ${r.score}/${r.total}`;
    status.tooltip = r.items.map((i) => `${i.ok ? '✓' : '✗'} ${i.label}`).join('\n');
    status.show();
    statusShown = true;
  };

  context.subscriptions.push(
    client.onRequest(ADD_TO_DICTIONARY_REQUEST, async (p: AddToDictionaryParams) => {
      const scope = p.scope === 'workspace' ? vscode.Uri.parse(p.uri) : undefined;
      const config = vscode.workspace.getConfiguration('followup', scope);
      const inspected = config.inspect<string[]>('dictionary');
      const current = (p.scope === 'user' ? inspected?.globalValue : inspected?.workspaceFolderValue) ?? [];
      if (!current.includes(p.word)) {
        await config.update('dictionary', [...current, p.word], p.scope === 'user' ? vscode.ConfigurationTarget.Global : vscode.ConfigurationTarget.WorkspaceFolder);
      }
      return null;
    }),
    client.onNotification(READINESS, (params: ReadinessParams) => {
      readiness.set(params.uri, params);
      refreshStatus();
    }),
    vscode.window.onDidChangeActiveTextEditor(refreshStatus),
    vscode.workspace.onDidCloseTextDocument((doc) => readiness.delete(doc.uri.toString())),

    vscode.commands.registerCommand('followup.newDraft', async () => {
      const templates = await client.sendRequest<TemplateItem[]>(TEMPLATES, {});
      const pick = await vscode.window.showQuickPick(
        templates.map((t) => ({ label: t.label, description: t.kind, detail: t.description, template: t })),
        { placeHolder: 'Which message are you writing?' },
      );
      if (!pick) return;
      const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: '' });
      const editor = await vscode.window.showTextDocument(doc);
      await editor.insertSnippet(new vscode.SnippetString(pick.template.snippet));
    }),

    vscode.commands.registerCommand('followup.checkThisFile', async (uri?: vscode.Uri) => {
      const target = uri ?? vscode.window.activeTextEditor?.document.uri;
      if (!target) return;
      await vscode.commands.executeCommand(CHECK_DOCUMENT, target.toString());
    }),

    vscode.commands.registerCommand('followup.fixAllInFile', async () => {
      await vscode.commands.executeCommand('editor.action.codeAction', { kind: FIX_ALL_KIND, apply: 'first' });
    }),

    vscode.commands.registerCommand('followup.showChecklist', async () => {
      const editor = vscode.window.activeTextEditor;
      const r = editor ? readiness.get(editor.document.uri.toString()) : undefined;
      if (!r) {
        void vscode.window.showInformationMessage('This file is not checked as a follow-up draft. Use "Follow-up: Check this file as a draft" to check it.');
        return;
      }
      await vscode.window.showQuickPick(
        r.items.map((i) => ({ label: `${i.ok ? '$(pass-filled)' : '$(circle-large-outline)'} ${i.label}` })),
        { title: `${r.kindTitle ?? r.kind}: ${r.score} of ${r.total} ready`, canPickMany: false },
      );
    }),

    vscode.commands.registerCommand('followup.showOutput', () => outputChannel.show(true)),

    vscode.workspace.onDidGrantWorkspaceTrust(() => {
      void client.stop().then(() => client.start());
    }),
  );
  return { readiness: (uri) => readiness.get(uri), statusText: () => (statusShown ? status.text : '') };
}
