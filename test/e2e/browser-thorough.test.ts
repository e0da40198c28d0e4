/**
 * The thorough proofreading tier in the browser, in headless Chromium: the
 * Web Worker server (dist/server/browser.js) starts Harper
 * (dist/proofreading/harper.browser.js, slim wasm) in a nested Web Worker
 * when initializationOptions.thoroughWorkerUrl says where it is, as VS Code
 * for the web does. As there, the page and the extension's files come from
 * two origins, and the page starts the server through a blob: bootstrap
 * (VS Code's extension host patches `new Worker` so). The test speaks
 * JSON-RPC to the server over postMessage, relayed from the page.
 */
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { sampleDraft } from '../helpers/drafts.js';
import { CHROMIUM } from '../helpers/chromium.js';

/** The draft of the Node thorough test (test/lsp/proofreading.test.ts): a typo and "very exited" for the fast tier, "effect" for Harper only. */
const TEXT = sampleDraft('I am very exited about the posision, and it will effect my plans. Could you share the next steps?').replace('Hey Dana,', 'Dear Dana,');
const URI = 'file:///vault/follow-ups/thorough.md';
const SETTINGS = { now: '2026-11-21T09:00', proofreading: 'thorough' };
const WAIT_MS = 45_000;

/** The extension's files, served from their own origin with CORS, as VS Code for the web serves extension files. */
const FILES: Record<string, [string, string]> = {
  '/dist/server/browser.js': ['dist/server/browser.js', 'text/javascript'],
  '/dist/proofreading/harper.browser.js': ['dist/proofreading/harper.browser.js', 'text/javascript'],
  '/dist/proofreading/harper_wasm_slim_bg.wasm': ['dist/proofreading/harper_wasm_slim_bg.wasm', 'application/wasm'],
};
const PAGE = `<!doctype html><meta charset="utf-8"><title>followup</title><script>
window.startServer = (url) => {
  const boot = URL.createObjectURL(new Blob(['importScripts(' + JSON.stringify(url) + ');'], { type: 'text/javascript' }));
  const worker = new Worker(boot);
  worker.onmessage = (e) => window.fromServer(e.data);
  worker.onerror = (e) => window.fromServer({ workerError: String(e.message) });
  window.toServer = (m) => worker.postMessage(m);
};
</script>`;

let pageServer: Server;
let extServer: Server;
let pageOrigin: string;
let extOrigin: string;
let browser: Browser;
/** Paths the extension origin was asked for, in order. */
let requested: string[] = [];

const listen = async (s: Server): Promise<string> => {
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  return `http://127.0.0.1:${(s.address() as { port: number }).port}`;
};

beforeAll(async () => {
  const bodies = Object.fromEntries(Object.entries(FILES).map(([path, [file, type]]) => [path, [readFileSync(resolve(file)), type] as const]));
  extServer = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    requested.push(path);
    const hit = bodies[path];
    if (!hit) {
      res.writeHead(404, { 'access-control-allow-origin': '*' });
      return res.end();
    }
    res.writeHead(200, { 'content-type': hit[1], 'access-control-allow-origin': '*' });
    res.end(hit[0]);
  });
  pageServer = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end(PAGE);
  });
  [pageOrigin, extOrigin] = await Promise.all([listen(pageServer), listen(extServer)]);
  browser = await chromium.launch(CHROMIUM);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  pageServer?.close();
  extServer?.close();
});

interface Message {
  jsonrpc?: string;
  id?: number | string;
  method?: string;
  params?: unknown;
  result?: unknown;
  error?: { message: string };
  workerError?: string;
}

/** A JSON-RPC client for the server in the page's Web Worker; waits are on messages, with timeouts. */
class PageClient {
  readonly messages: Array<Message & { at: number }> = [];
  private waiters: Array<{ test: (m: Message) => boolean; resolve: (m: Message) => void }> = [];
  private nextId = 1;
  readonly errors: string[] = [];

  private constructor(readonly context: BrowserContext, readonly page: Page) {}

  static async start(initializationOptions: Record<string, unknown>): Promise<PageClient> {
    const context = await browser.newContext();
    const page = await context.newPage();
    const client = new PageClient(context, page);
    page.on('pageerror', (e) => client.errors.push(String(e)));
    await page.exposeFunction('fromServer', (m: Message) => client.receive(m));
    await page.goto(`${pageOrigin}/`);
    await page.evaluate((url) => (window as unknown as { startServer(u: string): void }).startServer(url), `${extOrigin}/dist/server/browser.js`);
    await client.request('initialize', {
      processId: null,
      rootUri: 'file:///vault',
      workspaceFolders: [{ uri: 'file:///vault', name: 'vault' }],
      initializationOptions,
      capabilities: {
        workspace: { configuration: true },
        textDocument: { publishDiagnostics: { versionSupport: true } },
        window: { showMessage: {} },
      },
    });
    await client.send({ jsonrpc: '2.0', method: 'initialized', params: {} });
    return client;
  }

