/**
 * followup-lint: the engine for batches and CI (RULES.md §6). Arguments, file
 * discovery, output and exit codes: 0 clean, 1 error-level findings or more
 * warnings than --max-warnings, 2 usage, configuration or input errors.
 * Every failure is one line naming what went wrong; never a stack trace.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
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
  type LintOptions,
  type PeerDraft,
  thoroughInput,
} from '../../shared/index.js';
import { harperWorkerPath, startHarper, type ThoroughChecker } from '../../server/src/proofreading/harperClient.js';
import { collect, hasFollowupKey, matchesInclude, readDraft, readHead, shownPath, type Candidate, type Notice } from './files.js';
import { ConfigError, ConfigResolver } from './config.js';
import { colors, json, sarif, stylish, totals, type FileReport } from './formatters.js';
import { candidatePeers } from './peers.js';
import { ChangedOnDisk, writeAtomic } from './write.js';

declare const __VERSION__: string;
const VERSION = typeof __VERSION__ === 'string' ? __VERSION__ : '0.0.0';

const USAGE = `Usage:
  followup-lint [options] PATHS…          check drafts (files, or folders to search)
  followup-lint new KIND [options]        write a new draft from a template

Options for checking:
  --format stylish|json|sarif   output format (default: stylish)
  --fix                         apply every safe fix and save the changed files
  --now ISO                     the clock for timing rules, e.g. 2026-11-21T09:00 (default: now)
  --kind KIND                   treat every draft as this kind
  --config FILE                 use this config file instead of the nearest .followuprc.json/.yaml
  --max-warnings N              exit 1 when there are more than N warnings
  --proofreading fast|thorough  spelling and grammar: the fast built-in checks (default), or
                                also Harper's grammar checker (slower; loads a 16 MB engine)
  -h, --help                    show this help
  -v, --version                 show the version

Options for new:
  --to NAME  --company NAME  --role TITLE  --interview-date DATE
  -o, --output FILE             write the draft here (never overwrites); default: print it

A folder is searched for drafts: markdown files with \`followup:\` front matter,
or matching the include globs (default **/follow-ups/**/*.md, **/*.followup.md).
Files named directly are always checked.

Kinds: ${DRAFT_KINDS.join(', ')}
Exit codes: 0 no errors, 1 error-level findings or too many warnings, 2 usage, config or input error.
`;

class UsageError extends Error {}

interface Draft {
  path: string;
  shown: string;
  text: string;
  /** The file starts with a UTF-8 byte order mark (kept when fixing). */
  bom: boolean;
  doc: DraftDocument;
  config: FollowupConfig;
}

