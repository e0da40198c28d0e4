/**
 * End to end with a real editor nobody here wrote: Neovim's built-in LSP
 * client (headless) drives followup-language-server over stdio.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sampleDraft } from '../helpers/drafts.js';

const DRAFT = sampleDraft('I am gonna say it: I am excited about the position. Could you share the next steps?');

describe('Neovim (built-in LSP client)', () => {
  it('receives diagnostics and applies the preferred quick fix', () => {
    const nvim = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
    expect(nvim.status, 'nvim is not installed; `npm test` installs it with apt-get (package neovim)').toBe(0);
    const dir = mkdtempSync(join(tmpdir(), 'followup-nvim-'));
    const draft = join(dir, 'dana.md');
    writeFileSync(draft, DRAFT);
    copyFileSync(resolve('test/e2e/neovim/lsp-test.lua'), join(dir, 'lsp-test.lua'));
    const r = spawnSync('nvim', ['--headless', '-u', 'NONE', '-i', 'NONE', '-n', '-c', 'luafile lsp-test.lua', 'dana.md'], {
      cwd: dir,
      encoding: 'utf8',
      timeout: 60_000,
      env: { ...process.env, FOLLOWUP_SERVER: resolve('dist/server/node.js') },
    });
    const out = `${r.stdout}${r.stderr}`;
    expect(out, out).toMatch(/RESULT pass \d+ diagnostics left; actions: Replace "Hey" with "Hello" \| Disable too-casual for this line \| Disable too-casual in this file/);
    expect(r.status).toBe(0);
    // The buffer was fixed in the editor, not on disk.
    expect(readFileSync(draft, 'utf8')).toBe(DRAFT);
  });
});
