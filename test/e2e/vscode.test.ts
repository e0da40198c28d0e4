/**
 * A real VS Code (code-server) with the extension: integration tests in the
 * extension host against the real `vscode` API, and a UI smoke test of the
 * packaged .vsix, both in headless Chromium.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_DIR, codeServerAvailable, startSession, type Session } from './vscode/codeServer.js';

const FIXTURE = resolve('test/e2e/vscode/workspace');
const CLOCK = { 'followup.now': '2026-11-21T09:00' };

describe('VS Code (code-server) with the extension', () => {
  beforeAll(() => {
    expect(codeServerAvailable(), 'code-server could not be installed into .cache/code-server').toBe(true);
  }, 300_000);

  describe('extension host integration tests', () => {
    let s: Session;
    afterAll(async () => s?.stop());

    it('diagnostics for a draft (not a README), quick fix, fix-all, settings, status bar, template completion', async () => {
      s = await startSession(FIXTURE, { settings: CLOCK });
      const exit = new Promise<number>((res) => void s.page.exposeFunction('codeAutomationExit', (code: number) => res(code)));
      const lines: string[] = [];
      await s.page.exposeFunction('codeAutomationLog', (_type: string, args: unknown[]) => {
        const line = (Array.isArray(args) ? args : [args]).map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' ');
        if (line.includes('[followup-e2e]') || /error|fail/i.test(line)) lines.push(line);
      });
      const payload = JSON.stringify([
        ['extensionDevelopmentPath', `vscode-remote://${s.host}${EXTENSION_DIR}`],
        ['extensionTestsPath', `vscode-remote://${s.host}${resolve('test/e2e/vscode/suite/index.js')}`],
      ]);
      await s.page.goto(`${s.url}/?folder=${encodeURIComponent(s.workspace)}&payload=${encodeURIComponent(payload)}`);
      const code = await exit;
      expect(lines.join('\n')).toContain('[followup-e2e] template: clean');
      expect(code, lines.join('\n')).toBe(0);
    }, 240_000);
  });

  describe('UI smoke test of the packaged .vsix', () => {
    let s: Session;
    afterAll(async () => s?.stop());

    it('install, see the squiggle and the Problems entry, Ctrl+. to fix, save, and the file on disk is fixed', async () => {
      const out = join(mkdtempSync(join(tmpdir(), 'followup-vsix-')), 'followup-coach.vsix');
      const pack = spawnSync(process.execPath, [resolve('node_modules/@vscode/vsce/vsce'), 'package', '--no-dependencies', '--out', out], { cwd: EXTENSION_DIR, encoding: 'utf8' });
      expect(pack.status, pack.stderr).toBe(0);
      s = await startSession(FIXTURE, { vsix: out, settings: CLOCK });
      const page = s.page;
      await page.goto(`${s.url}/?folder=${encodeURIComponent(s.workspace)}`);
      await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
      await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'follow-ups' }).first().click();
      await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'dana.md' }).first().click();
      await page.waitForSelector('.monaco-editor .squiggly-warning', { timeout: 90_000 });
      await page.keyboard.press('Control+Shift+M');
      await page.locator('.markers-panel', { hasText: 'too casual' }).first().waitFor({ timeout: 30_000 });
      const problems = await page.locator('.markers-panel .monaco-list-row').allInnerTexts();
      expect(problems.join('\n')).toMatch(/"Hey" is too casual a greeting/);
      // Put the cursor on the greeting's problem (Alt+F8, the problem's peek widget confirms where the
      // cursor is), then ask for code actions (Ctrl+.). Each step waits for what the user would see
      // before the next key: on a loaded machine a key pressed while the workbench is busy can land
      // before the editor is ready, so a step that shows nothing is tried again, a few times.
      const fix = page.locator('.action-widget', { hasText: 'Replace "Hey" with "Hello"' }).first();
      const seen: string[] = [];
      for (let attempt = 1; attempt <= 5 && !(await fix.isVisible()); attempt++) {
        await page.keyboard.press('Escape');
        await page.locator('.monaco-editor textarea').first().focus();
        await page.keyboard.press('Control+Home');
        await page.keyboard.press('Alt+F8');
        const peek = page.locator('.marker-widget', { hasText: 'too casual' }).first();
        if (!(await peek.waitFor({ timeout: 10_000 }).then(() => true, () => false))) {
          seen.push(`attempt ${attempt}: no problem peek after Alt+F8`);
          continue;
        }
        await page.keyboard.press('Escape');
        await peek.waitFor({ state: 'hidden', timeout: 10_000 }).catch(() => undefined);
        await page.keyboard.press('Control+Period');
        if (!(await fix.waitFor({ timeout: 10_000 }).then(() => true, () => false))) {
          seen.push(`attempt ${attempt}: Ctrl+. showed ${JSON.stringify(await page.locator('.action-widget, .monaco-editor-overlaymessage').allInnerTexts())}`);
        }
      }
      mkdirSync('test-output', { recursive: true });
      if (!(await fix.isVisible())) await page.screenshot({ path: 'test-output/vscode-quick-fix-missing.png' });
      expect(await fix.isVisible(), seen.join('\n')).toBe(true);
      await page.screenshot({ path: 'test-output/vscode-quick-fix.png' });
      // The preferred fix is highlighted first; Enter applies it, as a user would.
      await page.keyboard.press('Enter');
      await page.keyboard.press('Control+S');
      const file = join(s.workspace, 'follow-ups', 'dana.md');
      const deadline = Date.now() + 30_000;
      while (!readFileSync(file, 'utf8').includes('Hello Dana,') && Date.now() < deadline) await page.waitForTimeout(100);
      await page.screenshot({ path: 'test-output/vscode-after-fix.png' });
      expect(readFileSync(file, 'utf8')).toContain('Hello Dana,\n');
    }, 240_000);
  });
});
