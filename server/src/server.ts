/**
 * The language server core: `startServer(connection, runtime)`. It knows LSP
 * and the engine, and nothing of its platform (that comes in `runtime`).
 * Invariants: results are cached per (uri, version) and every feature reads
 * the cache; a result is published only if its version is still current; no
 * handler failure escapes (it is logged and answered with an error).
 */
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  ErrorCodes,
  MessageType,
  ShowMessageNotification,
  ResponseError,
  TextDocumentSyncKind,
  TextDocuments,
  type CodeAction,
  type Connection,
  type InitializeError,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import picomatch from 'picomatch/posix';
import {
  DRAFT_KINDS,
  KIND_INFO,
  RULES,
  fillTemplate,
  RULE_IDS,
  fingerprint,
  fixAll,
  mayHaveSafeFix,
  hasFollowupKey,
  formatConfigProblem,
  lintDocument,
  mergeConfig,
  parseConfigText,
  parseDraft,
  parseFactDate,
  templateInfo,
  templateSnippet,
  validateConfig,
  type FollowupConfig,
  type LintResult,
  type PartialConfig,
  type PeerDraft,
  type ThoroughLint,
  carryThorough,
  thoroughInput,
  parseWordList,
  isAddableWord,
  appendWordText,
  WORKSPACE_DICTIONARY,
} from '../../shared/index.js';
import { codeActions, codeLenses, completion, fixAllAction, hover, toDiagnostic } from './features.js';
import { ADD_TO_DICTIONARY_COMMAND, ADD_TO_DICTIONARY_REQUEST, CHECK_DOCUMENT_COMMAND, FIX_ALL_KIND, type AddToDictionaryParams, type DictionaryScope, READINESS_NOTIFICATION, RULES_REQUEST, TEMPLATES_REQUEST, type ReadinessParams, type RuleItem, type TemplateItem } from './protocol.js';
import type { Runtime, ThoroughChecker } from './runtime.js';

/** Drafts longer than this are checked up to here (a draft is a few hundred words). */
export const MAX_CHECKED_CHARS = 1_000_000;
/** A zero-delay timer still yields to the messages already queued, so a burst of keystrokes is checked once, at its last version. */
const DEBOUNCE_MS = 0;

interface Cached {
  version: number;
  result: LintResult;
}

interface Settings {
  config: FollowupConfig;
  now: number | undefined;
}