  private receive(m: Message): void {
    if (m.workerError !== undefined) this.errors.push(`worker: ${m.workerError}`);
    // Requests from the server: the settings, and null to anything else (registrations, progress).
    if (m.method !== undefined && m.id !== undefined) {
      const result = m.method === 'workspace/configuration' ? (m.params as { items: Array<{ section?: string }> }).items.map((i) => (i.section === 'followup' ? SETTINGS : null)) : null;
      void this.send({ jsonrpc: '2.0', id: m.id, result });
    }
    this.messages.push({ ...m, at: Date.now() });
    this.waiters = this.waiters.filter((w) => {
      if (!w.test(m)) return true;
      w.resolve(m);
      return false;
    });
  }

  send(m: Message): Promise<void> {
    return this.page.evaluate((msg) => (window as unknown as { toServer(x: unknown): void }).toServer(msg), m as unknown as Record<string, unknown>);
  }

  /** The first message, already received or to come, that passes `test`. */
  waitFor(what: string, test: (m: Message) => boolean, ms = WAIT_MS): Promise<Message> {
    const seen = this.messages.find(test);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const waiter = { test, resolve: (m: Message) => (clearTimeout(timer), resolve(m)) };
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        reject(new Error(`timed out after ${ms} ms waiting for ${what}; received: ${this.messages.map((m) => m.method ?? `response ${String(m.id)}`).join(', ')}; errors: ${this.errors.join('; ')}`));
      }, ms);
      this.waiters.push(waiter);
    });
  }

  async request(method: string, params: unknown): Promise<unknown> {
    const id = this.nextId++;
    await this.send({ jsonrpc: '2.0', id, method, params });
    const reply = await this.waitFor(`the answer to ${method}`, (m) => m.id === id && m.method === undefined);
    if (reply.error) throw new Error(`${method}: ${reply.error.message}`);
    return reply.result;
  }

  open(uri: string, text: string): Promise<void> {
    return this.send({ jsonrpc: '2.0', method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'markdown', version: 1, text } } });
  }

  publishes(uri: string): Array<PublishDiagnosticsParams & { at: number }> {
    return this.messages.filter((m) => m.method === 'textDocument/publishDiagnostics' && (m.params as PublishDiagnosticsParams).uri === uri).map((m) => ({ ...(m.params as PublishDiagnosticsParams), at: m.at }));
  }

  /** window/showMessage and window/logMessage texts. */
  notices(): string[] {
    return this.messages.filter((m) => m.method === 'window/showMessage' || m.method === 'window/logMessage').map((m) => (m.params as { message: string }).message);
  }

  async close(): Promise<void> {
    await this.context.close();
  }
}

const isPublish = (uri: string, version: number, test: (ds: Diagnostic[]) => boolean) => (m: Message): boolean =>
  m.method === 'textDocument/publishDiagnostics' && (m.params as PublishDiagnosticsParams).uri === uri && (m.params as PublishDiagnosticsParams).version === version && test((m.params as PublishDiagnosticsParams).diagnostics);
const harper = (ds: Diagnostic[]): Diagnostic[] => ds.filter((d) => d.code === 'grammar' && String(d.message).endsWith('(Harper)'));
const spelling = (ds: Diagnostic[]): Diagnostic[] => ds.filter((d) => d.code === 'spelling');
const flagged = (d: Diagnostic): string => TEXT.split('\n')[d.range.start.line]!.slice(d.range.start.character, d.range.end.character);

let clients: PageClient[] = [];
afterEach(async () => {
  await Promise.all(clients.map((c) => c.close()));
  clients = [];
  requested = [];
});
async function start(initializationOptions: Record<string, unknown>): Promise<PageClient> {
  const c = await PageClient.start(initializationOptions);
  clients.push(c);
  return c;
}

