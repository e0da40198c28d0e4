/**
 * A small LSP client for tests, speaking JSON-RPC to the built server like an
 * editor does: over stdio to `dist/server/node.js`, or through a real worker
 * thread running the Web Worker bundle `dist/server/browser.js`. Waits are on
 * notifications (promises), never on sleeps.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { createMessageConnection, PortMessageReader, PortMessageWriter, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { Diagnostic, InitializeParams, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';

export type Transport = 'stdio' | 'worker';

export interface ClientOptions {
  rootUri?: string;
  /** `followup` settings returned to workspace/configuration. */
  settings?: Record<string, unknown>;
  pull?: boolean;
  initializationOptions?: Record<string, unknown>;
  /** Leave out the workspaceFolders capability (some editors do). */
  noWorkspaceFolders?: boolean;
  /** Extra environment for the stdio server (e.g. XDG_CONFIG_HOME for the user dictionary). */
  env?: Record<string, string>;
}

export class TestClient {
  readonly diagnostics = new Map<string, PublishDiagnosticsParams>();
  private waiters: Array<{ test: (p: PublishDiagnosticsParams) => boolean; resolve: (p: PublishDiagnosticsParams) => void }> = [];
  readonly published: PublishDiagnosticsParams[] = [];
  readonly notifications: Array<{ method: string; params: unknown }> = [];
  readonly messages: string[] = [];
  settings: Record<string, unknown>;
  private versions = new Map<string, number>();

  private constructor(
    readonly connection: MessageConnection,
    private readonly stop: () => Promise<void>,
    options: ClientOptions,
  ) {
    this.settings = options.settings ?? {};
    connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      this.diagnostics.set(p.uri, p);
      this.published.push(p);
      this.waiters = this.waiters.filter((w) => {
        if (!w.test(p)) return true;
        w.resolve(p);
        return false;
      });
    });
    connection.onNotification((method, params) => {
      this.notifications.push({ method, params });
    });
    connection.onRequest('workspace/configuration', (p: { items: Array<{ section?: string }> }) => p.items.map((i) => (i.section === 'followup' ? this.settings : null)));
    connection.onRequest('client/registerCapability', () => null);
    connection.onRequest('window/showMessageRequest', () => null);
    connection.onNotification('window/showMessage', (p: { message: string }) => {
      this.messages.push(p.message);
    });
    connection.onRequest('workspace/diagnostic/refresh', () => null);
    connection.listen();
  }

  static async start(transport: Transport, options: ClientOptions = {}): Promise<TestClient> {
    let connection: MessageConnection;
    let stop: () => Promise<void>;
    if (transport === 'stdio') {
      const child: ChildProcess = spawn(process.execPath, [resolve('dist/server/node.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'], env: { ...process.env, ...options.env } });
      connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
      stop = () =>
        new Promise((done) => {
          if (child.exitCode !== null) return done();
          child.once('exit', () => done());
          child.kill();
        });
    } else {
      // The browser bundle expects a Web Worker's `self`; a few lines map it onto worker_threads.
      const shim = `
        const { parentPort } = require('node:worker_threads');
        const self = globalThis;
        self.postMessage = (m) => parentPort.postMessage(m);
        self.addEventListener = () => {};
        Object.defineProperty(self, 'onmessage', { set(fn) { parentPort.on('message', (data) => fn({ data })); } });
        require(${JSON.stringify(resolve('dist/server/browser.js'))});
      `;
      const worker = new Worker(shim, { eval: true });
      connection = createMessageConnection(new PortMessageReader(worker), new PortMessageWriter(worker));
      stop = async () => {
        await worker.terminate();
      };
    }
    const client = new TestClient(connection, stop, options);
    const params: InitializeParams = {
      processId: process.pid,
      rootUri: options.rootUri ?? null,
      initializationOptions: options.initializationOptions ?? {},
      workspaceFolders: options.rootUri ? [{ uri: options.rootUri, name: 'ws' }] : null,
      capabilities: {
        workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true }, ...(options.noWorkspaceFolders ? {} : { workspaceFolders: true }) },
        textDocument: {
          publishDiagnostics: { versionSupport: true, relatedInformation: true },
          codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source.fixAll'] } } },
          completion: { completionItem: { snippetSupport: true } },
          ...(options.pull ? { diagnostic: { dynamicRegistration: false } } : {}),
        },
      },
    };
    await connection.sendRequest('initialize', params);
    await connection.sendNotification('initialized', {});
    return client;
  }

  waitFor(test: (p: PublishDiagnosticsParams) => boolean): Promise<PublishDiagnosticsParams> {
    const last = [...this.published].reverse().find(test);
    if (last) return Promise.resolve(last);
    return new Promise((resolve) => this.waiters.push({ test, resolve }));
  }

  /** The diagnostics published for this exact version. */
  diagnosticsFor(uri: string, version: number): Promise<Diagnostic[]> {
    return this.waitFor((p) => p.uri === uri && p.version === version).then((p) => p.diagnostics);
  }

  async open(uri: string, text: string, version = 1): Promise<void> {
    this.versions.set(uri, version);
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version, text } });
  }

  /** Send a full-text change (incremental sync accepts range-less changes); returns the new version. */
  async change(uri: string, text: string): Promise<number> {
    const version = (this.versions.get(uri) ?? 0) + 1;
    this.versions.set(uri, version);
    await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
    return version;
  }

  async edit(uri: string, range: { start: { line: number; character: number }; end: { line: number; character: number } }, text: string): Promise<number> {
    const version = (this.versions.get(uri) ?? 0) + 1;
    this.versions.set(uri, version);
    await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text }] });
    return version;
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest(method, params) as Promise<R>;
  }

  async close(): Promise<void> {
    try {
      await this.connection.sendRequest('shutdown');
      await this.connection.sendNotification('exit');
    } catch {
      // already gone
    }
    await this.stop();
    this.connection.dispose();
  }
}

/** Apply LSP text edits to a string (what an editor does). */
export function applyTextEdits(text: string, edits: Array<{ range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }>): string {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  const off = (p: { line: number; character: number }): number => (starts[p.line] ?? text.length) + p.character;
  const sorted = [...edits].sort((a, b) => off(b.range.start) - off(a.range.start));
  let out = text;
  for (const e of sorted) out = out.slice(0, off(e.range.start)) + e.newText + out.slice(off(e.range.end));
  return out;
}
