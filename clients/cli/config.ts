/**
 * Configuration for the CLI: `--config FILE`, or the nearest `.followuprc.json`
 * / `.followuprc.yaml` upward from each draft (looked up once per directory).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { formatConfigProblem, mergeConfig, parseConfigText, validateConfig, RULE_IDS, type ConfigProblem, type FollowupConfig } from '../../shared/index.js';
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

  constructor(explicitFile?: string) {
    if (explicitFile !== undefined) {
      if (!existsSync(explicitFile)) throw new ConfigError([{ source: explicitFile, key: '(file)', message: 'no such file' }]);
      this.fixed = { config: this.load(explicitFile), base: process.cwd() };
    }
  }

  /** The configuration for a draft at `path` (absolute). Throws ConfigError on a bad file. */
  forFile(path: string): ResolvedConfig {
    return this.fixed ?? this.forDir(dirname(path));
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
