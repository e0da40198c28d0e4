/**
 * A bare harness for the reliability suites: the built Node server
 * (`dist/server/node.js`) as a child process, a JSON-RPC connection over its
 * stdio, and the raw stdin for writing bytes no real client would send. Unlike
 * test/lsp/client.ts it exposes the process (pid, exit, memory) and records
 * every publish with the client-side version that was current when it arrived.
 * Waits are on events, never on sleeps.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type DataCallback, type Disposable, type Message, type MessageConnection } from 'vscode-jsonrpc/node';
import type { InitializeParams, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';

import { SERVER_V8_FLAGS } from '../../server/src/node/flags.js';

export const SERVER = resolve('dist/server/node.js');

/** A JSON-RPC response as it came off the wire (for requests written with `raw()`, which the connection does not know). */
export interface RawResponse {
  id: string | number | null;
  result?: unknown;
  error?: { code: number; message: string };
}

/** A stdout reader that also shows every incoming message to `tap` before the connection handles it. */
class TappedReader extends StreamMessageReader {
  constructor(
    readable: NodeJS.ReadableStream,
    private readonly tap: (message: Message) => void,
  ) {
    super(readable);
  }

  override listen(callback: DataCallback): Disposable {
    return super.listen((message) => {
      this.tap(message);
      callback(message);
    });
  }
}

