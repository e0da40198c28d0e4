/**
 * Proofreading in the language server over stdio: spelling findings with
 * suggestions on demand (hover, quick fix), the dictionary actions (user
 * dictionary file, workspace dictionary file, ignore in this file), and the
 * thorough tier's second pass (Harper in a worker thread).
 */
import { existsSync, mkdtempSync, mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import type { CodeAction, Diagnostic, Hover } from 'vscode-languageserver-protocol';
import { TestClient, applyTextEdits } from './client.js';
import { sampleDraft } from '../helpers/drafts.js';

const NOW = { now: '2026-11-21T09:00' };
const TYPO = sampleDraft('I am excited about the posision. Could you share the next steps?').replace('Hey Dana,', 'Dear Dana,');
const NAME = sampleDraft('I also enjoyed meeting Thandeka. I am excited about the position. Could you share the next steps?')
  .replace('Hey Dana,', 'Dear Dana,')
  .replace('I also enjoyed meeting Thandeka.', 'Thandeka showed me the dashboards.');

let clients: TestClient[] = [];
afterEach(async () => {
  await Promise.all(clients.map((c) => c.close()));
  clients = [];
});
async function start(options: Parameters<typeof TestClient.start>[1] = {}): Promise<TestClient> {
  const c = await TestClient.start('stdio', { ...options, settings: { ...NOW, ...options.settings } });
  clients.push(c);
  return c;
}
/** The words of a dictionary file: its lines, less the comment header. */
const words = (file: string): string[] => readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() && !l.startsWith('#'));
const tmp = (): string => mkdtempSync(join(tmpdir(), 'followup-proof-'));
const spelling = (ds: Diagnostic[]): Diagnostic[] => ds.filter((d) => d.code === 'spelling');
const actionsFor = (c: TestClient, uri: string, d: Diagnostic): Promise<CodeAction[]> =>
  c.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d], only: ['quickfix'] } });

