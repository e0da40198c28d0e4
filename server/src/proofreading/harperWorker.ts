/**
 * The thorough tier's worker: Harper (harper.js, slim binary only) in a
 * `worker_threads` worker, so its ~1.5 s start and tens of ms per draft never
 * block the language server or the CLI. Built to dist/proofreading/harper.js
 * beside harper_wasm_slim_bg.wasm. Protocol (structured clone):
 *   worker -> main  { type: 'ready', ms } | { type: 'failed', message }
 *   main -> worker  { id, text }   (text: a draft's body)
 *   worker -> main  { id, lints: ThoroughLint[] } | { id, error }
 * Offsets in the lints are UTF-16, relative to the text sent.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';
import { parentPort } from 'node:worker_threads';
import { setFlagsFromString } from 'node:v8';
import { createBinaryModuleFromUrl, LocalLinter, type Lint } from 'harper.js';
import { HARPER_RULES_OFF, type ThoroughLint } from '../../../shared/proofreading/thorough.js';

const port = parentPort;
if (!port) throw new Error('harper worker: run me as a worker thread');

/**
 * harper.js reads a file: URL with fs but does not decode it, so a path with
 * spaces (a Windows user folder) fails; such a path goes in as a data: URL.
 */
function wasmUrl(): string {
  const path = join(__dirname, 'harper_wasm_slim_bg.wasm');
  const url = pathToFileURL(path).href;
  if (new URL(url).pathname === fileURLToPath(url)) return url;
  return `data:application/wasm;base64,${readFileSync(path).toString('base64')}`;
}

/**
 * Harper's spans may count Unicode scalar values or UTF-16 code units
 * depending on the build; the problem text it reports tells which. A lint
 * whose text matches neither reading is dropped rather than misplaced.
 */
function placer(text: string): (start: number, end: number, problem: string) => [number, number] | undefined {
  let map: number[] | undefined;
  const utf16 = (i: number): number => {
    if (!map) {
      map = [];
      let u = 0;
      for (const ch of text) {
        map.push(u);
        u += ch.length;
      }
      map.push(u);
    }
    return map[Math.min(i, map.length - 1)]!;
  };
  return (start, end, problem) => {
    if (text.slice(start, end) === problem) return [start, end];
    const s = utf16(start);
    const e = utf16(end);
    return text.slice(s, e) === problem ? [s, e] : undefined;
  };
}

function toLint(rule: string, l: Lint, place: ReturnType<typeof placer>): ThoroughLint | undefined {
  const span = l.span();
  const at = place(span.start, span.end, l.get_problem_text());
  span.free();
  const out: ThoroughLint | undefined = at && {
    rule,
    kind: l.lint_kind(),
    start: at[0],
    end: at[1],
    message: l.message(),
    replacements: l.suggestions().map((s) => s.get_replacement_text()),
  };
  l.free();
  return out;
}

/** A short draft checked once at start, so the first real check does not pay Harper's lazy set-up. */
const WARM_UP = 'Dear Dana,\n\nThank you for the the interview yesterday. I enjoyed hearing about the roadmap, and I am excited about the role.\n\nBest regards,\nSam\n';

/**
 * Harper's 16 MB module runs on V8's baseline compiler (Liftoff) only. By
 * default V8 also compiles it with its optimising tier in the background, and
 * on two cores that holds up the worker's first answer by 1.3-2 s and takes
 * CPU from the editor just when the tier is switched on. Measured on the bench
 * drafts (2 cores, busy): first findings 1.4-1.5 s instead of 2.8-3.8 s, per
 * draft ~40 ms median instead of ~30 ms, p95 the same (~65 ms). Set before the
 * module is compiled (V8 flags are per process; nothing else in it runs
 * WebAssembly). FOLLOWUP_HARPER_TIER_UP=1 keeps V8's default, for comparison.
 */
function baselineOnly(): void {
  if (process.env['FOLLOWUP_HARPER_TIER_UP'] !== '1') setFlagsFromString('--liftoff-only');
}

async function main(): Promise<void> {
  const t0 = performance.now();
  let linter: LocalLinter;
  try {
    baselineOnly();
    linter = new LocalLinter({ binary: createBinaryModuleFromUrl(wasmUrl(), 'slim') });
    await linter.setup();
    const config = await linter.getLintConfig();
    for (const rule of HARPER_RULES_OFF) if (rule in config) config[rule] = false;
    await linter.setLintConfig(config);
    for (const list of Object.values(await linter.organizedLints(WARM_UP, { language: 'markdown' }))) for (const l of list) l.free();
  } catch (error) {
    port!.postMessage({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
    return;
  }
  port!.postMessage({ type: 'ready', ms: Math.round(performance.now() - t0) });
  port!.on('message', (m: { id: number; text: string }) => {
    linter
      .organizedLints(m.text, { language: 'markdown' })
      .then((groups) => {
        const place = placer(m.text);
        const lints: ThoroughLint[] = [];
        for (const [rule, list] of Object.entries(groups)) {
          for (const l of list) {
            const lint = toLint(rule, l, place);
            if (lint) lints.push(lint);
          }
        }
        port!.postMessage({ id: m.id, lints });
      })
      .catch((error: unknown) => port!.postMessage({ id: m.id, error: error instanceof Error ? error.message : String(error) }));
  });
}

void main();
