/**
 * Finding drafts on disk and reading them safely: directories are walked for
 * markdown drafts (RULES.md §1), explicitly named files are always checked,
 * and unreadable, binary or oversized files become one-line notices.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch/posix';

export const MAX_FILE_BYTES = 10 * 1024 * 1024;
const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', 'dist', 'out', 'build']);
const FOLLOWUP_KEY = /^\uFEFF?---[ \t]*\r?\n(?:[^\n]*\r?\n)*?followup[ \t]*:/;

export interface Candidate {
  path: string;
  /** Named on the command line (always checked) or found by walking a directory. */
  explicit: boolean;
  /** The directory it was found under, for matching include globs. */
  root: string;
}

export interface Notice {
  path: string;
  message: string;
}

/** Files named, and markdown files under directories named. */
export function collect(paths: readonly string[], notices: Notice[]): Candidate[] {
  const out: Candidate[] = [];
  const seen = new Set<string>();
  for (const p of paths) {
    const abs = resolve(p);
    let st;
    try {
      st = statSync(abs);
    } catch {
      notices.push({ path: p, message: 'no such file or directory' });
      continue;
    }
    if (st.isDirectory()) walk(abs, abs, out, seen);
    else if (!seen.has(abs)) {
      seen.add(abs);
      out.push({ path: abs, explicit: true, root: process.cwd() });
    }
  }
  return out;
}

function walk(dir: string, root: string, out: Candidate[], seen: Set<string>): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) {
    const full = join(dir, e.name);
    if (e.isDirectory()) {
      if (!SKIP_DIRS.has(e.name) && !e.name.startsWith('.')) walk(full, root, out, seen);
    } else if (e.isFile() && /\.(md|markdown)$/i.test(e.name) && !seen.has(full)) {
      seen.add(full);
      out.push({ path: full, explicit: false, root });
    }
  }
}

export type ReadResult = { ok: true; text: string } | { ok: false; message: string };

export function readDraft(path: string): ReadResult {
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    return { ok: false, message: 'cannot be read' };
  }
  if (size > MAX_FILE_BYTES) return { ok: false, message: `skipped: ${(size / 1024 / 1024).toFixed(1)} MB is over the 10 MB limit for a draft` };
  let buf: Buffer;
  try {
    buf = readFileSync(path);
  } catch (error) {
    return { ok: false, message: `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})` };
  }
  if (buf.subarray(0, 8000).includes(0)) return { ok: false, message: 'skipped: binary file, not a text draft' };
  return { ok: true, text: buf.toString('utf8') };
}

/** Whether a walked file is a draft: `followup:` front matter, or an include glob match. */
export function isDraft(text: string, candidate: Candidate, include: readonly string[]): boolean {
  if (candidate.explicit) return true;
  if (FOLLOWUP_KEY.test(text.slice(0, 4096))) return true;
  const rel = relative(candidate.root, candidate.path).split(sep).join('/');
  return matcher(include)(rel);
}

const matchers = new Map<string, (path: string) => boolean>();
function matcher(globs: readonly string[]): (path: string) => boolean {
  const key = globs.join('\0');
  let m = matchers.get(key);
  if (!m) {
    // `**/follow-ups/**` should also match a follow-ups folder at the root of what was named.
    const isMatch = picomatch([...globs], { dot: false });
    m = (p: string): boolean => isMatch(p) || isMatch(`x/${p}`);
    matchers.set(key, m);
  }
  return m;
}
