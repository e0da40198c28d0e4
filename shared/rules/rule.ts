/**
 * The shape of a rule: metadata plus one pure, synchronous `check`. Rules see
 * offsets, never LSP positions, and read time only through `ctx.now`.
 */
import type { DraftDocument } from '../document/parse.js';
import type { DraftFacts } from '../document/frontMatter.js';
import type { FollowupConfig } from '../engine/config.js';
import type { DraftKind, RelatedInfo, RuleMeta, Severity, TextEdit } from '../types.js';
import type { PhraseEntry, PhraseMatch } from './phrases/match.js';
import type { Speller } from '../proofreading/speller.js';
import type { ThoroughLint } from '../proofreading/thorough.js';
import { sentenceInitial } from './helpers.js';

/** What `duplicate-draft` knows of the other drafts it is given. */
export interface PeerDraft {
  /** The file's path or URI (as given to lintDraft's `file`). */
  file: string;
  /** How to name it in messages, when `file` is a URI. */
  label?: string;
  /** The recipients, lower-cased for comparing. */
  to: string[];
  /** The recipients as written, for messages. */
  toNames?: string[];
  /** Word shingles of the body, names masked (see `fingerprint`). */
  shingles: ReadonlySet<number>;
  /**
   * MinHash signature of the shingles, for a cheap similarity estimate before
   * the exact one. Computed on first use (`signatureOf`): a caller that already
   * narrowed the peers to real candidates (the CLI) never pays for it.
   */
  signature?: Uint32Array;
  /** Offsets of the body's first prose line in that file, for related info. */
  anchor: { start: number; end: number };
}

export interface ReportFix {
  title: string;
  edits: TextEdit[];
}

export interface Report {
  start: number;
  end: number;
  messageId: string;
  data?: Record<string, string | number>;
  /** The one obvious remedy (for rules whose meta.fix is 'safe'). */
  fix?: ReportFix;
  /** Other remedies, offered as quick fixes but never applied by fix-all. */
  suggestions?: ReportFix[];
  /**
   * Suggestions too costly to compute for every finding (spelling): called
   * only when someone reads the finding's fixes (a code action, a hover).
   */
  lazySuggestions?: () => ReportFix[];
  /** Overrides the configured severity (e.g. send-window escalates after 48 h). */
  severity?: Severity;
  related?: RelatedInfo[];
}

export interface RuleContext {
  doc: DraftDocument;
  kind: DraftKind;
  facts: DraftFacts;
  config: FollowupConfig;
  /** Epoch ms; undefined when the caller gave no clock (timing rules then stay silent). */
  now: number | undefined;
  file: string | undefined;
  peers: readonly PeerDraft[];
  /** The document's line ending, for fixes that insert lines. */
  eol: string;
  /** The spell checker, when the platform loaded one (spelling stays silent without it). */
  speller: Speller | undefined;
  /** Harper's lints for this text when the thorough tier has run (spelling and grammar merge them). */
  thorough: readonly ThoroughLint[] | undefined;
  /** This rule's matches from its phrase table (computed once per draft for all tables). */
  phraseMatches(): PhraseMatch[];
  report(report: Report): void;
}

export interface Rule {
  meta: RuleMeta;
  /** The phrase table, for phrase-list rules. */
  phrases?: readonly PhraseEntry[];
  check(ctx: RuleContext): void;
}

/** A rule that is its phrase table: every guarded match is reported; replacements are safe fixes. */
export function phraseRule(meta: RuleMeta, phrases: readonly PhraseEntry[], fixTitle?: (m: PhraseMatch) => string): Rule {
  return {
    meta,
    phrases,
    check(ctx) {
      const defaultId = Object.keys(meta.messages)[0] ?? 'phrase';
      for (const m of ctx.phraseMatches()) reportPhrase(ctx, m, defaultId, fixTitle);
    },
  };
}

export function reportPhrase(ctx: RuleContext, m: PhraseMatch, defaultMessageId: string, fixTitle?: (m: PhraseMatch) => string): void {
  const messageId = m.entry.messageId ?? defaultMessageId;
  const report: Report = { start: m.start, end: m.end, messageId, data: { phrase: m.text } };
  if (m.entry.replacement !== undefined) {
    // A lower-case word that opens a sentence ("… role. tbh I was") gets a capital in its place.
    const cased = sentenceInitial(ctx.doc.prose, m.start) ? capitalize(matchCase(m.text, m.entry.replacement)) : matchCase(m.text, m.entry.replacement);
    const edit = replacementEdit(ctx.doc.text, m.start, m.end, cased);
    report.data = { ...report.data, replacement: m.entry.replacement };
    report.fix = {
      title: fixTitle ? fixTitle(m) : m.entry.replacement ? `Replace "${m.text}" with "${cased}"` : `Remove "${m.text}"`,
      edits: [edit],
    };
  }
  ctx.report(report);
}

const capitalize = (s: string): string => (s ? s[0]!.toUpperCase() + s.slice(1) : s);

/** Keep the writer's capitalisation: "Gonna" -> "Going to", "BTW" stays a word. */
export function matchCase(original: string, replacement: string): string {
  if (!replacement) return replacement;
  const first = original[0] ?? '';
  if (first !== first.toLowerCase() && first === first.toUpperCase()) {
    return replacement[0]?.toUpperCase() + replacement.slice(1);
  }
  return replacement;
}

/**
 * The edit for replacing [start, end). A deletion also takes one neighbouring
 * space, so "great lol." becomes "great." and not "great ."
 */
export function replacementEdit(text: string, start: number, end: number, newText: string): TextEdit {
  if (newText !== '') return { start, end, newText };
  const before = text[start - 1];
  const after = text[end];
  if ((before === ' ' || before === '\t') && (after === undefined || /[\s.,!?;:)]/.test(after))) return { start: start - 1, end, newText: '' };
  if ((after === ' ' || after === '\t') && (before === undefined || /[\n(]/.test(before) || start === 0)) return { start, end: end + 1, newText: '' };
  if (after === ' ' && before === ' ') return { start: start - 1, end, newText: '' };
  // A lone high surrogate before and a lone low one after would close up into a new character (an emoji, say)
  // that nobody wrote: keep them apart with a space.
  const b = text.charCodeAt(start - 1);
  const a = text.charCodeAt(end);
  if (b >= 0xd800 && b <= 0xdbff && a >= 0xdc00 && a <= 0xdfff) return { start, end, newText: ' ' };
  return { start, end, newText: '' };
}

/** Fill `{placeholders}` in a message template. */
export function formatMessage(template: string, data: Record<string, string | number> | undefined): string {
  if (!data) return template;
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in data ? String(data[key]) : whole));
}
