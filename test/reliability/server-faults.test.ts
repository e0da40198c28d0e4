/**
 * The Node server against faults: bytes no client should send, requests
 * cancelled mid-way, broken front matter and bad settings, a client that
 * vanishes, and requests out of order. After each fault the server must still
 * answer real requests (or, when its client is gone, exit on its own).
 * Exit times are printed with a `[reliability]` prefix for docs/reliability.md.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import type { Diagnostic, Hover } from 'vscode-languageserver-protocol';
import { sampleDraft } from '../helpers/drafts.js';
import { RawServer, frame, within, type RawResponse } from './server.js';

let servers: RawServer[] = [];
let others: ChildProcess[] = [];
afterEach(async () => {
  for (const p of others) if (p.exitCode === null && p.signalCode === null) p.kill();
  others = [];
  await Promise.all(servers.map((s) => s.stop()));
  servers = [];
});
function track(s: RawServer): RawServer {
  servers.push(s);
  return s;
}
const start = async (options?: Parameters<typeof RawServer.start>[0]): Promise<RawServer> => track(await RawServer.start(options));
const report = (line: string): void => console.log(`[reliability] ${line}`);

const DRAFT = sampleDraft();
const codes = (ds: Diagnostic[]): string[] => ds.map((d) => String(d.code));
const hoverAt = (uri: string) => ({ textDocument: { uri }, position: { line: 5, character: 3 } });
const rawRequest = (id: string, method: string, params: unknown): Buffer => frame({ jsonrpc: '2.0', id, method, params });
let fresh = 0;

/** The server is alive and serving: a newly opened draft gets its findings, and hover answers on it. */
async function stillServes(s: RawServer): Promise<void> {
  const uri = `file:///ws/follow-ups/check-${++fresh}.md`;
  await s.open(uri, DRAFT);
  const published = await within(10_000, `diagnostics for ${uri}`, s.waitFor((p) => p.uri === uri && p.version === 1));
  expect(codes(published.diagnostics)).toContain('too-casual');
  const hover = await within(5_000, 'hover', s.request<Hover | null>('textDocument/hover', hoverAt(uri)));
  expect(JSON.stringify(hover)).toContain('interview_date');
  expect(s.alive).toBe(true);
}

/** A raw hover request's reply: a hover for the sample draft's interview_date line. */
function expectHover(r: RawResponse): void {
  expect(r.error).toBeUndefined();
  expect(JSON.stringify(r.result)).toContain('interview_date');
}

