/** Where the user's own dictionary lives on this machine: shared by the server and `followup-lint`. */
import { homedir } from 'node:os';
import { join } from 'node:path';

/** One word per line: `$XDG_CONFIG_HOME/followup-coach/dictionary.txt` (`%APPDATA%` on Windows, else `~/.config`). */
export function userDictionaryPath(): string {
  const base = process.env['XDG_CONFIG_HOME'] || (process.platform === 'win32' ? process.env['APPDATA'] : undefined) || join(homedir(), '.config');
  return join(base, 'followup-coach', 'dictionary.txt');
}
