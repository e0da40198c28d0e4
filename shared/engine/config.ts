/**
 * Configuration: the schema, defaults, validation and merging. No file access:
 * callers read `.followuprc.*` and editor settings and hand the values here.
 * Every problem names its source, the key and what is wrong; bad values are
 * dropped (the default stands) and never throw.
 */
import { load, CORE_SCHEMA } from 'js-yaml';
import { DRAFT_KINDS, type DraftKind, type Severity, type SeveritySetting } from '../types.js';

export interface CustomRule {
  /** Reported as `custom/<name>`. */
  name: string;
  /** `existence`: flag each phrase; `substitution`: flag and offer the replacement. */
  type: 'existence' | 'substitution';
  message: string;
  severity: Severity;
  /** existence: the phrases. */
  phrases: string[];
  /** substitution: phrase -> replacement. */
  swap: Record<string, string>;
  kinds: DraftKind[] | 'all';
}

export interface FollowupConfig {
  /** Severity per rule id (built-in or `custom/<name>`). */
  rules: Record<string, SeveritySetting>;
  wordLimits: Record<DraftKind, number>;
  maxSentenceWords: number;
  /** Globs (relative to the workspace / config file) whose markdown files are drafts. */
  include: string[];
  /** Words the spelling rule accepts. */
  dictionary: string[];
  customRules: CustomRule[];
  proofreading: 'fast' | 'thorough';
}

export interface ConfigProblem {
  /** The file or settings source, e.g. `.followuprc.json` or `settings (followup)`. */
  source: string;
  /** Dotted key path, e.g. `rules.too-casual`. */
  key: string;
  message: string;
}

export const DEFAULT_INCLUDE = ['**/follow-ups/**/*.md', '**/*.followup.md'];

export function defaultConfig(): FollowupConfig {
  return {
    rules: {},
    wordLimits: { 'thank-you': 200, 'status-check': 150, 'feedback-request': 250, 'rejection-response': 250, 'additional-info': 250 },
    maxSentenceWords: 35,
    include: [...DEFAULT_INCLUDE],
    dictionary: [],
    customRules: [],
    proofreading: 'fast',
  };
}

export type PartialConfig = Partial<Omit<FollowupConfig, 'wordLimits'>> & { wordLimits?: Partial<Record<DraftKind, number>> };

const SEVERITY_SETTINGS: readonly SeveritySetting[] = ['off', 'hint', 'info', 'warning', 'error'];
const TOP_KEYS = ['rules', 'wordLimits', 'maxSentenceWords', 'include', 'dictionary', 'customRules', 'proofreading'];

/**
 * Validate a raw config object (from a file or editor settings).
 * `knownRules` lets unknown rule ids be reported with a suggestion.
 */
