/**
 * The stdio message reader: LSP framing (`Content-Length: N\r\n\r\n` + N bytes
 * of JSON) that survives a bad frame. vscode-jsonrpc's stream reader loses its
 * place for good after one wrong Content-Length or unparsable header: the
 * server stays up but never reads another message, and the editor waits
 * forever. This reader drops the bad frame (reporting it) and finds the next
 * header instead:
 * - a body that is not JSON, or not a JSON object, is dropped;
 * - bytes that are not a header are skipped up to the next `Content-Length:`;
 * - a body holding a raw `Content-Length: N` + CR LF is cut there (valid JSON
 *   cannot hold a raw CR LF inside a string, nor a bare word outside one), so
 *   a length that is too long costs at most the message it was on, and the
 *   next message is not held back waiting for bytes that will never come.
 */
import { AbstractMessageReader, type DataCallback, type Disposable, type Message } from 'vscode-languageserver/node';

const HEADER = 'Content-Length:';
/** A header line `Content-Length: N` followed by CR LF, as bytes anywhere in a body. */
const HEADER_LINE = /^Content-Length:[ \t]*\d+[ \t]*\r\n/i;
/** Header blocks longer than this are not headers. */
const MAX_HEADER_BYTES = 8 * 1024;

export class ResyncingMessageReader extends AbstractMessageReader {
  private buffer = Buffer.alloc(64 * 1024);
  private start = 0;
  private used = 0;
  /** Body length of the frame being read; undefined while looking for a header. */
  private length: number | undefined;
  /** Where in the pending body the search for an embedded header resumes. */
  private scanned = 0;
  private callback: DataCallback | undefined;

  constructor(
    private readonly readable: NodeJS.ReadableStream,
    private readonly report: (problem: string) => void,
  ) {
    super();
  }

  listen(callback: DataCallback): Disposable {
    this.callback = callback;
    const onData = (chunk: Buffer | string): void => {
      this.append(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk);
      this.drain();
    };
    const onError = (error: Error): void => this.fireError(error);
    const onClose = (): void => this.fireClose();
    this.readable.on('data', onData);
    this.readable.on('error', onError);
    this.readable.on('close', onClose);
    this.readable.on('end', onClose);
    return {
      dispose: () => {
        this.readable.off('data', onData);
        this.readable.off('error', onError);
        this.readable.off('close', onClose);
        this.readable.off('end', onClose);
        this.callback = undefined;
      },
    };
  }

  private append(chunk: Buffer): void {
    if (this.used + chunk.length > this.buffer.length) {
      const pending = this.used - this.start;
      const next = pending + chunk.length > this.buffer.length / 2 ? Buffer.alloc(Math.max(this.buffer.length * 2, pending + chunk.length)) : this.buffer;
      this.buffer.copy(next, 0, this.start, this.used);
      this.buffer = next;
      this.start = 0;
      this.used = pending;
    }
    chunk.copy(this.buffer, this.used);
    this.used += chunk.length;
  }

  private drain(): void {
    for (;;) {
      const view = this.buffer.subarray(this.start, this.used);
      if (this.length === undefined) {
        if (!this.readHeader(view)) return;
        continue;
      }
      // An embedded header means this frame's length was wrong: cut the body there.
      const limit = Math.min(view.length, this.length);
      for (let at = view.indexOf(HEADER, this.scanned, 'latin1'); at >= 0 && at < limit; at = view.indexOf(HEADER, at + 1, 'latin1')) {
        if (!HEADER_LINE.test(view.subarray(at, at + 40).toString('latin1'))) continue;
        this.emit(view.subarray(0, at), `a frame whose Content-Length (${this.length}) runs into the next header`);
        this.start += at;
        this.length = undefined;
        this.scanned = 0;
        break;
      }
      if (this.length === undefined) continue;
      if (view.length < this.length) {
        // Wait for the rest; a header split across chunks is found on the next pass.
        this.scanned = Math.max(0, view.length - HEADER.length - 24);
        return;
      }
      const body = view.subarray(0, this.length);
      this.start += this.length;
      this.length = undefined;
      this.scanned = 0;
      this.emit(body, 'a message body');
    }
  }

  /** Consume one header block from `view`; false when more bytes are needed. */
  private readHeader(view: Buffer): boolean {
    const at = Math.min(...[view.indexOf(HEADER, 0, 'latin1'), view.indexOf(HEADER.toLowerCase(), 0, 'latin1')].filter((i) => i >= 0));
    if (!Number.isFinite(at)) {
      // No header yet: keep a tail that may be the start of one, drop the rest.
      const keep = Math.min(view.length, HEADER.length - 1);
      this.skip(view.subarray(0, view.length - keep));
      this.start += view.length - keep;
      return false;
    }
    // Other headers (Content-Type) before Content-Length are allowed; anything else there is skipped.
    const before = view.subarray(0, at).toString('latin1');
    if (!/^(?:[A-Za-z-]+:[^\r\n]*\r\n)*$/.test(before)) this.skip(view.subarray(0, at));
    const end = view.indexOf('\r\n\r\n', at, 'latin1');
    if (end < 0) {
      if (view.length - at <= MAX_HEADER_BYTES) return false;
      this.report(`skipped a header with no end after ${MAX_HEADER_BYTES} bytes`);
      this.start += at + HEADER.length;
      return true;
    }
    const lines = view.subarray(at, end).toString('latin1').split('\r\n');
    const value = /^content-length:[ \t]*(\d+)[ \t]*$/i.exec(lines[0]!)?.[1];
    const bad = lines.slice(1).find((l) => !/^[A-Za-z-]+:/.test(l));
    if (value === undefined || bad !== undefined || !Number.isSafeInteger(Number(value))) {
      this.report(`skipped a malformed header: ${JSON.stringify(view.subarray(at, Math.min(end, at + 200)).toString('latin1'))}`);
      this.start += at + HEADER.length;
      return true;
    }
    this.start += end + 4;
    this.length = Number(value);
    this.scanned = 0;
    return true;
  }

  private skip(bytes: Buffer): void {
    if (bytes.length && /\S/.test(bytes.toString('latin1'))) this.report(`skipped ${bytes.length} bytes that are not an LSP message header`);
  }

  private emit(body: Buffer, what: string): void {
    const text = body.toString('utf8');
    let message: unknown;
    try {
      message = JSON.parse(text);
    } catch (error) {
      this.report(`dropped ${what} that is not JSON (${error instanceof Error ? error.message : String(error)}): ${JSON.stringify(text.slice(0, 200))}`);
      return;
    }
    if (message === null || typeof message !== 'object') {
      this.report(`dropped ${what} that is not a JSON-RPC message: ${JSON.stringify(text.slice(0, 200))}`);
      return;
    }
    this.callback?.(message as Message);
  }
}
