/**
 * The thorough tier's worker in Node: Harper (harper.js, slim binary only) in a
 * `worker_threads` worker, so its ~1.5 s start and tens of ms per draft never
 * block the language server or the CLI. Built to dist/proofreading/harper.js
 * beside harper_wasm_slim_bg.wasm. The Harper logic and the message protocol
 * are in harperService.ts (shared with the Web Worker entry,
 * harperBrowserWorker.ts); this entry brings the transport (parentPort), the
 * wasm's file: URL and V8's baseline-only flag.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';
import { parentPort } from 'node:worker_threads';
import { setFlagsFromString } from 'node:v8';
import { serveHarper } from './harperService.js';

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

void serveHarper(
  () => {
    baselineOnly();
    return wasmUrl();
  },
  (reply) => port.postMessage(reply),
).then((handle) => {
  // worker_threads queues the requests sent meanwhile until this listener starts the port.
  if (handle) port.on('message', handle);
});
