/**
 * followup-lint: the engine for batches and CI. Arguments, file discovery,
 * output and exit codes (RULES.md §6): 0 clean, 1 error-level findings or too
 * many warnings, 2 usage or configuration errors. Never prints a stack trace.
 */
import { chmodSync, existsSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import {
  DRAFT_KINDS,
  fillTemplate,
  fingerprint,
  fixAll,
  isDraftKind,
  lintDocument,
  parseDraft,
  parseFactDate,
  type DraftDocument,
  type DraftKind,
  type FollowupConfig,
  type PeerDraft,
} from '../../shared/index.js';
import { collect, isDraft, readDraft, type Notice } from './files.js';
import { ConfigError, ConfigResolver } from './config.js';
import { colors, json, sarif, stylish, totals, type FileReport } from './formatters.js';

declare const __VERSION__: string;
const VERSION = typeof __VERSION__ === 'string' ? __VERSION__ : '0.0.0';

const USAGE = `Usage:
  followup-lint [options] PATHS…          check drafts (files, or folders to search)
  followup-lint new KIND [options]        write a new draft from a template

Options for checking:
  --format stylish|json|sarif   output format (default: stylish)
  --fix                         apply every safe fix and save the files
  --now ISO                     the clock for timing rules, e.g. 2026-11-21T09:00 (default: now)
  --kind KIND                   treat every draft as this kind
  --config FILE                 use this config file instead of the nearest .followuprc
  --max-warnings N              exit 1 when there are more than N warnings
  -h, --help                    show this help
  -v, --version                 show the version

Options for new:
  --to NAME  --company NAME  --role TITLE  --interview-date DATE  -o FILE

Kinds: ${DRAFT_KINDS.join(', ')}
`;

class UsageError extends Error {}

function main(argv: string[]): number {
  if (argv[0] === 'new') return newDraft(argv.slice(1));
  let values;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'stylish' },
        fix: { type: 'boolean', default: false },
        now: { type: 'string' },
        kind: { type: 'string' },
        config: { type: 'string' },
        'max-warnings': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  if (values.version) {
    process.stdout.write(`${VERSION}\n`);
    return 0;
  }
  const format = values.format ?? 'stylish';
  if (!['stylish', 'json', 'sarif'].includes(format)) throw new UsageError(`unknown --format "${format}"; use stylish, json or sarif`);
  const kind = values.kind;
  if (kind !== undefined && !isDraftKind(kind)) throw new UsageError(`unknown --kind "${kind}"; kinds: ${DRAFT_KINDS.join(', ')}`);
  let now = Date.now();
  if (values.now !== undefined) {
    const t = parseNow(values.now);
    if (t === undefined) throw new UsageError(`--now "${values.now}" is not a date; use e.g. 2026-11-21 or 2026-11-21T09:00`);
    now = t;
  }
  let maxWarnings = -1;
  if (values['max-warnings'] !== undefined) {
    maxWarnings = Number(values['max-warnings']);
    if (!Number.isInteger(maxWarnings) || maxWarnings < 0) throw new UsageError(`--max-warnings expects a whole number, got "${values['max-warnings']}"`);
  }
  if (positionals.length === 0) throw new UsageError('no files or folders given; try: followup-lint follow-ups/');

  const configs = new ConfigResolver(values.config);
  const notices: Notice[] = [];
  const candidates = collect(positionals, notices);

  // Read and parse every draft once; the parsed drafts are also each other's duplicate-draft peers.
  const drafts: Array<{ path: string; shown: string; text: string; doc: DraftDocument; config: FollowupConfig }> = [];
  const progress = progressLine(candidates.length);
  for (const [i, c] of candidates.entries()) {
    progress(i, 'reading');
    const read = readDraft(c.path);
    const shown = relative(process.cwd(), c.path) || basename(c.path);
    if (!read.ok) {
      if (c.explicit || /\.(md|markdown)$/i.test(c.path)) notices.push({ path: shown, message: read.message });
      continue;
    }
    const config = configs.forFile(c.path);
    if (!isDraft(read.text, c, config.include)) continue;
    drafts.push({ path: c.path, shown, text: read.text, doc: parseDraft(read.text), config });
  }
  const peers: PeerDraft[] = drafts.length > 1 ? drafts.map((d) => fingerprint(d.doc, d.shown)) : [];

  const reports: FileReport[] = [];
  for (const [i, d] of drafts.entries()) {
    progress(i, 'checking');
    const options = { config: d.config, now, file: d.shown, peers, ...(kind ? { kind: kind as DraftKind } : {}) };
    if (values.fix) {
      const fixed = fixAll(d.text, options);
      if (fixed.text !== d.text) {
        writeAtomic(d.path, fixed.text);
        reports.push({ file: d.shown, text: fixed.text, result: fixed.result });
        continue;
      }
    }
    reports.push({ file: d.shown, text: d.text, result: lintDocument(d.doc, options) });
  }
  progress(-1, '');

  for (const n of notices) process.stderr.write(`followup-lint: ${n.path}: ${n.message}\n`);
  if (drafts.length === 0 && notices.length === 0) process.stderr.write('followup-lint: no drafts found (a draft has `followup:` front matter or sits in a follow-ups/ folder)\n');

  const out = format === 'json' ? json(reports) : format === 'sarif' ? sarif(reports, VERSION) : stylish(reports, colors(useColor()));
  process.stdout.write(out);

  const t = totals(reports);
  if (t.errors > 0) return 1;
  if (maxWarnings >= 0 && t.warnings > maxWarnings) {
    if (format === 'stylish') process.stderr.write(`followup-lint: ${t.warnings} warnings, more than --max-warnings ${maxWarnings}\n`);
    return 1;
  }
  return 0;
}

