/**
 * The thorough tier in the browser, on the language server's side: starts
 * harper.browser.js (harperBrowserWorker.ts) as a dedicated Web Worker nested
 * in the server's own Web Worker, and hands back its lints in document
 * offsets. Same semantics as harperClient.ts (Node): `ready` resolves with
 * Harper's load time; a failure rejects every pending and later check; one
 * request per document at a time is the server's business.
 *
 * The worker is started through a blob: bootstrap that importScripts() the
 * given URL: a worker cannot be constructed from another origin's URL, and
 * VS Code for the web serves extension files from another origin than the
 * workers it starts (it starts the server the same way). The wasm sits beside
 * the script, so its URL is derived from the script's and sent first.
 */
import type { ThoroughLint } from '../../../shared/proofreading/thorough.js';
import type { ThoroughChecker } from '../runtime.js';
import type { HarperReply } from './harperService.js';

export const HARPER_WASM = 'harper_wasm_slim_bg.wasm';

function failed(error: Error): ThoroughChecker {
  const missing = Promise.reject(error);
  missing.catch(() => undefined);
  return { ready: missing, check: () => missing, dispose: async () => undefined };
}

export function startHarperBrowser(workerUrl: string): ThoroughChecker {
  let script: URL;
  try {
    script = new URL(workerUrl);
  } catch {
    return failed(new Error(`the Harper worker's URL is not a URL (${workerUrl})`));
  }
  if (typeof Worker === 'undefined') return failed(new Error('this editor cannot start a Web Worker from the language server'));
  const bootstrap = URL.createObjectURL(new Blob([`importScripts(${JSON.stringify(script.href)});`], { type: 'text/javascript' }));
  let worker: Worker;
  try {
    worker = new Worker(bootstrap, { name: 'followup-harper' });
  } catch (error) {
    URL.revokeObjectURL(bootstrap);
    return failed(new Error(`the Harper worker could not start: ${error instanceof Error ? error.message : String(error)}`));
  }
  let nextId = 1;
  const pending = new Map<number, { resolve: (l: ThoroughLint[]) => void; reject: (e: Error) => void; offset: number }>();
  let failure: Error | undefined;
  let revoked = false;
  /** The bootstrap is needed only until the script has run. */
  const revoke = (): void => {
    if (!revoked) URL.revokeObjectURL(bootstrap);
    revoked = true;
  };
  const fail = (e: Error): void => {
    failure ??= e;
    for (const p of pending.values()) p.reject(failure);
    pending.clear();
  };
  const ready = new Promise<number>((resolve, reject) => {
    const stop = (e: Error): void => {
      fail(e);
      reject(e);
      worker.terminate();
      revoke();
    };
    worker.onmessage = (event: MessageEvent<HarperReply>) => {
      const m = event.data;
      if ('type' in m) {
        revoke();
        if (m.type === 'ready') return resolve(m.ms);
        return stop(new Error(`Harper could not start: ${m.message}`));
      }
      const p = pending.get(m.id);
      if (!p) return;
      pending.delete(m.id);
      if ('error' in m) p.reject(new Error(m.error));
      else p.resolve(m.lints.map((l) => ({ ...l, start: l.start + p.offset, end: l.end + p.offset })));
    };
    // A script that cannot be loaded (404, blocked) or an uncaught error: the worker is of no more use.
    worker.onerror = (event: ErrorEvent) => {
      event.preventDefault();
      stop(new Error(`the Harper worker failed${event.message ? `: ${event.message}` : ` to load ${script.href}`}`));
    };
    worker.onmessageerror = () => stop(new Error('the Harper worker sent a message that could not be read'));
  });
  ready.catch(() => undefined);
  worker.postMessage({ type: 'init', wasmUrl: new URL(HARPER_WASM, script).href });
  return {
    ready,
    check(input) {
      if (failure) return Promise.reject(failure);
      return new Promise<ThoroughLint[]>((resolve, reject) => {
        const id = nextId++;
        pending.set(id, { resolve, reject, offset: input.offset });
        worker.postMessage({ id, text: input.text });
      });
    },
    async dispose() {
      fail(new Error('the Harper worker was closed'));
      worker.terminate();
      revoke();
    },
  };
}
