/**
 * spelling: words the dictionary does not know, in the body's prose.
 *
 * Known words besides the dictionary: the front matter's names, company and
 * role; the user's dictionary (settings, .followuprc, workspace file); words
 * listed in a `<!-- followup-words: … -->` comment; and capitalised names the
 * draft uses as names (mid-sentence, in a signature, or as a pair such as
 * "Priya Raman"). Skipped: acronyms, mixed-case product names, numbers,
 * handles, and words in other scripts. Suggestions are computed only when an
 * editor asks for the finding's fixes.
 */
import type { Rule, RuleContext } from './rule.js';
import type { DraftDocument } from '../document/parse.js';
import { getWords, WordMemo } from '../document/text.js';
import { caseShape } from '../proofreading/hunspell.js';
import { PREFIXES, type Speller } from '../proofreading/speller.js';
import { inProse, isSpellingLint, Spans } from '../proofreading/thorough.js';

/**
 * Prefixes that stand before a hyphen but not alone ("pre-sales", "de-risk",
 * "un-blocked", "intra-team"): the speller's productive prefixes and a few
 * that only ever come hyphenated.
 */
const HYPHEN_PREFIXES = new Set([...PREFIXES, 'de', 'un', 'ex', 'intra', 'mid', 'self', 'macro', 'e', 'pro', 'counter', 'ultra', 'bi', 'tri', 'quasi', 'pseudo', 'mega']);

export const WORDS_DIRECTIVE = /^followup-words:\s*([\s\S]*)$/;

export const spelling: Rule = {
  meta: {
    id: 'spelling',
    kinds: 'all',
    defaultSeverity: 'error',
    category: 'proofreading',
    description: 'A word the dictionary does not know: a typo in a note that is meant to show care costs more than it seems.',
    howToFix: 'Pick a suggestion from the quick fixes, or add a name or term to your dictionary ("Add to dictionary") so it is known from now on.',
    fix: 'suggestion',
    messages: {
      unknown: '"{word}" is not in the dictionary; check its spelling.',
    },
  },
  check(ctx) {
    const speller = ctx.speller;
    if (!speller) return;
    checkSpelling(ctx, speller);
  },
};

/** Words grammar reports with a better message ("alot" -> "a lot"). */
const LEFT_TO_GRAMMAR = new Set(['alot']);

interface Candidate {
  start: number;
  end: number;
  word: string;
}

const verdicts = new WeakMap<Speller, WordMemo<boolean>>();
/** The speller's verdicts by intern slot: most of a draft's words skip the speller's own (large) cache. */
function verdictsOf(speller: Speller): WordMemo<boolean> {
  let memo = verdicts.get(speller);
  if (!memo) {
    memo = new WordMemo((w) => speller.isWord(w));
    verdicts.set(speller, memo);
  }
  return memo;
}

function checkSpelling(ctx: RuleContext, speller: Speller): void {
  const doc = ctx.doc;
  const text = doc.text;
  const words = getWords(doc);
  const known = knownWords(ctx);
  const isWord = verdictsOf(speller);
  // Capitalised unknown words: names when used as names anywhere in the draft.
  const names = new Set<string>();
  const pendingTitle: Candidate[] = [];
  const lowerOut: Candidate[] = [];

  for (let i = 0; i < words.count; i++) {
    const lower = words.lower[i]!;
    if (lower.length < 2 || known.has(lower) || LEFT_TO_GRAMMAR.has(lower)) continue;
    if (isWord.get(words, i)) continue;
    const start = words.starts[i]!;
    const end = words.ends[i]!;
    if (!plainToken(text, start, end)) continue;
    // A hyphenated word is fine when each part is ("follow-up", "well-rounded"), a prefix before a hyphen included ("pre-sales", "de-risk").
    let from = start;
    for (let k = start; k <= end; k++) {
      if (k < end && text.charCodeAt(k) !== 45) continue;
      if (k === end || !HYPHEN_PREFIXES.has(text.slice(from, k).toLowerCase())) checkPart(text, from, k, speller, known, names, pendingTitle, lowerOut, doc);
      from = k + 1;
    }
  }
  const reported: Candidate[] = [];
  for (const c of lowerOut) reported.push(report(ctx, speller, c));
  for (const c of pendingTitle) if (!names.has(c.word.toLowerCase())) reported.push(report(ctx, speller, c));
  if (ctx.thorough) mergeThorough(ctx, speller, known, reported);
}

