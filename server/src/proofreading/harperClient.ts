/**
 * The main-thread side of the thorough tier in Node (the language server and
 * the CLI): starts dist/proofreading/harper.js as a worker thread on first
 * use, sends it a draft's body, and hands back its lints in document offsets.
 * One request at a time per worker is enough: Harper is single-threaded, and
 * the server asks only for the latest version of each document.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ThoroughLint } from '../../../shared/proofreading/thorough.js';
import type { ThoroughChecker } from '../runtime.js';

export type { ThoroughChecker };

/** Where the worker bundle is, from a bundle in dist/<folder>/ (server, cli). */
export function harperWorkerPath(fromDir: string): string {
  return join(fromDir, '..', 'proofreading', 'harper.js');
}

export function startHarper(workerPath: string): ThoroughChecker {
  if (!existsSync(workerPath)) {
    const missing = Promise.reject(new Error(`the Harper worker is missing (${workerPath})`));
    missing.catch(() => undefined);
    return { ready: missing, check: () => missing, dispose: async () => undefined };
  }
  const worker = new Worker(resolve(workerPath));
  // The worker must never keep a CLI run or a server that lost its client alive.
  worker.unref();
  let nextId = 1;
  const pending = new Map<number, { resolve: (l: ThoroughLint[]) => void; reject: (e: Error) => void; offset: number }>();
  let failure: Error | undefined;
  const fail = (e: Error): void => {
    failure ??= e;
    for (const p of pending.values()) p.reject(failure);
    pending.clear();
  };
  const ready = new Promise<number>((resolve, reject) => {
    worker.on('message', (m: { type?: string; ms?: number; message?: string; id?: number; lints?: ThoroughLint[]; error?: string }) => {
      if (m.type === 'ready') return resolve(m.ms ?? 0);
      if (m.type === 'failed') {
        const e = new Error(`Harper could not start: ${m.message}`);
        fail(e);
        return reject(e);
      }
      const p = m.id === undefined ? undefined : pending.get(m.id);
      if (!p) return;
      pending.delete(m.id!);
      if (m.error !== undefined) p.reject(new Error(m.error));
      else p.resolve((m.lints ?? []).map((l) => ({ ...l, start: l.start + p.offset, end: l.end + p.offset })));
    });
    worker.on('error', (e) => {
      fail(e);
      reject(e);
    });
    worker.on('exit', (code) => {
      const e = new Error(`the Harper worker stopped (exit code ${code})`);
      fail(e);
      reject(e);
    });
  });
  ready.catch(() => undefined);
  return {
    ready,
    check(input) {
      if (failure) return Promise.reject(failure);
      return new Promise((resolve, reject) => {
        const id = nextId++;
        pending.set(id, { resolve, reject, offset: input.offset });
        worker.ref();
        worker.postMessage({ id, text: input.text });
      }).finally(() => {
        if (pending.size === 0) worker.unref();
      }) as Promise<ThoroughLint[]>;
    },
    async dispose() {
      fail(new Error('the Harper worker was closed'));
      await worker.terminate();
    },
  };
}
