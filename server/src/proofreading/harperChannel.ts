/**
 * The language server's side of the Harper protocol (harperService.ts), the
 * same over any transport: harperClient.ts (Node worker thread) and
 * harperBrowserClient.ts (Web Worker) only start their worker and carry the
 * messages. `ready` resolves with Harper's load time; a failure rejects every
 * pending and later check; lints come back shifted to document offsets.
 */
import type { ThoroughLint } from '../../../shared/proofreading/thorough.js';
import type { ThoroughChecker } from '../runtime.js';
import type { HarperReply, HarperRequest } from './harperService.js';

export interface HarperChannel {
  readonly checker: ThoroughChecker;
  /** A message from the worker. */
  receive(reply: HarperReply): void;
  /** The worker is of no more use (it stopped, errored or could not load): fail `ready`, pending and later checks. */
  fail(error: Error): void;
}

export interface HarperTransport {
  post(request: HarperRequest): void;
  close(): Promise<void> | void;
  /** Told when checks start or stop being pending (Node: keep the process alive only while waiting). */
  busy?(busy: boolean): void;
}

/** A checker that never loads: every use says why. */
export function unavailableChecker(error: Error): ThoroughChecker {
  const missing = Promise.reject(error);
  missing.catch(() => undefined);
  return { ready: missing, check: () => missing, dispose: async () => undefined };
}

export function harperChannel(transport: HarperTransport): HarperChannel {
  let nextId = 1;
  const pending = new Map<number, { resolve: (l: ThoroughLint[]) => void; reject: (e: Error) => void; offset: number }>();
  let failure: Error | undefined;
  let settle: { resolve: (ms: number) => void; reject: (e: Error) => void } | undefined;
  const ready = new Promise<number>((resolve, reject) => (settle = { resolve, reject }));
  ready.catch(() => undefined);

  const fail = (error: Error): void => {
    failure ??= error;
    settle?.reject(failure);
    for (const p of pending.values()) p.reject(failure);
    pending.clear();
    transport.busy?.(false);
  };

  const receive = (m: HarperReply): void => {
    if ('type' in m) {
      if (m.type === 'ready') settle?.resolve(m.ms);
      else fail(new Error(`Harper could not start: ${m.message}`));
      return;
    }
    const p = pending.get(m.id);
    if (!p) return;
    pending.delete(m.id);
    if (pending.size === 0) transport.busy?.(false);
    if ('error' in m) p.reject(new Error(m.error));
    else p.resolve(m.lints.map((l) => ({ ...l, start: l.start + p.offset, end: l.end + p.offset })));
  };

  const checker: ThoroughChecker = {
    ready,
    check(input) {
      if (failure) return Promise.reject(failure);
      return new Promise<ThoroughLint[]>((resolve, reject) => {
        const id = nextId++;
        pending.set(id, { resolve, reject, offset: input.offset });
        transport.busy?.(true);
        transport.post({ id, text: input.text });
      });
    },
    async dispose() {
      fail(new Error('the Harper worker was closed'));
      await transport.close();
    },
  };
  return { checker, receive, fail };
}
