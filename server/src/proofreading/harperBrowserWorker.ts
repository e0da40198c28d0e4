/**
 * The thorough tier's worker in the browser: Harper (harper.js, slim binary
 * only) in a dedicated Web Worker, started by harperBrowserClient.ts from the
 * language server's own Web Worker. Built to dist/proofreading/harper.browser.js
 * beside harper_wasm_slim_bg.wasm. Same protocol as the Node worker
 * (harperService.ts), with one message before it:
 *   main -> worker  { type: 'init', wasmUrl }
 * The wasm URL is given rather than derived from `self.location`: the client
 * starts this script through a blob: bootstrap (a worker cannot be started
 * from another origin's URL, and VS Code for the web serves extension files
 * from another origin), so `self.location` is a blob: URL that says nothing
 * about where the wasm is. The client derives it from this script's URL.
 */
import { serveHarper, type HarperRequest } from './harperService.js';

declare const self: DedicatedWorkerGlobalScope;

type Incoming = { type: 'init'; wasmUrl: string } | HarperRequest;

let started = false;
let handle: ((request: HarperRequest) => void) | undefined;
/** Requests that came while Harper loads: a Web Worker drops messages that find no handler, so they wait here. */
let queued: HarperRequest[] = [];

self.onmessage = (event: MessageEvent<Incoming>) => {
  const m = event.data;
  if ('type' in m) {
    if (m.type !== 'init' || started) return;
    started = true;
    void serveHarper(
      () => {
        if (typeof m.wasmUrl !== 'string' || !/harper_wasm_slim_bg\.wasm(?:[?#]|$)/.test(m.wasmUrl)) throw new Error(`not Harper's slim binary: ${String(m.wasmUrl)}`);
        return m.wasmUrl;
      },
      (reply) => self.postMessage(reply),
    ).then((h) => {
      handle = h;
      const waiting = queued;
      queued = [];
      // On failure the client has rejected these already.
      if (h) for (const r of waiting) h(r);
    });
    return;
  }
  if (handle) handle(m);
  else queued.push(m);
};