describe('thorough proofreading in the browser (Web Worker server, Harper in a nested Web Worker)', () => {
  it('with thoroughWorkerUrl: fast findings publish first, then Harper\'s for the same version', async () => {
    const c = await start({ settings: SETTINGS, thoroughWorkerUrl: `${extOrigin}/dist/proofreading/harper.browser.js` });
    const opened = Date.now();
    await c.open(URI, TEXT);

    const first = await c.waitFor('the fast findings', isPublish(URI, 1, (ds) => spelling(ds).length > 0));
    const firstDs = (first.params as PublishDiagnosticsParams).diagnostics;
    expect(spelling(firstDs).map((d) => d.message)).toEqual([expect.stringContaining('"posision"')]);
    expect(harper(firstDs)).toEqual([]);

    // A warning instead (the tier could not start) ends the wait at once.
    const second = await c.waitFor("Harper's findings", (m) => m.method === 'window/showMessage' || isPublish(URI, 1, (ds) => harper(ds).length > 0)(m));
    expect(second.method, JSON.stringify(second.params)).toBe('textDocument/publishDiagnostics');
    const secondDs = (second.params as PublishDiagnosticsParams).diagnostics;
    expect(harper(secondDs).map(flagged)).toContain('effect');
    // Merged without duplicates: Harper's "exited" gives way to the fast tier's, and the typo is one spelling finding still.
    expect(secondDs.filter((d) => flagged(d) === 'exited')).toHaveLength(1);
    expect(spelling(secondDs)).toHaveLength(1);
    // The fast publish came first.
    const publishes = c.publishes(URI);
    expect(publishes.findIndex((p) => harper(p.diagnostics).length > 0)).toBeGreaterThan(publishes.findIndex((p) => spelling(p.diagnostics).length > 0));

    const loaded = await c.waitFor('the load message', (m) => m.method === 'window/logMessage' && /Harper \(thorough proofreading\) loaded in \d+ ms/.test((m.params as { message: string }).message));
    const loadMs = Number(/loaded in (\d+) ms/.exec((loaded.params as { message: string }).message)![1]);
    console.log(`[browser-thorough] Harper ready in Chromium in ${loadMs} ms; fast findings ${publishes[0]!.at - opened} ms after didOpen, Harper's ${(c.publishes(URI).find((p) => harper(p.diagnostics).length > 0)!.at) - opened} ms`);

    // The nested worker fetched its script and the slim wasm from the extension's origin, and nothing else.
    expect(requested.filter((p) => p.startsWith('/dist/proofreading/'))).toEqual(['/dist/proofreading/harper.browser.js', '/dist/proofreading/harper_wasm_slim_bg.wasm']);
    expect(c.notices().filter((n) => /thorough proofreading is (?:not available|unavailable)/.test(n))).toEqual([]);
    expect(c.errors).toEqual([]);
  }, 90_000);

  it('without thoroughWorkerUrl (Obsidian): one notice that the thorough tier is not available, and the fast findings still come', async () => {
    const c = await start({ settings: SETTINGS });
    await c.open(URI, TEXT);
    const first = await c.waitFor('the fast findings', isPublish(URI, 1, (ds) => spelling(ds).length > 0));
    expect(spelling((first.params as PublishDiagnosticsParams).diagnostics).map((d) => d.message)).toEqual([expect.stringContaining('"posision"')]);
    const warning = await c.waitFor('the warning', (m) => m.method === 'window/showMessage');
    expect(warning.params).toEqual({ type: 2, message: expect.stringMatching(/thorough proofreading is not available in this editor; the fast spelling and grammar checks are on/) });
    // A round trip after the warning: by then nothing more was asked of Harper, and nothing of it was published.
    await c.request('shutdown', null);
    expect(c.publishes(URI).flatMap((p) => harper(p.diagnostics))).toEqual([]);
    expect(c.messages.filter((m) => m.method === 'window/showMessage')).toHaveLength(1);
    expect(requested.filter((p) => p.startsWith('/dist/proofreading/'))).toEqual([]);
    expect(c.errors).toEqual([]);
  }, 60_000);

  it('with a thoroughWorkerUrl that does not load: the reason is shown once, and the fast findings still come', async () => {
    const c = await start({ settings: SETTINGS, thoroughWorkerUrl: `${extOrigin}/missing/harper.browser.js` });
    await c.open(URI, TEXT);
    await c.waitFor('the fast findings', isPublish(URI, 1, (ds) => spelling(ds).length > 0));
    const warning = await c.waitFor('the warning', (m) => m.method === 'window/showMessage');
    expect((warning.params as { message: string }).message).toMatch(/thorough proofreading is unavailable \(the Harper worker failed.*\); the fast spelling and grammar checks go on/);
    await c.request('shutdown', null);
    expect(c.publishes(URI).flatMap((p) => harper(p.diagnostics))).toEqual([]);
    expect(c.messages.filter((m) => m.method === 'window/showMessage')).toHaveLength(1);
    expect(requested).toContain('/missing/harper.browser.js');
  }, 60_000);
});
