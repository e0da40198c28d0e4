/**
 * Scores the rules on the labelled corpus (test/corpus/*.md). Each draft ends
 * with `<!-- expect: rule-a, rule-b -->` (the rules that should fire, by human
 * judgement of the rule's intent) and optionally `<!-- now: ISO -->`. Every
 * rule not listed must not fire. Scored per rule as precision and recall over
 * (draft, rule) pairs.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fingerprint, lintDocument, parseDraft, parseFactDate, RULE_IDS, type LintResult } from '../../shared/index.js';

/** Resolved from the working directory: scripts and tests run from the project root. */
export const CORPUS_DIR = resolve('test', 'corpus');
const DEFAULT_NOW = '2026-11-21T09:00';
/** Rules that come with their own issue and are not labelled yet. */
const UNSCORED = new Set(['spelling', 'grammar']);

export interface CorpusDraft {
  file: string;
  text: string;
  expect: Set<string>;
  now: number;
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
  detail: string;
}

export interface CorpusScore {
  drafts: CorpusDraft[];
  results: Map<string, LintResult>;
  rules: RuleScore[];
  micro: { tp: number; fp: number; fn: number; precision: number; recall: number };
  mismatches: Mismatch[];
}

export function loadCorpus(dir = CORPUS_DIR): CorpusDraft[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((file) => {
      const text = readFileSync(join(dir, file), 'utf8');
      const expect = /<!--\s*expect:([^>]*?)-->/.exec(text);
      if (!expect) throw new Error(`${file}: no <!-- expect: … --> label`);
      const labels = (expect[1] ?? '').split(',').map((s) => s.trim()).filter(Boolean);
      for (const l of labels) if (!RULE_IDS.includes(l)) throw new Error(`${file}: unknown rule in label: ${l}`);
      const nowRaw = /<!--\s*now:\s*([^ >]+)\s*-->/.exec(text)?.[1] ?? DEFAULT_NOW;
      const now = parseFactDate(nowRaw)?.time;
      if (now === undefined) throw new Error(`${file}: bad now: ${nowRaw}`);
      return { file, text, expect: new Set(labels), now };
    });
}

export function scoreCorpus(drafts = loadCorpus()): CorpusScore {
  const docs = drafts.map((d) => parseDraft(d.text));
  const peers = docs.map((doc, i) => fingerprint(doc, drafts[i]!.file));
  const results = new Map<string, LintResult>();
  const counts = new Map<string, { tp: number; fp: number; fn: number; support: number }>();
  for (const id of RULE_IDS) if (!UNSCORED.has(id)) counts.set(id, { tp: 0, fp: 0, fn: 0, support: 0 });
  const mismatches: Mismatch[] = [];
  drafts.forEach((d, i) => {
    const r = lintDocument(docs[i]!, { now: d.now, file: d.file, peers });
    results.set(d.file, r);
    const fired = new Map<string, string>();
    for (const f of r.findings) if (counts.has(f.ruleId) && !fired.has(f.ruleId)) fired.set(f.ruleId, d.text.slice(f.start, f.end).replace(/\s+/g, ' ').slice(0, 60));
    for (const [rule, c] of counts) {
      const want = d.expect.has(rule);
      const got = fired.has(rule);
      if (want) c.support++;
      if (want && got) c.tp++;
      else if (!want && got) {
        c.fp++;
        mismatches.push({ file: d.file, rule, type: 'FP', detail: `flagged "${fired.get(rule)}"` });
      } else if (want && !got) {
        c.fn++;
        mismatches.push({ file: d.file, rule, type: 'FN', detail: 'not flagged' });
      }
    }
  });
  const rules: RuleScore[] = [...counts].map(([rule, c]) => ({
    rule,
    ...c,
    precision: c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp),
    recall: c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn),
  }));
  const tp = rules.reduce((s, r) => s + r.tp, 0);
  const fp = rules.reduce((s, r) => s + r.fp, 0);
  const fn = rules.reduce((s, r) => s + r.fn, 0);
  return {
    drafts,
    results,
    rules,
    micro: { tp, fp, fn, precision: tp + fp === 0 ? 1 : tp / (tp + fp), recall: tp + fn === 0 ? 1 : tp / (tp + fn) },
    mismatches,
  };
}
