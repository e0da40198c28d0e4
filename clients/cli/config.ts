/**
 * Configuration for the CLI: `--config FILE`, or the nearest `.followuprc.json`
 * / `.followuprc.yaml` upward from each draft (looked up once per directory).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { mergeConfig, parseConfigText, validateConfig, RULE_IDS, type ConfigProblem, type FollowupConfig } from '../../shared/index.js';

const NAMES = ['.followuprc.json', '.followuprc.yaml', '.followuprc.yml'];

export class ConfigError extends Error {
  constructor(readonly problems: ConfigProblem[]) {
    super(problems.map((p) => `${p.source}: ${p.key}: ${p.message}`).join('\n'));
  }
}

export class ConfigResolver {
  private readonly byDir = new Map<string, FollowupConfig>();
  private readonly byFile = new Map<string, FollowupConfig>();
  private readonly fixed: FollowupConfig | undefined;

  constructor(explicitFile?: string) {
    if (explicitFile) {
      if (!existsSync(explicitFile)) throw new ConfigError([{ source: explicitFile, key: '(file)', message: 'no such file' }]);
      this.fixed = this.load(explicitFile);
    }
  }

  /** The configuration for a draft at `path`. Throws ConfigError on a bad file. */
  forFile(path: string): FollowupConfig {
    if (this.fixed) return this.fixed;
    return this.forDir(dirname(path));
  }

  private forDir(dir: string): FollowupConfig {
    const cached = this.byDir.get(dir);
    if (cached) return cached;
    let config: FollowupConfig | undefined;
    for (const name of NAMES) {
      const file = join(dir, name);
      if (existsSync(file)) {
        config = this.load(file);
        break;
      }
    }
    if (!config) {
      const parent = dirname(dir);
      config = parent === dir ? mergeConfig() : this.forDir(parent);
    }
    this.byDir.set(dir, config);
    return config;
  }

  private load(file: string): FollowupConfig {
    const cached = this.byFile.get(file);
    if (cached) return cached;
    const shown = relative(process.cwd(), file) || file;
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      throw new ConfigError([{ source: shown, key: '(file)', message: 'cannot be read' }]);
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