describe('malformed JSON-RPC', () => {
  it('a body that is not JSON is dropped and reported; the next message is served', async () => {
    const s = await start();
    await s.raw('Content-Length: 10\r\n\r\n{not json}');
    await s.raw(rawRequest('after-bad-json', 'followup/rules', {}));
    const r = await within(5_000, 'reply after a bad body', s.responseTo('after-bad-json'));
    expect(Array.isArray(r.result)).toBe(true);
    expect(await within(5_000, 'a log line about the bad body', s.waitForLog((l) => l.includes('not JSON') && l.includes('{not json}')))).toContain('{not json}');
    await stillServes(s);
  });

  it('valid JSON that is not a JSON-RPC message (an object, an array, a number, null) is ignored', async () => {
    const s = await start();
    for (const body of ['{"hello":"world"}', '[1,2,3]', '42', 'null', '{"jsonrpc":"2.0","id":"no-method"}']) await s.raw(frame(body));
    await s.raw(rawRequest('after-odd-json', 'followup/rules', {}));
    expect(Array.isArray((await within(5_000, 'reply after odd JSON', s.responseTo('after-odd-json'))).result)).toBe(true);
    expect(await within(5_000, 'a log line about the odd JSON', s.waitForLog((l) => l.includes('"hello": "world"')))).toContain('hello');
    await stillServes(s);
  });

  it('a Content-Length that is too long, too short, enormous or not a number costs at most that message; the good message after it is served', async () => {
    const s = await start();
    const uri = 'file:///ws/follow-ups/framing.md';
    await s.open(uri, DRAFT);
    await within(10_000, 'first diagnostics', s.waitFor((p) => p.uri === uri));
    const body = (id: string): string => JSON.stringify({ jsonrpc: '2.0', id, method: 'textDocument/hover', params: hoverAt(uri) });
    const cases: Array<[string, (b: string) => string]> = [
      ['too-long', (b) => `Content-Length: ${Buffer.byteLength(b) + 20}\r\n\r\n${b}`],
      ['too-short', (b) => `Content-Length: ${Buffer.byteLength(b) - 7}\r\n\r\n${b}`],
      // Nothing more will come to fill a body this long: the next header inside it must end it.
      ['enormous', (b) => `Content-Length: 999999999\r\n\r\n${b}`],
      ['not-a-number', (b) => `Content-Length: many\r\n\r\n${b}`],
      ['misspelt', (b) => `Content-Lenght: ${Buffer.byteLength(b)}\r\n\r\n${b}`],
    ];
    for (const [name, bad] of cases) {
      await s.raw(bad(body(`${name}-bad`)));
      await s.raw(rawRequest(`${name}-good`, 'textDocument/hover', hoverAt(uri)));
      expectHover(await within(5_000, `the good message after a ${name} Content-Length`, s.responseTo(`${name}-good`)));
    }
    // A too-long length still delivers its own message when the next header shows where it really ended.
    expectHover(await within(1_000, 'the too-long message itself', s.responseTo('too-long-bad')));
    expect(await within(5_000, 'a log line about the bad frames', s.waitForLog((l) => l.includes('bad input from the client')))).toContain('bad input');
    await stillServes(s);
  });

  it('an unknown request gets MethodNotFound (-32601); an unknown notification is ignored', async () => {
    const s = await start();
    await s.raw(frame({ jsonrpc: '2.0', method: 'followup/noSuchNotification', params: { x: 1 } }));
    await s.raw(frame({ jsonrpc: '2.0', method: '$/noSuchProtocolNotification', params: {} }));
    await s.raw(rawRequest('unknown', 'followup/noSuchRequest', {}));
    const r = await within(5_000, 'reply to an unknown request', s.responseTo('unknown'));
    expect(r.error?.code).toBe(-32601);
    expect(r.result).toBeUndefined();
    // Only the request was answered: the notifications produced no reply and no error.
    expect([...s.responses.values()].filter((x) => x.error)).toHaveLength(1);
    await stillServes(s);
  });
});

describe('cancellation', () => {
  for (const [method, params] of [
    ['textDocument/codeAction', (uri: string) => ({ textDocument: { uri }, range: { start: { line: 8, character: 0 }, end: { line: 8, character: 3 } }, context: { diagnostics: [] } })],
    ['textDocument/hover', (uri: string) => hoverAt(uri)],
    ['workspace/executeCommand', (uri: string) => ({ command: 'followup.checkDocument', arguments: [uri] })],
  ] as const) {
    it(`${method} cancelled mid-way answers (cancelled or with its result), and the server keeps serving`, async () => {
      const s = await start();
      // A large draft, edited just before the request, so the request has real work to do when the cancel arrives.
      const uri = 'file:///ws/follow-ups/cancel.md';
      const big = `${DRAFT}\n${'I am gonna keep this short, honestly. '.repeat(20_000)}`;
      await s.open(uri, big);
      await within(20_000, 'first diagnostics', s.waitFor((p) => p.uri === uri && p.version === 1));
      await s.change(uri, 2, `${big}Thanks again.\n`);
      const ids = ['c1', 'c2', 'c3'];
      for (const id of ids) {
        await s.raw(rawRequest(id, method, params(uri)));
        await s.raw(frame({ jsonrpc: '2.0', method: '$/cancelRequest', params: { id } }));
      }
      // A cancel for a request that is long finished, or never existed, is harmless.
      await s.raw(frame({ jsonrpc: '2.0', method: '$/cancelRequest', params: { id: 'never-sent' } }));
      const replies: string[] = [];
      for (const id of ids) {
        const r = await within(20_000, `reply to cancelled ${method}`, s.responseTo(id));
        if (r.error) expect(r.error.code, r.error.message).toBe(-32800);
        else expect(r).toHaveProperty('result');
        replies.push(r.error ? `cancelled (${r.error.code})` : 'result');
      }
      report(`${method} cancelled at once, 3 times: ${replies.join(', ')}`);
      await stillServes(s);
    }, 60_000);
  }
});

