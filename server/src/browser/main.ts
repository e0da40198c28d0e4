/**
 * The server in a Web Worker (VS Code for the web, Obsidian desktop and
 * mobile). No file access: configuration comes from editor settings, and the
 * duplicate-draft index from the open documents. The thorough tier runs in a
 * nested Web Worker when the client ships one and says where
 * (initializationOptions.thoroughWorkerUrl: VS Code for the web does; the
 * Obsidian plugin, one main.js without Harper's 16 MB wasm, does not).
 */
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { startServer } from '../server.js';
import { startHarperBrowser } from '../proofreading/harperBrowserClient.js';

declare const self: DedicatedWorkerGlobalScope;

const connection = createConnection(new BrowserMessageReader(self), new BrowserMessageWriter(self));
startServer(connection, {
  now: () => Date.now(),
  setTimer(fn, ms) {
    const t = setTimeout(fn, ms);
    return () => clearTimeout(t);
  },
  startThorough: ({ workerUrl }) => (workerUrl ? startHarperBrowser(workerUrl) : undefined),
});
