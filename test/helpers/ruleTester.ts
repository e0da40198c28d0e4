/**
 * RuleTester in the ESLint style: valid drafts must not trigger the rule,
 * invalid ones must, with the exact flagged text and messageId. On its own it
 * also checks what careless tests forget: every fix stays in its range,
 * removes its finding, is idempotent and adds no new error; fixable rules
 * have fix cases; no duplicate cases.
 */
import { describe, expect, it } from 'vitest';
import {
  applyEdits,
  lintDraft,
  mergeConfig,
  parseFactDate,
  ruleById,
  type DraftKind,
  type Finding,
  type LintOptions,
  type PartialConfig,
  type PeerDraft,
} from '../../shared/index.js';

export interface ValidCase {
  name?: string;
  text: string;
  kind?: DraftKind;
  /** Local date-time, e.g. "2026-11-21T09:00". */
  now?: string;
  options?: PartialConfig;
  file?: string;
  peers?: PeerDraft[];
}

export interface ExpectedError {
  messageId: string;
  /** The exact flagged text. */
  text?: string;
  data?: Record<string, string | number>;
  severity?: Finding['severity'];
}

export interface InvalidCase extends ValidCase {
  errors: ExpectedError[];
  /** Text after applying this rule's safe fixes; `null` when the case offers none. */
  output?: string | null;
  /** Titles of suggested (non-safe) fixes expected on the first finding. */
  suggestions?: string[];
}

export function toOptions(c: ValidCase): LintOptions {
  const options: LintOptions = { config: mergeConfig(c.options) };
  if (c.kind) options.kind = c.kind;
  if (c.now) {
    const t = parseFactDate(c.now);
    if (!t) throw new Error(`bad "now" in test case: ${c.now}`);
    options.now = t.time;
  }
  options.file = c.file ?? 'draft.md';
  if (c.peers) options.peers = c.peers;
  return options;
}

function only(ruleId: string, findings: Finding[]): Finding[] {
  return findings.filter((f) => f.ruleId === ruleId);
}

function applySafe(text: string, findings: Finding[]): string {
  const edits = findings.flatMap((f) => f.fixes.find((x) => x.safe)?.edits ?? []);
  return applyEdits(text, edits).text;
}

function errorCounts(findings: Finding[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const f of findings) if (f.severity === 'error') m.set(f.ruleId, (m.get(f.ruleId) ?? 0) + 1);
  return m;
}

export function runRuleTests(ruleId: string, cases: { valid: Array<string | ValidCase>; invalid: InvalidCase[] }): void {
  const rule = ruleById(ruleId);
  const valid = cases.valid.map((v) => (typeof v === 'string' ? { text: v } : v));
  const seen = new Set<string>();
  for (const c of [...valid, ...cases.invalid]) {
    const key = JSON.stringify([c.text, c.kind, c.now, c.options, c.file, c.peers?.map((p) => [p.file, [...p.shingles].sort((a, b) => a - b).join()])]);
    if (seen.has(key)) throw new Error(`duplicate test case for ${ruleId}: ${c.name ?? c.text.slice(0, 60)}`);
    seen.add(key);
  }

  describe(ruleId, () => {
    it('is registered, with at least one valid and one invalid case', () => {
      expect(rule, `rule ${ruleId} is not registered`).toBeDefined();
      expect(valid.length).toBeGreaterThan(0);
      expect(cases.invalid.length).toBeGreaterThan(0);
      if (rule?.meta.fix === 'safe') {
        expect(cases.invalid.some((c) => typeof c.output === 'string'), 'a fixable rule needs a case with output').toBe(true);
      }
    });

    describe('valid', () => {
      for (const c of valid) {
        it(c.name ?? c.text.slice(0, 70).replace(/\s+/g, ' '), () => {
          const result = lintDraft(c.text, toOptions(c));
          const hits = only(ruleId, result.findings).map((f) => `${f.messageId}: ${JSON.stringify(c.text.slice(f.start, f.end))}`);
          expect(hits).toEqual([]);
        });
      }
    });

    describe('invalid', () => {
      for (const c of cases.invalid) {
        it(c.name ?? c.text.slice(0, 70).replace(/\s+/g, ' '), () => {
          expect(c.errors.length, 'an invalid case needs errors').toBeGreaterThan(0);
          const options = toOptions(c);
          const result = lintDraft(c.text, options);
          const mine = only(ruleId, result.findings);
          expect(
            mine.map((f) => ({ messageId: f.messageId, text: c.text.slice(f.start, f.end) })),
            'findings (messageId and flagged text)',
          ).toEqual(c.errors.map((e, i) => ({ messageId: e.messageId, text: e.text ?? c.text.slice(mine[i]?.start ?? 0, mine[i]?.end ?? 0) })));
          c.errors.forEach((e, i) => {
            const f = mine[i];
            if (!f) return;
            const template = rule?.meta.messages[f.messageId] ?? '';
            for (const [, key] of template.matchAll(/\{(\w+)\}/g)) expect(f.message, `placeholder {${key}} filled`).not.toContain(`{${key}}`);
            if (e.severity) expect(f.severity).toBe(e.severity);
            if (e.data) for (const [k, v] of Object.entries(e.data)) expect(f.message).toContain(String(v)), void k;
          });

          // Fix contract.
          const safe = mine.filter((f) => f.fixes.some((x) => x.safe));
          if (rule?.meta.fix !== 'safe') expect(safe, `rule declares fix "${rule?.meta.fix}" but produced a safe fix`).toEqual([]);
          if (rule?.meta.fix === 'none') expect(mine.flatMap((f) => f.fixes), 'rule declares no fixes').toEqual([]);
          if (c.output === undefined) expect(safe, 'this case produces a fix: give `output`').toEqual([]);
          else if (c.output === null) expect(safe).toEqual([]);
          else {
            expect(c.output).not.toBe(c.text);
            const out = applySafe(c.text, mine);
            expect(out).toBe(c.output);
            // Idempotent: the rule offers no further safe fix on its own output.
            const again = lintDraft(out, options);
            expect(applySafe(out, only(ruleId, again.findings))).toBe(out);
            // No new error-level finding, from any rule.
            const before = errorCounts(result.findings);
            for (const [id, n] of errorCounts(again.findings)) expect(n, `new error from ${id}`).toBeLessThanOrEqual(before.get(id) ?? 0);
          }
          if (c.suggestions) expect(mine[0]?.fixes.filter((x) => !x.safe).map((x) => x.title)).toEqual(c.suggestions);

          // Every fix (safe or suggested): stays in range, and removes its finding.
          for (const f of mine) {
            for (const fix of f.fixes) {
              if (rule?.meta.category !== 'do') {
                for (const e of fix.edits) {
                  expect(e.start, `${fix.title}: edit starts inside the finding`).toBeGreaterThanOrEqual(f.start - 1);
                  expect(e.end, `${fix.title}: edit ends inside the finding`).toBeLessThanOrEqual(f.end + 1);
                }
              }
              const fixed = applyEdits(c.text, fix.edits).text;
              const after = only(ruleId, lintDraft(fixed, options).findings);
              expect(after.length, `${fix.title} removes its finding`).toBeLessThan(mine.length);
            }
          }
        });
      }
    });
  });
}