function newDraft(argv: string[]): number {
  let values;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        to: { type: 'string' },
        company: { type: 'string' },
        role: { type: 'string' },
        'interview-date': { type: 'string' },
        output: { type: 'string', short: 'o' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const kind = positionals[0];
  if (!kind || !isDraftKind(kind)) throw new UsageError(`new needs a kind: ${DRAFT_KINDS.join(', ')}`);
  if (positionals.length > 1) throw new UsageError(`unexpected argument "${positionals[1]}"; use -o FILE to choose where to write`);
  const date = values['interview-date'];
  if (date !== undefined && !parseFactDate(date)) throw new UsageError(`--interview-date "${date}" is not a date; use e.g. 2026-11-20 or 2026-11-20T14:00`);
  const today = localDate(new Date());
  const text = fillTemplate(
    kind,
    {
      to: values.to,
      company: values.company,
      role: values.role,
      interview_date: date ?? today,
    },
    { today },
  );
  const out = values.output;
  if (!out) {
    process.stdout.write(text);
    return 0;
  }
  if (existsSync(out)) throw new UsageError(`${out} already exists; not overwriting it`);
  if (!existsSync(dirname(out) || '.')) throw new UsageError(`folder ${dirname(out)} does not exist`);
  writeFileSync(out, text, { flag: 'wx' });
  process.stderr.write(`followup-lint: wrote ${out}\n`);
  return 0;
}

/** Write via a temporary file in the same folder and rename, keeping the file's mode. */
function writeAtomic(path: string, text: string): void {
  const mode = statSync(path).mode & 0o7777;
  const tmp = join(dirname(path), `.${basename(path)}.followup-${process.pid}.tmp`);
  try {
    writeFileSync(tmp, text, { mode });
    chmodSync(tmp, mode);
    renameSync(tmp, path);
  } catch (error) {
    try {
      unlinkSync(tmp);
    } catch {
      // already gone
    }
    throw error;
  }
}

function parseNow(s: string): number | undefined {
  const local = parseFactDate(s.trim());
  if (local) return local.time;
  const t = Date.parse(s);
  return Number.isNaN(t) ? undefined : t;
}

function localDate(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

function useColor(): boolean {
  return Boolean(process.stdout.isTTY) && !process.env['NO_COLOR'] && process.env['TERM'] !== 'dumb';
}

/** A single updating line on a terminal for long runs; silent when piped or in CI. */
function progressLine(total: number): (i: number, what: string) => void {
  const on = total > 50 && Boolean(process.stderr.isTTY) && !process.env['CI'];
  if (!on) return () => undefined;
  let last = 0;
  return (i, what) => {
    if (i < 0) {
      process.stderr.write('\r\x1b[K');
      return;
    }
    const now = Date.now();
    if (now - last < 80) return;
    last = now;
    process.stderr.write(`\r\x1b[K${what} ${i + 1}/${total}`);
  };
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  if (error instanceof UsageError) {
    process.stderr.write(`followup-lint: ${error.message}\n`);
    process.exitCode = 2;
  } else if (error instanceof ConfigError) {
    for (const line of error.message.split('\n')) process.stderr.write(`followup-lint: ${line}\n`);
    process.exitCode = 2;
  } else {
    const e = error as NodeJS.ErrnoException;
    process.stderr.write(`followup-lint: ${e.code ? `${e.code}: ` : ''}${e.message ?? String(error)}\n`);
    process.exitCode = 2;
  }
}
