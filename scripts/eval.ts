/**
 * `npm run eval`: precision and recall of every rule on the labelled corpus
 * (test/corpus/). Each draft ends with `<!-- expect: rule-a, rule-b -->`: the
 * rules that should fire, by human judgement of the rule's intent (RULES.md
 * §2), never by running the linter; every other scored rule must stay silent.
 * Optional labels: `<!-- now: 2026-11-21T09:00 -->` (the clock; default below)
 * and, for drafts without front matter, `<!-- kind: status-check -->` (the kind
 * the text should be inferred as).
 *
 * Drafts at the top of test/corpus/ are the held-out set: written and labelled
 * without looking at the linter's output. test/corpus/seed/ holds the earlier
 * set the rules were tuned on; it is scored too, and reported separately.
 *
 * Scoring is per (draft, rule) pair: a rule counts once per draft however often
 * it fires. The exported functions are reused by test/corpus.test.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { DRAFT_KINDS, fingerprint, isDraftKind, lintDraft, parseDraft, parseFactDate, RULE_IDS, type DraftKind, type LintResult } from '../shared/index.js';

/** Resolved from the working directory: scripts and tests run from the project root. */
export const CORPUS_DIR = resolve('test', 'corpus');
export const DEFAULT_NOW = '2026-11-21T09:00';
/** Not implemented yet: neither labelled nor scored. */
export const UNSCORED: ReadonlySet<string> = new Set<string>();
/** Sub-folder of the corpus holding the set the rules were tuned on. */
export const SEED_SET = 'seed';

export interface CorpusDraft {
  /** Path relative to the corpus folder, with forward slashes. */
  file: string;
  /** 'held-out' for drafts at the top of the corpus, else the sub-folder's name. */
  set: string;
  text: string;
  expect: Set<string>;
  now: number;
  /** The kind the text should be inferred as (drafts without a `followup:` key). */
  kind?: DraftKind;
}

export interface RuleScore {
  rule: string;
  support: number;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
}

export interface Mismatch {
  file: string;
  rule: string;
  type: 'FP' | 'FN';
  /** What the rule flagged (FP), or 'not flagged' (FN). */
  detail: string;
}

export interface KindMismatch {
  file: string;
  expected: DraftKind;
  got: DraftKind;
  evidence?: string;
}

export interface Micro {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
}

export interface CorpusScore {
  /** The drafts scored (after the filter). */
  drafts: CorpusDraft[];
  /** Lint results of the scored drafts, by file. */
  results: Map<string, LintResult>;
  rules: RuleScore[];
  micro: Micro;
  mismatches: Mismatch[];
  kindMismatches: KindMismatch[];
}

function listMarkdown(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listMarkdown(path));
    else if (entry.isFile() && entry.name.endsWith('.md')) out.push(path);
  }
  return out;
}

/** Reads and validates every labelled draft under `dir`; throws on a missing or malformed label. */
export function loadCorpus(dir = CORPUS_DIR): CorpusDraft[] {
  return listMarkdown(dir)
    .map((path) => relative(dir, path).split('\\').join('/'))
    .sort()
    .map((file) => {
      const text = readFileSync(join(dir, file), 'utf8');
      const labels = [...text.matchAll(/<!--\s*expect:([^>]*?)-->/g)];
      if (labels.length !== 1) throw new Error(`${file}: expected exactly one <!-- expect: … --> label, found ${labels.length}`);
      const expect = new Set(
        (labels[0]![1] ?? '')
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean),
      );
      for (const l of expect) {
        if (!RULE_IDS.includes(l)) throw new Error(`${file}: unknown rule in label: ${l}`);
        if (UNSCORED.has(l)) throw new Error(`${file}: ${l} is not scored yet; leave it out of the label`);
      }
      const nowRaw = /<!--\s*now:\s*([^\s>]+)\s*-->/.exec(text)?.[1] ?? DEFAULT_NOW;
      const now = parseFactDate(nowRaw)?.time;
      if (now === undefined) throw new Error(`${file}: bad now: ${nowRaw}`);
      const kindRaw = /<!--\s*kind:\s*([^\s>]+)\s*-->/.exec(text)?.[1];
      if (kindRaw !== undefined && !isDraftKind(kindRaw)) throw new Error(`${file}: unknown kind in label: ${kindRaw}`);
      const slash = file.indexOf('/');
      const set = slash < 0 ? 'held-out' : file.slice(0, slash);
      const draft: CorpusDraft = { file, set, text, expect, now };
      if (kindRaw !== undefined) draft.kind = kindRaw as DraftKind;
      return draft;
    });
}

const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b);

/**
 * Lints every draft (all of `drafts` are each other's duplicate-draft peers)
 * and scores those `include` accepts.
 */
