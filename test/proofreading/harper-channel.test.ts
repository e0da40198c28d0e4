/**
 * The language server's side of the Harper protocol (harperChannel.ts), shared
 * by the Node and the browser clients, over a transport the test drives.
 */
import { describe, expect, it } from 'vitest';
import { harperChannel, unavailableChecker } from '../../server/src/proofreading/harperChannel.js';
import type { HarperRequest } from '../../server/src/proofreading/harperService.js';

function setup() {
  const posted: HarperRequest[] = [];
  const busy: boolean[] = [];
  let closed = 0;
  const channel = harperChannel({ post: (r) => void posted.push(r), close: () => void closed++, busy: (b) => void busy.push(b) });
  return { channel, posted, busy, closed: () => closed };
}

const lint = { rule: 'Repetition', kind: 'Repetition', start: 2, end: 9, message: 'repeated', replacements: ['the'] };

describe('Harper channel', () => {
  it('resolves ready with the load time, answers each check by id with lints in document offsets, busy only while waiting', async () => {
    const { channel, posted, busy } = setup();
    channel.receive({ type: 'ready', ms: 1234 });
    expect(await channel.checker.ready).toBe(1234);
    const a = channel.checker.check({ text: 'a the the b', offset: 100 });
    const b = channel.checker.check({ text: 'other', offset: 5 });
    expect(posted).toEqual([{ id: 1, text: 'a the the b' }, { id: 2, text: 'other' }]);
    channel.receive({ id: 2, lints: [] });
    channel.receive({ id: 1, lints: [lint] });
    expect(await a).toEqual([{ ...lint, start: 102, end: 109 }]);
    expect(await b).toEqual([]);
    expect(busy.at(-1)).toBe(false);
    channel.receive({ id: 3, error: 'no such request' }); // unknown ids are ignored
    const c = channel.checker.check({ text: 'x', offset: 0 });
    channel.receive({ id: 3, error: 'harper broke' });
    await expect(c).rejects.toThrow('harper broke');
  });

  it('a start that fails rejects ready, the pending checks and every later one with the reason', async () => {
    const { channel } = setup();
    const pending = channel.checker.check({ text: 'early', offset: 0 });
    channel.receive({ type: 'failed', message: 'no wasm' });
    await expect(channel.checker.ready).rejects.toThrow('Harper could not start: no wasm');
    await expect(pending).rejects.toThrow('no wasm');
    await expect(channel.checker.check({ text: 'later', offset: 0 })).rejects.toThrow('no wasm');
  });

  it('a worker that stops fails what waits; dispose closes the transport', async () => {
    const { channel, closed } = setup();
    channel.receive({ type: 'ready', ms: 1 });
    const pending = channel.checker.check({ text: 'x', offset: 0 });
    channel.fail(new Error('the Harper worker stopped (exit code 1)'));
    await expect(pending).rejects.toThrow('exit code 1');
    await channel.checker.dispose();
    expect(closed()).toBe(1);
    await expect(unavailableChecker(new Error('missing')).check({ text: '', offset: 0 })).rejects.toThrow('missing');
  });
});
