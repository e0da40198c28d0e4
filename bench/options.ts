/**
 * The lint options every in-process benchmark uses, so "this engine" is
 * measured with every rule on, fast proofreading included (issue #6 wires the
 * spell checker in here).
 */
import type { LintOptions } from '../shared/index.js';

export function benchLintOptions(): LintOptions {
  return {};
}
