// Tools the end-to-end tests drive: real editors and a real browser. On a
// fresh Debian machine (as CI is) they are installed from Debian's archive
// when missing; elsewhere the tests that need them say what is missing.
import { spawnSync } from 'node:child_process';
import { ensureCodeServer } from './ensure-code-server.mjs';

const WANTED = [
  { bin: 'nvim', pkg: ['neovim'] },
  { bin: 'emacs', pkg: ['emacs-nox', 'elpa-eglot'] },
  { bin: 'chromium', pkg: ['chromium'] },
];

export function ensureTools() {
  installMissing();
  // VS Code itself (code-server) goes into .cache/code-server, not onto the system.
  if (!ensureCodeServer()) console.warn('code-server could not be installed; the VS Code end-to-end tests will fail');
}

function installMissing() {
  const missing = WANTED.filter((t) => !has(t.bin));
  if (missing.length === 0) return;
  const canApt = has('apt-get') && process.getuid?.() === 0;
  if (!canApt) {
    console.warn(`end-to-end tools missing (${missing.map((t) => t.bin).join(', ')}); install: apt-get install ${missing.flatMap((t) => t.pkg).join(' ')}`);
    return;
  }
  console.log(`installing ${missing.flatMap((t) => t.pkg).join(' ')} from Debian's archive…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  spawnSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing.flatMap((t) => t.pkg)], { stdio: 'inherit', env });
}

function has(bin) {
  return spawnSync('sh', ['-c', `command -v ${bin}`], { stdio: 'ignore' }).status === 0;
}
