/**
 * The stdio message writer: LSP framing (`Content-Length: N\r\n\r\n` + JSON),
 * with every message sent in the same turn of the event loop going out in
 * one write. vscode-jsonrpc's stream writer makes two writes per message
 * (header, then body), and a check sends two messages (diagnostics, then the
 * readiness checklist): four pipe writes, and as many wake-ups of the
 * editor, per keystroke. Here they are one. Order is kept: frames are queued
 * in the order written and flushed together, before any later turn's.
 */
import { AbstractMessageWriter, type Message, type MessageWriter } from 'vscode-languageserver/node';

export class BatchingMessageWriter extends AbstractMessageWriter implements MessageWriter {
  private pending: Buffer[] = [];
  private waiting: Array<{ resolve: () => void; reject: (error: unknown) => void }> = [];
  private scheduled = false;
  private errorCount = 0;

  constructor(private readonly writable: NodeJS.WritableStream) {
    super();
    writable.on('error', (error: Error) => this.fireError(error));
    writable.on('close', () => this.fireClose());
  }

  write(msg: Message): Promise<void> {
    let body: Buffer;
    try {
      body = Buffer.from(JSON.stringify(msg), 'utf8');
    } catch (error) {
      this.fireError(error, msg, ++this.errorCount);
      return Promise.reject(error);
    }
    this.pending.push(Buffer.from(`Content-Length: ${body.byteLength}\r\n\r\n`, 'ascii'), body);
    const done = new Promise<void>((resolve, reject) => this.waiting.push({ resolve, reject }));
    if (!this.scheduled) {
      this.scheduled = true;
      queueMicrotask(() => this.flush());
    }
    return done;
  }

  end(): void {
    this.flush();
    this.writable.end();
  }

  private flush(): void {
    this.scheduled = false;
    if (this.pending.length === 0) return;
    const chunk = this.pending.length === 1 ? this.pending[0]! : Buffer.concat(this.pending);
    const waiting = this.waiting;
    this.pending = [];
    this.waiting = [];
    try {
      this.writable.write(chunk, (error?: Error | null) => {
        if (error) {
          this.errorCount++;
          for (const w of waiting) w.reject(error);
        } else for (const w of waiting) w.resolve();
      });
    } catch (error) {
      this.errorCount++;
      this.fireError(error);
      for (const w of waiting) w.reject(error);
    }
  }
}
