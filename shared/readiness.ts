/**
 * The readiness checklist: the "do" rules of the draft's kind (and the word
 * limit), plus "no errors" and "on time". The score is how many hold.
 */
import { RULES } from './rules/index.js';
import type { FollowupConfig } from './engine/config.js';
import type { DraftKind, Finding } from './types.js';

export interface ReadinessItem {
  id: string;
  label: string;
  ok: boolean;
  /** Rules whose findings decide this item (empty for "no errors"). */
  rules: string[];
}

export interface Readiness {
  kind: DraftKind;
  score: number;
  total: number;
  items: ReadinessItem[];
}

export function readiness(kind: DraftKind, findings: readonly Finding[], config: FollowupConfig): Readiness {
  const fired = new Set<string>();
  let errors = 0;
  for (const f of findings) {
    fired.add(f.ruleId);
    if (f.severity === 'error') errors++;
  }
  const items: ReadinessItem[] = [];
  const timing: string[] = [];
  for (const rule of RULES) {
    const m = rule.meta;
    if (m.kinds !== 'all' && !m.kinds.includes(kind)) continue;
    if ((config.rules[m.id] ?? m.defaultSeverity) === 'off') continue;
    if (m.category === 'timing') timing.push(m.id);
    else if (m.checklistLabel) items.push({ id: m.id, label: m.checklistLabel, ok: !fired.has(m.id), rules: [m.id] });
  }
  items.push({ id: 'no-errors', label: 'No errors', ok: errors === 0, rules: [] });
  items.push({ id: 'on-time', label: 'On time', ok: !timing.some((id) => fired.has(id)), rules: timing });
  const score = items.filter((i) => i.ok).length;
  return { kind, score, total: items.length, items };
}

/** "Ready 5/7" */
export function formatReadiness(r: Readiness): string {
  return `${r.score === r.total ? 'Ready' : 'Readiness'} ${r.score}/${r.total}`;
}