async function main(argv: string[]): Promise<number> {
  if (argv[0] === 'new') return newDraft(argv.slice(1));
  const { values, positionals } = parse(argv, {
    format: { type: 'string' },
    fix: { type: 'boolean' },
    now: { type: 'string' },
    kind: { type: 'string' },
    config: { type: 'string' },
    'max-warnings': { type: 'string' },
    proofreading: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
    version: { type: 'boolean', short: 'v' },
  });
  if (values['help']) {
    process.stdout.write(USAGE);
    return 0;
  }
  if (values['version']) {
    process.stdout.write(`${VERSION}\n`);
    return 0;
  }
  const format = str(values['format']) ?? 'stylish';
  if (format !== 'stylish' && format !== 'json' && format !== 'sarif') throw new UsageError(`unknown --format "${format}"; use stylish, json or sarif`);
  const kindArg = str(values['kind']);
  if (kindArg !== undefined && !isDraftKind(kindArg)) throw new UsageError(`unknown --kind "${kindArg}"; kinds: ${DRAFT_KINDS.join(', ')}`);
  const kind: DraftKind | undefined = kindArg;
  let now = Date.now();
  const nowArg = str(values['now']);
  if (nowArg !== undefined) {
    const t = parseNow(nowArg);
    if (t === undefined) throw new UsageError(`--now "${nowArg}" is not a date and time; use e.g. 2026-11-21 or 2026-11-21T09:00`);
    now = t;
  }
  let maxWarnings = -1;
  const maxArg = str(values['max-warnings']);
  if (maxArg !== undefined) {
    maxWarnings = /^\d+$/.test(maxArg.trim()) ? Number(maxArg) : NaN;
    if (!Number.isSafeInteger(maxWarnings)) throw new UsageError(`--max-warnings expects a whole number (0 or more), got "${maxArg}"`);
  }
  if (positionals.length === 0) throw new UsageError('no files or folders given; for example: followup-lint follow-ups/ (see --help)');
  const fix = values['fix'] === true;

  const proofreading = str(values['proofreading']);
  if (proofreading !== undefined && proofreading !== 'fast' && proofreading !== 'thorough') throw new UsageError(`unknown --proofreading "${proofreading}"; use fast or thorough`);
  const configs = new ConfigResolver(str(values['config']), proofreading ? { proofreading } : {});
  const notices: Notice[] = [];
  const { candidates, roots } = collect(positionals, notices);

  // Read and parse every draft once; the parsed drafts are also each other's duplicate-draft peers.
  const progress = progressLine(candidates.length);
  const drafts: Draft[] = [];
  const found = new Map<unknown, number>();
  for (const [i, c] of candidates.entries()) {
    progress(i, candidates.length, 'reading');
    const draft = load(c, configs, notices);
    if (draft) {
      drafts.push(draft);
      found.set(c.root, (found.get(c.root) ?? 0) + 1);
    }
  }
  for (const root of roots) {
    if (!found.get(root)) notices.push({ path: root.given, message: 'no drafts found in this folder (a draft has `followup:` front matter or matches the include globs)', fatal: false });
  }

  // Duplicate-draft peers: only the drafts that can be near-identical (see peers.ts). Without --fix the
  // draft's own fingerprint goes first, so the rule need not compute it again; with --fix the text changes.
  const compare = drafts.length > 1 && drafts.some((d) => d.config.rules['duplicate-draft'] !== 'off');
  const prints: PeerDraft[] = compare ? drafts.map((d) => fingerprint(d.doc, d.shown)) : [];
  const peersOf = candidatePeers(prints).map((peers, i) => (peers.length && !fix && prints[i] ? [prints[i], ...peers] : peers));

  // The thorough tier: Harper in a worker thread, for the drafts whose config asks for it.
  const harper = drafts.some((d) => d.config.proofreading === 'thorough') ? await startThorough(notices) : undefined;

  const reports: FileReport[] = [];
  let fixedFiles = 0;
  for (const [i, d] of drafts.entries()) {
    progress(i, drafts.length, 'checking');
    const options: LintOptions = { config: d.config, now, file: d.shown, peers: peersOf[i] ?? [], ...(kind ? { kind } : {}) };
    const thorough = harper && d.config.proofreading === 'thorough' ? harper : undefined;
    try {
      if (fix) {
        // Fix-all applies only the fast tier's safe fixes; Harper then reads the fixed text.
        const fixed = fixAll(d.text, options);
        if (fixed.text !== d.text) {
          writeAtomic(d.path, fixed.text, d);
          fixedFiles++;
          const result = thorough ? lintDocument(fixed.result.document, { ...options, thorough: await thorough.check(thoroughInput(fixed.result.document)) }) : fixed.result;
          reports.push({ file: d.shown, path: d.path, text: fixed.text, result });
          continue;
        }
      }
      if (thorough) options.thorough = await thorough.check(thoroughInput(d.doc));
      reports.push({ file: d.shown, path: d.path, text: d.text, result: lintDocument(d.doc, options) });
    } catch (error) {
      const e = error as NodeJS.ErrnoException;
      const what =
        error instanceof ChangedOnDisk
          ? 'changed on disk while it was being checked; not fixed, so that change is kept (run --fix again)'
          : fix && e.code
            ? `could not be saved (${e.code})`
            : `could not be checked: ${e.message ?? String(error)}`;
      notices.push({ path: d.shown, message: what, fatal: true });
    }
  }
  progress(-1, 0, '');
  if (harper) await harper.dispose();

  for (const n of notices) process.stderr.write(`followup-lint: ${n.path}: ${n.message}\n`);
  if (fix && fixedFiles > 0) process.stderr.write(`followup-lint: fixed ${fixedFiles} file${fixedFiles === 1 ? '' : 's'}\n`);

  const out = format === 'json' ? json(reports) : format === 'sarif' ? sarif(reports, VERSION, process.cwd()) : stylish(reports, colors(useColor()));
  process.stdout.write(out);

  if (notices.some((n) => n.fatal)) return 2;
  const t = totals(reports);
  if (t.errors > 0) return 1;
  if (maxWarnings >= 0 && t.warnings > maxWarnings) {
    process.stderr.write(`followup-lint: ${t.warnings} warning${t.warnings === 1 ? '' : 's'}, more than --max-warnings ${maxWarnings}\n`);
    return 1;
  }
  return 0;
}

/** Read one candidate; undefined (with a notice when worth one) when it is not a draft we can check. */
function load(c: Candidate, configs: ConfigResolver, notices: Notice[]): Draft | undefined {
  const shown = shownPath(c.path);
  const read = readDraft(c.path);
  if (!read.ok) {
    // A walked file we cannot read is only worth a notice if it looks like a draft.
    if (c.explicit) notices.push({ path: shown, message: read.message, fatal: read.unreadable });
    else if (read.unreadable || hasFollowupKey(readHead(c.path)) || looksIncluded(c, configs)) notices.push({ path: shown, message: read.message, fatal: false });
    return undefined;
  }
  if (!c.explicit && !hasFollowupKey(read.text) && !looksIncluded(c, configs)) return undefined;
  return { path: c.path, shown, text: read.text, bom: read.bom, doc: parseDraft(read.text), config: configs.forFile(c.path).config };
}

function looksIncluded(c: Candidate, configs: ConfigResolver): boolean {
  const { config, base } = configs.forFile(c.path);
  return matchesInclude(c, config.include, base);
}

