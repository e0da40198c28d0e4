/**
 * The Node server under load: 10,000 didChange notifications as fast as the
 * pipe takes them, a 5 MB document, and a thousand drafts opened and closed.
 * Figures (edits, publishes, sizes, times, memory) are printed with a
 * `[reliability]` prefix for docs/reliability.md.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Diagnostic, Hover } from 'vscode-languageserver-protocol';
import { sampleDraft } from '../helpers/drafts.js';
import { RawServer, SERVER, within } from './server.js';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { SERVER_V8_FLAGS } from '../../server/src/node/flags.js';

let servers: RawServer[] = [];
afterEach(async () => {
  await Promise.all(servers.map((s) => s.stop()));
  servers = [];
});
async function start(options?: Parameters<typeof RawServer.start>[0]): Promise<RawServer> {
  const s = await RawServer.start(options);
  servers.push(s);
  return s;
}

const report = (line: string): void => console.log(`[reliability] ${line}`);

/** Version v of the document carries v % 4 emoji, so every publish can be checked against the text it claims. */
const BASE = sampleDraft('I am excited about the position. Could you share the next steps?').replace('Hey Dana,', 'Dear Dana,');
const textFor = (v: number): string => BASE.replace('Could you share', `${'🙂 '.repeat(v % 4)}Could you share`);
/** How many of the typed emoji the diagnostics name (a run of them is one diagnostic naming them all). */
const emojiCount = (ds: Diagnostic[]): number => ds.filter((d) => d.code === 'emoji').reduce((n, d) => n + (String(d.message).match(/🙂/gu)?.length ?? 0), 0);