export interface StartOptions {
  args?: string[];
  processId?: number | null;
  rootUri?: string;
  initializationOptions?: Record<string, unknown>;
  settings?: unknown;
}

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export class RawServer {
  readonly published: PublishDiagnosticsParams[] = [];
  readonly messages: string[] = [];
  readonly logs: string[] = [];
  private logWaiters: Array<{ test: (line: string) => boolean; resolve: (line: string) => void }> = [];
  readonly exited: Promise<Exit>;
  /** Responses to requests written with `raw()`, by id. */
  readonly responses = new Map<string | number, RawResponse>();
  /** The `followup` section answered to workspace/configuration (any value: tests send bad ones). */
  settings: unknown = { now: '2026-11-21T09:00' };
  /** Called on every publish, after it is recorded. */
  readonly onPublish: Array<(p: PublishDiagnosticsParams) => void> = [];
  private waiters: Array<{ test: (p: PublishDiagnosticsParams) => boolean; resolve: (p: PublishDiagnosticsParams) => void }> = [];
  private responseWaiters = new Map<string | number, (r: RawResponse) => void>();

  constructor(
    readonly child: ChildProcess,
    readonly connection: MessageConnection,
  ) {
    this.exited = new Promise((done) => child.once('exit', (code, signal) => done({ code, signal })));
    connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      this.published.push(p);
      for (const listener of this.onPublish) listener(p);
      this.waiters = this.waiters.filter((w) => {
        if (!w.test(p)) return true;
        w.resolve(p);
        return false;
      });
    });
    connection.onNotification('window/showMessage', (p: { message: string }) => void this.messages.push(p.message));
    connection.onNotification('window/logMessage', (p: { message: string }) => {
      this.logs.push(p.message);
      this.logWaiters = this.logWaiters.filter((w) => {
        if (!w.test(p.message)) return true;
        w.resolve(p.message);
        return false;
      });
    });
    connection.onRequest('workspace/configuration', (p: { items: Array<{ section?: string }> }) => p.items.map((i) => (i.section === 'followup' ? this.settings : null)));
    connection.onRequest('client/registerCapability', () => null);
    connection.onRequest('workspace/diagnostic/refresh', () => null);
    // A server that dies mid-test closes the stream; the test sees it through `exited`.
    connection.onError(() => undefined);
    connection.listen();
  }

  /** Spawn the server (extra command-line arguments after --stdio) without initializing it. */
  static spawn(options: StartOptions = {}): RawServer {
    // With the V8 flags the bin's shebang gives it, so memory figures are those of the server as editors start it.
    const child = spawn(process.execPath, [...SERVER_V8_FLAGS, SERVER, '--stdio', ...(options.args ?? [])], { stdio: ['pipe', 'pipe', 'pipe'] });
    child.stderr?.resume();
    let server: RawServer | undefined;
    const reader = new TappedReader(child.stdout!, (message) => server?.tapped(message));
    server = new RawServer(child, createMessageConnection(reader, new StreamMessageWriter(child.stdin!)));
    if (options.settings !== undefined) server.settings = options.settings;
    return server;
  }

  /** Spawn the server and initialize it. */
  static async start(options: StartOptions = {}): Promise<RawServer> {
    const server = RawServer.spawn(options);
    await server.initialize(options);
    await server.connection.sendNotification('initialized', {});
    return server;
  }

  initialize(options: StartOptions = {}): Promise<unknown> {
    const params: InitializeParams = {
      processId: options.processId === undefined ? process.pid : options.processId,
      rootUri: options.rootUri ?? null,
      workspaceFolders: options.rootUri ? [{ uri: options.rootUri, name: 'ws' }] : null,
      initializationOptions: options.initializationOptions ?? {},
      capabilities: {
        workspace: { configuration: true, workspaceFolders: true },
        textDocument: { publishDiagnostics: { versionSupport: true } },
      },
    };
    return this.connection.sendRequest('initialize', params);
  }

  private tapped(message: Message): void {
    const m = message as Partial<RawResponse> & { method?: string };
    if (m.method !== undefined || m.id === undefined || m.id === null || (m.result === undefined && m.error === undefined)) return;
    const response: RawResponse = { id: m.id, ...(m.error ? { error: m.error } : { result: m.result }) };
    this.responses.set(m.id, response);
    this.responseWaiters.get(m.id)?.(response);
    this.responseWaiters.delete(m.id);
  }

  /** The response to a request written with `raw()` (its id should be a string, so it cannot clash with the connection's own numeric ids). */
  responseTo(id: string | number): Promise<RawResponse> {
    const seen = this.responses.get(id);
    if (seen) return Promise.resolve(seen);
    return new Promise((done) => this.responseWaiters.set(id, done));
  }

  /** True while the process has neither exited nor been killed. */
  get alive(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  /**
   * A log line matching `test`, seen or to come. Replies to raw requests are read
   * off the pipe directly, so a log line written before a reply may be
   * dispatched after it: wait for it rather than look once.
   */
  waitForLog(test: (line: string) => boolean): Promise<string> {
    const seen = this.logs.find(test);
    if (seen !== undefined) return Promise.resolve(seen);
    return new Promise((done) => this.logWaiters.push({ test, resolve: done }));
  }

  waitFor(test: (p: PublishDiagnosticsParams) => boolean): Promise<PublishDiagnosticsParams> {
    const seen = [...this.published].reverse().find(test);
    if (seen) return Promise.resolve(seen);
    return new Promise((done) => this.waiters.push({ test, resolve: done }));
  }

  open(uri: string, text: string, version = 1): Promise<void> {
    return this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version, text } });
  }

  change(uri: string, version: number, text: string): Promise<void> {
    return this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest(method, params) as Promise<R>;
  }

  /** Bytes straight onto the server's stdin, after everything the connection has written so far. */
  raw(bytes: string | Buffer): Promise<void> {
    return new Promise((done, fail) => this.child.stdin!.write(bytes, (error) => (error ? fail(error) : done())));
  }

  /** Resident set size of the server process, in MB (Linux /proc). */
  rssMB(): number | undefined {
    try {
      const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${this.child.pid}/status`, 'utf8'))?.[1];
      return kb ? Number(kb) / 1024 : undefined;
    } catch {
      return undefined;
    }
  }

  async stop(): Promise<void> {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill();
    await this.exited;
    this.connection.dispose();
  }
}

/** A JSON-RPC message framed as LSP does. */
export function frame(message: unknown): Buffer {
  const body = Buffer.from(typeof message === 'string' ? message : JSON.stringify(message), 'utf8');
  return Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]);
}

/** Resolve with `promise`, or reject after `ms` with `what` (a bound on an event, not a sleep). */
export function within<T>(ms: number, what: string, promise: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, fail) => {
    timer = setTimeout(() => fail(new Error(`${what}: no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, limit]).finally(() => clearTimeout(timer));
}
