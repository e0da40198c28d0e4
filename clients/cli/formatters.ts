/**
 * Output formats: stylish (people), json (RULES.md §6) and sarif (SARIF 2.1.0,
 * for code-scanning tools). Positions are 0-based UTF-16 in json, as LSP;
 * 1-based in stylish and SARIF, as people and those tools count.
 */
import { relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { KIND_INFO, LineIndex, RULES, docUrl, formatReadiness, mayHaveSafeFix, type Finding, type LintResult, type TextEdit } from '../../shared/index.js';

export interface FileReport {
  /** As shown to the user (relative to the working directory). */
  file: string;
  /** Absolute path. */
  path: string;
  text: string;
  result: LintResult;
}

interface Colors {
  red(s: string): string;
  yellow(s: string): string;
  blue(s: string): string;
  dim(s: string): string;
  bold(s: string): string;
  green(s: string): string;
  underline(s: string): string;
}

export function colors(enabled: boolean): Colors {
  const wrap = (open: number, close: number) => (s: string): string => (enabled ? `\x1b[${open}m${s}\x1b[${close}m` : s);
  return { red: wrap(31, 39), yellow: wrap(33, 39), blue: wrap(34, 39), dim: wrap(2, 22), bold: wrap(1, 22), green: wrap(32, 39), underline: wrap(4, 24) };
}

export interface Totals {
  errors: number;
  warnings: number;
  infos: number;
  fixable: number;
}

export function totals(reports: readonly FileReport[]): Totals {
  const t: Totals = { errors: 0, warnings: 0, infos: 0, fixable: 0 };
  for (const r of reports) {
    for (const f of r.result.findings) {
      if (f.severity === 'error') t.errors++;
      else if (f.severity === 'warning') t.warnings++;
      else t.infos++;
      if (mayHaveSafeFix(f)) t.fixable++; // without computing spelling suggestions
    }
  }
  return t;
}

export function stylish(reports: readonly FileReport[], c: Colors): string {
  const out: string[] = [];
  for (const r of reports) {
    const lines = new LineIndex(r.text);
    const { result } = r;
    out.push('', c.underline(r.file));
    const kind = KIND_INFO[result.kind].title;
    const how =
      result.kindSource === 'front-matter' ? 'from front matter' : result.kindSource === 'option' ? 'from --kind' : result.kindEvidence ? `inferred from "${result.kindEvidence}"` : 'inferred (no clear signal; add `followup:` to say)';
    out.push(`  ${c.dim('kind')}  ${kind} ${c.dim(`(${how})`)}`);
    const rows = result.findings.map((f) => {
      const p = lines.positionAt(f.start);
      return [`${p.line + 1}:${p.character + 1}`, f.severity, f.message, f.ruleId] as const;
    });
    const w0 = Math.max(0, ...rows.map((x) => x[0].length));
    const w1 = Math.max(0, ...rows.map((x) => x[1].length));
    for (const [pos, sev, msg, id] of rows) {
      const s = sev === 'error' ? c.red(sev.padEnd(w1)) : sev === 'warning' ? c.yellow(sev.padEnd(w1)) : c.blue(sev.padEnd(w1));
      out.push(`  ${c.dim(pos.padEnd(w0))}  ${s}  ${msg}  ${c.dim(id)}`);
    }
    const rd = result.readiness;
    const missing = rd.items.filter((i) => !i.ok).map((i) => i.label.toLowerCase());
    const line = `${formatReadiness(rd)}${missing.length ? ` — to do: ${missing.join(', ')}` : ''}`;
    out.push(`  ${rd.score === rd.total ? c.green(line) : line}`);
  }
  const t = totals(reports);
  const problems = t.errors + t.warnings + t.infos;
  out.push('');
  if (reports.length === 0) out.push('No drafts checked.');
  else if (problems === 0) out.push(c.green(`✓ ${reports.length} draft${reports.length === 1 ? '' : 's'} checked, no problems`));
  else {
    const summary = `✖ ${problems} problem${problems === 1 ? '' : 's'} (${t.errors} error${t.errors === 1 ? '' : 's'}, ${t.warnings} warning${t.warnings === 1 ? '' : 's'}, ${t.infos} info) in ${reports.length} draft${reports.length === 1 ? '' : 's'}`;
    out.push(t.errors ? c.red(c.bold(summary)) : c.yellow(c.bold(summary)));
    if (t.fixable) out.push(c.dim(`  ${t.fixable} of them can be fixed with --fix`));
  }
  return `${out.join('\n')}\n`;
}

function range(lines: LineIndex, start: number, end: number): { start: { line: number; character: number }; end: { line: number; character: number } } {
  return { start: lines.positionAt(start), end: lines.positionAt(end) };
}

export function json(reports: readonly FileReport[]): string {
  const data = reports.map((r) => {
    const lines = new LineIndex(r.text);
    return {
      file: r.file,
      kind: r.result.kind,
      score: r.result.readiness.score,
      findings: r.result.findings.map((f: Finding) => ({
        rule: f.ruleId,
        severity: f.severity,
        message: f.message,
        range: range(lines, f.start, f.end),
        fixes: f.fixes.map((fix) => ({ title: fix.title, edits: fix.edits.map((e: TextEdit) => ({ range: range(lines, e.start, e.end), newText: e.newText })) })),
      })),
    };
  });
  return `${JSON.stringify(data, null, 2)}\n`;
}

const SARIF_LEVEL = { error: 'error', warning: 'warning', info: 'note', hint: 'note' } as const;

/** SARIF 2.1.0: one run, the rule catalog in tool.driver.rules, 1-based regions in UTF-16 columns. */
export function sarif(reports: readonly FileReport[], version: string, cwd: string): string {
  const rules: Array<Record<string, unknown>> = RULES.map((r) => ({
    id: r.meta.id,
    name: r.meta.id.replace(/(^|-)(\w)/g, (_m, _d, ch: string) => ch.toUpperCase()),
    shortDescription: { text: r.meta.description },
    fullDescription: { text: `${r.meta.description} ${r.meta.howToFix}` },
    helpUri: docUrl(r.meta.id),
    help: { text: r.meta.howToFix },
    defaultConfiguration: { level: SARIF_LEVEL[r.meta.defaultSeverity] },
    properties: { kinds: r.meta.kinds === 'all' ? ['all'] : [...r.meta.kinds], category: r.meta.category },
  }));
  const index = new Map(rules.map((r, i) => [r['id'] as string, i]));
  // Custom rules from config files get a descriptor too, so every result's ruleIndex resolves.
  for (const r of reports) {
    for (const f of r.result.findings) {
      if (index.has(f.ruleId)) continue;
      index.set(f.ruleId, rules.length);
      rules.push({ id: f.ruleId, shortDescription: { text: `Custom rule ${f.ruleId.replace(/^custom\//, '')} from a .followuprc file.` }, helpUri: f.docUrl || docUrl(f.ruleId) });
    }
  }
  // Each file's lines and location, also for related locations in other files (duplicate-draft).
  const files = new Map(reports.map((r) => [r.file, { lines: new LineIndex(r.text), location: artifact(r.path, cwd) }]));
  const region = (lines: LineIndex, s: number, e: number): Record<string, number> => {
    const a = lines.positionAt(s);
    const b = lines.positionAt(e);
    return { startLine: a.line + 1, startColumn: a.character + 1, endLine: b.line + 1, endColumn: b.character + 1, charOffset: s, charLength: e - s };
  };
  const results = reports.flatMap((r) => {
    const { lines, location } = files.get(r.file) ?? { lines: new LineIndex(r.text), location: artifact(r.path, cwd) };
    return r.result.findings.map((f) => {
      const res: Record<string, unknown> = {
        ruleId: f.ruleId,
        ruleIndex: index.get(f.ruleId),
        level: SARIF_LEVEL[f.severity],
        message: { text: f.message },
        locations: [{ physicalLocation: { artifactLocation: location, region: region(lines, f.start, f.end) } }],
      };
      const related = (f.related ?? []).flatMap((rel, i) => {
        const other = rel.file === undefined ? { lines, location } : files.get(rel.file);
        if (!other) return [];
        return [{ id: i + 1, message: { text: rel.message }, physicalLocation: { artifactLocation: other.location, region: region(other.lines, rel.start, rel.end) } }];
      });
      if (related.length) res['relatedLocations'] = related;
      if (f.fixes.length) {
        res['fixes'] = f.fixes.map((fix) => ({
          description: { text: fix.title },
          artifactChanges: [{ artifactLocation: location, replacements: fix.edits.map((e) => ({ deletedRegion: region(lines, e.start, e.end), insertedContent: { text: e.newText } })) }],
        }));
      }
      return res;
    });
  });
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'followup-lint', informationUri: 'https://github.com/followup-coach/followup-coach', version, semanticVersion: version, rules } },
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(cwd.endsWith(sep) ? cwd : cwd + sep).href } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

/** Relative to the working folder (as code-scanning tools expect) when inside it, else an absolute file: URI. */
function artifact(path: string, cwd: string): { uri: string; uriBaseId?: string } {
  const rel = relative(cwd, path);
  if (rel && !rel.startsWith('..') && !/^[a-zA-Z]:|^[\\/]/.test(rel)) return { uri: encodeURI(rel.split(sep).join('/')), uriBaseId: '%SRCROOT%' };
  return { uri: pathToFileURL(path).href };
}
