/**
 * V8 flags the Node server runs with. V8 reads them only at start-up, so they
 * are passed on the command line: the bin's shebang (esbuild.config.mjs reads
 * this list) and VS Code's execArgv (clients/vscode/src/extension.node.ts).
 * - `--max-semi-space-size=1`: a small young generation keeps a long-running
 *   editor server's memory low at no measured cost per keystroke.
 * - `--heap-growing-percent=50`: the old generation may grow to 1.5x the live
 *   heap before a full collection, instead of V8's default of up to 4x. Drafts
 *   that were open a while end up there, so after opening and closing many,
 *   resident memory otherwise climbs by megabytes per 1,000 until a
 *   collection; with it, it levels off (docs/benchmarks.md).
 */
export const SERVER_V8_FLAGS: readonly string[] = ['--max-semi-space-size=1', '--heap-growing-percent=50'];
