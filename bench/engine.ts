/** Engine benchmarks: one draft through every rule, and a 50,000-word file. */
import { lintDraft, parseDraft, getWords } from '../shared/index.js';
import { generateDrafts, longNote } from './drafts.js';

export interface Stats {
  median: number;
  p95: number;
  p99: number;
  n: number;
}

export function stats(samples: number[]): Stats {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number): number => s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? 0;
  return { median: at(0.5), p95: at(0.95), p99: at(0.99), n: s.length };
}

export function time(fn: () => void): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

export function benchEngine(): { words250: number; draft250: Stats; corpus1000: Stats; words50k: Stats } {
  const drafts = generateDrafts(1000, 1);
  // A ~250-word draft.
  const d250 = drafts.find((d) => {
    const n = getWords(parseDraft(d.text)).count;
    return n >= 240 && n <= 270;
  }) ?? drafts[0]!;
  const now = new Date(2026, 10, 21, 9).getTime();
  for (let i = 0; i < 2000; i++) lintDraft(d250.text, { now });
  const one: number[] = [];
  for (let i = 0; i < 3000; i++) one.push(time(() => lintDraft(d250.text, { now })));
  const corpus: number[] = [];
  for (const d of drafts) lintDraft(d.text, { now });
  for (const d of drafts) corpus.push(time(() => lintDraft(d.text, { now })));
  const big = longNote(50_000);
  lintDraft(big, { now });
  const bigRuns: number[] = [];
  for (let i = 0; i < 10; i++) bigRuns.push(time(() => lintDraft(big, { now })));
  return {
    words250: getWords(parseDraft(d250.text)).count,
    draft250: stats(one),
    corpus1000: stats(corpus),
    words50k: stats(bigRuns),
  };
}
