/**
 * Proofreading benchmarks (issue #6): what the fast tier adds to a lint, what
 * the thorough tier (Harper in its worker thread) costs and whether it ever
 * blocks the main thread, and how well each tier proofreads: recall of
 * injected typos, false alarms on clean drafts of the labelled corpus.
 */
import { readFileSync } from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import nspell from 'nspell';
import { getWords, lintDraft, parseDraft, thoroughInput, type LintOptions, type ThoroughInput, type ThoroughLint } from '../shared/index.js';
import { startHarper } from '../server/src/proofreading/harperClient.js';
import { loadCorpus } from '../scripts/eval.js';
import { injectTypos, scoreRecall } from '../scripts/typos.js';
import { generateDrafts, longNote } from './drafts.js';
import { benchLintOptions } from './options.js';
import { stats, time, type Stats } from './stats.js';

export interface TierQuality {
  typos: number;
  recall: number;
  cleanDrafts: number;
  /** Spelling and grammar findings on drafts labelled free of both, per draft. */
  falseAlarmsPerDraft: number;
  falseAlarmExamples: string[];
}

export interface ProofreadingBench {
  words250: number;
  /** Median per 250-word draft with and without the speller, and the difference. */
  fastOff250: Stats;
  fastOn250: Stats;
  fastOff50k: Stats;
  fastOn50k: Stats;
  /** Harper: worker start to ready, and to the first draft's findings. */
  thoroughReadyMs: number;
  thoroughFirstResultMs: number;
  thoroughPerDraft: Stats;
  thoroughDrafts: number;
  /** Longest main-thread stall while Harper worked (event-loop delay, max). */
  mainThreadMaxStallMs: number;
  /** The same start and per-draft times with V8's optimising tier allowed (not shipped). */
  tierUp: { readyMs: number; firstResultMs: number; perDraft: Stats };
  fast: TierQuality;
  thorough: TierQuality;
}

const NOW = new Date(2026, 10, 21, 9).getTime();

function overhead(text: string, runs: number, warm: number): { off: Stats; on: Stats } {
  const on: LintOptions = { ...benchLintOptions(), now: NOW };
  const off: LintOptions = { ...on, speller: null };
  for (let i = 0; i < warm; i++) {
    lintDraft(text, off);
    lintDraft(text, on);
  }
  const a: number[] = [];
  const b: number[] = [];
  // Interleaved, so both see the same machine.
  for (let i = 0; i < runs; i++) {
    a.push(time(() => lintDraft(text, off)));
    b.push(time(() => lintDraft(text, on)));
  }
  return { off: stats(a), on: stats(b) };
}

function quality(
  flagged: (text: string, now: number) => Array<{ start: number; end: number; ruleId: string }>,
  typoDrafts: ReturnType<typeof injectTypos>,
  corpus: ReturnType<typeof loadCorpus>,
): TierQuality {
  const recall = scoreRecall(typoDrafts, (d) => flagged(d.text, NOW).filter((f) => f.ruleId === 'spelling'));
  const clean = corpus.filter((d) => !d.expect.has('spelling') && !d.expect.has('grammar'));
  const alarms: string[] = [];
  for (const d of clean) for (const f of flagged(d.text, d.now)) alarms.push(`${d.file}: ${f.ruleId} "${d.text.slice(f.start, f.end)}"`);
  return { typos: recall.typos, recall: recall.recall, cleanDrafts: clean.length, falseAlarmsPerDraft: alarms.length / clean.length, falseAlarmExamples: alarms.slice(0, 8) };
}

interface HarperTimes {
  harper: ReturnType<typeof startHarper>;
  readyMs: number;
  firstResultMs: number;
  perDraft: Stats;
  stallMs: number;
}

/** A new Harper worker: start to ready, to the first draft's findings, then each sample draft once; the worker is left running. */
async function timeHarper(first: ThoroughInput, sample: ThoroughInput[]): Promise<HarperTimes> {
  const harper = startHarper('dist/proofreading/harper.js');
  const t0 = performance.now();
  const readyMs = await harper.ready;
  await harper.check(first);
  const firstResultMs = performance.now() - t0;
  const per: number[] = [];
  const delay = monitorEventLoopDelay({ resolution: 1 });
  delay.enable();
  for (const input of sample) {
    const s = performance.now();
    await harper.check(input);
    per.push(performance.now() - s);
  }
  delay.disable();
  return { harper, readyMs, firstResultMs, perDraft: stats(per), stallMs: delay.max / 1e6 };
}

