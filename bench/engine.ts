/** Engine benchmarks: one draft through every rule, and a 50,000-word file. */
import { lintDraft, parseDraft, getWords } from '../shared/index.js';
import { generateDrafts, longNote } from './drafts.js';
import { benchLintOptions } from './options.js';
import { stats, time, type Stats } from './stats.js';

export { stats, time, type Stats };

export function benchEngine(): { words250: number; draft250: Stats; corpus1000: Stats; corpus1000Again: Stats; words50k: Stats } {
  const drafts = generateDrafts(1000, 1);
  // A ~250-word draft.
  const d250 = drafts.find((d) => {
    const n = getWords(parseDraft(d.text)).count;
    return n >= 240 && n <= 270;
  }) ?? drafts[0]!;
  const opts = { ...benchLintOptions(), now: new Date(2026, 10, 21, 9).getTime() };
  for (let i = 0; i < 2000; i++) lintDraft(d250.text, opts);
  const one: number[] = [];
  for (let i = 0; i < 3000; i++) one.push(time(() => lintDraft(d250.text, opts)));
  // Each draft timed the first time the engine sees it (its words not yet in the speller's cache), after
  // three passes over 100 other drafts: what a batch or a newly opened draft costs.
  for (let pass = 0; pass < 3; pass++) for (const d of generateDrafts(100, 2)) lintDraft(d.text, opts);
  const corpus: number[] = [];
  for (const d of drafts) corpus.push(time(() => lintDraft(d.text, opts)));
  // And again, now that every word has a verdict cached: what re-checking on a keystroke costs.
  const again: number[] = [];
  for (const d of drafts) again.push(time(() => lintDraft(d.text, opts)));
  const big = longNote(50_000);
  lintDraft(big, opts);
  const bigRuns: number[] = [];
  for (let i = 0; i < 10; i++) bigRuns.push(time(() => lintDraft(big, opts)));
  return {
    words250: getWords(parseDraft(d250.text)).count,
    draft250: stats(one),
    corpus1000: stats(corpus),
    corpus1000Again: stats(again),
    words50k: stats(bigRuns),
  };
}
