/**
 * One tool of the peer comparison, alone in its own process, so that its
 * memory is its own: `node peers-runner.mjs TOOL OUT.json` (bench/peers.ts
 * bundles this file and starts one process per tool).
 *
 * Each process generates the same seeded corpus (bench/recall.ts, checked by
 * hash), then times: loading the tool (import, dictionaries, set-up), the
 * first check (cold), per-draft checks after a warm-up on other drafts, and
 * the 50,000-word note; and scores the reports against the injected defects.
 * Result extraction (turning the tool's reports into ranges) is inside the
 * timed region for every tool, this engine included.
 */
import { readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { generateDrafts, generateLongNote, type GeneratedDraft } from './drafts.js';
import { PEER_CORPUS, codePointToUtf16, corpusHash, emptyScore, score, type Scored, type Span } from './recall.js';
import { stats, type Stats } from './stats.js';

type Check = (text: string) => Span[] | Promise<Span[]>;

interface Tool {
  /** Drafts timed, from the start of the corpus (the rest is still checked, untimed, for recall). */
  timed: number;
  load(): Promise<Check>;
  /** Anything to say in the report about how the tool was run. */
  setup: string;
}

const NOW = new Date(2026, 10, 21, 9).getTime();

const TOOLS: Record<string, Tool> = {
  /** The harness alone: the memory every process starts from. */
  baseline: {
    timed: PEER_CORPUS.count,
    setup: 'no tool; the corpus in memory',
    async load() {
      return () => [];
    },
  },
  followup: {
    timed: PEER_CORPUS.count,
    setup: '`lintDraft(text, benchLintOptions())`, every rule (spelling and grammar included)',
    async load() {
      const { lintDraft } = await import('../shared/index.js');
      const { benchLintOptions } = await import('./options.js');
      const options = { ...benchLintOptions(), now: NOW };
      return (text) => lintDraft(text, options).findings.map((f): Span => [f.start, f.end]);
    },
  },
  'write-good': {
    timed: PEER_CORPUS.count,
    setup: '`writeGood(text)`, default checks, on the whole file',
    async load() {
      const writeGood = (await import('write-good')).default;
      return (text) => writeGood(text).map((s): Span => [s.index, s.index + s.offset]);
    },
  },
  alex: {
    timed: PEER_CORPUS.count,
    setup: "`markdown(text)` from 'alex' (remark, front matter aware), default options",
    async load() {
      const { markdown } = await import('alex');
      return async (text) => {
        const file = await markdown(text);
        const out: Span[] = [];
        for (const m of file.messages) {
          const where = (m as { place?: unknown }).place ?? (m as { position?: unknown }).position;
          const w = where as { start?: { offset?: number }; end?: { offset?: number }; offset?: number } | undefined;
          if (w?.start?.offset !== undefined) out.push([w.start.offset, w.end?.offset ?? w.start.offset]);
          else if (w?.offset !== undefined) out.push([w.offset, w.offset]);
        }
        return out;
      };
    },
  },
  textlint: {
    timed: PEER_CORPUS.count,
    setup: '`createLinter(loadTextlintrc())` with textlint-rule-write-good, built-in markdown plugin, `lintText(text, "draft.md")`',
    async load() {
      const { createLinter, loadTextlintrc } = await import('textlint');
      // A config file is how textlint is set up; this one names only the write-good rule.
      const dir = mkdtempSync(join(resolve('node_modules/.cache'), 'bench-textlint-'));
      try {
        const rc = join(dir, '.textlintrc.json');
        writeFileSync(rc, JSON.stringify({ rules: { 'write-good': true } }));
        const descriptor = await loadTextlintrc({ configFilePath: rc, node_modulesDir: resolve('node_modules') });
        const linter = createLinter({ descriptor });
        return async (text) => {
          const result = await linter.lintText(text, 'draft.md');
          return result.messages.map((m): Span => (m.range ? [m.range[0], m.range[1]] : [m.index, m.index + 1]));
        };
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  },
  harper: {
    // About 25-60 ms a draft: timed on the first 200 drafts; the other 800 are checked for recall only.
    timed: 200,
    setup: '`new LocalLinter({ binary: slimBinary })`, `lint(text, { language: "markdown" })`; spans converted from code points to UTF-16',
    async load() {
      const { LocalLinter } = await import('harper.js');
      const { slimBinary } = await import('harper.js/slimBinary');
      const linter = new LocalLinter({ binary: slimBinary });
      await linter.setup();
      return async (text) => {
        const lints = await linter.lint(text, { language: 'markdown' });
        const toUtf16 = codePointToUtf16(text);
        return lints.map((l): Span => {
          const s = l.span();
          const span: Span = [toUtf16(s.start), toUtf16(s.end)];
          s.free();
          l.free();
          return span;
        });
      };
    },
  },
  nspell: {
    timed: PEER_CORPUS.count,
    setup: 'nspell over dictionary-en (index.aff / index.dic read as text); every word of the body (letters, inner apostrophes) through `correct()`',
    async load() {
      const nspell = (await import('nspell')).default;
      const aff = readFileSync(resolve('node_modules/dictionary-en/index.aff'), 'utf8');
      const dic = readFileSync(resolve('node_modules/dictionary-en/index.dic'), 'utf8');
      const spell = nspell(aff, dic);
      const word = /\p{L}+(?:['’]\p{L}+)*/gu;
      return (text) => {
        const out: Span[] = [];
        const from = bodyStart(text);
        word.lastIndex = from;
        for (let m = word.exec(text); m; m = word.exec(text)) if (!spell.correct(m[0])) out.push([m.index, m.index + m[0].length]);
        return out;
      };
    },
  },
};

/** Where the body starts: after a `---` front matter block, if any (a spell checker has no business with YAML keys). */
function bodyStart(text: string): number {
  if (!text.startsWith('---\n')) return 0;
  const end = text.indexOf('\n---\n', 3);
  return end < 0 ? 0 : end + 5;
}

export interface PeerRun {
  tool: string;
  setup: string;
  corpus: string;
  /** Generating the corpus, before the tool is loaded (not part of any figure). */
  corpusMs: number;
  loadMs: number;
  firstMs: number;
  warmup: number;
  perDraft: Stats;
  longWords: number;
  long: Stats;
  rssBeforeMB: number;
  peakRssMB: number;
  scored: Scored;
}

async function run(name: string): Promise<PeerRun> {
  const tool = TOOLS[name];
  if (!tool) throw new Error(`unknown tool "${name}"; one of ${Object.keys(TOOLS).join(', ')}`);
  const t0 = performance.now();
  const drafts = generateDrafts(PEER_CORPUS.count, PEER_CORPUS.seed);
  const warm = generateDrafts(PEER_CORPUS.warmCount, PEER_CORPUS.warmSeed);
  const long = generateLongNote(PEER_CORPUS.longWords, PEER_CORPUS.longSeed);
  const corpusMs = performance.now() - t0;
  const rssBeforeMB = process.memoryUsage().rss / 2 ** 20;

  let t = performance.now();
  const check = await tool.load();
  const loadMs = performance.now() - t;
  t = performance.now();
  await check(warm[0]!.text);
  const firstMs = performance.now() - t;

  // Warm-up on other drafts, in a cycle: two seconds for every tool (at least 20 checks). It was three
  // passes or two seconds, whichever ended first, which gave a tool that checks a draft in 0.2 ms a
  // tenth of a second of warm-up against a slow tool's two: its first thousand drafts were still timed
  // while V8 was optimising it (0.27-0.37 ms, against 0.20 once warm).
  let warmup = 1;
  const warmStart = performance.now();
  while (warmup < 20 || performance.now() - warmStart < 2000) {
    const r = check(warm[warmup % warm.length]!.text);
    if (r instanceof Promise) await r;
    warmup++;
  }

  const scored = emptyScore();
  const times: number[] = [];
  const one = async (d: GeneratedDraft, timed: boolean): Promise<void> => {
    const s = performance.now();
    let spans = check(d.text);
    if (spans instanceof Promise) spans = await spans;
    if (timed) times.push(performance.now() - s);
    score(scored, d, spans);
  };
  for (let i = 0; i < drafts.length; i++) await one(drafts[i]!, i < tool.timed);

  // The long note: one warm-up run, then runs until ten or four seconds, at least one.
  await check(long.text);
  const longRuns: number[] = [];
  const started = performance.now();
  while (longRuns.length < 10 && (longRuns.length === 0 || performance.now() - started < 4000)) {
    const s = performance.now();
    const r = check(long.text);
    if (r instanceof Promise) await r;
    longRuns.push(performance.now() - s);
  }

  return {
    tool: name,
    setup: tool.setup,
    corpus: corpusHash(drafts.map((d) => d.text)),
    corpusMs,
    loadMs,
    firstMs,
    warmup,
    perDraft: stats(times),
    longWords: long.words,
    long: stats(longRuns),
    rssBeforeMB,
    peakRssMB: process.resourceUsage().maxRSS / 1024,
    scored,
  };
}

const [name, out] = process.argv.slice(2);
if (!name || !out) {
  console.error('usage: node peers-runner.mjs TOOL OUT.json');
  process.exit(2);
}
const result = await run(name);
writeFileSync(out, JSON.stringify(result));
// Some tools keep handles open (workers, timers); the result is written, so leave.
process.exit(0);
