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
import type { ThoroughChecker } from '../runtime.js';
import { harperChannel, unavailableChecker } from './harperChannel.js';
import type { HarperReply } from './harperService.js';

export type { ThoroughChecker };

/** Where the worker bundle is, from a bundle in dist/<folder>/ (server, cli). */
export function harperWorkerPath(fromDir: string): string {
  return join(fromDir, '..', 'proofreading', 'harper.js');
}

export function startHarper(workerPath: string): ThoroughChecker {
  if (!existsSync(workerPath)) return unavailableChecker(new Error(`the Harper worker is missing (${workerPath})`));
  const worker = new Worker(resolve(workerPath));
  // The worker must never keep a CLI run or a server that lost its client alive: it holds the process only while a check is pending.
  worker.unref();
  const channel = harperChannel({
    post: (request) => worker.postMessage(request),
    close: async () => void (await worker.terminate()),
    busy: (busy) => (busy ? worker.ref() : worker.unref()),
  });
  worker.on('message', (m: HarperReply) => channel.receive(m));
  worker.on('error', (e) => channel.fail(e));
  worker.on('exit', (code) => channel.fail(new Error(`the Harper worker stopped (exit code ${code})`)));
  return channel.checker;
}