export function validateConfig(raw: unknown, source: string, knownRules: readonly string[]): { config: PartialConfig; problems: ConfigProblem[] } {
  const problems: ConfigProblem[] = [];
  const config: PartialConfig = {};
  const problem = (key: string, message: string): void => {
    problems.push({ source, key, message });
  };
  if (raw === undefined || raw === null) return { config, problems };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    problem('(root)', `expected an object of settings, got ${describe(raw)}`);
    return { config, problems };
  }
  const obj = raw as Record<string, unknown>;
  for (const key of Object.keys(obj)) {
    if (!TOP_KEYS.includes(key)) problem(key, `unknown setting${suggest(key, TOP_KEYS)}; known settings: ${TOP_KEYS.join(', ')}`);
  }

  const customNames = new Set<string>();
  if (obj['customRules'] !== undefined) {
    const list = obj['customRules'];
    if (!Array.isArray(list)) problem('customRules', `expected a list of custom rules, got ${describe(list)}`);
    else {
      config.customRules = [];
      list.forEach((item, i) => {
        const rule = validateCustomRule(item, `customRules[${i}]`, problem);
        if (rule) {
          if (customNames.has(rule.name)) problem(`customRules[${i}].name`, `duplicate custom rule name "${rule.name}"`);
          else {
            customNames.add(rule.name);
            config.customRules?.push(rule);
          }
        }
      });
    }
  }

  if (obj['rules'] !== undefined) {
    const rules = obj['rules'];
    if (!isRecord(rules)) problem('rules', `expected an object of rule id -> severity, got ${describe(rules)}`);
    else {
      config.rules = {};
      for (const [id, value] of Object.entries(rules)) {
        const key = `rules.${id}`;
        const known = knownRules.includes(id) || (id.startsWith('custom/') && customNames.has(id.slice(7)));
        if (!known) {
          problem(key, `unknown rule "${id}"${suggest(id, knownRules)}`);
          continue;
        }
        const sev = typeof value === 'boolean' ? (value ? undefined : 'off') : value;
        if (sev === undefined) continue;
        if (typeof sev !== 'string' || !SEVERITY_SETTINGS.includes(sev as SeveritySetting)) {
          problem(key, `expected one of ${SEVERITY_SETTINGS.join(', ')}, got ${describe(value)}`);
          continue;
        }
        config.rules[id] = sev as SeveritySetting;
      }
    }
  }

  if (obj['wordLimits'] !== undefined) {
    const limits = obj['wordLimits'];
    if (!isRecord(limits)) problem('wordLimits', `expected an object of kind -> word count, got ${describe(limits)}`);
    else {
      config.wordLimits = {};
      for (const [kind, value] of Object.entries(limits)) {
        if (!(DRAFT_KINDS as readonly string[]).includes(kind)) {
          problem(`wordLimits.${kind}`, `unknown kind${suggest(kind, DRAFT_KINDS)}; kinds: ${DRAFT_KINDS.join(', ')}`);
        } else if (!isPositiveInt(value, 10_000)) {
          problem(`wordLimits.${kind}`, `expected a whole number from 1 to 10000, got ${describe(value)}`);
        } else config.wordLimits[kind as DraftKind] = value as number;
      }
    }
  }

  if (obj['maxSentenceWords'] !== undefined) {
    const v = obj['maxSentenceWords'];
    if (!isPositiveInt(v, 1000)) problem('maxSentenceWords', `expected a whole number from 1 to 1000, got ${describe(v)}`);
    else config.maxSentenceWords = v as number;
  }

  for (const key of ['include', 'dictionary'] as const) {
    const v = obj[key];
    if (v === undefined) continue;
    if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) {
      problem(key, `expected a list of strings, got ${describe(v)}`);
      continue;
    }
    const list = (v as string[]).map((s) => s.trim()).filter(Boolean);
    if (key === 'include') {
      const bad = list.find((g) => g.includes('..'));
      if (bad) {
        problem('include', `glob "${bad}" may not point outside the folder ("..")`);
        continue;
      }
      const absolute = list.find((g) => /^(?:[\\/]|[A-Za-z]:)/.test(g));
      if (absolute) {
        problem('include', `glob "${absolute}" is an absolute path; globs are relative to the folder of the config file (or the workspace)`);
        continue;
      }
      const slow = list.find(slowGlob);
      if (slow) {
        problem('include', `glob "${slow}" is too complex: use at most ${MAX_GLOB_WILDCARDS} wildcards, at most ${MAX_SEGMENT_WILDCARDS} in one folder or file name, and no extglobs such as +(a|b)`);
        continue;
      }
    }
    config[key] = list;
  }

  if (obj['proofreading'] !== undefined) {
    const v = obj['proofreading'];
    if (v !== 'fast' && v !== 'thorough') problem('proofreading', `expected "fast" or "thorough", got ${describe(v)}`);
    else config.proofreading = v;
  }
  return { config, problems };
}

/**
 * Globs become regular expressions (picomatch), and wildcards next to each
 * other backtrack: `*a*a*a*a*a*a*a*a*a*a*a*a*b.md` takes minutes on one long
 * file name. A config file must not be able to hang the checker, so a glob
 * has at most 4 wildcards (`**` counts as one), at most 2 within one path
 * segment, and no extglobs; that keeps matching a 4,000-character path under
 * a few tens of milliseconds.
 */