function newDraft(argv: string[]): number {
  const { values, positionals } = parse(argv, {
    to: { type: 'string' },
    company: { type: 'string' },
    role: { type: 'string' },
    'interview-date': { type: 'string' },
    output: { type: 'string', short: 'o' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values['help']) {
    process.stdout.write(USAGE);
    return 0;
  }
  const kind = positionals[0];
  if (kind === undefined) throw new UsageError(`new needs a kind: ${DRAFT_KINDS.join(', ')}`);
  if (!isDraftKind(kind)) throw new UsageError(`unknown kind "${kind}"; kinds: ${DRAFT_KINDS.join(', ')}`);
  if (positionals.length > 1) throw new UsageError(`unexpected argument "${positionals[1]}"; use -o FILE to choose where to write`);
  const date = str(values['interview-date'])?.trim();
  if (date !== undefined && !parseFactDate(date)) throw new UsageError(`--interview-date "${date}" is not a date; use e.g. 2026-11-20 or 2026-11-20T14:00`);
  const today = localDate(new Date());
  const text = fillTemplate(kind, { to: str(values['to']), company: str(values['company']), role: str(values['role']), interview_date: date ?? today }, { today });
  const out = str(values['output']);
  if (out === undefined) {
    process.stdout.write(text);
    return 0;
  }
  if (existsSync(out)) throw new UsageError(`${out} already exists; not overwriting it`);
  if (!existsSync(dirname(out))) throw new UsageError(`cannot write ${out}: folder ${dirname(out)} does not exist`);
  try {
    writeFileSync(out, text, { flag: 'wx' });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(code === 'EEXIST' ? `${out} already exists; not overwriting it` : `cannot write ${out} (${code ?? 'error'})`);
  }
  process.stderr.write(`followup-lint: wrote ${out}\n`);
  return 0;
}

type Options = NonNullable<Parameters<typeof parseArgs>[0]>['options'];

function parse(args: string[], options: Options): { values: Record<string, string | boolean | undefined>; positionals: string[] } {
  try {
    const { values, positionals } = parseArgs({ args, options, allowPositionals: true, strict: true });
    // Repeated string options: the last one wins.
    const flat: Record<string, string | boolean | undefined> = {};
    for (const [k, v] of Object.entries(values)) flat[k] = Array.isArray(v) ? v[v.length - 1] : v;
    return { values: flat, positionals };
  } catch (error) {
    // Node's messages are long and multi-line for some cases; keep the first sentence.
    const message = ((error as Error).message ?? String(error)).split('\n')[0] ?? 'bad arguments';
    throw new UsageError(`${message.replace(/\. To specify a positional argument.*$/, '.')} (see --help)`);
  }
}

function str(v: string | boolean | undefined): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

/** `2026-11-21`, `2026-11-21T09:00` (local time) or a full ISO timestamp with a zone. */
function parseNow(s: string): number | undefined {
  const v = s.trim();
  const local = parseFactDate(v);
  if (local && /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2})?)?$/.test(v)) return local.time;
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/.test(v)) return undefined;
  const t = Date.parse(v);
  return Number.isNaN(t) ? undefined : t;
}

function localDate(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

function useColor(): boolean {
  return Boolean(process.stdout.isTTY) && !process.env['NO_COLOR'] && process.env['TERM'] !== 'dumb';
}

/** A single updating line on a terminal for long runs; silent when stderr is not a terminal or in CI. */
function progressLine(files: number): (i: number, total: number, what: string) => void {
  const on = files > 50 && Boolean(process.stderr.isTTY) && !process.env['CI'];
  if (!on) return () => undefined;
  let last = 0;
  let shown = false;
  return (i, total, what) => {
    if (i < 0) {
      if (shown) process.stderr.write('\r\x1b[K');
      return;
    }
    const t = Date.now();
    if (t - last < 80) return;
    last = t;
    shown = true;
    process.stderr.write(`\r\x1b[K${what} ${i + 1}/${total}`);
  };
}

// A closed pipe (`followup-lint … | head`) is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') process.stderr.write(`followup-lint: cannot write the output (${error.code ?? error.message})\n`);
  process.exit(error.code === 'EPIPE' ? (process.exitCode ?? 0) : 2);
});

/** Harper's worker, loaded; undefined (with a notice) when it cannot start, so the fast checks still run. */
async function startThorough(notices: Notice[]): Promise<ThoroughChecker | undefined> {
  const checker = startHarper(harperWorkerPath(__dirname));
  try {
    await checker.ready;
    return checker;
  } catch (error) {
    notices.push({ path: '--proofreading thorough', message: `Harper could not be loaded (${error instanceof Error ? error.message : String(error)}); checked with the fast spelling and grammar rules only`, fatal: false });
    await checker.dispose();
    return undefined;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => report(error),
);

function report(error: unknown): void {
  process.exitCode = 2;
  if (error instanceof UsageError) process.stderr.write(`followup-lint: ${error.message}\n`);
  else if (error instanceof ConfigError) for (const line of error.message.split('\n')) process.stderr.write(`followup-lint: ${line}\n`);
  else {
    const e = error as NodeJS.ErrnoException;
    process.stderr.write(`followup-lint: ${e.code ? `${e.code}: ` : ''}${e.message ?? String(error)}\n`);
  }
}