export async function benchProofreading(): Promise<ProofreadingBench> {
  const drafts = generateDrafts(1000, 1);
  const d250 = drafts.find((d) => {
    const n = getWords(parseDraft(d.text)).count;
    return n >= 240 && n <= 270;
  }) ?? drafts[0]!;
  const short = overhead(d250.text, 3000, 1000);
  const long = overhead(longNote(50_000), 10, 2);

  // Quality: the labelled corpus with typos injected (nspell judges what a non-word is), and clean.
  const aff = readFileSync('node_modules/dictionary-en/index.aff', 'utf8');
  const dic = readFileSync('node_modules/dictionary-en/index.dic', 'utf8');
  const judge = nspell(aff, dic);
  const corpus = loadCorpus();
  const typoDrafts = injectTypos(corpus, (w) => judge.correct(w), { seed: 11, perDraft: 3 });
  const proof = (f: { ruleId: string }): boolean => f.ruleId === 'spelling' || f.ruleId === 'grammar';
  const fast = quality((text, now) => lintDraft(text, { ...benchLintOptions(), now }).findings.filter(proof), typoDrafts, corpus);

  // Thorough: Harper in its worker, timed from the moment it is switched on. First with V8's
  // optimising tier allowed (the comparison: V8 flags are per process, so this run must come first),
  // then as shipped (baseline compiler only, see server/src/proofreading/harperWorker.ts).
  const sample = drafts.slice(0, 200).map((d) => thoroughInput(parseDraft(d.text)));
  const firstInput = thoroughInput(parseDraft(d250.text));
  process.env['FOLLOWUP_HARPER_TIER_UP'] = '1';
  const tierUp = await timeHarper(firstInput, sample);
  await tierUp.harper.dispose();
  delete process.env['FOLLOWUP_HARPER_TIER_UP'];
  const shipped = await timeHarper(firstInput, sample);
  const harper = shipped.harper;
  const lintsFor = new Map<string, ThoroughLint[]>();
  for (const d of [...typoDrafts.map((t) => t.text), ...corpus.map((c) => c.text)]) {
    if (!lintsFor.has(d)) lintsFor.set(d, await harper.check(thoroughInput(parseDraft(d))));
  }
  await harper.dispose();
  const thorough = quality((text, now) => lintDraft(text, { ...benchLintOptions(), now, thorough: lintsFor.get(text) ?? [] }).findings.filter(proof), typoDrafts, corpus);

  return {
    words250: getWords(parseDraft(d250.text)).count,
    fastOff250: short.off,
    fastOn250: short.on,
    fastOff50k: long.off,
    fastOn50k: long.on,
    thoroughReadyMs: shipped.readyMs,
    thoroughFirstResultMs: shipped.firstResultMs,
    thoroughPerDraft: shipped.perDraft,
    thoroughDrafts: sample.length,
    mainThreadMaxStallMs: shipped.stallMs,
    tierUp: { readyMs: tierUp.readyMs, firstResultMs: tierUp.firstResultMs, perDraft: tierUp.perDraft },
    fast,
    thorough,
  };
}

/** The markdown section for docs/benchmarks.md. */
export function proofreadingSection(p: ProofreadingBench): string[] {
  const ms = (n: number): string => `${n < 1 ? n.toFixed(3) : n.toFixed(1)} ms`;
  const pct = (n: number): string => `${(100 * n).toFixed(2)} %`;
  return [
    '## Proofreading (issue #6)',
    '',
    '| measurement | figure | target |',
    '|---|---|---|',
    `| fast tier: added to one ${p.words250}-word draft (median, speller on − off) | ${ms(p.fastOn250.median - p.fastOff250.median)} (${ms(p.fastOff250.median)} → ${ms(p.fastOn250.median)}) | ≤ 0.15 ms |`,
    `| fast tier: added to a 50,000-word file (median) | ${ms(p.fastOn50k.median - p.fastOff50k.median)} (${ms(p.fastOff50k.median)} → ${ms(p.fastOn50k.median)}) | ≤ 40 ms |`,
    `| thorough tier: Harper loaded in its worker | ${ms(p.thoroughReadyMs)} | |`,
    `| thorough tier: switched on → first draft's findings | ${ms(p.thoroughFirstResultMs)} | < 2 s |`,
    `| thorough tier: per draft, ${p.thoroughDrafts} drafts (median / p95) | ${ms(p.thoroughPerDraft.median)} / ${ms(p.thoroughPerDraft.p95)} | < 40 ms |`,
    `| thorough tier: longest main-thread stall while Harper works | ${ms(p.mainThreadMaxStallMs)} | never blocks typing |`,
    `| not shipped, for comparison: V8's optimising tier allowed: switched on → first findings; per draft (median / p95) | ${ms(p.tierUp.firstResultMs)}; ${ms(p.tierUp.perDraft.median)} / ${ms(p.tierUp.perDraft.p95)} | |`,
    '',
    `Quality on the labelled corpus (test/corpus/) with ${p.fast.typos} non-word typos injected (scripts/typos.ts; nspell judges "non-word"), and on its ${p.fast.cleanDrafts} drafts labelled free of spelling and grammar problems:`,
    '',
    '| tier | typos caught | spelling + grammar false alarms per clean draft | targets |',
    '|---|---|---|---|',
    `| fast | ${pct(p.fast.recall)} | ${p.fast.falseAlarmsPerDraft.toFixed(3)} | ≥ 99 %, ≤ 0.3 |`,
    `| thorough | ${pct(p.thorough.recall)} | ${p.thorough.falseAlarmsPerDraft.toFixed(3)} | ≥ 99 %, ≤ 0.3 |`,
    '',
    ...(p.thorough.falseAlarmExamples.length ? [`Thorough-tier false alarms seen: ${p.thorough.falseAlarmExamples.join('; ')}.`, ''] : []),
  ];
}
