// Runs inside code-server's Node extension host, against the real `vscode`
// API and the real extension (loaded from clients/vscode). Each step waits on
// events (diagnostics changes), with a deadline; the one retry loop is around
// executeCodeActionProvider, which races right after diagnostics appear on
// this 2-core machine (see CLIENTS.md §1e).
const vscode = require('vscode');
const path = require('path');

const EXT_ID = 'followup-coach.followup-coach';

function log(...args) {
  console.log('[followup-e2e]', ...args);
}

/** Resolve when `check()` returns a value, re-checking on every diagnostics change; reject after `ms`. */
function until(check, what, ms = 30000) {
  return new Promise((resolve, reject) => {
    const first = check();
    if (first) return resolve(first);
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`timed out waiting for ${what}`));
    }, ms);
    const sub = vscode.languages.onDidChangeDiagnostics(() => {
      const v = check();
      if (v) {
        clearTimeout(timer);
        sub.dispose();
        resolve(v);
      }
    });
  });
}

const ours = (uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'followup');
const codes = (uri) => ours(uri).map((d) => (typeof d.code === 'object' ? d.code.value : d.code)).sort();

async function actions(uri, range, kind, want) {
  for (let i = 0; i < 20; i++) {
    const list = (await vscode.commands.executeCommand('vscode.executeCodeActionProvider', uri, range, kind)) || [];
    const hit = list.find(want);
    if (hit) return hit;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('no matching code action');
}

function assert(cond, message) {
  if (!cond) throw new Error(message);
}

exports.run = async () => {
  const ws = vscode.workspace.workspaceFolders[0].uri;
  const draft = vscode.Uri.joinPath(ws, 'follow-ups', 'dana.md');
  const readme = vscode.Uri.joinPath(ws, 'README.md');

  // 1. A README stays silent; a draft gets diagnostics.
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(readme));
  const doc = await vscode.workspace.openTextDocument(draft);
  const editor = await vscode.window.showTextDocument(doc);
  await until(() => ours(draft).length > 0, 'draft diagnostics');
  log('draft diagnostics:', codes(draft).join(', '));
  assert(codes(draft).includes('too-casual') && codes(draft).includes('emoji'), `unexpected: ${codes(draft)}`);
  assert(ours(readme).length === 0, 'README got diagnostics');
  const hey = ours(draft).find((d) => d.range.start.line === 8);
  assert(hey && hey.code.target && hey.code.target.toString().includes('docs/rules/too-casual.md'), 'diagnostic has no rule link');

  // 2. The status bar shows kind and readiness (through the extension's API).
  const api = vscode.extensions.getExtension(EXT_ID).exports;
  await until(() => api.statusText().includes('7/7'), 'status bar readiness');
  log('status bar:', api.statusText());

  // 3. A quick fix applies and its finding goes.
  const fix = await actions(draft, hey.range, vscode.CodeActionKind.QuickFix.value, (a) => a.title === 'Replace "Hey" with "Hello"');
  assert(await vscode.workspace.applyEdit(fix.edit), 'quick fix edit not applied');
  assert(doc.lineAt(8).text === 'Hello Dana,', `line 9 is "${doc.lineAt(8).text}"`);
  await until(() => !ours(draft).some((d) => d.range.start.line === 8), 'the fixed finding to go');
  log('after quick fix:', codes(draft).join(', '));

  // 4. Fix-all.
  const all = await actions(draft, new vscode.Range(0, 0, 0, 0), 'source.fixAll.followup', (a) => a.kind && a.kind.value === 'source.fixAll.followup');
  assert(await vscode.workspace.applyEdit(all.edit), 'fix-all edit not applied');
  await until(() => ours(draft).length === 0, 'no diagnostics after fix-all');
  log('after fix-all: clean');

  // 5. A settings change takes effect: turn on a rule-breaking word, then switch that rule off.
  await editor.edit((e) => e.insert(new vscode.Position(10, 0), 'I am gonna practise. '));
  await until(() => codes(draft).includes('too-casual'), 'too-casual again');
  await vscode.workspace.getConfiguration('followup').update('rules', { 'too-casual': 'off' }, vscode.ConfigurationTarget.Workspace);
  await until(() => !codes(draft).includes('too-casual'), 'too-casual switched off');
  await vscode.workspace.getConfiguration('followup').update('rules', undefined, vscode.ConfigurationTarget.Workspace);
  log('settings change: ok');

  // 6. A template completion inserts a draft that, filled in through its tab stops, passes its rules.
  const fresh = vscode.Uri.joinPath(ws, 'follow-ups', 'new.md');
  await vscode.workspace.fs.writeFile(fresh, new Uint8Array());
  const newDoc = await vscode.workspace.openTextDocument(fresh);
  const newEditor = await vscode.window.showTextDocument(newDoc);
  const list = await vscode.commands.executeCommand('vscode.executeCompletionItemProvider', fresh, new vscode.Position(0, 0));
  const item = list.items.find((i) => (typeof i.label === 'string' ? i.label : i.label.label) === 'thank-you template');
  assert(item, 'no thank-you template completion');
  const snippet = item.insertText instanceof vscode.SnippetString ? item.insertText : new vscode.SnippetString(item.textEdit ? item.textEdit.newText : item.insertText.value);
  await newEditor.insertSnippet(snippet, new vscode.Position(0, 0));
  const today = new Date();
  const iso = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
  const values = ['Dana Okafor', 'Northwind Labs', 'Data Analyst', iso, 'how the team rebuilt the churn report', 'My three years of SQL reporting match the dashboard work you described.', 'Sam Lee'];
  for (const v of values) {
    await vscode.commands.executeCommand('type', { text: v });
    await vscode.commands.executeCommand('jumpToNextSnippetPlaceholder');
  }
  await until(() => newDoc.getText().includes('Sam Lee') && ours(fresh).length === 0 && api.readiness(fresh.toString()) && api.readiness(fresh.toString()).version === newDoc.version, 'the filled template to be clean', 30000);
  const r = api.readiness(fresh.toString());
  assert(r.score === r.total, `template readiness ${r.score}/${r.total}`);
  log('template: clean,', `${r.score}/${r.total}`);
  await vscode.commands.executeCommand('workbench.action.files.revert');
};
