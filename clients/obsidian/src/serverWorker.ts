/**
 * Starts the language server's Web Worker bundle from its source text (a Blob
 * URL: nothing is fetched from the network, and it works on mobile too) and
 * returns a JSON-RPC connection to it.
 */
import { BrowserMessageReader, BrowserMessageWriter, createMessageConnection, type MessageConnection } from 'vscode-jsonrpc/browser';

export function startServerWorker(source: string): { worker: Worker; connection: MessageConnection; dispose(): void } {
  const url = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
  const worker = new Worker(url);
  const connection = createMessageConnection(new BrowserMessageReader(worker), new BrowserMessageWriter(worker));
  return {
    worker,
    connection,
    dispose() {
      worker.terminate();
      URL.revokeObjectURL(url);
    },
  };
}
