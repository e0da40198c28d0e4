/**
 * `followup-language-server`: the server over stdio, Node IPC or a socket
 * (`--stdio`, `--node-ipc`, `--socket=PORT`), with file access for
 * `.followuprc` lookup and the workspace index. `--now ISO` fixes the clock.
 */
import { createConnection, ProposedFeatures, type Connection } from 'vscode-languageserver/node';
import { appendFileSync, existsSync, mkdirSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { inspect } from 'node:util';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseFactDate } from '../../../shared/index.js';
import { startServer } from '../server.js';
import type { Runtime, WorkspaceFile } from '../runtime.js';
import { userDictionaryPath } from './userDictionary.js';
import { harperWorkerPath, startHarper } from '../proofreading/harperClient.js';
import { ResyncingMessageReader } from './frameReader.js';
import { BatchingMessageWriter } from './frameWriter.js';

const CONFIG_NAMES = ['.followuprc.json', '.followuprc.yaml', '.followuprc.yml'];
const SKIP = new Set(['node_modules', '.git', '.hg', '.svn', 'dist', 'out', 'build']);
const MAX_FILES = 2000;
const MAX_BYTES = 1024 * 1024;
const MAX_TOTAL_BYTES = 32 * 1024 * 1024;

if (process.argv.includes('--help')) {
  process.stdout.write('Usage: followup-language-server --stdio | --node-ipc | --socket=PORT [--now ISO]\n');
  process.exit(0);
}
const nowArg = process.argv.find((a) => a.startsWith('--now='))?.slice(6) ?? process.argv[process.argv.indexOf('--now') + 1];
const fixedNow = process.argv.some((a) => a === '--now' || a.startsWith('--now=')) && nowArg ? (parseFactDate(nowArg)?.time ?? Date.parse(nowArg)) : undefined;

/**
 * Run `fn` once the messages already read from the client are handled, with no
 * timer floor (`setTimeout(fn, 0)` waits at least 1 ms, a fifth of the
 * keystroke budget). vscode-jsonrpc handles one queued message per
 * `setImmediate` turn, and a didChange handler schedules its check before the
 * next message's turn is queued. So the check hops one more turn: if the next
 * message is another edit of the same draft, its handler cancels the hop
 * before the check runs, and a burst is checked once, at its last version.
 * (test/reliability/server-load.test.ts writes a burst in one chunk and
 * counts the publishes.)
 */
function afterQueuedMessages(fn: () => void): () => void {
  let handle = setImmediate(() => {
    handle = setImmediate(fn);
  });
  return () => clearImmediate(handle);
}

const toPath = (uri: string): string | undefined => {
  try {
    return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
  } catch {
    return undefined;
  }
};

const runtime: Runtime = {
  startThorough: () => startHarper(harperWorkerPath(__dirname)),
  userDictionaryUri: pathToFileURL(userDictionaryPath()).href,
  appendFile(uri, text) {
    const path = toPath(uri);
    if (!path) throw new Error(`cannot write ${uri}`);
    mkdirSync(dirname(path), { recursive: true });
    appendFileSync(path, text, 'utf8');
  },
  now: () => (fixedNow !== undefined && !Number.isNaN(fixedNow) ? fixedNow : Date.now()),
  setTimer(fn, ms) {
    if (ms > 0) {
      const t = setTimeout(fn, ms);
      return () => clearTimeout(t);
    }
    return afterQueuedMessages(fn);
  },
  findConfigFile(documentUri, rootUri) {
    const start = toPath(documentUri);
    if (!start) return undefined;
    const root = rootUri ? toPath(rootUri) : undefined;
    for (let dir = dirname(start); ; dir = dirname(dir)) {
      for (const name of CONFIG_NAMES) {
        const file = join(dir, name);
        if (existsSync(file)) {
          try {
            return { name: file, text: readFileSync(file, 'utf8') };
          } catch {
            return undefined;
          }
        }
      }
      if (dir === root || dirname(dir) === dir) return undefined;
    }
  },
  listMarkdown(folderUri) {
    const root = toPath(folderUri);
    const out: WorkspaceFile[] = [];
    if (!root) return out;
    let total = 0;
    const walk = (dir: string): void => {
      let entries;
      try {
        entries = readdirSync(dir, { withFileTypes: true });
      } catch {
        return;
      }
      for (const e of entries) {
        if (out.length >= MAX_FILES) return;
        const full = join(dir, e.name);
        if (e.isDirectory()) {
          if (!SKIP.has(e.name) && !e.name.startsWith('.')) walk(full);
        } else if (e.isFile() && /\.(md|markdown)$/i.test(e.name)) {
          try {
            const size = statSync(full).size;
            if (size > MAX_BYTES || total + size > MAX_TOTAL_BYTES) continue;
            total += size;
            out.push({ uri: pathToFileURL(full).href, text: readFileSync(full, 'utf8') });
          } catch {
            // unreadable: not indexed
          }
        }
      }
    };
    walk(root);
    return out;
  },
  readFile(uri) {
    const path = toPath(uri);
    if (!path) return undefined;
    try {
      return statSync(path).size > MAX_BYTES ? undefined : readFileSync(path, 'utf8');
    } catch {
      return undefined;
    }
  },
};

/**
 * Over stdio the server reads with a reader that survives a bad frame (see
 * frameReader.ts). Handing createConnection a reader means doing the two
 * things it does itself for `--stdio`: exit when stdin ends (the client is
 * gone), and keep console output off stdout, which carries the protocol.
 */
function stdioConnection(): Connection {
  let shutdown = false;
  const reader = new ResyncingMessageReader(process.stdin, (problem) => connection.console.error(`[followup] bad input from the client: ${problem}`));
  // (server.ts owns onShutdown; the request is noticed on its way in.)
  const listen = reader.listen.bind(reader);
  reader.listen = (callback) =>
    listen((message) => {
      if ((message as { method?: unknown }).method === 'shutdown') shutdown = true;
      callback(message);
    });
  const connection = createConnection(ProposedFeatures.all, reader, new BatchingMessageWriter(process.stdout));
  const exit = (): never => process.exit(shutdown ? 0 : 1);
  process.stdin.on('end', exit);
  process.stdin.on('close', exit);
  const toLog = (send: (message: string) => void) => (...args: unknown[]): void => send(args.map((a) => (typeof a === 'string' ? a : inspect(a))).join(' '));
  console.log = toLog((m) => connection.console.log(m));
  console.info = toLog((m) => connection.console.info(m));
  console.debug = toLog((m) => connection.console.log(m));
  console.warn = toLog((m) => connection.console.warn(m));
  console.error = toLog((m) => connection.console.error(m));
  return connection;
}

const connection = process.argv.includes('--stdio') ? stdioConnection() : createConnection(ProposedFeatures.all);
// Last line of defence: a stray rejection is logged, never fatal to the editor's server.
process.on('unhandledRejection', (reason) => connection.console.error(`[followup] unhandled rejection: ${String(reason)}`));
startServer(connection, runtime);
