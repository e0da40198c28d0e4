/**
 * The thorough tier's Harper service, shared by its two worker entries:
 * harperWorker.ts (Node, a `worker_threads` worker) and harperBrowserWorker.ts
 * (a Web Worker). harper.js, slim binary only. No Node APIs here: the entries
 * bring the transport and the wasm URL. Protocol (structured clone):
 *   worker -> main  { type: 'ready', ms } | { type: 'failed', message }
 *   main -> worker  { id, text }   (text: a draft's body)
 *   worker -> main  { id, lints: ThoroughLint[] } | { id, error }
 * Offsets in the lints are UTF-16, relative to the text sent.
 */
import { createBinaryModuleFromUrl, LocalLinter, type Lint } from 'harper.js';
import { HARPER_RULES_OFF, type ThoroughLint } from '../../../shared/proofreading/thorough.js';

export interface HarperRequest {
  id: number;
  text: string;
}

export type HarperReply =
  | { type: 'ready'; ms: number }
  | { type: 'failed'; message: string }
  | { id: number; lints: ThoroughLint[] }
  | { id: number; error: string };

/**
 * Harper's spans may count Unicode scalar values or UTF-16 code units
 * depending on the build; the problem text it reports tells which. A lint
 * whose text matches neither reading is dropped rather than misplaced.
 */
export function placer(text: string): (start: number, end: number, problem: string) => [number, number] | undefined {
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

export function toLint(rule: string, l: Lint, place: ReturnType<typeof placer>): ThoroughLint | undefined {
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

const reason = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * Load Harper (slim binary) from the URL `setup` returns (called inside the
 * try, so an entry's own preparation failing is reported the same way), turn
 * off HARPER_RULES_OFF, warm it up, then post `ready` with the load time, or
 * `failed`. Resolves with the request handler once ready, undefined on failure.
 */
export async function serveHarper(setup: () => string, post: (reply: HarperReply) => void): Promise<((request: HarperRequest) => void) | undefined> {
  const t0 = performance.now();
  let linter: LocalLinter;
  try {
    linter = new LocalLinter({ binary: createBinaryModuleFromUrl(setup(), 'slim') });
    await linter.setup();
    const config = await linter.getLintConfig();
    for (const rule of HARPER_RULES_OFF) if (rule in config) config[rule] = false;
    await linter.setLintConfig(config);
    for (const list of Object.values(await linter.organizedLints(WARM_UP, { language: 'markdown' }))) for (const l of list) l.free();
  } catch (error) {
    post({ type: 'failed', message: reason(error) });
    return undefined;
  }
  post({ type: 'ready', ms: Math.round(performance.now() - t0) });
  return (m) => {
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
        post({ id: m.id, lints });
      })
      .catch((error: unknown) => post({ id: m.id, error: reason(error) }));
  };
}
