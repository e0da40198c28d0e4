/**
 * What the server core needs from its platform, passed in by the two entry
 * points (Node and Web Worker). The browser runtime has no file access: its
 * configuration comes from editor settings only, and its workspace index is
 * the open documents.
 */
import type { ThoroughInput, ThoroughLint } from '../../shared/index.js';

export interface ConfigFile {
  /** Shown in messages, e.g. "/home/sam/jobs/.followuprc.json". */
  name: string;
  text: string;
}

export interface WorkspaceFile {
  uri: string;
  text: string;
}

/** The thorough proofreading tier's worker (Harper), as the platform runs it. */
export interface ThoroughChecker {
  /** Resolves when Harper is loaded (with its load time in ms), rejects with a readable reason. */
  readonly ready: Promise<number>;
  check(input: ThoroughInput): Promise<ThoroughLint[]>;
  dispose(): Promise<void>;
}

/** What the client tells the server about the thorough tier (initializationOptions). */
export interface ThoroughInit {
  /**
   * `thoroughWorkerUrl`: where the client ships the browser Harper worker
   * (dist/proofreading/harper.browser.js, with harper_wasm_slim_bg.wasm beside
   * it). The Web Worker server runs the thorough tier only when given one.
   */
  workerUrl?: string;
}

export interface Runtime {
  /** The clock (epoch ms). A `--now` flag or the `followup.now` setting overrides it. */
  now(): number;
  /**
   * Run `fn` after `ms` milliseconds; returns a canceller. With `ms` 0 it runs
   * as soon as the messages already received have been handled (so a burst of
   * edits is checked once, at its last version), with no clock floor.
   */
  setTimer(fn: () => void, ms: number): () => void;
  /** The nearest `.followuprc.json` / `.yaml` upward from a document, up to the folder root. */
  findConfigFile?(documentUri: string, rootUri: string | undefined): ConfigFile | undefined;
  /** Markdown files under a workspace folder (skipping node_modules, .git and dot-folders), bounded in count and size. */
  listMarkdown?(folderUri: string): WorkspaceFile[];
  /** Read one file (for watched-file changes). */
  readFile?(uri: string): string | undefined;
  /** Append text to a file, creating it (and its folder) when missing. Node only. */
  appendFile?(uri: string, text: string): void;
  /** The user's own dictionary file (Node: `$XDG_CONFIG_HOME/followup-coach/dictionary.txt`). */
  userDictionaryUri?: string;
  /**
   * Start the thorough tier's worker; absent, or answering undefined, where
   * the platform cannot run it. Called once, on first need, with what the
   * client said in initializationOptions.
   */
  startThorough?(init: ThoroughInit): ThoroughChecker | undefined;
}
