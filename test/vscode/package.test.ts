/** The packaged extension (.vsix) holds the bundles and assets, and nothing else. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../shared/index.js';

describe('VS Code extension package', () => {
  it('vsce packages both entries, both server bundles and the thorough tier (Harper worker for Node and for the web, slim wasm only), without sources or node_modules', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'followup-vsix-')), 'followup-coach.vsix');
    const pack = spawnSync(process.execPath, [resolve('node_modules/@vscode/vsce/vsce'), 'package', '--no-dependencies', '--out', out], { cwd: 'clients/vscode', encoding: 'utf8' });
    expect(pack.status, pack.stderr).toBe(0);
    const list = spawnSync('unzip', ['-Z1', out], { encoding: 'utf8' });
    expect(list.status).toBe(0);
    const files = list.stdout.trim().split('\n').filter((f) => f.startsWith('extension/')).map((f) => f.slice('extension/'.length)).sort();
    expect(files).toEqual([
      'changelog.md',
      'dist/extension.node.js',
      'dist/extension.web.js',
      'dist/proofreading/harper.browser.js',
      'dist/proofreading/harper.js',
      'dist/proofreading/harper_wasm_slim_bg.wasm',
      'dist/server/browser.js',
      'dist/server/node.js',
      'dist/THIRD_PARTY_NOTICES.md',
      'images/icon.png',
      'images/screenshot-quick-fix.png',
      'LICENSE.txt',
      'package.json',
      'readme.md',
      'schemas/followuprc.schema.json',
    ].sort());
    const manifest = JSON.parse(spawnSync('unzip', ['-p', out, 'extension/package.json'], { encoding: 'utf8' }).stdout);
    expect(manifest.main).toBe('./dist/extension.node.js');
    expect(manifest.browser).toBe('./dist/extension.web.js');
    expect(manifest.categories).toEqual(['Linters', 'Snippets']);
    expect(manifest.capabilities.untrustedWorkspaces.supported).toBe('limited');
  });

  it('withholds the workspace values of the settings that could run hostile config in an untrusted workspace', () => {
    // The server cannot tell user from workspace settings (workspace/configuration merges them); VS Code withholds
    // the workspace values of restricted settings until the folder is trusted. Custom phrase rules and include globs
    // are what a planted .vscode/settings.json could abuse.
    const manifest = JSON.parse(readFileSync('clients/vscode/package.json', 'utf8'));
    expect(manifest.capabilities.untrustedWorkspaces.supported).toBe('limited');
    expect([...manifest.capabilities.untrustedWorkspaces.restrictedConfigurations].sort()).toEqual(['followup.customRules', 'followup.include']);
  });

  it('declares every setting the server reads, and the .followuprc schema matches them', () => {
    const manifest = JSON.parse(readFileSync('clients/vscode/package.json', 'utf8'));
    const props = Object.keys(manifest.contributes.configuration.properties).map((k) => k.replace('followup.', '')).sort();
    expect(props).toEqual(Object.keys(defaultConfig()).sort());
    for (const p of Object.values(manifest.contributes.configuration.properties) as Array<{ description?: string; markdownDescription?: string }>) {
      expect(p.description ?? p.markdownDescription).toBeTruthy();
    }
    const schema = JSON.parse(readFileSync('clients/vscode/schemas/followuprc.schema.json', 'utf8'));
    expect(Object.keys(schema.properties).sort()).toEqual(props);
  });
});
