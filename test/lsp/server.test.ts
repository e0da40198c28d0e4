import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import type { CodeAction, CodeLens, CompletionItem, Diagnostic, Hover, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { TestClient, applyTextEdits, type Transport } from './client.js';
import { sampleDraft } from '../helpers/drafts.js';

const DRAFT = sampleDraft('I am gonna say it: I am excited about the position 😊 Could you share the next steps?');
const NOW = { now: '2026-11-21T09:00' };

let clients: TestClient[] = [];
afterEach(async () => {
  await Promise.all(clients.map((c) => c.close()));
  clients = [];
});

async function start(transport: Transport, options: Parameters<typeof TestClient.start>[1] = {}): Promise<TestClient> {
  const c = await TestClient.start(transport, { settings: NOW, ...options });
  clients.push(c);
  return c;
}

const codes = (ds: Diagnostic[]): string[] => ds.map((d) => String(d.code)).sort();
const editOf = (a: CodeAction, uri: string) => a.edit?.changes?.[uri] ?? (a.edit?.documentChanges?.[0] as { edits: [] } | undefined)?.edits ?? [];

for (const transport of ['stdio', 'worker'] as const) {
  describe(`language server over ${transport}`, () => {
    it('publishes versioned diagnostics with source, code and doc link; quick fix removes the finding', async () => {
      const c = await start(transport);
      const uri = 'file:///ws/follow-ups/dana.md';
      await c.open(uri, DRAFT);
      const ds = await c.diagnosticsFor(uri, 1);
      expect(codes(ds)).toEqual(['emoji', 'too-casual', 'too-casual']);
      const hey = ds.find((d) => d.code === 'too-casual' && d.range.start.line === 8)!;
      expect(hey).toMatchObject({ source: 'followup', range: { start: { line: 8, character: 0 }, end: { line: 8, character: 3 } } });
      expect(hey.codeDescription?.href).toMatch(/docs\/rules\/too-casual\.md$/);
      expect(hey.severity).toBe(2);

      const actions = await c.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: hey.range, context: { diagnostics: [hey] } });
      const fix = actions.find((a) => a.isPreferred)!;
      expect(fix.title).toBe('Replace "Hey" with "Hello"');
      expect(actions.map((a) => a.title)).toContain('Disable too-casual for this line');
      expect(actions.map((a) => a.title)).toContain('Disable too-casual in this file');
      const fixed = applyTextEdits(DRAFT, editOf(fix, uri));
      const v2 = await c.change(uri, fixed);
      expect(codes(await c.diagnosticsFor(uri, v2))).toEqual(['emoji', 'too-casual']);
    });

    it('fix-all (source.fixAll.followup) fixes everything safe in one edit', async () => {
      const c = await start(transport);
      const uri = 'file:///ws/follow-ups/dana.md';
      await c.open(uri, DRAFT);
      await c.diagnosticsFor(uri, 1);
      const actions = await c.request<CodeAction[]>('textDocument/codeAction', {
        textDocument: { uri },
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        context: { diagnostics: [], only: ['source.fixAll.followup'] },
      });
      expect(actions).toHaveLength(1);
      expect(actions[0]!.kind).toBe('source.fixAll.followup');
      const out = applyTextEdits(DRAFT, editOf(actions[0]!, uri));
      expect(out).toContain('Hello Dana,');
      expect(out).toContain('I am going to say it: I am excited about the position Could');
      const v2 = await c.change(uri, out);
      expect(await c.diagnosticsFor(uri, v2)).toEqual([]);
    });

    it('an unknown kind gets a quick fix to the kind the text reads as, and applying it clears the warning', async () => {
      const c = await start(transport);
      const uri = 'file:///ws/follow-ups/kind.md';
      const text = DRAFT.replace(/^followup: .*$/m, 'followup: thanks-note');
      expect(text).toContain('followup: thanks-note');
      await c.open(uri, text);
      const kind = (await c.diagnosticsFor(uri, 1)).find((d) => d.code === 'front-matter')!;
      expect(kind.severity).toBe(2);
      const actions = await c.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: kind.range, context: { diagnostics: [kind] } });
      const changes = actions.filter((a) => a.title.startsWith('Change the kind to'));
      expect(changes.map((a) => a.title)).toEqual(['Change the kind to thank-you (what the text reads as)']);
      const v2 = await c.change(uri, applyTextEdits(text, editOf(changes[0]!, uri)));
      expect(codes(await c.diagnosticsFor(uri, v2))).not.toContain('front-matter');
    });

    it('"disable for this line" really silences the finding', async () => {
      const c = await start(transport);
      const uri = 'file:///ws/follow-ups/dana.md';
      await c.open(uri, DRAFT);
      const ds = await c.diagnosticsFor(uri, 1);
      const emoji = ds.find((d) => d.code === 'emoji')!;
      const actions = await c.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: emoji.range, context: { diagnostics: [emoji] } });
      const disable = actions.find((a) => a.title === 'Disable emoji for this line')!;
      const v2 = await c.change(uri, applyTextEdits(DRAFT, editOf(disable, uri)));
      expect(codes(await c.diagnosticsFor(uri, v2))).toEqual(['too-casual', 'too-casual']);
    });

    it('hover explains a finding, and front matter keys and the kind', async () => {
      const c = await start(transport);
      const uri = 'file:///ws/follow-ups/dana.md';
      await c.open(uri, DRAFT);
      await c.diagnosticsFor(uri, 1);
      const onHey = await c.request<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: 8, character: 1 } });
      const text = (onHey.contents as { value: string }).value;
      expect(text).toContain('**too-casual**');
      expect(text).toContain('How to fix:');
      expect(text).toContain('docs/rules/too-casual.md');
      const onKey = await c.request<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: 5, character: 3 } });
      expect((onKey.contents as { value: string }).value).toMatch(/\*\*`interview_date`\*\*: When the interview took place/);
      expect((onKey.contents as { value: string }).value).toContain('This draft is a **Thank-you note**');
      expect(await c.request('textDocument/hover', { textDocument: { uri }, position: { line: 15, character: 2 } })).toBeNull();
    });

    it('completion: templates in an empty file and on a trigger word; keys and kinds in front matter', async () => {
      const c = await start(transport);
      const uri = 'file:///ws/follow-ups/new.md';
      await c.open(uri, '');
      const empty = await c.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri }, position: { line: 0, character: 0 } });
      expect(empty.map((i) => i.label)).toEqual(['thank-you template', 'status-check template', 'feedback-request template', 'rejection-response template', 'additional-info template']);
      expect(empty[0]!.insertTextFormat).toBe(2);
      expect((empty[0]!.textEdit as { newText: string }).newText).toContain('interview_date: ${4:2026-11-21}');

      const uri2 = 'file:///ws/follow-ups/fm.md';
      await c.open(uri2, '---\nfollowup: st\nto: Dana\n\n---\n\nthank');
      await c.diagnosticsFor(uri2, 1);
      const kinds = await c.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri: uri2 }, position: { line: 1, character: 12 } });
      expect(kinds.map((i) => i.label)).toContain('status-check');
      const keys = await c.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri: uri2 }, position: { line: 3, character: 0 } });
      expect(keys.map((i) => i.label)).toContain('interview_date');
      expect(keys.map((i) => i.label)).not.toContain('to');
      const trigger = await c.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri: uri2 }, position: { line: 6, character: 5 } });
      expect(trigger).toHaveLength(5);
      expect((trigger[0]!.textEdit as { newText: string }).newText).not.toContain('followup:');
    });

    it('code lens shows readiness and the send-by time', async () => {
      const c = await start(transport);
      const uri = 'file:///ws/follow-ups/dana.md';
      await c.open(uri, DRAFT);
      await c.diagnosticsFor(uri, 1);
      const lenses = await c.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } });
      expect(lenses.map((l) => l.command?.title)).toEqual(['Thank-you note · Ready 7/7', 'Send by Sat 21 Nov, 14:00']);
      expect(lenses[0]!.range.start.line).toBe(7);
      const readiness = c.notifications.find((n) => n.method === 'followup/readiness');
      expect(readiness?.params).toMatchObject({ uri, version: 1, kind: 'thank-you', score: 7, total: 7 });
    });

    it('a configuration change (rule off) takes effect', async () => {
      const c = await start(transport);
      const uri = 'file:///ws/follow-ups/dana.md';
      await c.open(uri, DRAFT);
      expect(codes(await c.diagnosticsFor(uri, 1))).toContain('emoji');
      c.settings = { ...NOW, rules: { emoji: 'off', 'too-casual': 'error' } };
      const before = c.published.length;
      await c.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
      const next = await c.waitFor((p) => p.uri === uri && c.published.indexOf(p) >= before);
      expect(codes(next.diagnostics)).toEqual(['too-casual', 'too-casual']);
      expect(next.diagnostics.every((d) => d.severity === 1)).toBe(true);
    });

    it('bad settings produce one clear message and the defaults', async () => {
      const c = await start(transport, { settings: { ...NOW, rules: { 'too-casul': 'off' } } });
      const uri = 'file:///ws/follow-ups/dana.md';
      await c.open(uri, DRAFT);
      expect(codes(await c.diagnosticsFor(uri, 1))).toContain('too-casual');
      expect(c.messages).toContain('Follow-up Coach: settings (followup): rules.too-casul: unknown rule "too-casul" (did you mean "too-casual"?)');
    });

    it('a README or an ordinary note stays silent; followup.checkDocument checks it on request', async () => {
      const c = await start(transport);
      const uri = 'file:///ws/README.md';
      await c.open(uri, '# Notes\n\nhey gonna lol 😊\n');
      const drafted = 'file:///ws/follow-ups/x.md';
      await c.open(drafted, DRAFT);
      await c.diagnosticsFor(drafted, 1); // the server has processed the queue
      expect(c.published.filter((p) => p.uri === uri)).toEqual([]);
      await c.request('workspace/executeCommand', { command: 'followup.checkDocument', arguments: [uri] });
      const checked = codes(await c.diagnosticsFor(uri, 1));
      expect(checked).toContain('emoji');
      expect(checked.filter((x) => x === 'too-casual')).toHaveLength(3);
    });

    it('a burst of edits ends with diagnostics for the last version only', async () => {
      const c = await start(transport);
      const uri = 'file:///ws/follow-ups/dana.md';
      await c.open(uri, DRAFT);
      await c.diagnosticsFor(uri, 1);
      let text = DRAFT;
      let version = 1;
      for (let i = 0; i < 40; i++) {
        text = i % 2 ? text.replace('Cheers mate,', 'Best regards,') : text.replace('Best regards,', 'Cheers mate,');
        version = await c.change(uri, text);
      }
      const final = await c.diagnosticsFor(uri, version);
      expect(codes(final)).toEqual(['emoji', 'too-casual', 'too-casual']);
      const versions = c.published.filter((p) => p.uri === uri).map((p) => p.version ?? 0);
      expect([...versions].sort((a, b) => a - b)).toEqual(versions); // never an older version after a newer one
      expect(versions.length).toBeLessThan(40);
    });

    it('incremental changes are applied at the right place', async () => {
      const c = await start(transport);
      const uri = 'file:///ws/follow-ups/dana.md';
      await c.open(uri, DRAFT);
      await c.diagnosticsFor(uri, 1);
      const v = await c.edit(uri, { start: { line: 8, character: 0 }, end: { line: 8, character: 3 } }, 'Dear');
      expect(codes(await c.diagnosticsFor(uri, v))).toEqual(['emoji', 'too-casual']);
    });

    it('pull diagnostics when the client supports them', async () => {
      const c = await start(transport, { pull: true });
      const uri = 'file:///ws/follow-ups/dana.md';
      await c.open(uri, DRAFT);
      const report = await c.request<{ kind: string; items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri } });
      expect(report.kind).toBe('full');
      expect(codes(report.items)).toEqual(['emoji', 'too-casual', 'too-casual']);
      expect(c.published).toEqual([]);
    });

    it('an unknown request gets an error and the server keeps serving', async () => {
      const c = await start(transport);
      await expect(c.request('followup/nonsense', {})).rejects.toThrow();
      await expect(c.request('workspace/executeCommand', { command: 'followup.checkDocument', arguments: [] })).rejects.toThrow(/needs the document URI/);
      const uri = 'file:///ws/follow-ups/dana.md';
      await c.open(uri, DRAFT);
      expect((await c.diagnosticsFor(uri, 1)).length).toBe(3);
    });

    it('followup/templates lists the five templates as snippets', async () => {
      const c = await start(transport);
      const templates = await c.request<Array<{ kind: string; snippet: string }>>('followup/templates', {});
      expect(templates.map((t) => t.kind)).toEqual(['thank-you', 'status-check', 'feedback-request', 'rejection-response', 'additional-info']);
      expect(templates[0]!.snippet).toContain('followup: thank-you');
      expect((templates[0] as unknown as { text: string }).text).toContain('<!-- fill in: a topic you discussed -->');
      const rules = await c.request<Array<{ id: string }>>('followup/rules', {});
      expect(rules.map((r) => r.id)).toContain('too-casual');
    });
  });
}