describe('proofreading in the language server', () => {
  it('flags a typo, suggests the word in hover and as a quick fix, and the fix clears it', async () => {
    const c = await start();
    const uri = 'file:///ws/follow-ups/typo.md';
    await c.open(uri, TYPO);
    const [d, ...rest] = spelling(await c.diagnosticsFor(uri, 1));
    expect(rest).toEqual([]);
    expect(d!.message).toContain('"posision"');
    expect(d!.severity).toBe(1);
    const hover = await c.request<Hover>('textDocument/hover', { textDocument: { uri }, position: d!.range.start });
    expect(JSON.stringify(hover.contents)).toContain('position');
    const actions = await actionsFor(c, uri, d!);
    const change = actions.find((a) => a.title === 'Change to "position"');
    expect(change, actions.map((a) => a.title).join(' | ')).toBeDefined();
    const v2 = await c.change(uri, applyTextEdits(TYPO, change!.edit!.changes![uri]!));
    expect(spelling(await c.diagnosticsFor(uri, v2))).toEqual([]);
  });

  it('"Ignore in this file" adds the word to a followup-words comment, and the finding goes', async () => {
    const c = await start();
    const uri = 'file:///ws/follow-ups/name.md';
    await c.open(uri, NAME);
    const [d] = spelling(await c.diagnosticsFor(uri, 1));
    expect(d?.message).toContain('"Thandeka"');
    const ignore = (await actionsFor(c, uri, d!)).find((a) => a.title === 'Ignore "Thandeka" in this file')!;
    expect(ignore).toBeDefined();
    const fixed = applyTextEdits(NAME, ignore.edit!.changes![uri]!);
    expect(fixed.startsWith(NAME.trimEnd())).toBe(true);
    expect(fixed).toContain('<!-- followup-words: Thandeka -->');
    const v2 = await c.change(uri, fixed);
    expect(spelling(await c.diagnosticsFor(uri, v2))).toEqual([]);
  });

  it('"Add to workspace dictionary" writes .followup-dictionary.txt in the folder and re-checks', async () => {
    const dir = tmp();
    mkdirSync(join(dir, 'follow-ups'));
    const home = tmp();
    const c = await start({ rootUri: pathToFileURL(dir).href, env: { XDG_CONFIG_HOME: home } });
    const uri = pathToFileURL(join(dir, 'follow-ups', 'name.md')).href;
    await c.open(uri, NAME);
    const [d] = spelling(await c.diagnosticsFor(uri, 1));
    const actions = await actionsFor(c, uri, d!);
    const add = actions.find((a) => a.title === 'Add "Thandeka" to the workspace dictionary')!;
    expect(add?.command, actions.map((a) => a.title).join(' | ')).toBeDefined();
    const before = c.published.length;
    await c.request('workspace/executeCommand', add.command);
    expect(words(join(dir, '.followup-dictionary.txt'))).toEqual(['Thandeka']);
    const next = await c.waitFor((p) => p.uri === uri && c.published.indexOf(p) >= before);
    expect(spelling(next.diagnostics)).toEqual([]);
    expect(existsSync(join(home, 'followup-coach', 'dictionary.txt'))).toBe(false);
  });

  it('"Add to your dictionary" writes the user dictionary under XDG_CONFIG_HOME, read by the next server', async () => {
    const home = tmp();
    const c = await start({ env: { XDG_CONFIG_HOME: home } });
    const uri = 'file:///ws/follow-ups/name.md';
    await c.open(uri, NAME);
    const [d] = spelling(await c.diagnosticsFor(uri, 1));
    const add = (await actionsFor(c, uri, d!)).find((a) => a.title === 'Add "Thandeka" to your dictionary')!;
    await c.request('workspace/executeCommand', add.command);
    expect(words(join(home, 'followup-coach', 'dictionary.txt'))).toEqual(['Thandeka']);
    const again = await start({ env: { XDG_CONFIG_HOME: home } });
    await again.open(uri, NAME);
    expect(spelling(await again.diagnosticsFor(uri, 1))).toEqual([]);
  });

  it('a client that keeps the user dictionary itself is asked to add the word', async () => {
    const c = await start({ initializationOptions: { dictionaryScopes: ['user'] } });
    const added: unknown[] = [];
    c.connection.onRequest('followup/addToDictionary', (p: unknown) => {
      added.push(p);
      return null;
    });
    const uri = 'file:///ws/follow-ups/name.md';
    await c.open(uri, NAME);
    const [d] = spelling(await c.diagnosticsFor(uri, 1));
    const add = (await actionsFor(c, uri, d!)).find((a) => a.title === 'Add "Thandeka" to your dictionary')!;
    await c.request('workspace/executeCommand', add.command);
    expect(added).toEqual([expect.objectContaining({ word: 'Thandeka', scope: 'user' })]);
  });

  it('thorough: Harper\'s findings arrive in a second publish for the same version, fast ones first', async () => {
    const text = TYPO.replace('I am excited about the posision.', 'I am very exited about the posision, and it will effect my plans.');
    const c = await start({ settings: { proofreading: 'thorough' } });
    const uri = 'file:///ws/follow-ups/thorough.md';
    await c.open(uri, text);
    const lines = text.split('\n');
    const at = (d: Diagnostic): string => lines[d.range.start.line]!.slice(d.range.start.character, d.range.end.character);
    const first = await c.diagnosticsFor(uri, 1);
    expect(spelling(first).map((d) => d.message)).toEqual([expect.stringContaining('"posision"')]);
    // "so/very exited" is the fast tier's own catch.
    expect(first.filter((d) => d.code === 'grammar').map(at)).toEqual(['exited']);
    const second = await c.waitFor((p) => p.uri === uri && p.version === 1 && p.diagnostics.some((d) => d.code === 'grammar' && String(d.message).includes('Harper')));
    const harper = second.diagnostics.filter((d) => d.code === 'grammar' && String(d.message).includes('Harper'));
    expect(harper.map(at)).toContain('effect');
    // Merged without duplicates: Harper's "exited" gives way to the fast one, and the typo is one spelling finding still.
    expect(second.diagnostics.filter((d) => at(d) === 'exited')).toHaveLength(1);
    expect(spelling(second.diagnostics)).toHaveLength(1);
    // Harper's suggestions are quick fixes.
    const effect = harper.find((d) => at(d) === 'effect')!;
    expect((await actionsFor(c, uri, effect)).map((a) => a.title)).toContain('Change to "affect"');
  }, 60_000);
});