/**
 * Harper's spelling lints, where they add to the fast tier: a lower-case word
 * neither tier's dictionary knows that the fast tier passed over. Names,
 * acronyms and capitalised words stay the fast tier's call (it knows the
 * front matter and the draft's names; Harper flags most surnames), and a word
 * the fast tier already flagged is not flagged twice.
 */
function mergeThorough(ctx: RuleContext, speller: Speller, known: ReadonlySet<string>, reported: Candidate[]): void {
  const text = ctx.doc.text;
  const taken = new Spans(reported);
  for (const l of ctx.thorough ?? []) {
    if (!isSpellingLint(l) || !inProse(ctx.doc, l.start, l.end) || taken.overlaps(l.start, l.end)) continue;
    const word = text.slice(l.start, l.end);
    if (!/^[a-z]{2,}$/.test(word) || known.has(word) || speller.isWord(word) || LEFT_TO_GRAMMAR.has(word) || !plainToken(text, l.start, l.end)) continue;
    const suggestions = l.replacements.filter((r) => r && r !== word).slice(0, 5);
    ctx.report({
      start: l.start,
      end: l.end,
      messageId: 'unknown',
      data: { word },
      suggestions: suggestions.map((r) => ({ title: `Change to "${r}"`, edits: [{ start: l.start, end: l.end, newText: r }] })),
    });
    reported.push({ start: l.start, end: l.end, word });
  }
}

function checkPart(
  text: string,
  start: number,
  end: number,
  speller: Speller,
  known: ReadonlySet<string>,
  names: Set<string>,
  pendingTitle: Candidate[],
  lowerOut: Candidate[],
  doc: DraftDocument,
): void {
  if (end - start < 2) return;
  let word = text.slice(start, end);
  let lower = word.toLowerCase().replace(/’/g, "'");
  if (known.has(lower) || speller.isWord(word)) return;
  // Possessives of names and terms: "Okafor's", "Dana’s", "the teams'".
  const possessive = /(?:'s|’s|s'|s’)$/.exec(word);
  if (possessive) {
    const base = word.slice(0, word.length - (possessive[0] === "s'" || possessive[0] === 's’' ? 1 : 2));
    const baseLower = base.toLowerCase();
    if (known.has(baseLower) || speller.isWord(base)) return;
    word = base;
    lower = baseLower;
    end = start + base.length;
  }
  if (word.length < 2) return;
  const shape = caseShape(word);
  if (shape === 'mixed' || shape === 'none') return; // "DevOps", "iOS": product names
  // Words in capitals: acronyms ("SQL", "HIPAA", "README"), as word processors
  // ignore them by default; shouting is its own rule.
  if (shape === 'upper') return;
  if (!/^[\p{Script=Latin}'’]+$/u.test(word)) return; // other scripts: no dictionary for them
  if (shape === 'title') {
    if (usedAsName(doc, start, end)) names.add(lower);
    else pendingTitle.push({ start, end, word });
    return;
  }
  lowerOut.push({ start, end, word });
}

function report(ctx: RuleContext, speller: Speller, c: Candidate): Candidate {
  ctx.report({
    start: c.start,
    end: c.end,
    messageId: 'unknown',
    data: { word: c.word },
    lazySuggestions: () =>
      speller.suggest(c.word).map((s) => ({ title: `Change to "${s}"`, edits: [{ start: c.start, end: c.end, newText: s }] })),
  });
  return c;
}

/**
 * A capitalised word is taken for a name unless it opens a sentence of its
 * own: mid-sentence ("thank you, Dana"), on a short line without closing
 * punctuation (a signature), or followed by another capitalised word
 * ("Priya Raman", "Northwind Labs").
 */
function usedAsName(doc: DraftDocument, start: number, end: number): boolean {
  const prose = doc.prose;
  let k = start - 1;
  while (k >= doc.bodyStart) {
    const c = prose[k]!;
    if (c === ' ' || c === '\t' || c === '"' || c === '“' || c === '(' || c === '*' || c === '_' || c === '[' || c === '‘' || c === "'" || isPictograph(c.charCodeAt(0))) {
      k--;
      continue;
    }
    break;
  }
  const before = k < doc.bodyStart ? '\n' : prose[k]!;
  // "Dear Ms. Okafor", "meeting Dr. Sato": the full stop ends a title, not a sentence.
  if (before === '.' && HONORIFIC.test(prose.slice(Math.max(doc.bodyStart, k - 5), k))) return true;
  const opensSentence = before === '.' || before === '!' || before === '?' || before === '\n' || before === ':' || before === '-' || before === '>' || before === '#' || before === '\u2014';
  if (!opensSentence) return true;
  // A line of its own (a signature, "— Sam") that is short and has no closing punctuation;
  // not a word after "Subject:" or another label.
  if (before === ':' || before === '.' || before === '!' || before === '?') return followedByCapital(prose, end);
  const lineEnd = prose.indexOf('\n', end);
  const line = prose.slice(start, lineEnd < 0 ? prose.length : lineEnd).trim();
  if (line.split(/\s+/).length <= 4 && !/[.!?]$/.test(line)) return true;
  return followedByCapital(prose, end);
}

/**
 * Emoji and their joiners, selectors and skin tones (surrogate halves, U+200D,
 * U+FE0F, the symbol and dingbat blocks): "Thanks! 😊 Recieved" still opens a
 * sentence with "Recieved", with or without the emoji.
 */
function isPictograph(c: number): boolean {
  return (c >= 0xd800 && c <= 0xdfff) || c === 0x200d || c === 0xfe0f || (c >= 0x2600 && c <= 0x27bf) || (c >= 0x2b00 && c <= 0x2bff);
}

/** Followed by another capitalised word: "Priya Raman", "Northwind Labs". */
function followedByCapital(prose: string, end: number): boolean {
  return /^[ \t]+\p{Lu}/u.test(prose.slice(end, end + 4));
}

/** A title before a name, ending where its full stop begins. */
const HONORIFIC = /(?:^|[^\p{L}])(?:Mr|Mrs|Ms|Mx|Dr|Prof|Rev|Hon|Sr|Fr)$/u;

/** Whether [start, end) is a plain word, not part of a handle, a domain, a path or an identifier. */
function plainToken(text: string, start: number, end: number): boolean {
  const before = text.charCodeAt(start - 1);
  // @handle, #tag, path/segment, snake_case, dotted.name
  if (before === 64 || before === 35 || before === 47 || before === 92 || before === 95 || before === 46) return false;
  const after = text.charCodeAt(end);
  if (after === 64 || after === 95 || after === 47 || after === 92) return false;
  if (after === 46 && isLetterOrDigit(text.charCodeAt(end + 1))) return false;
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c >= 48 && c <= 57) return false; // "2nd", "B2B", "x86"
  }
  return true;
}

