/**
 * Starts a real VS Code (code-server 4.100.3 = VS Code 1.100.3) with fresh
 * user data, and a headless Debian Chromium on it through playwright-core.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM } from '../../helpers/chromium.js';
// @ts-expect-error: a plain .mjs script without types
import { CODE_SERVER_BIN, ensureCodeServer } from '../../../scripts/ensure-code-server.mjs';

export interface Session {
  url: string;
  host: string;
  workspace: string;
  userData: string;
  extensions: string;
  page: Page;
  logs: string[];
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => res(port));
    });
    srv.on('error', rej);
  });
}

async function waitForHealth(url: string, child: ChildProcess, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`code-server exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/healthz`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('code-server did not start');
}

export function codeServerAvailable(): boolean {
  return (ensureCodeServer as () => boolean)();
}

/** Start code-server on a copy of `fixture`, optionally with a .vsix installed, and open Chromium. */
export async function startSession(fixture: string, options: { vsix?: string; settings?: Record<string, unknown> } = {}): Promise<Session> {
  const root = mkdtempSync(join(tmpdir(), 'followup-vscode-'));
  const workspace = join(root, 'ws');
  cpSync(fixture, workspace, { recursive: true });
  mkdirSync(join(workspace, '.vscode'), { recursive: true });
  writeFileSync(join(workspace, '.vscode', 'settings.json'), JSON.stringify(options.settings ?? {}, null, 2));
  const userData = join(root, 'ud');
  const extensions = join(root, 'ext');
  mkdirSync(join(userData, 'User'), { recursive: true });
  mkdirSync(extensions, { recursive: true });
  writeFileSync(
    join(userData, 'User', 'settings.json'),
    JSON.stringify({
      'files.hotExit': 'off',
      'workbench.startupEditor': 'none',
      'extensions.autoCheckUpdates': false,
      'extensions.autoUpdate': false,
      'extensions.ignoreRecommendations': true,
      'telemetry.telemetryLevel': 'off',
      'update.mode': 'none',
      'workbench.enableExperiments': false,
      'security.workspace.trust.enabled': false,
      'chat.disableAIFeatures': true,
    }),
  );
  const env = { ...process.env, XDG_CONFIG_HOME: join(root, 'xdg-config'), XDG_DATA_HOME: join(root, 'xdg-data'), XDG_CACHE_HOME: join(root, 'xdg-cache') };
  const bin = CODE_SERVER_BIN as string;
  if (options.vsix) {
    const install = spawn(bin, ['--user-data-dir', userData, '--extensions-dir', extensions, '--install-extension', options.vsix], { env, stdio: 'ignore' });
    await new Promise((r) => install.on('exit', r));
  }
  const port = await freePort();
  const host = `127.0.0.1:${port}`;
  const logs: string[] = [];
  const child = spawn(
    bin,
    ['--auth', 'none', '--bind-addr', host, '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override', '--user-data-dir', userData, '--extensions-dir', extensions],
    { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true },
  );
  child.stdout?.on('data', (d) => logs.push(String(d)));
  child.stderr?.on('data', (d) => logs.push(String(d)));
  const url = `http://${host}`;
  await waitForHealth(url, child, 60_000);
  const browser: Browser = await chromium.launch(CHROMIUM);
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  return {
    url,
    host,
    workspace,
    userData,
    extensions,
    page,
    logs,
    async stop() {
      await browser.close().catch(() => undefined);
      try {
        if (child.pid) process.kill(-child.pid, 'SIGTERM');
      } catch {
        // already gone
      }
    },
  };
}

export const EXTENSION_DIR = resolve('clients/vscode');