describe('broken front matter', () => {
  const cases: Array<[string, string, RegExp]> = [
    ['an unclosed --- block', DRAFT.replace('---\n\nHey', '\nHey'), /never closed/],
    ['invalid YAML', DRAFT.replace('company: Northwind Labs', 'company: [Northwind Labs'), /not valid YAML/],
    ['a date like 2026-13-45', DRAFT.replace('2026-11-20T14:00', '2026-13-45'), /`interview_date` should be a date.*"2026-13-45"/],
  ];
  for (const [what, text, message] of cases) {
    it(`${what}: a front-matter diagnostic names it, and the body is still checked`, async () => {
      const s = await start();
      const uri = 'file:///ws/follow-ups/broken.md';
      await s.open(uri, text);
      const p = await within(10_000, `diagnostics for ${what}`, s.waitFor((x) => x.uri === uri));
      const fm = p.diagnostics.filter((d) => d.code === 'front-matter');
      expect(fm.map((d) => d.message).join('\n')).toMatch(message);
      expect(codes(p.diagnostics)).toContain('too-casual');
      await stillServes(s);
    });
  }

  it('a 100 KB front matter value is read without a crash, the body is checked, and hover on it answers', async () => {
    const s = await start();
    const uri = 'file:///ws/follow-ups/long-value.md';
    const text = DRAFT.replace('role: Data Analyst', `role: ${'Data Analyst '.repeat(8_000).trim()}`);
    expect(text.length).toBeGreaterThan(100_000);
    await s.open(uri, text);
    const p = await within(10_000, 'diagnostics with a 100 KB value', s.waitFor((x) => x.uri === uri));
    expect(codes(p.diagnostics)).toContain('too-casual');
    const hover = await within(5_000, 'hover on the long key', s.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 4, character: 1 } }));
    expect(JSON.stringify(hover)).toContain('role');
    await stillServes(s);
  });
});

describe('bad settings from workspace/configuration', () => {
  const cases: Array<[string, unknown, string[]]> = [
    ['wrong types', { rules: 5, maxSentenceWords: 'many', include: 3, proofreading: 7 }, ['rules: expected an object', 'maxSentenceWords: expected a whole number', 'include: expected a list of strings', 'proofreading']],
    ['an unknown rule id and a bad severity together', { rules: { 'no-such-rule': 'off', emoji: 'loud' } }, ['rules.no-such-rule: unknown rule "no-such-rule"', 'rules.emoji: expected one of off, hint, info, warning, error, got "loud"']],
    ['negative word limits', { wordLimits: { 'thank-you': -5, 'check-in': -1 } }, ['wordLimits.thank-you: expected a whole number from 1 to 10000, got number -5', 'wordLimits.check-in']],
    ['a string instead of an object', 'everything', ['(root): expected an object of settings, got "everything"']],
    ['an array instead of an object', ['rules'], ['(root): expected an object of settings']],
  ];
  for (const [what, settings, named] of cases) {
    it(`${what}: a message names each problem, the defaults apply, the server keeps serving`, async () => {
      const s = await start({ settings });
      const uri = 'file:///ws/follow-ups/settings.md';
      await s.open(uri, DRAFT);
      const p = await within(10_000, 'diagnostics under bad settings', s.waitFor((x) => x.uri === uri));
      // The defaults: the casual greeting is still a finding.
      expect(codes(p.diagnostics)).toContain('too-casual');
      for (const part of named) {
        expect(s.messages.some((m) => m.startsWith('Follow-up Coach: settings (followup): ') && m.includes(part)), `a message naming "${part}" in ${JSON.stringify(s.messages)}`).toBe(true);
        expect(await within(5_000, `a log line naming "${part}"`, s.waitForLog((l) => l.includes(part)))).toContain(part);
      }
      await stillServes(s);
    });
  }

  it('null settings (none) mean the defaults, without a message', async () => {
    const s = await start({ settings: null });
    const uri = 'file:///ws/follow-ups/settings.md';
    await s.open(uri, DRAFT);
    const p = await within(10_000, 'diagnostics with null settings', s.waitFor((x) => x.uri === uri));
    expect(codes(p.diagnostics)).toContain('too-casual');
    expect(s.messages).toEqual([]);
    await stillServes(s);
  });

  it('settings that turn bad while running are reported, and good ones take effect again', async () => {
    const s = await start();
    const uri = 'file:///ws/follow-ups/settings.md';
    await s.open(uri, DRAFT);
    await within(10_000, 'first diagnostics', s.waitFor((x) => x.uri === uri));
    let count = s.published.length;
    s.settings = { rules: { 'too-casual': 42 } };
    await s.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const bad = await within(10_000, 'diagnostics after bad settings', s.waitFor((x) => x.uri === uri && s.published.indexOf(x) >= count));
    expect(codes(bad.diagnostics)).toContain('too-casual');
    expect(s.messages.some((m) => m.includes('rules.too-casual: expected one of off, hint, info, warning, error, got number 42'))).toBe(true);
    await stillServes(s);
    count = s.published.length;
    s.settings = { now: '2026-11-21T09:00', rules: { 'too-casual': 'off' } };
    await s.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const good = await within(10_000, 'diagnostics after good settings', s.waitFor((x) => x.uri === uri && s.published.indexOf(x) >= count));
    expect(codes(good.diagnostics)).not.toContain('too-casual');
    expect(s.alive).toBe(true);
  });
});

