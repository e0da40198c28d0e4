/**
 * The plugin's side of LSP: it is the client of the server running in a Web
 * Worker. Opens, changes and closes notes (full-text sync), answers
 * `workspace/configuration` from the plugin's settings, and hands diagnostics
 * and code actions to the editor. Knows nothing of Obsidian, so it also runs
 * in the plain CodeMirror test page.
 */
import type { MessageConnection } from 'vscode-jsonrpc/browser';

export interface Position {
  line: number;
  character: number;
}
export interface Range {
  start: Position;
  end: Position;
}
export interface Diagnostic {
  range: Range;
  severity?: number;
  code?: string | number;
  source?: string;
  message: string;
  data?: unknown;
}
export interface TextEdit {
  range: Range;
  newText: string;
}
export interface CodeAction {
  title: string;
  kind?: string;
  isPreferred?: boolean;
  diagnostics?: Diagnostic[];
  edit?: { changes?: Record<string, TextEdit[]>; documentChanges?: Array<{ textDocument: { uri: string }; edits: TextEdit[] }> };
  command?: { title: string; command: string; arguments?: unknown[] };
}
export type { TemplateItem, RuleItem } from '../../../server/src/protocol';
import { ADD_TO_DICTIONARY_REQUEST, type AddToDictionaryParams, type ReadinessParams, type TemplateItem, type RuleItem } from '../../../server/src/protocol';
export type Readiness = ReadinessParams;

type Listener<T> = (value: T) => void;

export const VAULT_ROOT = 'file:///vault';
export function noteUri(path: string): string {
  return `${VAULT_ROOT}/${path.split('/').map(encodeURIComponent).join('/')}`;
}

export function editsFor(action: CodeAction, uri: string): TextEdit[] {
  return action.edit?.changes?.[uri] ?? action.edit?.documentChanges?.find((d) => d.textDocument.uri === uri)?.edits ?? [];
}

export class LspSession {
  private readonly versions = new Map<string, number>();
  private readonly diagnosticListeners = new Map<string, Set<Listener<{ version: number; diagnostics: Diagnostic[] }>>>();
  private readonly readinessListeners = new Set<Listener<Readiness>>();
  private ready: Promise<void>;

  constructor(
    private readonly connection: MessageConnection,
    private readonly settings: () => unknown,
    /**
     * "Add to dictionary": the plugin keeps the user's words in its settings
     * (synced with the vault); without a handler the action is not offered.
     */
    private readonly addWord?: (word: string) => Promise<void>,
  ) {
    if (addWord) connection.onRequest(ADD_TO_DICTIONARY_REQUEST, async (p: AddToDictionaryParams) => void (await addWord(p.word)));
    connection.onNotification('textDocument/publishDiagnostics', (p: { uri: string; version?: number; diagnostics: Diagnostic[] }) => {
      // A result for an older version than the editor's is stale: drop it.
      const current = this.versions.get(p.uri);
      if (current === undefined || (p.version !== undefined && p.version !== current)) return;
      for (const l of this.diagnosticListeners.get(p.uri) ?? []) l({ version: current, diagnostics: p.diagnostics });
    });
    connection.onNotification('followup/readiness', (r: Readiness) => {
      for (const l of this.readinessListeners) l(r);
    });
    connection.onRequest('workspace/configuration', (p: { items: Array<{ section?: string }> }) => p.items.map((i) => (i.section === 'followup' ? this.settings() : null)));
    connection.onRequest('client/registerCapability', () => null);
    connection.onNotification('window/showMessage', (m: { message: string }) => console.warn(m.message));
    connection.listen();
    this.ready = (async () => {
      await connection.sendRequest('initialize', {
        processId: null,
        rootUri: VAULT_ROOT,
        initializationOptions: { dictionaryScopes: addWord ? ['user'] : [] },
        workspaceFolders: [{ uri: VAULT_ROOT, name: 'vault' }],
        capabilities: {
          workspace: { configuration: true },
          textDocument: { publishDiagnostics: { versionSupport: true }, codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source.fixAll'] } } } },
        },
      });
      await connection.sendNotification('initialized', {});
    })();
  }

  async open(uri: string, text: string): Promise<void> {
    await this.ready;
    this.versions.set(uri, 1);
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
  }

  /** Send the whole text (notes are small); returns the version sent. */
  async change(uri: string, text: string): Promise<number> {
    await this.ready;
    const version = (this.versions.get(uri) ?? 0) + 1;
    this.versions.set(uri, version);
    await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
    return version;
  }

  async close(uri: string): Promise<void> {
    if (!this.versions.delete(uri)) return;
    await this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  version(uri: string): number | undefined {
    return this.versions.get(uri);
  }

  onDiagnostics(uri: string, listener: Listener<{ version: number; diagnostics: Diagnostic[] }>): () => void {
    let set = this.diagnosticListeners.get(uri);
    if (!set) this.diagnosticListeners.set(uri, (set = new Set()));
    set.add(listener);
    return () => set?.delete(listener);
  }

  onReadiness(listener: Listener<Readiness>): () => void {
    this.readinessListeners.add(listener);
    return () => this.readinessListeners.delete(listener);
  }

  /** Quick fixes for the given diagnostics, in one request for the whole note. */
  async codeActions(uri: string, diagnostics: Diagnostic[], lineCount: number): Promise<CodeAction[]> {
    await this.ready;
    return this.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: lineCount, character: 0 } },
      context: { diagnostics, only: ['quickfix'] },
    });
  }

  async fixAll(uri: string): Promise<TextEdit[]> {
    await this.ready;
    const actions: CodeAction[] = await this.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll.followup'] },
    });
    return actions[0] ? editsFor(actions[0], uri) : [];
  }

  async templates(): Promise<TemplateItem[]> {
    await this.ready;
    return this.connection.sendRequest('followup/templates', {});
  }

  private ruleList: Promise<RuleItem[]> | undefined;
  /** The server's rules (id, description), asked once. */
  rules(): Promise<RuleItem[]> {
    this.ruleList ??= this.ready.then(() => this.connection.sendRequest<RuleItem[]>('followup/rules', {}));
    return this.ruleList;
  }

  /** Run a code action's command on the server (e.g. "Add to dictionary"). */
  async executeCommand(command: { command: string; arguments?: unknown[] }): Promise<void> {
    await this.ready;
    await this.connection.sendRequest('workspace/executeCommand', { command: command.command, arguments: command.arguments ?? [] });
  }

  async checkDocument(uri: string): Promise<void> {
    await this.ready;
    await this.connection.sendRequest('workspace/executeCommand', { command: 'followup.checkDocument', arguments: [uri] });
  }

  async settingsChanged(): Promise<void> {
    await this.ready;
    await this.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
  }

  async dispose(): Promise<void> {
    try {
      await this.connection.sendRequest('shutdown');
      await this.connection.sendNotification('exit');
    } catch {
      // the worker may already be gone
    }
    this.connection.dispose();
  }
}
