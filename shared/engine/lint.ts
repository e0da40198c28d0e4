/**
 * The engine: parse, decide the kind, run the rules that apply, then do what
 * no rule repeats: severity from config, suppression comments, doc URLs,
 * range validation, and containment of a rule that throws (it becomes an
 * `internal-error` finding, never an exception to the caller).
 */
import { parseDraft, type DraftDocument } from '../document/parse.js';
import type { FrontMatterProblem } from '../document/frontMatter.js';
import { detectEol } from '../document/lineIndex.js';
import { inferKind, isDraftKind } from '../kinds.js';
import { RULES, RULE_IDS, ruleById } from '../rules/index.js';
import { PhraseIndex, type PhraseEntry, type PhraseMatch } from '../rules/phrases/match.js';
import { formatMessage, replacementEdit, matchCase, type PeerDraft, type Report, type RuleContext } from '../rules/rule.js';
import { readiness, type Readiness } from '../readiness.js';
import { docUrl } from '../docs.js';
import { Suppressions } from './suppressions.js';
import { defaultConfig, type CustomRule, type FollowupConfig } from './config.js';
import type { DraftKind, Finding, Fix, Severity } from '../types.js';
import { createSpeller, type Speller } from '../proofreading/speller.js';
import { EN_US } from '../proofreading/en-us.js';
import { lastBelow, Spans, type ThoroughLint } from '../proofreading/thorough.js';

export interface LintOptions {
  config?: FollowupConfig;
  /** Forces the kind (CLI `--kind`), over front matter and inference. */
  kind?: DraftKind;
  /** The clock, epoch ms. Without it timing rules stay silent. */
  now?: number;
  /** The draft's file name or URI, for messages and related information. */
  file?: string;
  /** Other drafts, for duplicate-draft. */
  peers?: readonly PeerDraft[];
  /**
   * The spell checker. Default: the built-in en_US one, built once on first
   * use (about 20 ms). `null` turns spelling off (callers that never want it).
   */
  speller?: Speller | null;
  /**
   * Harper's lints for this exact text (the thorough tier), merged into
   * spelling and grammar. Callers run Harper off the main thread and lint
   * again with its result; without it only the fast tier runs.
   */
  thorough?: readonly ThoroughLint[];
}

export type KindSource = 'option' | 'front-matter' | 'inferred';

export interface LintResult {
  kind: DraftKind;
  kindSource: KindSource;
  /** For inferred kinds: the phrase that decided. */
  kindEvidence?: string;
  findings: Finding[];
  readiness: Readiness;
  document: DraftDocument;
}

/**
 * The quick fix for an unknown kind: name the kind the draft is being checked
 * as (inferred from its text, or given by --kind), which changes no finding but this one, so it
 * can introduce no error; the editor's completion lists the other kinds. Not
 * safe: which note it is, is the writer's call. Offered only when the flagged
 * text is the whole value on its line, plain or quoted, so the edit replaces
 * exactly that value (not a block scalar's `|`, a list, or a value with a
 * comment after it).
 */
