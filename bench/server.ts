/**
 * The language server over real stdio, as an editor sees it: start to first
 * diagnostics, keystroke (didChange) to diagnostics while typing into a
 * 250-word draft, the same with 100 drafts open, and resident memory.
 */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { generateDrafts } from './drafts.js';
import { stats, type Stats } from './engine.js';

export interface ServerBench {
  startToFirst: number;
  keystroke: Stats;
  keystroke100: Stats;
  rss100: number;
  rssAfter1000: number;
}

export async function benchServer(): Promise<ServerBench> {
  const t0 = performance.now();
  // Started as the bin, the way an editor starts it (the shebang carries the memory flag).
  const child = spawn(resolve('dist/server/node.js'), ['--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const conn = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const waiters = new Map<string, (p: PublishDiagnosticsParams) => void>();
  conn.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
    const w = waiters.get(`${p.uri}@${p.version}`);
    if (w) {
      waiters.delete(`${p.uri}@${p.version}`);
      w(p);
    }
  });
  conn.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => ({})));
  conn.onRequest('client/registerCapability', () => null);
  conn.listen();
  const published = (uri: string, version: number): Promise<PublishDiagnosticsParams> => new Promise((r) => waiters.set(`${uri}@${version}`, r));

  await conn.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: { workspace: { configuration: true } } });
  await conn.sendNotification('initialized', {});
  const drafts = generateDrafts(1100, 5).map((d) => d.text);
  const first = drafts.find((t) => t.split(/\s+/).length > 240 && t.split(/\s+/).length < 280) ?? drafts[0]!;
  const uri = 'file:///bench/follow-ups/typing.md';
  let p = published(uri, 1);
  await conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: first } });
  await p;
  const startToFirst = performance.now() - t0;

  // Typing: one character at a time at the end of the body; each change waits for its diagnostics.
  const type = async (docUri: string, base: string, n: number, startVersion: number): Promise<number[]> => {
    const times: number[] = [];
    let text = base;
    for (let i = 0; i < n; i++) {
      const version = startVersion + i;
      const at = text.length - 1;
      const lines = text.slice(0, at).split('\n');
      const pos = { line: lines.length - 1, character: (lines[lines.length - 1] ?? '').length };
      const ch = 'a quick note '[i % 13] ?? 'x';
      text = text.slice(0, at) + ch + text.slice(at);
      const wait = published(docUri, version);
      const s = performance.now();
      await conn.sendNotification('textDocument/didChange', { textDocument: { uri: docUri, version }, contentChanges: [{ range: { start: pos, end: pos }, text: ch }] });
      await wait;
      times.push(performance.now() - s);
    }
    return times;
  };
  await type(uri, first, 50, 2); // warm-up
  const keystroke = stats(await type(uri, first, 300, 100).then((t) => t));

  // 100 drafts open, then typing again.
  for (let i = 0; i < 99; i++) {
    const u = `file:///bench/follow-ups/open-${i}.md`;
    p = published(u, 1);
    await conn.sendNotification('textDocument/didOpen', { textDocument: { uri: u, languageId: 'markdown', version: 1, text: drafts[i + 1]! } });
    await p;
  }
  const keystroke100 = stats(await type(uri, first, 300, 1000));
  const rss100 = await rssOf(child.pid!);

  // Open and close 1,000 drafts: memory should not grow with them.
  for (let i = 0; i < 1000; i++) {
    const u = `file:///bench/follow-ups/churn-${i}.md`;
    p = published(u, 1);
    await conn.sendNotification('textDocument/didOpen', { textDocument: { uri: u, languageId: 'markdown', version: 1, text: drafts[(i % 1000) + 100]! } });
    await p;
    await conn.sendNotification('textDocument/didClose', { textDocument: { uri: u } });
  }
  const rssAfter1000 = await rssOf(child.pid!);
  await conn.sendRequest('shutdown');
  await conn.sendNotification('exit');
  conn.dispose();
  child.kill();
  return { startToFirst, keystroke, keystroke100, rss100, rssAfter1000 };
}

async function rssOf(pid: number): Promise<number> {
  const { readFileSync } = await import('node:fs');
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return kb / 1024;
}