describe('server under load (stdio)', () => {
  it('10,000 rapid edits: publishes never go back in version, each matches its own text, the last one is for the last edit', async () => {
    const s = await start();
    const uri = 'file:///ws/follow-ups/load.md';
    await s.open(uri, textFor(1), 1);
    expect(emojiCount((await s.waitFor((p) => p.uri === uri && p.version === 1)).diagnostics)).toBe(1);

    const EDITS = 10_000;
    let sent = 1;
    /** For each publish of this document during the burst: its version, and the highest version the client had sent when it arrived. */
    const arrivals: Array<{ version: number | undefined; sent: number }> = [];
    s.onPublish.push((p) => void (p.uri === uri && arrivals.push({ version: p.version, sent })));
    const t0 = performance.now();
    for (let v = 2; v <= EDITS + 1; v++) {
      await s.change(uri, v, textFor(v));
      sent = v;
    }
    const sendMs = performance.now() - t0;
    const last = await within(60_000, 'diagnostics for the last edit', s.waitFor((p) => p.uri === uri && p.version === EDITS + 1));
    const elapsed = performance.now() - t0;

    const mine = s.published.filter((p) => p.uri === uri);
    const versions = mine.map((p) => p.version ?? -1);
    // Never a version older than one already published.
    for (let i = 1; i < versions.length; i++) expect(versions[i]!, `publish ${i}`).toBeGreaterThanOrEqual(versions[i - 1]!);
    // Every publish is for a version the client had sent, and its findings are those of that version's text.
    for (const p of mine) {
      expect(p.version).toBeDefined();
      expect(emojiCount(p.diagnostics), `version ${p.version}`).toBe(p.version! % 4);
    }
    expect(emojiCount(last.diagnostics)).toBe((EDITS + 1) % 4);
    // The last publish is for the last edit, and nothing arrives after it for an older version.
    expect(versions[versions.length - 1]).toBe(EDITS + 1);
    // The server still answers.
    const hover = await within(5_000, 'hover after the burst', s.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 5, character: 3 } }));
    expect(JSON.stringify(hover)).toContain('interview_date');
    // No publish is for a version the client had not sent yet (nothing invented or misnumbered).
    expect(arrivals.length).toBe(mine.length - 1);
    for (const a of arrivals) expect(a.version!, `publish arriving after version ${a.sent} was sent`).toBeLessThanOrEqual(a.sent);
    // Coalescing: a burst is checked far fewer times than it is edited (each check is for the newest version it can see).
    expect(arrivals.length).toBeLessThan(EDITS);
    report(`${EDITS} didChange edits sent in ${Math.round(sendMs)} ms, diagnostics for the last one after ${Math.round(elapsed)} ms: ${arrivals.length} publishes for them, versions monotonic, last = ${versions[versions.length - 1]}; server RSS ${s.rssMB()?.toFixed(0)} MB`);
  }, 90_000);

  it('started as its bin (as Neovim, Helix or Emacs start it), the server runs with its V8 flags', async () => {
    expect(readFileSync(SERVER, 'utf8').split('\n', 1)[0]).toBe(`#!/usr/bin/env -S node ${SERVER_V8_FLAGS.join(' ')}`);
    const child = spawn(SERVER, ['--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    try {
      await new Promise((r) => child.once('spawn', r));
      // The shebang's env execs node with the flags: read the process's own command line once it has.
      let argv: string[] = [];
      for (let i = 0; i < 100 && !argv.includes('--stdio'); i++) {
        argv = readFileSync(`/proc/${child.pid}/cmdline`, 'utf8').split('\0');
        if (!argv.includes('--stdio') || argv[0]?.includes('env')) {
          argv = [];
          await new Promise((r) => setTimeout(r, 20));
        }
      }
      for (const flag of SERVER_V8_FLAGS) expect(argv).toContain(flag);
    } finally {
      child.kill();
    }
  });

  it('a burst that arrives in one read is checked once, at its last version (and a lone edit right after is checked too)', async () => {
    const s = await start();
    const uri = 'file:///ws/follow-ups/burst.md';
    await s.open(uri, textFor(1), 1);
    await s.waitFor((p) => p.uri === uri && p.version === 1);
    const frame = (v: number): string => {
      const body = JSON.stringify({ jsonrpc: '2.0', method: 'textDocument/didChange', params: { textDocument: { uri, version: v }, contentChanges: [{ text: textFor(v) }] } });
      return `Content-Length: ${Buffer.byteLength(body, 'utf8')}\r\n\r\n${body}`;
    };
    const LAST = 31;
    const burst = Array.from({ length: LAST - 1 }, (_, i) => frame(i + 2)).join('');
    // Well under one pipe read (64 KB), so the server sees the whole burst at once.
    expect(Buffer.byteLength(burst)).toBeLessThan(60_000);
    await s.raw(burst);
    const last = await within(10_000, 'diagnostics for the last edit of the burst', s.waitFor((p) => p.uri === uri && p.version === LAST));
    expect(emojiCount(last.diagnostics)).toBe(LAST % 4);
    const forBurst = s.published.filter((p) => p.uri === uri && p.version !== 1);
    expect(forBurst.map((p) => p.version)).toEqual([LAST]);
    // An edit on its own is still checked, promptly.
    await s.change(uri, LAST + 1, textFor(LAST + 1));
    const next = await within(5_000, 'diagnostics for a lone edit', s.waitFor((p) => p.uri === uri && p.version === LAST + 1));
    expect(emojiCount(next.diagnostics)).toBe((LAST + 1) % 4);
  });

  it('a 5 MB document: checked up to the limit with a "too large" notice, and hover still answers promptly', async () => {
    const s = await start();
    const uri = 'file:///ws/follow-ups/huge.md';
    const filler = 'I am gonna keep this short, honestly. '.repeat(140_000);
    const text = `${BASE}\n${filler}`;
    expect(text.length).toBeGreaterThan(5_000_000);
    const t0 = performance.now();
    await s.open(uri, text);
    const published = await within(60_000, 'diagnostics for a 5 MB document', s.waitFor((p) => p.uri === uri && p.version === 1));
    const checkedMs = performance.now() - t0;
    const notice = published.diagnostics.find((d) => d.code === 'too-large');
    expect(notice?.message).toMatch(/This file is 5\.\d million characters; only the first 1 million were checked\./);
    expect(notice?.range.start).toEqual({ line: 0, character: 0 });
    // Findings past the checked part are not invented.
    const lastLine = Math.max(...published.diagnostics.map((d) => d.range.end.line));
    expect(lastLine).toBeLessThan(text.slice(0, 1_000_001).split('\n').length);

    const h0 = performance.now();
    const hover = await within(5_000, 'hover on a 5 MB document', s.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 5, character: 3 } }));
    const hoverMs = performance.now() - h0;
    expect(JSON.stringify(hover)).toContain('interview_date');
    const lens = await within(5_000, 'code lens on a 5 MB document', s.request<unknown[]>('textDocument/codeLens', { textDocument: { uri } }));
    expect(lens.length).toBeGreaterThan(0);
    report(`5 MB document (${text.length} chars): first diagnostics after ${Math.round(checkedMs)} ms (${published.diagnostics.length} diagnostics, too-large notice), hover ${Math.round(hoverMs)} ms; server RSS ${s.rssMB()?.toFixed(0)} MB`);
  }, 90_000);

  it('1,000 drafts opened and closed: every one is answered and cleared, memory stays bounded', async () => {
    const s = await start();
    const N = 1000;
    const before = s.rssMB();
    const t0 = performance.now();
    for (let i = 0; i < N; i++) await s.open(`file:///ws/follow-ups/d${i}.md`, textFor(i).replace('Dana Okafor', `Dana Okafor ${i}`));
    await within(60_000, 'diagnostics for every draft', Promise.all(Array.from({ length: N }, (_, i) => s.waitFor((p) => p.uri === `file:///ws/follow-ups/d${i}.md`))));
    const openMs = performance.now() - t0;
    const open = s.rssMB();
    for (let i = 0; i < N; i++) await s.connection.sendNotification('textDocument/didClose', { textDocument: { uri: `file:///ws/follow-ups/d${i}.md` } });
    // Closing clears each document's diagnostics (an empty publish, sent in order).
    await within(30_000, 'cleared diagnostics', s.waitFor((p) => p.uri === `file:///ws/follow-ups/d${N - 1}.md` && p.diagnostics.length === 0));
    const closed = s.rssMB();
    // Every draft was answered with its own findings, and every one was cleared on close.
    for (let i = 0; i < N; i++) {
      const mine = s.published.filter((p) => p.uri === `file:///ws/follow-ups/d${i}.md`);
      expect(emojiCount(mine[0]!.diagnostics), `d${i}`).toBe(i % 4);
      expect(mine[mine.length - 1]!.diagnostics, `d${i} cleared`).toEqual([]);
    }
    if (open !== undefined) expect(open).toBeLessThan(400);
    if (closed !== undefined) expect(closed).toBeLessThan(400);
    report(`${N} drafts opened in ${Math.round(openMs)} ms; server RSS ${before?.toFixed(0)} MB at start, ${open?.toFixed(0)} MB with ${N} open, ${closed?.toFixed(0)} MB after closing them`);
  }, 90_000);
});