export function startServer(connection: Connection, runtime: Runtime): void {
  const documents = new TextDocuments(TextDocument);
  const cache = new Map<string, Cached>();
  const fixAllCache = new Map<string, { version: number; edits: Array<{ start: number; end: number; newText: string }> }>();
  const timers = new Map<string, () => void>();
  const checkedByCommand = new Set<string>();
  const published = new Set<string>();
  /** Workspace drafts for duplicate-draft, by URI; open documents override disk. */
  const index = new Map<string, PeerDraft>();
  const settingsCache = new Map<string, Promise<Settings>>();
  const reported = new Set<string>();
  let folders: string[] = [];
  let configurationCapability = false;
  let watchCapability = false;
  let pullDiagnostics = false;
  let workspaceFoldersCapability = false;
  let configChangeRegistration = false;
  let trusted = true;
  /** Set by the first initialize request: requests before it are refused, and a second one is an error. */
  let initializeSeen = false;
  let pushedSettings: unknown;
  let peersList: PeerDraft[] = [];
  /** Scopes whose words the client stores itself (in its settings), answering ADD_TO_DICTIONARY_REQUEST. */
  let clientDictionaryScopes: DictionaryScope[] = [];
  /** The thorough tier: Harper's worker, started on first need; its last lints per document, with the text they are for. */
  let thoroughChecker: ThoroughChecker | undefined;
  let thoroughUnavailable = false;
  /** initializationOptions.thoroughWorkerUrl: where a browser client ships the Harper worker. */
  let thoroughWorkerUrl: string | undefined;
  const thoroughLints = new Map<string, { text: string; lints: ThoroughLint[] }>();
  const thoroughBusy = new Set<string>();

  const log = (message: string): void => connection.console.log(`[followup] ${message}`);

  /** Wrap a handler: a failure is logged and answered with an error, never thrown at the connection. */
  function guard<P, R>(name: string, fn: (params: P) => R | Promise<R>): (params: P) => Promise<R | ResponseError<void>> {
    return async (params: P) => {
      if (!initializeSeen) return new ResponseError<void>(ErrorCodes.ServerNotInitialized, `Follow-up Coach: ${name} before initialize`);
      try {
        return await fn(params);
      } catch (error) {
        const message = error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error);
        connection.console.error(`[followup] ${name} failed: ${message}`);
        return new ResponseError<void>(ErrorCodes.InternalError, `Follow-up Coach: ${name} failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    };
  }

  connection.onInitialize((params: InitializeParams): InitializeResult | ResponseError<InitializeError> => {
    if (initializeSeen) return new ResponseError<InitializeError>(ErrorCodes.InvalidRequest, 'Follow-up Coach: initialize may only be sent once', { retry: false });
    initializeSeen = true;
    const caps = params.capabilities;
    configurationCapability = Boolean(caps.workspace?.configuration);
    watchCapability = Boolean(caps.workspace?.didChangeWatchedFiles?.dynamicRegistration);
    pullDiagnostics = Boolean(caps.textDocument?.diagnostic);
    workspaceFoldersCapability = Boolean(caps.workspace?.workspaceFolders);
    configChangeRegistration = Boolean(caps.workspace?.didChangeConfiguration?.dynamicRegistration);
    const options = (params.initializationOptions ?? {}) as { workspaceTrusted?: boolean; settings?: unknown; dictionaryScopes?: unknown; thoroughWorkerUrl?: unknown };
    if (typeof options.thoroughWorkerUrl === 'string') thoroughWorkerUrl = options.thoroughWorkerUrl;
    trusted = options.workspaceTrusted !== false;
    if (Array.isArray(options.dictionaryScopes)) clientDictionaryScopes = options.dictionaryScopes.filter((x): x is DictionaryScope => x === 'user' || x === 'workspace');
    if (options.settings !== undefined) pushedSettings = options.settings;
    folders = (params.workspaceFolders ?? []).map((f) => f.uri);
    if (folders.length === 0 && params.rootUri) folders = [params.rootUri];
    const result: InitializeResult = {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: false },
        hoverProvider: true,
        completionProvider: { triggerCharacters: [':', ' '], resolveProvider: false },
        codeLensProvider: { resolveProvider: false },
        executeCommandProvider: { commands: [CHECK_DOCUMENT_COMMAND, ADD_TO_DICTIONARY_COMMAND] },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'followup-language-server', version: '0.1.0' },
    };
    if (pullDiagnostics) result.capabilities.diagnosticProvider = { interFileDependencies: true, workspaceDiagnostics: false };
    return result;
  });

  connection.onInitialized(() => {
    // A client may refuse a registration; that is not worth a crash.
    const refused = (what: string) => (error: unknown): void => log(`client refused ${what}: ${String(error)}`);
    if (configChangeRegistration) connection.client.register(DidChangeConfigurationNotification.type, { section: 'followup' }).catch(refused('configuration change registration'));
    if (watchCapability) {
      connection.client
        .register(DidChangeWatchedFilesNotification.type, {
          watchers: [{ globPattern: '**/.followuprc.{json,yaml,yml}' }, { globPattern: `**/${WORKSPACE_DICTIONARY}` }, { globPattern: '**/*.{md,markdown}' }],
        })
        .catch(refused('file watching'));
    }
    if (workspaceFoldersCapability) {
      connection.workspace.onDidChangeWorkspaceFolders((e) => {
        folders = folders.filter((f) => !e.removed.some((r) => r.uri === f)).concat(e.added.map((a) => a.uri));
        void buildIndex().then(environmentChanged);
      });
    }
    void buildIndex().then(() => {
      if (index.size > 0) environmentChanged();
    });
  });

  // ---- settings ----------------------------------------------------------------------------------------------

  function folderOf(uri: string): string | undefined {
    let best: string | undefined;
    for (const f of folders) {
      const base = f.endsWith('/') ? f : `${f}/`;
      if (uri.startsWith(base) && (!best || f.length > best.length)) best = f;
    }
    return best;
  }

  function warnOnce(message: string): void {
    if (reported.has(message)) return;
    reported.add(message);
    log(message);
    // A notification, not a request: nothing to answer, and no client blocks on it.
    void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: `Follow-up Coach: ${message}` });
  }

  function readSettings(raw: unknown, source: string): { config: PartialConfig; now: number | undefined } {
    let now: number | undefined;
    let value = raw;
    if (value && typeof value === 'object' && !Array.isArray(value) && 'now' in value) {
      const { now: nowRaw, ...rest } = value as Record<string, unknown>;
      value = rest;
      if (typeof nowRaw === 'string' && nowRaw.trim()) {
        const t = parseFactDate(nowRaw.trim())?.time ?? Date.parse(nowRaw);
        if (Number.isNaN(t)) warnOnce(`${source}: now: "${nowRaw}" is not a date; using the system clock.`);
        else now = t;
      }
    }
    const { config, problems } = validateConfig(value ?? undefined, source, RULE_IDS);
    for (const p of problems) warnOnce(formatConfigProblem(p));
    return { config, now };
  }

  function settingsFor(uri: string): Promise<Settings> {
    let s = settingsCache.get(uri);
    if (!s) {
      s = loadSettings(uri).catch((error: unknown) => {
        log(`settings for ${uri} could not be read: ${String(error)}`);
        return { config: mergeConfig(), now: undefined };
      });
      settingsCache.set(uri, s);
    }
    return s;
  }

  async function loadSettings(uri: string): Promise<Settings> {
    const parts: PartialConfig[] = [];
    // 1. The nearest .followuprc (Node only; ignored in untrusted workspaces, which may hold hostile config).
    if (trusted && runtime.findConfigFile) {
      const file = runtime.findConfigFile(uri, folderOf(uri));
      if (file) {
        const parsed = parseConfigText(file.text, file.name);
        for (const p of parsed.problems) warnOnce(formatConfigProblem(p));
        if (!parsed.problems.length) parts.push(readSettings(parsed.value, file.name).config);
      }
    }
    // 2. Editor settings, section "followup", which win.
    let raw: unknown = pushedSettings;
    if (configurationCapability) {
      try {
        raw = await connection.workspace.getConfiguration({ scopeUri: uri, section: 'followup' });
      } catch (error) {
        log(`workspace/configuration failed: ${String(error)}`);
      }
    }
    const editor = readSettings(raw ?? undefined, 'settings (followup)');
    parts.push(editor.config);
    // 3. Dictionary files: the user's own and the workspace folder's (words only; they add up).
    const words: string[] = [];
    if (runtime.readFile) {
      if (runtime.userDictionaryUri) words.push(...parseWordList(runtime.readFile(runtime.userDictionaryUri) ?? ''));
      const folder = folderOf(uri);
      if (folder) words.push(...parseWordList(runtime.readFile(workspaceDictionaryUri(folder)) ?? ''));
    }
    if (words.length) parts.push({ dictionary: words });
    return { config: mergeConfig(...parts), now: editor.now };
  }

  function workspaceDictionaryUri(folder: string): string {
    return `${folder.replace(/\/$/, '')}/${WORKSPACE_DICTIONARY}`;
  }

  /** Where "Add to dictionary" can store a word for this document, per scope. */
  function dictionaryScopes(uri: string): DictionaryScope[] {
    const scopes: DictionaryScope[] = [];
    if (clientDictionaryScopes.includes('user') || (runtime.appendFile && runtime.userDictionaryUri)) scopes.push('user');
    if (clientDictionaryScopes.includes('workspace') || (runtime.appendFile && folderOf(uri))) scopes.push('workspace');
    return scopes;
  }

  async function addToDictionary(params: AddToDictionaryParams): Promise<void> {
    const word = params.word.trim();
    if (!isAddableWord(word)) throw new Error(`"${params.word}" cannot be added to a dictionary`);
    if (clientDictionaryScopes.includes(params.scope)) {
      await connection.sendRequest(ADD_TO_DICTIONARY_REQUEST, { word, scope: params.scope, uri: params.uri });
    } else {
      const target = params.scope === 'user' ? runtime.userDictionaryUri : folderOf(params.uri) ? workspaceDictionaryUri(folderOf(params.uri)!) : undefined;
      if (!target || !runtime.appendFile) throw new Error(`no ${params.scope} dictionary is available here`);
      runtime.appendFile(target, appendWordText(runtime.readFile?.(target) ?? '', word));
      log(`added "${word}" to ${target}`);
    }
    environmentChanged();
  }

  // ---- which documents are drafts ----------------------------------------------------------------------------------

  const matchers = new Map<string, (path: string) => boolean>();
  function isDraft(uri: string, text: string, config: FollowupConfig): boolean {
    if (checkedByCommand.has(uri)) return true;
    if (hasFollowupKey(text)) return true;
    const folder = folderOf(uri);
    const path = folder ? uri.slice(folder.replace(/\/$/, '').length + 1) : uri.replace(/^[a-z-]+:\/*/, '');
    const key = config.include.join('\0');
    let m = matchers.get(key);
    if (!m) {
      const isMatch = picomatch(config.include, { dot: false });
      m = (p: string): boolean => isMatch(p) || isMatch(`x/${p}`);
      matchers.set(key, m);
    }
    return m(decodeURIComponent(path));
  }

  // ---- checking ------------------------------------------------------------------------------------------------------

  async function check(doc: TextDocument): Promise<LintResult | undefined> {
    const hit = cache.get(doc.uri);
    if (hit && hit.version === doc.version) return hit.result;
    const settings = await settingsFor(doc.uri);
    const current = documents.get(doc.uri);
    if (!current || current.version !== doc.version) return undefined; // superseded while settings loaded
    const full = doc.getText();
    if (!isDraft(doc.uri, full, settings.config)) {
      cache.delete(doc.uri);
      return undefined;
    }
    const text = full.length > MAX_CHECKED_CHARS ? full.slice(0, MAX_CHECKED_CHARS) : full;
    const parsed = parseDraft(text);
    const peer = fingerprint(parsed, doc.uri);
    peer.label = labelOf(doc.uri);
    if (!index.has(doc.uri) || index.get(doc.uri)?.shingles !== peer.shingles) {
      index.set(doc.uri, peer);
      peersList = [...index.values()];
    }
    const thorough = settings.config.proofreading === 'thorough' ? thoroughLints.get(doc.uri) : undefined;
    const result = lintDocument(parsed, {
      config: settings.config,
      now: settings.now ?? runtime.now(),
      file: doc.uri,
      peers: peersList,
      ...(thorough ? { thorough: thorough.text === text ? thorough.lints : carryThorough(thorough.text, text, thorough.lints) } : {}),
    });
    if (text.length < full.length) {
      result.findings.push({
        ruleId: 'too-large',
        messageId: 'tooLarge',
        severity: 'info',
        message: `This file is ${(full.length / 1_000_000).toFixed(1)} million characters; only the first ${MAX_CHECKED_CHARS / 1_000_000} million were checked. A follow-up is usually a few hundred words.`,
        start: 0,
        end: 0,
        fixes: [],
        docUrl: 'https://github.com/followup-coach/followup-coach#readme',
      });
    }
    cache.set(doc.uri, { version: doc.version, result });
    return result;
  }

  function labelOf(uri: string): string {
    const folder = folderOf(uri);
    const rel = folder ? uri.slice(folder.replace(/\/$/, '').length + 1) : uri.slice(uri.lastIndexOf('/') + 1);
    return decodeURIComponent(rel);
  }

  /** Check and publish, unless a newer version arrived meanwhile (then that one's check will publish). */
  async function validate(uri: string): Promise<void> {
    const doc = documents.get(uri);
    if (!doc) return;
    const version = doc.version;
    const result = await check(doc);
    const now = documents.get(uri);
    if (!now || now.version !== version) return;
    if (!result) {
      if (published.delete(uri) && !pullDiagnostics) void connection.sendDiagnostics({ uri, version, diagnostics: [] });
      return;
    }
    if (!pullDiagnostics) {
      void connection.sendDiagnostics({ uri, version, diagnostics: result.findings.map((f) => toDiagnostic(doc, f, (file) => file)) });
      published.add(uri);
    }
    const params: ReadinessParams = {
      uri,
      version,
      kind: result.kind,
      kindTitle: KIND_INFO[result.kind].title,
      kindSource: result.kindSource,
      score: result.readiness.score,
      total: result.readiness.total,
      items: result.readiness.items.map((i) => ({ id: i.id, label: i.label, ok: i.ok })),
    };
    if (result.kindEvidence) params.kindEvidence = result.kindEvidence;
    void connection.sendNotification(READINESS_NOTIFICATION, params);
    const settings = await settingsFor(uri);
    if (settings.config.proofreading === 'thorough' && thoroughLints.get(uri)?.text !== result.document.text) runThorough(uri);
  }

  /**
   * The thorough tier's second pass: Harper checks the document's latest text
   * in its worker while the fast findings are already shown; when it answers
   * for the version still open, the document is checked again with its lints
   * and published. One request per document at a time; a newer version asks
   * again when the answer comes. A worker that cannot start is reported once
   * and the fast tier carries on.
   */
  function runThorough(uri: string): void {
    if (thoroughUnavailable || thoroughBusy.has(uri)) return;
    const doc = documents.get(uri);
    const hit = cache.get(uri);
    if (!doc || !hit || hit.version !== doc.version) return;
    if (!thoroughChecker) {
      const checker = runtime.startThorough?.({ workerUrl: thoroughWorkerUrl });
      if (!checker) {
        thoroughUnavailable = true;
        warnOnce('thorough proofreading is not available in this editor; the fast spelling and grammar checks are on.');
        return;
      }
      thoroughChecker = checker;
      thoroughChecker.ready.then(
        (ms) => log(`Harper (thorough proofreading) loaded in ${ms} ms`),
        (error: unknown) => {
          thoroughUnavailable = true;
          warnOnce(`thorough proofreading is unavailable (${error instanceof Error ? error.message : String(error)}); the fast spelling and grammar checks go on.`);
        },
      );
    }
    const text = hit.result.document.text;
    const version = doc.version;
    thoroughBusy.add(uri);
    thoroughChecker
      .check(thoroughInput(hit.result.document))
      .then(
        (lints) => {
          if (!documents.get(uri)) return;
          thoroughLints.set(uri, { text, lints });
          if (documents.get(uri)?.version === version) {
            cache.delete(uri);
            if (pullDiagnostics) void connection.languages.diagnostics.refresh();
          }
        },
        (error: unknown) => {
          if (thoroughUnavailable) return;
          // Not asked again for this text: the fast findings stand.
          thoroughLints.set(uri, { text, lints: [] });
          log(`thorough proofreading of ${uri} failed: ${error instanceof Error ? error.message : String(error)}`);
        },
      )
      .finally(() => {
        thoroughBusy.delete(uri);
        // Re-check: publishes the merged findings, or asks Harper about a newer version.
        if (documents.get(uri) && !thoroughUnavailable) schedule(uri, 0);
      });
  }

  function schedule(uri: string, delay = DEBOUNCE_MS): void {
    timers.get(uri)?.();
    timers.set(
      uri,
      runtime.setTimer(() => {
        timers.delete(uri);
        validate(uri).catch((error: unknown) => connection.console.error(`[followup] checking ${uri} failed: ${String(error)}`));
      }, delay),
    );
  }

  /** Settings, config files or the workspace changed: forget everything derived and re-check open drafts. */
  function environmentChanged(): void {
    settingsCache.clear();
    cache.clear();
    fixAllCache.clear();
    if (pullDiagnostics) void connection.languages.diagnostics.refresh();
    for (const doc of documents.all()) schedule(doc.uri, 0);
  }

  async function buildIndex(): Promise<void> {
    if (!runtime.listMarkdown) return;
    for (const folder of folders) {
      // One settings lookup per folder (as for a file at its root), not per file.
      const settings = await settingsFor(`${folder.replace(/\/$/, '')}/.followup-index`);
      for (const file of runtime.listMarkdown(folder)) {
        if (documents.get(file.uri)) continue;
        if (!isDraft(file.uri, file.text, settings.config)) continue;
        const peer = fingerprint(parseDraft(file.text), file.uri);
        peer.label = labelOf(file.uri);
        index.set(file.uri, peer);
      }
    }
    peersList = [...index.values()];
  }

  // ---- documents ----------------------------------------------------------------------------------------------------

  documents.onDidOpen((e) => schedule(e.document.uri, 0));
  documents.onDidChangeContent((e) => schedule(e.document.uri));
  documents.onDidClose((e) => {
    const uri = e.document.uri;
    timers.get(uri)?.();
    timers.delete(uri);
    cache.delete(uri);
    fixAllCache.delete(uri);
    // Settings are asked for per document (scopeUri); a closed one's answer would be kept forever.
    settingsCache.delete(uri);
    thoroughLints.delete(uri);
    // A closed file stays in the index as it is on disk (re-read when the runtime can).
    const disk = runtime.readFile?.(uri);
    if (disk === undefined) index.delete(uri);
    else {
      const peer = fingerprint(parseDraft(disk), uri);
      peer.label = labelOf(uri);
      index.set(uri, peer);
    }
    peersList = [...index.values()];
    if (published.delete(uri) && !pullDiagnostics) void connection.sendDiagnostics({ uri, diagnostics: [] });
  });

  connection.onDidChangeConfiguration((change) => {
    const settings = (change.settings as { followup?: unknown } | null | undefined)?.followup;
    if (settings !== undefined) pushedSettings = settings;
    reported.clear();
    environmentChanged();
  });

  connection.onDidChangeWatchedFiles((change) => {
    let configChanged = false;
    for (const c of change.changes) {
      if (/\.followuprc\.(json|ya?ml)$/.test(c.uri) || c.uri.endsWith(`/${WORKSPACE_DICTIONARY}`)) configChanged = true;
      else if (/\.(md|markdown)$/i.test(c.uri) && !documents.get(c.uri)) {
        const text = c.type === 3 ? undefined : runtime.readFile?.(c.uri);
        if (text === undefined) index.delete(c.uri);
        else if (hasFollowupKey(text) || index.has(c.uri) || isDraft(c.uri, text, mergeConfig())) {
          const peer = fingerprint(parseDraft(text), c.uri);
          peer.label = labelOf(c.uri);
          index.set(c.uri, peer);
        }
      }
    }
    peersList = [...index.values()];
    if (configChanged) {
      reported.clear();
      environmentChanged();
    } else {
      cache.clear();
      for (const doc of documents.all()) schedule(doc.uri);
    }
  });

  // ---- features -----------------------------------------------------------------------------------------------------

  connection.languages.diagnostics.on(async (params) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return { kind: 'full', items: [] };
    try {
      const result = await check(doc);
      return { kind: 'full', items: result ? result.findings.map((f) => toDiagnostic(doc, f, (file) => file)) : [] };
    } catch (error) {
      connection.console.error(`[followup] diagnostics failed: ${String(error)}`);
      return { kind: 'full', items: [] };
    }
  });

  connection.onCodeAction(
    guard('codeAction', async (params): Promise<CodeAction[]> => {
      const doc = documents.get(params.textDocument.uri);
      if (!doc) return [];
      const result = await check(doc);
      if (!result) return [];
      const only = params.context.only;
      const wantsFixAll = only?.some((k) => FIX_ALL_KIND.startsWith(k) && k !== CodeActionKind.QuickFix && k !== '') ?? false;
      const actions: CodeAction[] = [];
      if (!only || only.some((k) => k === CodeActionKind.QuickFix || CodeActionKind.QuickFix.startsWith(`${k}.`) || k === '')) {
        actions.push(...codeActions(doc, result, params.context.diagnostics, params.range, dictionaryScopes(doc.uri)));
      }
      // Fix-all only when something is safely fixable; computed once per document version.
      if ((wantsFixAll || !only) && result.findings.some(mayHaveSafeFix)) {
        let edits = fixAllCache.get(doc.uri);
        if (!edits || edits.version !== doc.version) {
          const settings = await settingsFor(doc.uri);
          const text = doc.getText();
          const fixed = text.length <= MAX_CHECKED_CHARS ? fixAll(text, { config: settings.config, now: settings.now ?? runtime.now(), file: doc.uri, peers: peersList }).edits : [];
          edits = { version: doc.version, edits: fixed };
          fixAllCache.set(doc.uri, edits);
        }
        const action = fixAllAction(doc, edits.edits);
        if (action) actions.push(action);
      }
      return actions;
    }),
  );

  connection.onHover(
    guard('hover', async (params) => {
      const doc = documents.get(params.textDocument.uri);
      if (!doc) return null;
      const result = await check(doc);
      return result ? hover(doc, result, params.position) : null;
    }),
  );

  connection.onCompletion(
    guard('completion', async (params) => {
      const doc = documents.get(params.textDocument.uri);
      if (!doc) return [];
      let result = await check(doc);
      // An empty new file is not a draft yet, but it is exactly where a template is wanted.
      if (!result && doc.getText().trim() === '') result = lintDocument(parseDraft(''));
      if (!result) return [];
      const settings = await settingsFor(doc.uri);
      return completion(doc, result, params.position, isoDay(settings.now ?? runtime.now()));
    }),
  );

  connection.onCodeLens(
    guard('codeLens', async (params) => {
      const doc = documents.get(params.textDocument.uri);
      if (!doc) return [];
      const result = await check(doc);
      return result ? codeLenses(doc, result) : [];
    }),
  );

  connection.onExecuteCommand(
    guard('executeCommand', async (params) => {
      if (params.command === ADD_TO_DICTIONARY_COMMAND) {
        const arg = params.arguments?.[0] as Partial<AddToDictionaryParams> | undefined;
        if (!arg || typeof arg.word !== 'string' || typeof arg.uri !== 'string' || (arg.scope !== 'user' && arg.scope !== 'workspace')) {
          throw new Error(`${ADD_TO_DICTIONARY_COMMAND} needs { word, scope: "user" | "workspace", uri }`);
        }
        await addToDictionary({ word: arg.word, scope: arg.scope, uri: arg.uri });
        return null;
      }
      if (params.command !== CHECK_DOCUMENT_COMMAND) throw new Error(`unknown command ${params.command}`);
      const uri = params.arguments?.[0];
      if (typeof uri !== 'string') throw new Error(`${CHECK_DOCUMENT_COMMAND} needs the document URI as its argument`);
      checkedByCommand.add(uri);
      cache.delete(uri);
      if (pullDiagnostics) void connection.languages.diagnostics.refresh();
      else await validate(uri);
      return null;
    }),
  );

  connection.onRequest(
    TEMPLATES_REQUEST,
    guard('templates', async (): Promise<TemplateItem[]> => {
      const today = isoDay(runtime.now());
      return DRAFT_KINDS.map((kind) => {
        const info = templateInfo(kind);
        return { kind, label: info.label, description: info.description, snippet: templateSnippet(kind, { today }), text: fillTemplate(kind, { interview_date: today }, { today, hints: true }) };
      });
    }),
  );

  connection.onRequest(
    RULES_REQUEST,
    guard('rules', async (): Promise<RuleItem[]> => RULES.map((r) => ({ id: r.meta.id, description: r.meta.description, defaultSeverity: r.meta.defaultSeverity, kinds: r.meta.kinds === 'all' ? 'all' : [...r.meta.kinds] }))),
  );

  connection.onShutdown(() => {
    for (const cancel of timers.values()) cancel();
    timers.clear();
  });

  documents.listen(connection);
  connection.listen();
}

function isoDay(time: number): string {
  const d = new Date(time);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