describe('the client vanishing', () => {
  it('stdin closed: the server exits on its own', async () => {
    const s = await start();
    await s.open('file:///ws/follow-ups/a.md', DRAFT);
    await within(10_000, 'first diagnostics', s.waitFor((p) => p.uri === 'file:///ws/follow-ups/a.md'));
    const t0 = performance.now();
    s.child.stdin!.end();
    const exit = await within(5_000, 'server exit after stdin closed', s.exited);
    // Exit code 1: the client left without shutdown/exit (LSP: exit without shutdown is an error exit).
    expect(exit).toEqual({ code: 1, signal: null });
    report(`stdin closed: the server exited (code ${exit.code}) after ${Math.round(performance.now() - t0)} ms`);
  });

  it('shutdown then exit: the server exits with code 0', async () => {
    const s = await start();
    await within(5_000, 'shutdown', s.request('shutdown', undefined));
    await s.connection.sendNotification('exit');
    expect(await within(5_000, 'server exit after exit', s.exited)).toEqual({ code: 0, signal: null });
  });

  it('the parent process given as processId dies: the server exits on its own', async () => {
    const parent = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
    others.push(parent);
    const parentExited = new Promise((done) => parent.once('exit', done));
    expect(parent.pid).toBeTypeOf('number');
    const s = await start({ processId: parent.pid! });
    await s.open('file:///ws/follow-ups/a.md', DRAFT);
    await within(10_000, 'first diagnostics', s.waitFor((p) => p.uri === 'file:///ws/follow-ups/a.md'));
    expect(s.alive).toBe(true);
    const t0 = performance.now();
    parent.kill();
    await within(5_000, 'dummy parent exit', parentExited);
    // vscode-languageserver polls the parent every 3 s.
    const exit = await within(10_000, 'server exit after its parent died', s.exited);
    expect(exit.signal).toBeNull();
    expect(exit.code).toBe(1);
    report(`parent process (processId) killed: the server exited (code ${exit.code}) after ${Math.round(performance.now() - t0)} ms (it polls every 3 s)`);
  }, 20_000);
});

describe('requests out of order', () => {
  it('a request before initialize gets ServerNotInitialized (-32002); initialize then works', async () => {
    const s = track(RawServer.spawn());
    await s.raw(rawRequest('early-hover', 'textDocument/hover', hoverAt('file:///ws/follow-ups/a.md')));
    await s.raw(rawRequest('early-rules', 'followup/rules', {}));
    expect((await within(5_000, 'reply to an early hover', s.responseTo('early-hover'))).error?.code).toBe(-32002);
    expect((await within(5_000, 'reply to an early request', s.responseTo('early-rules'))).error?.code).toBe(-32002);
    const init = (await within(5_000, 'initialize', s.initialize())) as { capabilities: { hoverProvider?: boolean } };
    expect(init.capabilities.hoverProvider).toBe(true);
    await s.connection.sendNotification('initialized', {});
    await stillServes(s);
  });

  it('a second initialize is an error (-32600), and the first one stands', async () => {
    const s = await start();
    // A second initialize asking for pull diagnostics must not switch the server over from publishing.
    await s.raw(rawRequest('again', 'initialize', { processId: null, rootUri: null, capabilities: { textDocument: { diagnostic: {} } } }));
    const r = await within(5_000, 'reply to a second initialize', s.responseTo('again'));
    expect(r.error?.code).toBe(-32600);
    expect(r.error?.message).toMatch(/only be sent once/);
    await stillServes(s);
  });
});
