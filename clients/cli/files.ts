/**
 * Finding drafts on disk and reading them safely (RULES.md §1). Folders are
 * walked for markdown files that are drafts: a `followup:` front matter key,
 * or a path matching the include globs. Files named on the command line are
 * always checked. Missing, unreadable, binary, oversized or non-UTF-8 files
 * become one-line notices, never exceptions.
 */
import { closeSync, openSync, readdirSync, readFileSync, readSync, statSync } from 'node:fs';
import { basename, isAbsolute, normalize, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch/posix';

export const MAX_FILE_BYTES = 10 * 1024 * 1024;
const MARKDOWN = /\.(md|markdown)$/i;

export interface Root {
  /** As typed on the command line. */
  given: string;
  abs: string;
  /** The typed folder path as a glob prefix ("follow-ups" for `follow-ups/`), or "" for `.`. */
  prefix: string;
}

export interface Candidate {
  path: string;
  /** Named on the command line (always checked), or found by walking `root`. */
  explicit: boolean;
  root?: Root;
}

export interface Notice {
  path: string;
  message: string;
  /** Fatal notices (a named path that is missing or unreadable) make the exit code 2. */
  fatal: boolean;
}

/** Files named, and markdown files under folders named, each once, in a stable order. */
export function collect(paths: readonly string[], notices: Notice[]): { candidates: Candidate[]; roots: Root[] } {
  const candidates: Candidate[] = [];
  const roots: Root[] = [];
  const seen = new Set<string>();
  for (const given of paths) {
    const abs = resolve(given);
    let st;
    try {
      st = statSync(abs);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      notices.push({ path: given, message: code === 'ENOENT' || code === 'ENOTDIR' ? 'no such file or folder' : `cannot be read (${code ?? 'error'})`, fatal: true });
      continue;
    }
    if (st.isDirectory()) {
      const root: Root = { given, abs, prefix: globPrefix(given, abs) };
      roots.push(root);
      walk(abs, root, candidates, seen, notices);
    } else if (!st.isFile()) {
      notices.push({ path: given, message: 'not a regular file', fatal: true });
    } else if (!seen.has(abs)) {
      seen.add(abs);
      candidates.push({ path: abs, explicit: true });
    }
  }
  return { candidates, roots };
}

function walk(dir: string, root: Root, out: Candidate[], seen: Set<string>, notices: Notice[]): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    notices.push({ path: shownPath(dir), message: `folder cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`, fatal: dir === root.abs });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const full = `${dir}${dir.endsWith(sep) ? '' : sep}${e.name}`;
    if (e.isDirectory()) {
      // Dot-folders (.git, .vscode, …) and dependencies are never drafts.
      if (e.name !== 'node_modules' && !e.name.startsWith('.')) walk(full, root, out, seen, notices);
    } else if (e.isFile() && MARKDOWN.test(e.name) && !seen.has(full)) {
      seen.add(full);
      out.push({ path: full, explicit: false, root });
    }
  }
}

/** `follow-ups/` -> `follow-ups`, `./a/../b` -> `b`, `../x/follow-ups` -> `x/follow-ups`, `/abs/follow-ups` -> `follow-ups`. */
function globPrefix(given: string, abs: string): string {
  if (isAbsolute(given)) return basename(abs);
  return normalize(given)
    .split(sep)
    .join('/')
    .split('/')
    .filter((s) => s !== '' && s !== '.' && s !== '..')
    .join('/');
}

/** How a path is shown: relative to the working folder when inside it, else absolute. */
export function shownPath(abs: string): string {
  const rel = relative(process.cwd(), abs);
  if (rel === '') return '.';
  if (rel.startsWith('..') || isAbsolute(rel)) return abs;
  return rel;
}

/** A draft's text (without its byte order mark, if any: `bom` says whether it had one, so a fix can put it back). */
export type ReadResult = { ok: true; text: string; bom: boolean } | { ok: false; message: string; unreadable: boolean };

const utf8 = new TextDecoder('utf-8', { fatal: true });

export function readDraft(path: string): ReadResult {
  let size: number;
  try {
    size = statSync(path).size;
  } catch (error) {
    return { ok: false, message: `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`, unreadable: true };
  }
  if (size > MAX_FILE_BYTES) return { ok: false, message: `skipped: ${(size / 1024 / 1024).toFixed(1)} MB is over the 10 MB limit for a draft`, unreadable: false };
  let buf: Buffer;
  try {
    buf = readFileSync(path);
  } catch (error) {
    return { ok: false, message: `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`, unreadable: true };
  }
  if (buf.includes(0)) return { ok: false, message: 'skipped: binary file, not a text draft', unreadable: false };
  try {
    return { ok: true, text: utf8.decode(buf), bom: buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf };
  } catch {
    return { ok: false, message: 'skipped: not UTF-8 text (save the draft as UTF-8)', unreadable: false };
  }
}

/** The first few KB of a file, for deciding whether a file we cannot check was meant to be a draft. */
export function readHead(path: string): string {
  try {
    const fd = openSync(path, 'r');
    try {
      const buf = Buffer.alloc(4096);
      const n = readSync(fd, buf, 0, buf.length, 0);
      return buf.subarray(0, n).toString('latin1');
    } finally {
      closeSync(fd);
    }
  } catch {
    return '';
  }
}

/** Whether the front matter (if any) has a `followup:` key. Looks at the first 200 lines at most. */
export function hasFollowupKey(text: string): boolean {
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const first = lineAt(text, i);
  if (!/^---[ \t]*$/.test(first.line)) return false;
  i = first.next;
  for (let n = 0; n < 200 && i < text.length; n++) {
    const { line, next } = lineAt(text, i);
    if (/^(---|\.\.\.)[ \t]*$/.test(line)) return false;
    if (/^followup[ \t]*:/.test(line)) return true;
    i = next;
  }
  return false;
}

function lineAt(text: string, start: number): { line: string; next: number } {
  let end = text.indexOf('\n', start);
  if (end < 0) end = text.length;
  const line = text.slice(start, end > start && text[end - 1] === '\r' ? end - 1 : end);
  return { line, next: end + 1 };
}

/**
 * Whether a walked file matches the include globs. Globs are tried against the
 * path relative to the folder that was named (with the folder as typed in front,
 * so `followup-lint follow-ups/` finds `follow-ups/x.md`) and relative to `base`
 * (the folder of the config file that applies, or the working folder).
 */
export function matchesInclude(candidate: Candidate, include: readonly string[], base: string): boolean {
  const isMatch = matcher(include);
  const root = candidate.root;
  if (root) {
    const rel = posix(relative(root.abs, candidate.path));
    if (isMatch(rel) || (root.prefix && isMatch(`${root.prefix}/${rel}`))) return true;
  }
  const fromBase = relative(base, candidate.path);
  return !fromBase.startsWith('..') && !isAbsolute(fromBase) && isMatch(posix(fromBase));
}

function posix(p: string): string {
  return sep === '/' ? p : p.split(sep).join('/');
}

const matchers = new Map<string, (path: string) => boolean>();
function matcher(globs: readonly string[]): (path: string) => boolean {
  const key = globs.join('\0');
  let m = matchers.get(key);
  if (!m) {
    m = globs.length ? picomatch([...globs], { dot: true }) : () => false;
    matchers.set(key, m);
  }
  return m;
}
