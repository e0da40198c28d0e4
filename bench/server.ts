/**
 * The language server over real stdio, as an editor sees it: start to first
 * diagnostics, keystroke (didChange) to diagnostics while typing into a
 * 250-word draft, the same with 100 drafts open, and resident memory: with
 * 100 drafts open, then after opening and closing 1,000 drafts, and 1,000
 * more.
 *
 * Resident memory also counts garbage V8 has not collected yet (it grows the
 * heap while there is room rather than collect), which looks like a leak. So
 * the open-and-close run is repeated on a second server with a probe
 * preloaded (bench/heap-probe.cjs): on a signal it collects garbage and
 * reports the live heap, which grows only if closed drafts are kept.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { generateDrafts } from './drafts.js';
import { SERVER_V8_FLAGS } from '../server/src/node/flags.js';
import { stats, type Stats } from './stats.js';

export interface ServerBench {
  /** Spawn to first diagnostics: the median of START_RUNS cold starts, and the fastest and slowest. */
  startToFirst: number;
  startRange: [number, number];
  keystroke: Stats;
  keystroke100: Stats;
  rss100: number;
  /** Lowest and highest RSS seen while typing with 100 drafts open: the noise band. */
  rssBand: [number, number];
  /** RSS after opening and closing 1,000 more drafts, and after another 1,000. */
  rssAfter1000: number;
  rssAfter2000: number;
  /** RSS once the server has been idle SETTLE_MS after the 2,000 (V8's memory reducer may collect then). */
  rssSettled: number;
  /** Live heap after a full collection (MB) on the probed server: 100 drafts open, then after 1,000 and 2,000 opened and closed; or why that run failed. */
  heap: { open100: number; after1000: number; after2000: number } | { failed: string };
}

interface Session {
  child: ChildProcess;
  conn: MessageConnection;
  open(uri: string, text: string): Promise<void>;
  published(uri: string, version: number): Promise<PublishDiagnosticsParams>;
  rss(): number;
  /** Live heap in MB after a full collection (probed servers only). */
  heap(): Promise<number>;
  stop(): Promise<void>;
}

const HEAP_LINE = '@@followup-bench-heap ';
/**
 * How long the server is left idle before its memory is read a last time. V8
 * may collect garbage once the process is idle (its "memory reducer", armed
 * by a full collection, after about 8-12 s on this Node).
 */
export const SETTLE_MS = 15_000;

async function startServer(command: string, args: string[], probed = false): Promise<Session> {
  const child = spawn(command, args, { stdio: ['pipe', 'pipe', probed ? 'pipe' : 'inherit'] });
  // The probe's lines are read here; anything else the server writes to stderr is passed on.
  const heapWaiters: Array<(mb: number) => void> = [];
  if (probed) {
    let buffered = '';
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
      buffered += chunk;
      let nl: number;
      while ((nl = buffered.indexOf('\n')) >= 0) {
        const line = buffered.slice(0, nl);
        buffered = buffered.slice(nl + 1);
        if (line.startsWith(HEAP_LINE)) heapWaiters.shift()?.((JSON.parse(line.slice(HEAP_LINE.length)) as { heapUsed: number }).heapUsed / 2 ** 20);
        else process.stderr.write(`${line}\n`);
      }
    });
  }
  const conn = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
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
  // A server that dies (out of heap, say) fails the wait instead of leaving it hanging.
  const exited = new Promise<never>((_, reject) => child.on('exit', (code, signal) => reject(new Error(`the server exited (${signal ?? `code ${code}`})`))));
  exited.catch(() => {});
  const published = (uri: string, version: number): Promise<PublishDiagnosticsParams> =>
    Promise.race([new Promise<PublishDiagnosticsParams>((r) => waiters.set(`${uri}@${version}`, r)), exited]);
  await conn.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: { workspace: { configuration: true } } });
  await conn.sendNotification('initialized', {});
  return {
    child,
    conn,
    published,
    async open(uri, text) {
      const p = published(uri, 1);
      await conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
      await p;
    },
    rss: () => rssOf(child.pid!),
    heap() {
      const p = Promise.race([new Promise<number>((r) => heapWaiters.push(r)), exited]);
      child.kill('SIGUSR2');
      return p;
    },
    async stop() {
      await conn.sendRequest('shutdown');
      await conn.sendNotification('exit');
      conn.dispose();
      child.kill();
    },
  };
}

