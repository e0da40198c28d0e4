/** End to end with a second real editor: Emacs 28 + eglot, in batch mode. */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const DRAFT = `---
followup: thank-you
to: Dana Okafor
---

Hey Dana,

Thank you for meeting with me about the Data Analyst role. I am excited about the position. Could you share the next steps?
`;

describe('Emacs (eglot)', () => {
  it('shows the diagnostics through flymake and applies the quick fix', () => {
    expect(spawnSync('emacs', ['--version']).status, 'emacs is not installed; `npm test` installs emacs-nox and elpa-eglot with apt-get').toBe(0);
    const dir = mkdtempSync(join(tmpdir(), 'followup-emacs-'));
    writeFileSync(join(dir, 'dana.md'), DRAFT);
    copyFileSync(resolve('test/e2e/emacs/eglot-test.el'), join(dir, 'eglot-test.el'));
    const r = spawnSync('emacs', ['--batch', '-l', 'eglot-test.el'], { cwd: dir, encoding: 'utf8', timeout: 60_000, env: { ...process.env, FOLLOWUP_SERVER: resolve('dist/server/node.js') } });
    const out = `${r.stdout}${r.stderr}`;
    expect(out, out).toContain('RESULT pass');
    expect(out).not.toContain('unsupported capability');
    expect(r.status).toBe(0);
  });
});
