// Installs code-server 4.100.3 (VS Code 1.100.3, the newest that runs on
// Node 20) into .cache/code-server, for the VS Code end-to-end tests. It
// needs four workarounds on a machine that reaches only npm and Debian
// (see the team's CLIENTS.md): Debian's ripgrep seeded into @vscode/ripgrep's
// download cache, npm_config_unsafe_perm for its root check, npm_config_yes for
// node-pty's npx call, and the native build prerequisites from apt.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const CODE_SERVER_VERSION = '4.100.3';
export const CODE_SERVER_DIR = resolve('.cache', 'code-server');
export const CODE_SERVER_BIN = join(CODE_SERVER_DIR, 'node_modules', '.bin', 'code-server');

export function ensureCodeServer() {
  if (existsSync(CODE_SERVER_BIN)) return true;
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  if (process.getuid?.() === 0 && spawnSync('sh', ['-c', 'command -v apt-get']).status === 0) {
    spawnSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'build-essential', 'pkg-config', 'libkrb5-dev', 'libx11-dev', 'libxkbfile-dev', 'libsecret-1-dev', 'ripgrep'], { stdio: 'inherit', env });
  }
  mkdirSync(CODE_SERVER_DIR, { recursive: true });
  const tmp = join(CODE_SERVER_DIR, 'tmp');
  const rgCache = join(tmp, 'vscode-ripgrep-cache-1.15.11');
  mkdirSync(rgCache, { recursive: true });
  spawnSync('tar', ['czf', join(rgCache, 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz'), '-C', '/usr/bin', 'rg'], { stdio: 'inherit' });
  if (!existsSync(join(CODE_SERVER_DIR, 'package.json'))) spawnSync('npm', ['init', '-y'], { cwd: CODE_SERVER_DIR, stdio: 'ignore' });
  console.log(`installing code-server ${CODE_SERVER_VERSION} into ${CODE_SERVER_DIR}…`);
  const r = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--save-exact', `code-server@${CODE_SERVER_VERSION}`], {
    cwd: CODE_SERVER_DIR,
    stdio: 'inherit',
    env: { ...process.env, TMPDIR: tmp, npm_config_unsafe_perm: 'true', npm_config_yes: 'true' },
  });
  return r.status === 0 && existsSync(CODE_SERVER_BIN);
}

if (process.argv[1]?.endsWith('ensure-code-server.mjs')) process.exit(ensureCodeServer() ? 0 : 1);