const MAX_GLOB_WILDCARDS = 4;
const MAX_SEGMENT_WILDCARDS = 2;
function slowGlob(glob: string): boolean {
  if (/[*+?@!]\(/.test(glob)) return true;
  let total = 0;
  for (const segment of glob.split('/')) {
    const n = segment === '**' ? 1 : (segment.match(/\*+/g)?.length ?? 0);
    if (segment !== '**' && n > MAX_SEGMENT_WILDCARDS) return true;
    total += n;
  }
  return total > MAX_GLOB_WILDCARDS;
}

function validateCustomRule(item: unknown, key: string, problem: (key: string, message: string) => void): CustomRule | undefined {
  if (!isRecord(item)) {
    problem(key, `expected an object with name, type and phrases, got ${describe(item)}`);
    return undefined;
  }
  const name = item['name'];
  if (typeof name !== 'string' || !/^[a-z0-9][a-z0-9-]{0,40}$/.test(name)) {
    problem(`${key}.name`, `expected a kebab-case name (a-z, 0-9, -), got ${describe(name)}`);
    return undefined;
  }
  const type = item['type'] ?? (item['swap'] !== undefined ? 'substitution' : 'existence');
  if (type !== 'existence' && type !== 'substitution') {
    problem(`${key}.type`, `expected "existence" or "substitution", got ${describe(type)}`);
    return undefined;
  }
  const severity = item['severity'] ?? 'warning';
  if (typeof severity !== 'string' || !['hint', 'info', 'warning', 'error'].includes(severity)) {
    problem(`${key}.severity`, `expected one of hint, info, warning, error, got ${describe(severity)}`);
    return undefined;
  }
  const message = item['message'] ?? (type === 'substitution' ? 'Prefer "{replacement}" over "{phrase}".' : 'Avoid "{phrase}".');
  if (typeof message !== 'string' || message.length > 300) {
    problem(`${key}.message`, `expected text of at most 300 characters, got ${describe(message)}`);
    return undefined;
  }
  let phrases: string[] = [];
  const swap: Record<string, string> = {};
  if (type === 'existence') {
    const p = item['phrases'];
    if (!Array.isArray(p) || p.length === 0 || p.some((x) => typeof x !== 'string' || !isPlainPhrase(x))) {
      problem(`${key}.phrases`, 'expected a non-empty list of plain phrases (words and spaces; no regular expressions)');
      return undefined;
    }
    phrases = p as string[];
  } else {
    const s = item['swap'];
    if (!isRecord(s) || Object.keys(s).length === 0 || Object.entries(s).some(([k, v]) => !isPlainPhrase(k) || typeof v !== 'string')) {
      problem(`${key}.swap`, 'expected an object of plain phrase -> replacement text');
      return undefined;
    }
    for (const [k, v] of Object.entries(s)) swap[k] = v as string;
  }
  let kinds: DraftKind[] | 'all' = 'all';
  if (item['kinds'] !== undefined) {
    const k = item['kinds'];
    if (!Array.isArray(k) || k.some((x) => !(DRAFT_KINDS as readonly unknown[]).includes(x))) {
      problem(`${key}.kinds`, `expected a list of kinds (${DRAFT_KINDS.join(', ')})`);
      return undefined;
    }
    kinds = k as DraftKind[];
  }
  return { name, type, message, severity: severity as Severity, phrases, swap, kinds };
}

/** Words, spaces, apostrophes and hyphens only: phrases are never patterns. */
function isPlainPhrase(s: string): boolean {
  return /^[\p{L}\p{N}'’ -]{1,80}$/u.test(s) && /[\p{L}\p{N}]/u.test(s);
}

/** Later sources win; lists from later sources replace earlier ones, except the dictionary, which adds up. */
export function mergeConfig(...parts: ReadonlyArray<PartialConfig | undefined>): FollowupConfig {
  const out = defaultConfig();
  for (const p of parts) {
    if (!p) continue;
    if (p.rules) out.rules = { ...out.rules, ...p.rules };
    if (p.wordLimits) out.wordLimits = { ...out.wordLimits, ...p.wordLimits } as Record<DraftKind, number>;
    if (p.maxSentenceWords !== undefined) out.maxSentenceWords = p.maxSentenceWords;
    if (p.include) out.include = [...p.include];
    if (p.dictionary) out.dictionary = [...out.dictionary, ...p.dictionary];
    if (p.customRules) out.customRules = [...out.customRules.filter((r) => !p.customRules?.some((c) => c.name === r.name)), ...p.customRules];
    if (p.proofreading) out.proofreading = p.proofreading;
  }
  return out;
}

/** Parse a `.followuprc.json` / `.followuprc.yaml` file's text. */
export function parseConfigText(text: string, fileName: string): { value: unknown; problems: ConfigProblem[] } {
  const isYaml = /\.ya?ml$/i.test(fileName);
  try {
    if (isYaml) return { value: load(text, { schema: CORE_SCHEMA }) ?? {}, problems: [] };
    return { value: text.trim() === '' ? {} : JSON.parse(text), problems: [] };
  } catch (error) {
    const msg = error instanceof Error ? error.message.split('\n')[0] ?? '' : String(error);
    return { value: undefined, problems: [{ source: fileName, key: '(file)', message: `cannot read ${isYaml ? 'YAML' : 'JSON'}: ${msg}` }] };
  }
}

export function formatConfigProblem(p: ConfigProblem): string {
  return `${p.source}: ${p.key}: ${p.message}`;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isPositiveInt(v: unknown, max: number): boolean {
  return typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= max;
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v);
  if (typeof v === 'object') return 'an object';
  return `${typeof v} ${String(v)}`;
}

function suggest(word: string, options: readonly string[]): string {
  let best = '';
  let bestD = Infinity;
  for (const o of options) {
    const d = editDistance(word.toLowerCase(), o.toLowerCase());
    if (d < bestD) {
      bestD = d;
      best = o;
    }
  }
  return best && bestD <= Math.max(2, Math.floor(word.length / 4)) ? ` (did you mean "${best}"?)` : '';
}

function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 4) return 99;
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j] ?? 0;
      row[j] = Math.min((row[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length] ?? 99;
}