export function scoreCorpus(drafts: CorpusDraft[] = loadCorpus(), include: (d: CorpusDraft) => boolean = () => true): CorpusScore {
  const peers = drafts.map((d) => fingerprint(parseDraft(d.text), d.file));
  const scored = drafts.filter(include);
  const results = new Map<string, LintResult>();
  const counts = new Map<string, { support: number; tp: number; fp: number; fn: number }>();
  for (const id of RULE_IDS) if (!UNSCORED.has(id)) counts.set(id, { support: 0, tp: 0, fp: 0, fn: 0 });
  const mismatches: Mismatch[] = [];
  const kindMismatches: KindMismatch[] = [];
  for (const d of scored) {
    const r = lintDraft(d.text, { now: d.now, file: d.file, peers });
    results.set(d.file, r);
    if (d.kind !== undefined && r.kind !== d.kind) {
      const km: KindMismatch = { file: d.file, expected: d.kind, got: r.kind };
      if (r.kindEvidence !== undefined) km.evidence = r.kindEvidence;
      kindMismatches.push(km);
    }
    const flagged = new Map<string, string[]>();
    for (const f of r.findings) {
      if (!counts.has(f.ruleId)) continue;
      const list = flagged.get(f.ruleId) ?? [];
      list.push(d.text.slice(f.start, f.end).replace(/\s+/g, ' ').trim().slice(0, 60));
      flagged.set(f.ruleId, list);
    }
    for (const [rule, c] of counts) {
      const want = d.expect.has(rule);
      const got = flagged.get(rule);
      if (want) c.support++;
      if (want && got) c.tp++;
      else if (!want && got) {
        c.fp++;
        const shown = got.slice(0, 3).map((t) => `"${t}"`).join(', ');
        mismatches.push({ file: d.file, rule, type: 'FP', detail: `flagged ${shown}${got.length > 3 ? ` (+${got.length - 3} more)` : ''}` });
      } else if (want && !got) {
        c.fn++;
        mismatches.push({ file: d.file, rule, type: 'FN', detail: 'not flagged' });
      }
    }
  }
  const rules: RuleScore[] = [...counts].map(([rule, c]) => ({ rule, ...c, precision: ratio(c.tp, c.tp + c.fp), recall: ratio(c.tp, c.tp + c.fn) }));
  const tp = rules.reduce((s, r) => s + r.tp, 0);
  const fp = rules.reduce((s, r) => s + r.fp, 0);
  const fn = rules.reduce((s, r) => s + r.fn, 0);
  return { drafts: scored, results, rules, micro: { tp, fp, fn, precision: ratio(tp, tp + fp), recall: ratio(tp, tp + fn) }, mismatches, kindMismatches };
}

/** Drafts per kind (as linted), and how many are clean by label. */
export function census(score: CorpusScore): { kinds: Map<DraftKind, { drafts: number; clean: number }>; clean: number } {
  const kinds = new Map<DraftKind, { drafts: number; clean: number }>(DRAFT_KINDS.map((k) => [k, { drafts: 0, clean: 0 }]));
  let clean = 0;
  for (const d of score.drafts) {
    const k = kinds.get(score.results.get(d.file)!.kind)!;
    k.drafts++;
    if (d.expect.size === 0) {
      k.clean++;
      clean++;
    }
  }
  return { kinds, clean };
}

const pct = (x: number): string => x.toFixed(2);

export function formatScore(title: string, s: CorpusScore): string {
  const lines: string[] = [];
  const c = census(s);
  lines.push(`== ${title}: ${s.drafts.length} drafts, ${c.clean} clean, ${s.drafts.length - c.clean} with problems`);
  lines.push(`   kinds: ${[...c.kinds].map(([k, n]) => `${k} ${n.drafts} (${n.clean} clean)`).join(', ')}`);
  lines.push('');
  lines.push(`${'rule'.padEnd(24)}${'support'.padStart(8)}${'TP'.padStart(5)}${'FP'.padStart(5)}${'FN'.padStart(5)}${'precision'.padStart(11)}${'recall'.padStart(8)}`);
  for (const r of s.rules) {
    lines.push(`${r.rule.padEnd(24)}${String(r.support).padStart(8)}${String(r.tp).padStart(5)}${String(r.fp).padStart(5)}${String(r.fn).padStart(5)}${pct(r.precision).padStart(11)}${pct(r.recall).padStart(8)}`);
  }
  lines.push('');
  lines.push(`micro: precision ${pct(s.micro.precision)}, recall ${pct(s.micro.recall)} (TP ${s.micro.tp}, FP ${s.micro.fp}, FN ${s.micro.fn})`);
  if (s.kindMismatches.length) {
    lines.push('', 'kind inference mismatches:');
    for (const k of s.kindMismatches) lines.push(`  ${k.file}: labelled ${k.expected}, inferred ${k.got}${k.evidence ? ` (from "${k.evidence}")` : ''}`);
  }
  if (s.mismatches.length) {
    lines.push('', 'mismatches:');
    const sorted = [...s.mismatches].sort((a, b) => a.rule.localeCompare(b.rule) || a.type.localeCompare(b.type) || a.file.localeCompare(b.file));
    for (const m of sorted) lines.push(`  ${m.type} ${m.rule.padEnd(22)} ${m.file}: ${m.detail}`);
  }
  return lines.join('\n');
}

function main(): void {
  const drafts = loadCorpus();
  const heldOut = scoreCorpus(drafts, (d) => d.set === 'held-out');
  const all = scoreCorpus(drafts);
  console.log(formatScore('held-out corpus (test/corpus/*.md)', heldOut));
  console.log('');
  const seed = scoreCorpus(drafts, (d) => d.set === SEED_SET);
  console.log(`== seed set (test/corpus/${SEED_SET}/): ${seed.drafts.length} drafts; micro precision ${pct(seed.micro.precision)}, recall ${pct(seed.micro.recall)} (TP ${seed.micro.tp}, FP ${seed.micro.fp}, FN ${seed.micro.fn})`);
  console.log('');
  console.log(formatScore('whole corpus (held-out + seed)', all));
}

// Run by `npm run eval` (scripts/run-ts.mjs sets argv[1] to this file); importing it (the test) only gets the functions.
if (/[\\/]eval\.ts$/.test(process.argv[1] ?? '')) main();
