/**
 * The Obsidian plugin's editor side in headless Chromium: a real CodeMirror 6
 * editor, the plugin's lint extension, the real server in a real Web Worker.
 * The Obsidian app itself cannot be downloaded here and is not exercised.
 */
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as esbuild from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleDraft } from '../helpers/drafts.js';
import { CHROMIUM } from '../helpers/chromium.js';

const DRAFT = sampleDraft();

let server: Server;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  const bundle = await esbuild.build({ entryPoints: [resolve('test/e2e/obsidian/page.ts')], bundle: true, format: 'iife', platform: 'browser', write: false, target: 'es2020' });
  const pageJs = bundle.outputFiles[0]!.text;
  const serverJs = readFileSync(resolve('dist/server/browser.js'), 'utf8');
  const html = `<!doctype html><meta charset="utf-8"><div id="editor" style="width:900px"></div><script>window.INITIAL=${JSON.stringify(DRAFT)}</script><script src="/page.js"></script>`;
  server = createServer((req, res) => {
    const [type, body] = req.url === '/page.js' ? ['text/javascript', pageJs] : req.url === '/server.js' ? ['text/javascript', serverJs] : ['text/html', html];
    res.writeHead(200, { 'content-type': type });
    res.end(body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  browser = await chromium.launch(CHROMIUM);
  page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`http://127.0.0.1:${(server.address() as { port: number }).port}/`);
  await page.waitForSelector('body[data-ready="yes"]', { timeout: 30_000 });
  expect(errors).toEqual([]);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  server?.close();
});

const text = (): Promise<string> => page.evaluate(() => window.view.state.doc.toString());

describe('Obsidian editor extension (CodeMirror 6 + server in a Web Worker)', () => {
  it('underlines findings, explains them on hover, and a quick-fix button fixes the text', async () => {
    const hey = page.locator('.cm-lintRange-warning', { hasText: 'Hey' });
    await hey.first().waitFor({ timeout: 30_000 });
    await hey.first().hover();
    const tooltip = page.locator('.cm-tooltip-lint');
    await tooltip.waitFor({ timeout: 10_000 });
    expect(await tooltip.innerText()).toContain('"Hey" is too casual a greeting');
    // The rule's explanation comes from the server's rule list.
    expect(await tooltip.locator('.followup-rule-about').innerText()).toMatch(/too casual for a hiring conversation/);
    await page.locator('.cm-tooltip-lint .cm-diagnosticAction', { hasText: 'Replace "Hey" with "Hello"' }).click();
    expect(await text()).toContain('Hello Dana,');
    await page.locator('.cm-lintRange', { hasText: 'Hey' }).waitFor({ state: 'detached', timeout: 10_000 });
  });

  it('re-checks after typing', async () => {
    await page.evaluate(() => {
      const end = window.view.state.doc.line(13).to;
      window.view.dispatch({ changes: { from: end, insert: ' I am gonna practise.' } });
    });
    await page.locator('.cm-lintRange-warning', { hasText: 'gonna' }).waitFor({ timeout: 30_000 });
  });

  it('an inserted template has no error-level findings', async () => {
    await page.evaluate(() => window.insertTemplate('thank-you'));
    expect(await text()).toContain('followup: thank-you');
    // Wait until the server has answered for the new text (the template's missing names are warned about).
    await page.locator('.cm-lintRange-warning').first().waitFor({ timeout: 30_000 });
    expect(await page.locator('.cm-lintRange-error').count()).toBe(0);
    expect(await page.locator('.cm-lintRange', { hasText: 'gonna' }).count()).toBe(0);
  });
});
