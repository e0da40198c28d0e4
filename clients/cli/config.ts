/**
 * Configuration for the CLI: `--config FILE`, or the nearest `.followuprc.json`
 * / `.followuprc.yaml` upward from each draft (looked up once per directory).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import {
  formatConfigProblem,
  mergeConfig,
  parseConfigText,
  parseWordList,
  validateConfig,
  RULE_IDS,
  WORKSPACE_DICTIONARY,
  type ConfigProblem,
  type FollowupConfig,
  type PartialConfig,
} from '../../shared/index.js';
import { userDictionaryPath } from '../../server/src/node/userDictionary.js';
import { shownPath } from './files.js';

const NAMES = ['.followuprc.json', '.followuprc.yaml', '.followuprc.yml'];

export class ConfigError extends Error {
  constructor(readonly problems: ConfigProblem[]) {
    super(problems.map(formatConfigProblem).join('\n'));
  }
}

export interface ResolvedConfig {
  config: FollowupConfig;
  /** The folder include globs are relative to: the config file's folder, or the working folder. */
  base: string;
}

export class ConfigResolver {
  private readonly byDir = new Map<string, ResolvedConfig>();
  private readonly byFile = new Map<string, FollowupConfig>();
  private readonly fixed: ResolvedConfig | undefined;

  private readonly withWords = new Map<string, ResolvedConfig>();
  private readonly wordFiles = new Map<string, string[]>();
  private readonly override: PartialConfig;
  private readonly userWords: string[];

  /**
   * `override` (command-line options such as --proofreading) wins over every
   * file. Words come from the user's dictionary file and the nearest
   * `.followup-dictionary.txt` upward from each draft, as in the editors.
   */
  constructor(explicitFile?: string, override: PartialConfig = {}) {
    this.override = override;
    this.userWords = readWords(userDictionaryPath());
    if (explicitFile !== undefined) {
      if (!existsSync(explicitFile)) throw new ConfigError([{ source: explicitFile, key: '(file)', message: 'no such file' }]);
      this.fixed = { config: this.load(explicitFile), base: process.cwd() };
    }
  }

  /** The configuration for a draft at `path` (absolute). Throws ConfigError on a bad file. */
  forFile(path: string): ResolvedConfig {
    const dir = dirname(path);
    const cached = this.withWords.get(dir);
    if (cached) return cached;
    const base = this.fixed ?? this.forDir(dir);
    const words = [...this.userWords, ...this.dictionaryFor(dir)];
    const resolved = { base: base.base, config: mergeConfig(base.config, { ...this.override, ...(words.length ? { dictionary: words } : {}) }) };
    this.withWords.set(dir, resolved);
    return resolved;
  }

  /** Words of the nearest `.followup-dictionary.txt` in `dir` or a folder above it. */
  private dictionaryFor(dir: string): string[] {
    const cached = this.wordFiles.get(dir);
    if (cached) return cached;
    const file = join(dir, WORKSPACE_DICTIONARY);
    const parent = dirname(dir);
    const words = existsSync(file) ? readWords(file) : parent === dir ? [] : this.dictionaryFor(parent);
    this.wordFiles.set(dir, words);
    return words;
  }

  private forDir(dir: string): ResolvedConfig {
    const cached = this.byDir.get(dir);
    if (cached) return cached;
    let resolved: ResolvedConfig | undefined;
    for (const name of NAMES) {
      const file = join(dir, name);
      if (existsSync(file)) {
        resolved = { config: this.load(file), base: dir };
        break;
      }
    }
    if (!resolved) {
      const parent = dirname(dir);
      resolved = parent === dir ? { config: mergeConfig(), base: process.cwd() } : this.forDir(parent);
    }
    this.byDir.set(dir, resolved);
    return resolved;
  }

  private load(file: string): FollowupConfig {
    const cached = this.byFile.get(file);
    if (cached) return cached;
    const shown = shownPath(resolve(file));
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new ConfigError([{ source: shown, key: '(file)', message: code === 'EISDIR' ? 'is a folder, not a config file' : `cannot be read (${code ?? 'error'})` }]);
    }
    const parsed = parseConfigText(text, shown);
    if (parsed.problems.length) throw new ConfigError(parsed.problems);
    const { config, problems } = validateConfig(parsed.value, shown, RULE_IDS);
    if (problems.length) throw new ConfigError(problems);
    const merged = mergeConfig(config);
    this.byFile.set(file, merged);
    return merged;
  }
}

/** A word list file's words; a missing or unreadable file has none (a dictionary is a convenience, never a failure). */
function readWords(file: string): string[] {
  try {
    return parseWordList(readFileSync(file, 'utf8'));
  } catch {
    return [];
  }
}