function kindFix(text: string, p: FrontMatterProblem, kind: DraftKind, inferred: boolean): Fix[] {
  const written = p.data['kind'] ?? '';
  const value = text.slice(p.start, p.end);
  const unquoted = /^(["'])(.*)\1$/.exec(value)?.[2] ?? value;
  if (!written || unquoted.trim() !== written) return [];
  return [{ title: `Change the kind to ${kind}${inferred ? ' (what the text reads as)' : ''}`, edits: [{ start: p.start, end: p.end, newText: kind }], safe: false }];
}

/** "November 20, 2026 2pm" rewritten as "2026-11-20T14:00": the value's range only, quotes included. */
function dateFix(p: FrontMatterProblem): Fix[] {
  const iso = p.data['iso'];
  return iso ? [{ title: `Write it as ${iso}`, edits: [{ start: p.start, end: p.end, newText: iso }], safe: true }] : [];
}

/** Ids the engine reports itself, besides the rules. */
export const ENGINE_FINDINGS = {
  frontMatter: 'front-matter',
  internalError: 'internal-error',
} as const;

const FRONT_MATTER_MESSAGES: Record<FrontMatterProblem['messageId'], string> = {
  yaml: 'The front matter is not valid YAML ({reason}, line {line}); its facts are ignored until it is fixed.',
  unclosed: 'The front matter is never closed: add a `---` line after its last `key: value` line. Until then its facts are ignored.',
  notMapping: 'The front matter should be a list of `key: value` lines.',
  unknownKind: 'Unknown kind "{kind}"; use one of {kinds}. The kind is inferred from the text meanwhile.',
  badDate: '`{key}` should be a date like 2026-11-20 or 2026-11-20T14:00, not "{value}".',
  writtenDate: '`{key}` is read as {iso}. Write it that way, so every tool reads the same date.',
  badNumber: '`{key}` should be a whole number, not "{value}".',
  badValue: '`{key}` should be {expected}.',
};

let builtinIndex: PhraseIndex | undefined;
function builtinPhrases(): PhraseIndex {
  builtinIndex ??= new PhraseIndex(RULES.filter((r) => r.phrases).map((r) => ({ ruleId: r.meta.id, entries: r.phrases ?? [] })));
  return builtinIndex;
}

const customIndexes = new WeakMap<readonly CustomRule[], PhraseIndex>();
function customPhrases(rules: readonly CustomRule[]): PhraseIndex {
  let idx = customIndexes.get(rules);
  if (!idx) {
    idx = new PhraseIndex(
      rules.map((r) => ({
        ruleId: `custom/${r.name}`,
        entries:
          r.type === 'existence'
            ? r.phrases.map((p): PhraseEntry => ({ pattern: escapePattern(p), negatable: false }))
            : Object.entries(r.swap).map(([p, replacement]): PhraseEntry => ({ pattern: escapePattern(p), replacement, negatable: false })),
      })),
    );
    customIndexes.set(rules, idx);
  }
  return idx;
}

/** User phrases are plain words: strip anything the pattern syntax would read. */
function escapePattern(phrase: string): string {
  return phrase.replace(/[|?*()]/g, ' ');
}

const DEFAULT_CONFIG = defaultConfig();

let builtinSpeller: Speller | undefined;
/** The en_US speller every caller shares; built on the first draft checked, never before. */
export function defaultSpeller(): Speller {
  builtinSpeller ??= createSpeller(EN_US);
  return builtinSpeller;
}

export function lintDraft(text: string, options: LintOptions = {}): LintResult {
  return lintDocument(parseDraft(text), options);
}

export function lintDocument(doc: DraftDocument, options: LintOptions = {}): LintResult {
  const config = options.config ?? DEFAULT_CONFIG;
  const facts = doc.frontMatter.facts;
  let kind: DraftKind;
  let kindSource: KindSource;
  let kindEvidence: string | undefined;
  if (options.kind && isDraftKind(options.kind)) {
    kind = options.kind;
    kindSource = 'option';
  } else if (facts.kind) {
    kind = facts.kind;
    kindSource = 'front-matter';
  } else {
    const inferred = inferKind(doc);
    kind = inferred.kind;
    kindSource = 'inferred';
    kindEvidence = inferred.evidence;
  }

  const findings: Finding[] = [];
  const suppressions = new Suppressions(doc);
  const eol = detectEol(doc.text);

  for (const p of doc.frontMatter.problems) {
    const sev: Severity = p.messageId === 'unknownKind' || p.messageId === 'writtenDate' ? 'warning' : 'error';
    push(findings, suppressions, doc, {
      ruleId: ENGINE_FINDINGS.frontMatter,
      messageId: p.messageId,
      severity: sev,
      message: formatMessage(FRONT_MATTER_MESSAGES[p.messageId], p.data),
      start: p.start,
      end: p.end,
      fixes: p.messageId === 'unknownKind' ? kindFix(doc.text, p, kind, kindSource === 'inferred') : p.messageId === 'writtenDate' ? dateFix(p) : [],
      docUrl: docUrl(ENGINE_FINDINGS.frontMatter),
    });
  }

  let phraseMatches: Map<string, PhraseMatch[]> | undefined;
  const matchesFor = (ruleId: string): PhraseMatch[] => {
    if (!phraseMatches) {
      phraseMatches = new Map();
      for (const m of builtinPhrases().match(doc)) {
        const list = phraseMatches.get(m.ruleId);
        if (list) list.push(m);
        else phraseMatches.set(m.ruleId, [m]);
      }
    }
    return phraseMatches.get(ruleId) ?? [];
  };

  const peers = options.peers ?? [];
  const speller = options.speller === null ? undefined : (options.speller ?? defaultSpeller());
  // One context for every rule: the rule running now is a variable its two methods read.
  let ruleId = '';
  const reports: Report[] = [];
  const ctx: RuleContext = {
    doc,
    kind,
    facts,
    config,
    now: options.now,
    file: options.file,
    peers,
    eol,
    speller,
    thorough: options.thorough,
    phraseMatches: () => matchesFor(ruleId),
    report: (r) => {
      reports.push(r);
    },
  };
  for (const rule of RULES) {
    const meta = rule.meta;
    if (meta.kinds !== 'all' && !meta.kinds.includes(kind)) continue;
    const setting = config.rules[meta.id] ?? meta.defaultSeverity;
    if (setting === 'off') continue;
    ruleId = meta.id;
    reports.length = 0;
    try {
      rule.check(ctx);
    } catch (error) {
      push(findings, suppressions, doc, internalError(meta.id, error, doc));
      continue;
    }
    for (const r of reports) {
      const template = meta.messages[r.messageId];
      if (template === undefined) {
        push(findings, suppressions, doc, internalError(meta.id, new Error(`unknown messageId "${r.messageId}"`), doc));
        continue;
      }
      // A configured severity wins, except where the rule escalates on its own (send-window after 48 h).
      const severity: Severity = r.severity && config.rules[meta.id] === undefined ? r.severity : (setting as Severity);
      const fixes = [];
      if (r.fix) fixes.push({ title: r.fix.title, edits: r.fix.edits, safe: meta.fix === 'safe' });
      for (const s of r.suggestions ?? []) fixes.push({ title: s.title, edits: s.edits, safe: false });
      const finding: Finding = {
        ruleId: meta.id,
        messageId: r.messageId,
        severity,
        message: formatMessage(template, r.data),
        start: r.start,
        end: r.end,
        fixes,
        docUrl: docUrl(meta.id),
      };
      if (r.related) finding.related = r.related;
      if (r.lazySuggestions) lazyFixes(finding, r.lazySuggestions, doc.text.length);
      push(findings, suppressions, doc, finding);
    }
  }

  if (config.customRules.length > 0) runCustomRules(doc, kind, config, findings, suppressions);

  dropCoveredSpelling(findings);
  if (options.thorough?.length) dropThoroughOverlaps(findings);
  findings.sort((a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId));
  const result: LintResult = { kind, kindSource, findings, readiness: readiness(kind, findings, config), document: doc };
  if (kindEvidence !== undefined) result.kindEvidence = kindEvidence;
  void eol;
  return result;
}

function runCustomRules(doc: DraftDocument, kind: DraftKind, config: FollowupConfig, findings: Finding[], suppressions: Suppressions): void {
  const byId = new Map(config.customRules.map((r) => [`custom/${r.name}`, r]));
  for (const m of customPhrases(config.customRules).match(doc)) {
    const rule = byId.get(m.ruleId);
    if (!rule) continue;
    if (rule.kinds !== 'all' && !rule.kinds.includes(kind)) continue;
    const setting = config.rules[m.ruleId] ?? rule.severity;
    if (setting === 'off') continue;
    const replacement = m.entry.replacement === undefined ? undefined : matchCase(m.text, m.entry.replacement);
    const finding: Finding = {
      ruleId: m.ruleId,
      messageId: rule.type,
      severity: setting,
      message: formatMessage(rule.message, { phrase: m.text, replacement: replacement ?? '' }),
      start: m.start,
      end: m.end,
      fixes:
        replacement === undefined
          ? []
          : [{ title: replacement ? `Replace "${m.text}" with "${replacement}"` : `Remove "${m.text}"`, edits: [replacementEdit(doc.text, m.start, m.end, replacement)], safe: true }],
      docUrl: docUrl('custom-rules'),
    };
    push(findings, suppressions, doc, finding);
  }
}

function internalError(ruleId: string, error: unknown, doc: DraftDocument): Finding {
  const reason = error instanceof Error ? error.message : String(error);
  const at = doc.bodyStart;
  return {
    ruleId: ENGINE_FINDINGS.internalError,
    messageId: 'crash',
    severity: 'error',
    message: `The rule "${ruleId}" failed on this draft and was skipped (${reason}). Please report it.`,
    start: at,
    end: at,
    fixes: [],
    docUrl: docUrl(ENGINE_FINDINGS.internalError),
  };
}

/**
 * Harper's grammar lints add to the fast tier, never repeat it: one that
 * touches a spelling finding or a word-level finding of another rule (a
 * casual word, a pushy phrase, a fast-tier grammar fix) goes, so a word never
 * carries two underlines saying the same thing in different words. Findings
 * that span a sentence or more (long-sentence, readiness) do not count.
 */
function dropThoroughOverlaps(findings: Finding[]): void {
  const others = new Spans(findings.filter((f) => !(f.ruleId === 'grammar' && f.messageId === 'thorough') && (f.ruleId === 'spelling' || f.end - f.start <= 40)));
  if (others.size === 0) return;
  let w = 0;
  for (const f of findings) if (!(f.ruleId === 'grammar' && f.messageId === 'thorough' && others.overlaps(f.start, f.end))) findings[w++] = f;
  findings.length = w;
}

/**
 * A word another rule already reports with a better message ("gonna" is
 * too casual, "alot" is grammar, "lol" is too casual) is not also a spelling
 * finding. Only a finding about little more than the word itself covers it: a
 * typo inside a longer flagged phrase ("To whom it may concren") is still shown.
 * (Harper's grammar lints excepted: they give way to the typo instead.)
 */
function dropCoveredSpelling(findings: Finding[]): void {
  let spellings = 0;
  for (const f of findings) if (f.ruleId === 'spelling') spellings++;
  if (spellings === 0 || spellings === findings.length) return;
  // Findings that can cover a word, by start: a covering one starts at most 12 characters before the word's end minus its length.
  const covers = findings.filter((o) => o.ruleId !== 'spelling' && o.messageId !== 'thorough' && aboutItsWords(o.ruleId)).sort((a, b) => a.start - b.start);
  const starts = covers.map((o) => o.start);
  let w = 0;
  for (const f of findings) {
    let covered = false;
    if (f.ruleId === 'spelling') {
      const len = f.end - f.start;
      for (let k = lastBelow(starts, f.start - 12) + 1; k < covers.length && covers[k]!.start <= f.start && !covered; k++) {
        const o = covers[k]!;
        covered = f.end <= o.end && o.end - o.start <= len + 12;
      }
    }
    if (!covered) findings[w++] = f;
  }
  findings.length = w;
}

/**
 * Whether a rule's findings are about the words they span (a casual word, an
 * emoji, a grammar slip), so they may stand in for a typo there. A "do",
 * length or timing finding only points at a place (the greeting, the word
 * where a limit is crossed), and duplicate-draft at the greeting: a typo
 * there is still the writer's to see ("Dear Dnaa," under missing-gratitude).
 */
function aboutItsWords(ruleId: string): boolean {
  if (ruleId.startsWith('custom/')) return true;
  const rule = ruleById(ruleId);
  return rule !== undefined && rule.meta.id !== 'duplicate-draft' && (rule.meta.category === 'dont' || rule.meta.category === 'proofreading');
}

/**
 * Make `finding.fixes` compute its suggestions on first read, then keep them
 * as a plain array: spelling suggestions cost milliseconds per word and most
 * findings are never asked for theirs.
 */
/** The fixes a finding with lazy suggestions had before them (all its safe ones). */
const EAGER_FIXES = new WeakMap<Finding, readonly Fix[]>();

function lazyFixes(finding: Finding, compute: () => Array<{ title: string; edits: Finding['fixes'][number]['edits'] }>, len: number): void {
  const eager = finding.fixes;
  EAGER_FIXES.set(finding, eager);
  Object.defineProperty(finding, 'fixes', {
    configurable: true,
    enumerable: true,
    get(): Fix[] {
      const all: Fix[] = [...eager];
      for (const s of compute()) all.push({ title: s.title, edits: s.edits, safe: false });
      const value = validFixes(all, len);
      Object.defineProperty(finding, 'fixes', { value, writable: true, enumerable: true, configurable: true });
      return value;
    },
    set(value: Fix[]) {
      Object.defineProperty(finding, 'fixes', { value, writable: true, enumerable: true, configurable: true });
    },
  });
}

function validFixes(fixes: Fix[], len: number): Fix[] {
  return fixes.filter((fix) => fix.edits.length > 0 && fix.edits.every((e) => e.start >= 0 && e.end >= e.start && e.end <= len));
}

/** The first fix fix-all may apply, without computing lazy suggestions (they are never safe). */
export function safeFix(f: Finding): Fix | undefined {
  const desc = Object.getOwnPropertyDescriptor(f, 'fixes');
  const fixes = desc?.get ? (EAGER_FIXES.get(f) ?? []) : f.fixes;
  return fixes.find((x) => x.safe);
}

/** Whether a finding has a fix fix-all applies, without computing lazy suggestions. */
export function mayHaveSafeFix(f: Finding): boolean {
  return safeFix(f) !== undefined;
}

/** Validate a finding's range and edits, then keep it unless suppressed. */
function push(findings: Finding[], suppressions: Suppressions, doc: DraftDocument, f: Finding): void {
  const len = doc.text.length;
  if (!(f.start >= 0 && f.end >= f.start && f.end <= len)) {
    f = { ...internalError(f.ruleId, new Error(`range ${f.start}-${f.end} is outside the text`), doc) };
  }
  if (!Object.getOwnPropertyDescriptor(f, 'fixes')?.get) f.fixes = validFixes(f.fixes, len);
  if (suppressions.isSuppressed(f.ruleId, f.start)) return;
  findings.push(f);
}

export { RULE_IDS, ruleById };