/** Opens and closes 1,000 drafts, each waiting for its diagnostics; resident memory after. */
async function churn(s: Session, drafts: readonly string[], round: number): Promise<number> {
  for (let i = 0; i < 1000; i++) {
    const uri = `file:///bench/follow-ups/churn-${round}-${i}.md`;
    await s.open(uri, drafts[i + 100]!);
    await s.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }
  // Let the last notifications (a closed draft's diagnostics are cleared) go out before reading memory.
  await new Promise((r) => setTimeout(r, 200));
  return s.rss();
}

async function open100(s: Session, drafts: readonly string[]): Promise<void> {
  for (let i = 0; i < 99; i++) await s.open(`file:///bench/follow-ups/open-${i}.md`, drafts[i + 1]!);
}

/** Cold starts timed; one start is a single sample, easily moved by whatever else the machine does. */
export const START_RUNS = 5;

export async function benchServer(): Promise<ServerBench> {
  const drafts = generateDrafts(1100, 5).map((d) => d.text);
  const first = drafts.find((t) => t.split(/\s+/).length > 240 && t.split(/\s+/).length < 280) ?? drafts[0]!;
  const uri = 'file:///bench/follow-ups/typing.md';

  // Started as the bin, the way an editor starts it (the shebang carries the memory flags); the last one stays up.
  const starts: number[] = [];
  let started: Session | undefined;
  for (let k = 0; k < START_RUNS; k++) {
    if (started) await started.stop();
    const t0 = performance.now();
    started = await startServer(resolve('dist/server/node.js'), ['--stdio']);
    await started.open(uri, first);
    starts.push(performance.now() - t0);
  }
  if (!started) throw new Error('no server started');
  const s: Session = started;
  const startToFirst = stats(starts).median;
  const startRange: [number, number] = [Math.min(...starts), Math.max(...starts)];

  // Typing: one character at a time at the end of the body; each change waits for its diagnostics.
  const type = async (base: string, n: number, startVersion: number, sample?: (i: number) => void): Promise<number[]> => {
    const times: number[] = [];
    let text = base;
    for (let i = 0; i < n; i++) {
      const version = startVersion + i;
      const at = text.length - 1;
      const lines = text.slice(0, at).split('\n');
      const pos = { line: lines.length - 1, character: (lines[lines.length - 1] ?? '').length };
      const ch = 'a quick note '[i % 13] ?? 'x';
      text = text.slice(0, at) + ch + text.slice(at);
      const wait = s.published(uri, version);
      const t = performance.now();
      await s.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range: { start: pos, end: pos }, text: ch }] });
      await wait;
      times.push(performance.now() - t);
      sample?.(i);
    }
    return times;
  };
  await type(first, 50, 2); // warm-up
  const keystroke = stats(await type(first, 300, 100));

  // 100 drafts open, then typing again (resident memory read every ten keystrokes, outside the timing).
  await open100(s, drafts);
  const seen: number[] = [];
  const keystroke100 = stats(
    await type(first, 300, 1000, (i) => {
      if (i % 10 === 9) seen.push(s.rss());
    }),
  );
  const rss100 = s.rss();
  const rssBand: [number, number] = [Math.min(rss100, ...seen), Math.max(rss100, ...seen)];
  const rssAfter1000 = await churn(s, drafts, 1);
  const rssAfter2000 = await churn(s, drafts, 2);
  await new Promise((r) => setTimeout(r, SETTLE_MS));
  const rssSettled = s.rss();
  await s.stop();

  // The same on a server with the heap probe preloaded (and the bin's own flag): live heap after full collections.
  let heap: ServerBench['heap'];
  const h = await startServer(process.execPath, [...SERVER_V8_FLAGS, '--expose-gc', '--require', resolve('bench/heap-probe.cjs'), resolve('dist/server/node.js'), '--stdio'], true);
  try {
    await h.open(uri, first);
    await open100(h, drafts);
    const open = await h.heap();
    await churn(h, drafts, 1);
    const after1000 = await h.heap();
    await churn(h, drafts, 2);
    const after2000 = await h.heap();
    heap = { open100: open, after1000, after2000 };
    await h.stop();
  } catch (error) {
    heap = { failed: error instanceof Error ? error.message : String(error) };
    h.child.kill();
  }
  return { startToFirst, startRange, keystroke, keystroke100, rss100, rssBand, rssAfter1000, rssAfter2000, rssSettled, heap };
}

function rssOf(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return kb / 1024;
}
