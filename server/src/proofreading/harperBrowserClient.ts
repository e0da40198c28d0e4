/**
 * The thorough tier in the browser, on the language server's side: starts
 * harper.browser.js (harperBrowserWorker.ts) as a dedicated Web Worker nested
 * in the server's own Web Worker, and hands back its lints in document
 * offsets, through the same protocol side as the Node client
 * (harperChannel.ts); one request per document at a time is the server's
 * business.
 *
 * The worker is started through a blob: bootstrap that importScripts() the
 * given URL: a worker cannot be constructed from another origin's URL, and
 * VS Code for the web serves extension files from another origin than the
 * workers it starts (it starts the server the same way). The wasm sits beside
 * the script, so its URL is derived from the script's and sent first.
 */
import type { ThoroughChecker } from '../runtime.js';
import { harperChannel, unavailableChecker } from './harperChannel.js';
import type { HarperReply } from './harperService.js';

export const HARPER_WASM = 'harper_wasm_slim_bg.wasm';

export function startHarperBrowser(workerUrl: string): ThoroughChecker {
  let script: URL;
  try {
    script = new URL(workerUrl);
  } catch {
    return unavailableChecker(new Error(`the Harper worker's URL is not a URL (${workerUrl})`));
  }
  if (typeof Worker === 'undefined') return unavailableChecker(new Error('this editor cannot start a Web Worker from the language server'));
  const bootstrap = URL.createObjectURL(new Blob([`importScripts(${JSON.stringify(script.href)});`], { type: 'text/javascript' }));
  let worker: Worker;
  try {
    worker = new Worker(bootstrap, { name: 'followup-harper' });
  } catch (error) {
    URL.revokeObjectURL(bootstrap);
    return unavailableChecker(new Error(`the Harper worker could not start: ${error instanceof Error ? error.message : String(error)}`));
  }
  let revoked = false;
  /** The bootstrap is needed only until the script has run. */
  const revoke = (): void => {
    if (!revoked) URL.revokeObjectURL(bootstrap);
    revoked = true;
  };
  const close = (): void => {
    worker.terminate();
    revoke();
  };
  const channel = harperChannel({ post: (request) => worker.postMessage(request), close });
  const stop = (e: Error): void => {
    channel.fail(e);
    close();
  };
  worker.onmessage = (event: MessageEvent<HarperReply>) => {
    const m = event.data;
    if ('type' in m) {
      revoke();
      if (m.type === 'failed') return stop(new Error(`Harper could not start: ${m.message}`));
    }
    channel.receive(m);
  };
  // A script that cannot be loaded (404, blocked) or an uncaught error: the worker is of no more use.
  worker.onerror = (event: ErrorEvent) => {
    event.preventDefault();
    stop(new Error(`the Harper worker failed${event.message ? `: ${event.message}` : ` to load ${script.href}`}`));
  };
  worker.onmessageerror = () => stop(new Error('the Harper worker sent a message that could not be read'));
  worker.postMessage({ type: 'init', wasmUrl: new URL(HARPER_WASM, script).href });
  return channel.checker;
}
