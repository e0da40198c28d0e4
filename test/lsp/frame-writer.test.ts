/**
 * The server's stdio writer: messages sent in one turn go out as one write,
 * framed so that a standard LSP reader reads them back in order; a failing
 * stream rejects the sends and reports the error instead of throwing.
 */
import { PassThrough, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { StreamMessageReader, type Message } from 'vscode-jsonrpc/node';
import { BatchingMessageWriter } from '../../server/src/node/frameWriter.js';

const note = (method: string, params: unknown): Message => ({ jsonrpc: '2.0', method, params }) as Message;

function capture(): { stream: Writable; writes: Buffer[] } {
  const writes: Buffer[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      writes.push(Buffer.from(chunk));
      done();
    },
  });
  return { stream, writes };
}

describe('BatchingMessageWriter', () => {
  it('sends the messages of one turn in a single write, in order, and a later turn in another', async () => {
    const { stream, writes } = capture();
    const writer = new BatchingMessageWriter(stream);
    const first = [writer.write(note('a', { n: 1 })), writer.write(note('b', { n: 2 })), writer.write(note('c', { n: 3 }))];
    await Promise.all(first);
    expect(writes.length).toBe(1);
    await writer.write(note('d', { n: 4 }));
    expect(writes.length).toBe(2);
    const text = Buffer.concat(writes).toString('utf8');
    expect([...text.matchAll(/"method":"(\w)"/g)].map((m) => m[1])).toEqual(['a', 'b', 'c', 'd']);
  });

  it('frames by bytes, so a standard reader gets every message back intact (non-ASCII, emoji, a large body)', async () => {
    const pipe = new PassThrough();
    const writer = new BatchingMessageWriter(pipe);
    const reader = new StreamMessageReader(pipe);
    const got: Message[] = [];
    const all = new Promise<void>((done) =>
      reader.listen((m) => {
        got.push(m);
        if (got.length === 4) done();
      }),
    );
    const sent = [note('x', { text: 'Grüße, Zoë — 🙂 thanks' }), note('y', { text: '日本語のメッセージ' }), note('z', { text: 'é'.repeat(100_000) }), note('w', {})];
    for (const m of sent) void writer.write(m);
    await all;
    expect(got).toEqual(sent);
  });

  it('a stream that fails rejects the pending sends and reports the error, without throwing', async () => {
    const stream = new Writable({
      write(_chunk, _encoding, done) {
        done(new Error('EPIPE: the client went away'));
      },
    });
    stream.on('error', () => {});
    const writer = new BatchingMessageWriter(stream);
    const errors: unknown[] = [];
    writer.onError(([error]) => errors.push(error));
    const sends = [writer.write(note('a', {})), writer.write(note('b', {}))];
    const results = await Promise.allSettled(sends);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    expect(String((results[0] as PromiseRejectedResult).reason)).toContain('EPIPE');
    expect(errors.length).toBeGreaterThan(0);
  });

  it('a message that cannot be serialised is rejected on its own; the others still go out', async () => {
    const { stream, writes } = capture();
    const writer = new BatchingMessageWriter(stream);
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    const bad = writer.write(note('bad', cyclic));
    const good = writer.write(note('good', { ok: true }));
    await expect(bad).rejects.toThrow();
    await good;
    expect(Buffer.concat(writes).toString('utf8')).toContain('"method":"good"');
    expect(Buffer.concat(writes).toString('utf8')).not.toContain('"method":"bad"');
  });
});