function isLetterOrDigit(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 127;
}

const configWords = new WeakMap<readonly string[], ReadonlySet<string>>();

/** Lower-cased known words: front matter names, the user's dictionary, `followup-words` comments. */
export function knownWords(ctx: Pick<RuleContext, 'doc' | 'facts' | 'config'>): ReadonlySet<string> {
  const fromConfig = ctx.config.dictionary;
  let base = configWords.get(fromConfig);
  if (!base) {
    base = new Set(fromConfig.flatMap(splitWords));
    configWords.set(fromConfig, base);
  }
  const extra: string[] = [];
  for (const name of ctx.facts.to) extra.push(...splitWords(name));
  if (ctx.facts.company) extra.push(...splitWords(ctx.facts.company));
  if (ctx.facts.role) extra.push(...splitWords(ctx.facts.role));
  for (const c of ctx.doc.comments) {
    const m = WORDS_DIRECTIVE.exec(c.body);
    if (m) extra.push(...splitWords(m[1] ?? ''));
  }
  if (extra.length === 0) return base;
  const all = new Set(base);
  for (const w of extra) all.add(w);
  return all;
}

/** A dictionary entry or name split into lower-case words ("Dana Okafor-Reyes" -> dana, okafor-reyes, okafor, reyes). */
function splitWords(value: string): string[] {
  const out: string[] = [];
  for (const w of value.toLowerCase().replace(/’/g, "'").split(/[^\p{L}\p{M}\p{N}'-]+/u)) {
    if (!w) continue;
    out.push(w);
    if (w.includes('-')) out.push(...w.split('-').filter(Boolean));
  }
  return out;
}