describe('language server over stdio: the workspace', () => {
  const made: string[] = [];
  afterEach(() => {
    for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
  });
  function workspace(files: Record<string, string>): string {
    const dir = mkdtempSync(join(tmpdir(), 'followup-ws-'));
    made.push(dir);
    for (const [p, text] of Object.entries(files)) {
      mkdirSync(join(dir, p, '..'), { recursive: true });
      writeFileSync(join(dir, p), text);
    }
    return dir;
  }

  it('finds a near-identical draft on disk to another interviewer, with related information', async () => {
    const lee = DRAFT.replace('to: Dana Okafor', 'to: Lee Park').replace('Hey Dana', 'Hey Lee');
    const dir = workspace({ 'follow-ups/lee.md': lee, 'node_modules/x/follow-ups/z.md': lee });
    const c = await start('stdio', { rootUri: pathToFileURL(dir).href });
    const uri = pathToFileURL(join(dir, 'follow-ups', 'dana.md')).href;
    await c.open(uri, DRAFT);
    const ds = await c.diagnosticsFor(uri, 1);
    const dup = ds.find((d) => d.code === 'duplicate-draft')!;
    expect(dup.message).toContain('follow-ups/lee.md');
    expect(dup.relatedInformation?.[0]?.location.uri).toBe(pathToFileURL(join(dir, 'follow-ups', 'lee.md')).href);
  });

  it('indexes the workspace for clients without the workspaceFolders capability too', async () => {
    const lee = DRAFT.replace('to: Dana Okafor', 'to: Lee Park').replace('Hey Dana', 'Hey Lee');
    const dir = workspace({ 'follow-ups/lee.md': lee });
    const c = await start('stdio', { rootUri: pathToFileURL(dir).href, noWorkspaceFolders: true });
    const uri = pathToFileURL(join(dir, 'follow-ups', 'dana.md')).href;
    await c.open(uri, DRAFT);
    expect(codes(await c.diagnosticsFor(uri, 1))).toContain('duplicate-draft');
  });

  it('a "followup:" line in the body of an ordinary note does not make it a draft', async () => {
    const c = await start('stdio');
    const uri = 'file:///ws/notes/todo.md';
    await c.open(uri, '---\ntitle: Todo\n---\n\nfollowup: call Dana lol\n');
    const draft = 'file:///ws/follow-ups/d.md';
    await c.open(draft, DRAFT);
    await c.diagnosticsFor(draft, 1);
    expect(c.published.filter((p) => p.uri === uri)).toEqual([]);
  });

  it('reads the nearest .followuprc, and re-checks when it changes', async () => {
    const dir = workspace({ '.followuprc.json': JSON.stringify({ rules: { emoji: 'off' } }) });
    const c = await start('stdio', { rootUri: pathToFileURL(dir).href });
    const uri = pathToFileURL(join(dir, 'follow-ups', 'dana.md')).href;
    await c.open(uri, DRAFT);
    expect(codes(await c.diagnosticsFor(uri, 1))).toEqual(['too-casual', 'too-casual']);
    writeFileSync(join(dir, '.followuprc.json'), JSON.stringify({ rules: { 'too-casual': 'off' } }));
    const before = c.published.length;
    await c.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(join(dir, '.followuprc.json')).href, type: 2 }] });
    const next = await c.waitFor((p) => p.uri === uri && c.published.indexOf(p) >= before);
    expect(codes(next.diagnostics)).toEqual(['emoji']);
  });

  it('ignores workspace config files in an untrusted workspace', async () => {
    const dir = workspace({ '.followuprc.json': JSON.stringify({ rules: { emoji: 'off' } }) });
    const uri = pathToFileURL(join(dir, 'follow-ups', 'dana.md')).href;
    const trusted = await start('stdio', { rootUri: pathToFileURL(dir).href });
    await trusted.open(uri, DRAFT);
    expect(codes(await trusted.diagnosticsFor(uri, 1))).not.toContain('emoji');
    const untrusted = await start('stdio', { rootUri: pathToFileURL(dir).href, initializationOptions: { workspaceTrusted: false } });
    await untrusted.open(uri, DRAFT);
    expect(codes(await untrusted.diagnosticsFor(uri, 1))).toContain('emoji');
  });

  it('in an untrusted workspace a hostile .followuprc is never read (no planted custom rule, no glob compiled, no warning), while the settings the client sends still apply', async () => {
    // A custom rule that flags the writer's own words, and an include glob that would backtrack for minutes.
    const rc = { customRules: [{ name: 'planted', phrases: ['excited'] }], include: ['*a*a*a*a*a*a*a*a*a*a*a*a*b.md'] };
    const dir = workspace({ '.followuprc.json': JSON.stringify(rc) });
    const uri = pathToFileURL(join(dir, 'follow-ups', 'dana.md')).href;
    const settings = { ...NOW, rules: { emoji: 'off' } };
    const trusted = await start('stdio', { rootUri: pathToFileURL(dir).href, settings });
    await trusted.open(uri, DRAFT);
    expect(codes(await trusted.diagnosticsFor(uri, 1))).toEqual(['custom/planted', 'too-casual', 'too-casual']);
    expect(trusted.messages.join('\n')).toMatch(/\.followuprc\.json: include: glob "\*a\*a[^"]*" is too complex/);

    const untrusted = await start('stdio', { rootUri: pathToFileURL(dir).href, settings, initializationOptions: { workspaceTrusted: false } });
    await untrusted.open(uri, DRAFT);
    // The client's settings (emoji off) apply; nothing from the workspace file does.
    expect(codes(await untrusted.diagnosticsFor(uri, 1))).toEqual(['too-casual', 'too-casual']);
    expect(untrusted.messages.filter((m) => m.includes('.followuprc'))).toEqual([]);
  });
});
