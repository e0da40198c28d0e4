/**
 * The shared phrase matcher behind every phrase-list rule (built-in tables and
 * users' custom phrases alike). Phrases are word sequences, never regular
 * expressions, matched in one linear pass over the draft's words: each word is
 * looked up once in an index keyed by a phrase's first word. The matcher owns
 * the guards every table needs: negation ("I don't need an answer today"),
 * quotation ("you said \"no rush\""), line-start-only phrases, and phrases that
 * must not run across a sentence or paragraph break.
 */
import type { DraftDocument } from '../../document/parse.js';
import { getWords, WordMemo, type Words } from '../../document/text.js';

export interface PhraseEntry {
  /**
   * Words separated by spaces. In a slot, `a|b` gives alternatives, a trailing
   * `?` makes the slot optional (not the first one), and `*` matches any word.
   * `(follow up|check in)` groups multi-word alternatives (an empty one makes
   * the group optional); groups are expanded when the table is compiled.
   */
  pattern: string;
  /** The rule message to use; defaults to the rule's first message. */
  messageId?: string;
  /** Safe substitution for the whole match; `''` deletes it. */
  replacement?: string;
  /** Match only at the start of a line (greetings, sign-offs). */
  lineStart?: boolean;
  /** Match only at the start of a paragraph: line start, with a blank line (or nothing) before. */
  paragraphStart?: boolean;
  /** Match only when the phrase is its own line (a sign-off like "Later"). */
  wholeLine?: boolean;
  /** Skip the match after a negation word ("not", "don't", "never"…). Default true. */
  negatable?: boolean;
  /** Skip when the next word is one of these (e.g. "Hey Jude"). */
  unlessNext?: readonly string[];
  /** Skip when the previous word is one of these. */
  unlessPrev?: readonly string[];
  /** Skip when the first word of the match is capitalised mid-sentence (a title). */
  notTitle?: boolean;
  /** Not when the match is a Title Case word mid-sentence (a name: "Gonna Be Good Bread"). */
  notName?: boolean;
  /** Match only when written in lower case ("u", not "U.S."; "ty", not the name Ty). */
  lowercaseOnly?: boolean;
}

export interface PhraseMatch {
  ruleId: string;
  entry: PhraseEntry;
  start: number;
  end: number;
  /** The matched text as written. */
  text: string;
}

interface Slot {
  /** `null` = any word. */
  words: ReadonlySet<string> | null;
  optional: boolean;
}

interface Compiled {
  ruleId: string;
  entry: PhraseEntry;
  slots: Slot[];
}

const NEGATORS = new Set([
  'not', 'never', 'no', 'nor', 'without', 'hardly', "don't", "doesn't", "didn't", "won't", "wouldn't", "can't",
  'cannot', "isn't", "aren't", "wasn't", "weren't", "shouldn't", "haven't", "hasn't", "hadn't", 'dont',
  'didnt', 'wont', 'cant', 'isnt', 'neither', 'none',
]);

/**
 * Patterns that start with one word, split again by the word that can come
 * second, so a common first word ("i" starts hundreds of expanded patterns)
 * only tries the few patterns its next word allows.
 */
interface Bucket {
  /** Patterns that can match with no second word (one slot, or only optional or `*` slots after the first). */
  any: Compiled[];
  bySecond: Map<string, Compiled[]>;
  /** For a long list under one second word ("i am" starts well over a hundred patterns), the same list split again by the third word. */
  byThird?: Map<string, ThirdSplit>;
}

interface ThirdSplit {
  /** Patterns that may end at the second word, or allow any word third. */
  any: Compiled[];
  byThird: Map<string, Compiled[]>;
}

/** Lists longer than this under one (first, second) pair are split by the third word. */
const SPLIT_THIRD_OVER = 16;

export class PhraseIndex {
  private readonly byFirst = new Map<string, Bucket>();
  private readonly firstMemo = new WordMemo((w) => this.byFirst.get(w));
  private readonly wildcardFirst: Compiled[] = [];

  /** `splitThirdOver`: lists longer than this are split by the third word (a test compares against no split). */
  constructor(tables: ReadonlyArray<{ ruleId: string; entries: readonly PhraseEntry[] }>, splitThirdOver = SPLIT_THIRD_OVER) {
    for (const table of tables) for (const entry of table.entries) this.add(table.ruleId, entry);
    for (const bucket of this.byFirst.values()) {
      for (const [second, list] of bucket.bySecond) {
        if (list.length <= splitThirdOver) continue;
        bucket.byThird ??= new Map();
        bucket.byThird.set(second, splitByThird(list, second));
      }
    }
  }

  private add(ruleId: string, entry: PhraseEntry): void {
    for (const pattern of expandGroups(entry.pattern)) this.addPattern(ruleId, entry, pattern);
  }

  private addPattern(ruleId: string, entry: PhraseEntry, pattern: string): void {
    const slots: Slot[] = pattern
      .trim()
      .toLowerCase()
      .replace(/’/g, "'")
      .split(/\s+/)
      .filter(Boolean)
      .map((raw) => {
        const optional = raw.endsWith('?') && raw.length > 1;
        const body = optional ? raw.slice(0, -1) : raw;
        return { words: body === '*' ? null : new Set(body.split('|').filter(Boolean)), optional };
      });
    if (slots.length === 0) return;
    if (slots[0]) slots[0].optional = false;
    const compiled: Compiled = { ruleId, entry, slots };
    const first = slots[0]?.words;
    if (!first) {
      this.wildcardFirst.push(compiled);
      return;
    }
    // The words that can follow the first: every optional slot's, up to and including the first required one.
    const seconds = new Set<string>();
    let anySecond = true;
    for (let k = 1; k < slots.length; k++) {
      const slot = slots[k] as Slot;
      if (slot.words === null) break;
      for (const w of slot.words) seconds.add(w);
      if (!slot.optional) {
        anySecond = false;
        break;
      }
    }
    for (const w of first) {
      let bucket = this.byFirst.get(w);
      if (!bucket) this.byFirst.set(w, (bucket = { any: [], bySecond: new Map() }));
      if (anySecond) {
        bucket.any.push(compiled);
        continue;
      }
      for (const next of seconds) {
        const list = bucket.bySecond.get(next);
        if (!list) bucket.bySecond.set(next, [compiled]);
        else if (list[list.length - 1] !== compiled) list.push(compiled);
      }
    }
  }

  /** Every guarded match in the draft, longest first where two overlap in one rule. */
  match(doc: DraftDocument): PhraseMatch[] {
    const words = getWords(doc);
    const out: PhraseMatch[] = [];
    for (let i = 0; i < words.count; i++) {
      const bucket = this.firstMemo.get(words, i);
      if (!bucket) continue;
      if (bucket.any.length) this.tryAll(doc, words, bucket.any, i, out);
      if (i + 1 < words.count) {
        const second = words.lower[i + 1] ?? '';
        const split = bucket.byThird?.get(second);
        if (split) {
          if (split.any.length) this.tryAll(doc, words, split.any, i, out);
          const third = i + 2 < words.count ? split.byThird.get(words.lower[i + 2] ?? '') : undefined;
          if (third) this.tryAll(doc, words, third, i, out);
        } else {
          const list = bucket.bySecond.get(second);
          if (list) this.tryAll(doc, words, list, i, out);
        }
      }
    }
    return dropOverlaps(out);
  }

  private tryAll(doc: DraftDocument, words: Words, list: readonly Compiled[], i: number, out: PhraseMatch[]): void {
    for (const c of list) {
      const end = matchSlots(doc, words, c.slots, i);
      if (end < 0) continue;
      const start = words.starts[i] ?? 0;
      const stop = words.ends[end - 1] ?? start;
      if (!passesGuards(doc, words, c.entry, i, end, start, stop)) continue;
      out.push({ ruleId: c.ruleId, entry: c.entry, start, end: stop, text: doc.text.slice(start, stop) });
    }
  }
}

/**
 * Split the patterns tried when the first two words are known by the words
 * each allows third. For every slot that can hold the second word (slot 1, or
 * a later one when all before it are optional), the third word is one of the
 * slots after it, up to and including the first required one. A pattern that
 * can end there, or has a `*` among them, goes to `any`: the split only ever
 * leaves out a pattern whose third word cannot be the draft's.
 */
function splitByThird(list: readonly Compiled[], second: string): ThirdSplit {
  const split: ThirdSplit = { any: [], byThird: new Map() };
  for (const c of list) {
    const thirds = new Set<string>();
    let anyThird = false;
    for (let k = 1; k < c.slots.length && !anyThird; k++) {
      const slot = c.slots[k] as Slot;
      if (slot.words === null || slot.words.has(second)) {
        let m = k + 1;
        for (; m < c.slots.length; m++) {
          const next = c.slots[m] as Slot;
          if (next.words === null) break;
          for (const w of next.words) thirds.add(w);
          if (!next.optional) break;
        }
        // Past the end, or a wildcard, or only optional slots after: any word (or none) may come third.
        if (m >= c.slots.length || (c.slots[m] as Slot).words === null) anyThird = true;
      }
      if (!slot.optional) break;
    }
    if (anyThird) split.any.push(c);
    else {
      for (const w of thirds) {
        const l = split.byThird.get(w);
        if (!l) split.byThird.set(w, [c]);
        else if (l[l.length - 1] !== c) l.push(c);
      }
    }
  }
  return split;
}

/** `a (b c|d) e` -> [`a b c e`, `a d e`]; bounded so a table typo cannot explode. */
export function expandGroups(pattern: string): string[] {
  const m = /\(([^()]*)\)/.exec(pattern);
  if (!m) return [pattern];
  const out: string[] = [];
  for (const alt of (m[1] ?? '').split('|')) {
    for (const rest of expandGroups(pattern.slice(0, m.index) + ` ${alt} ` + pattern.slice(m.index + m[0].length))) {
      if (out.length < 256) out.push(rest.replace(/\s+/g, ' ').trim());
    }
  }
  return out;
}

/**
 * Match slots from word `first`; returns one past the last word matched, or -1.
 * Required slots advance without backtracking; only optional slots branch.
 */
function matchSlots(doc: DraftDocument, words: Words, slots: Slot[], first: number): number {
  return matchFrom(doc, words, slots, 0, first, first);
}

function matchFrom(doc: DraftDocument, words: Words, slots: Slot[], s: number, w: number, first: number): number {
  for (;;) {
    if (s === slots.length) return w;
    const slot = slots[s] as Slot;
    const fits = w < words.count && (w === first || joined(doc, words, w - 1, w)) && (slot.words === null || slot.words.has(words.lower[w] ?? ''));
    if (fits) {
      if (!slot.optional) {
        s++;
        w++;
        continue;
      }
      const taken = matchFrom(doc, words, slots, s + 1, w + 1, first);
      if (taken >= 0) return taken;
    } else if (!slot.optional) return -1;
    s++;
  }
}

/** Whether words a and b are in the same sentence with nothing but spacing or light punctuation between. */
function joined(doc: DraftDocument, words: Words, a: number, b: number): boolean {
  const from = words.ends[a] ?? 0;
  const to = words.starts[b] ?? 0;
  let newlines = 0;
  for (let k = from; k < to; k++) {
    const c = doc.prose.charCodeAt(k);
    if (c === 10) {
      if (++newlines > 1) return false;
    } else if (c === 46 || c === 33 || c === 63 || c === 59 || c === 58) return false; // . ! ? ; :
  }
  return to - from < 12;
}

function passesGuards(doc: DraftDocument, words: Words, entry: PhraseEntry, first: number, end: number, start: number, stop: number): boolean {
  const prose = doc.prose;
  if (entry.lineStart || entry.wholeLine || entry.paragraphStart) {
    let k = start - 1;
    for (; k >= 0; k--) {
      const c = prose.charCodeAt(k);
      if (c === 10 || c === 13) break;
      if (c !== 32 && c !== 9 && c !== 42 && c !== 95) return false;
    }
    // A greeting opens its paragraph; "Hey" at the start of a hard-wrapped line ("...humming\nHey Jude") does not.
    if (entry.paragraphStart) {
      for (k--; k >= 0; k--) {
        const c = prose.charCodeAt(k);
        if (c === 10) break;
        if (c !== 32 && c !== 9 && c !== 13) return false;
      }
    }
  }
  if (entry.wholeLine) {
    for (let k = stop; k < prose.length; k++) {
      const c = prose.charCodeAt(k);
      if (c === 10 || c === 13) break;
      if (c !== 32 && c !== 9 && c !== 44 && c !== 46 && c !== 33 && c !== 42 && c !== 95) return false;
    }
  }
  if (entry.unlessNext && end < words.count && joined(doc, words, end - 1, end) && entry.unlessNext.includes(words.lower[end] ?? '')) return false;
  if (entry.unlessPrev && first > 0 && joined(doc, words, first - 1, first) && entry.unlessPrev.includes(words.lower[first - 1] ?? '')) return false;
  if (entry.notTitle && isMidSentenceCapital(doc, words, first)) return false;
  // "a bakery called Gonna Be Good Bread": a Title Case word mid-sentence is a name; "and BTW the demo" is not.
  if (entry.notName && isMidSentenceCapital(doc, words, first) && /^\p{Lu}\p{Ll}/u.test(doc.text.slice(start, start + 2))) return false;
  if (entry.lowercaseOnly) {
    const raw = doc.text.slice(start, stop);
    if (raw !== raw.toLowerCase()) return false;
  }
  if (entry.negatable !== false) {
    // A negation reaches to the end of its clause: "I'm not one to push, but I need an answer" is still pushy.
    for (let w = first - 1, n = 0; w >= 0 && n < 5; w--, n++) {
      if (!joined(doc, words, w, w + 1) || hasComma(prose, words.ends[w] ?? 0, words.starts[w + 1] ?? 0)) break;
      const lw = words.lower[w] ?? '';
      if (NEGATORS.has(lw)) return false;
      if (lw === 'but') break;
    }
  }
  return !insideQuotes(doc.text, start, stop);
}

function hasComma(prose: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (prose.charCodeAt(k) === 44) return true;
  return false;
}

function isMidSentenceCapital(doc: DraftDocument, words: Words, w: number): boolean {
  const start = words.starts[w] ?? 0;
  const ch = doc.text[start] ?? '';
  if (ch === ch.toLowerCase()) return false;
  if (w === 0 || !joined(doc, words, w - 1, w)) return false;
  // After a line break a capital starts a new line (greeting), not a title.
  for (let k = start - 1; k >= (words.ends[w - 1] ?? 0); k--) if (doc.prose.charCodeAt(k) === 10) return false;
  return true;
}

/**
 * Whether [start, stop) sits between an opening and a closing double quote on
 * its line. The quoted spans of a text are found once (one pass) and searched,
 * so a long line full of matches stays linear.
 */
export function insideQuotes(text: string, start: number, stop: number): boolean {
  const spans = quotedSpans(text);
  // The last span opening before `start`; spans do not overlap and are in order.
  let lo = 0;
  let hi = spans.length - 1;
  let hit = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((spans[mid]?.[0] ?? 0) < start) {
      hit = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  const span = hit >= 0 ? spans[hit] : undefined;
  return span !== undefined && stop <= span[1];
}

const QUOTE_MARK = /["\u201c\u201d]/g;
let spansFor = '';
let spansCache: Array<[number, number]> = [];
/** [open, close] offsets of each quoted stretch ("…" or “…”) that opens and closes on one line. */
function quotedSpans(text: string): Array<[number, number]> {
  if (text === spansFor) return spansCache;
  const spans: Array<[number, number]> = [];
  let straight = -1;
  let curly = -1;
  // Only the quote marks are visited; a line break between an open mark and the next one closes nothing.
  const sameLine = (open: number, k: number): boolean => {
    const nl = text.indexOf('\n', open);
    return nl < 0 || nl > k;
  };
  QUOTE_MARK.lastIndex = 0;
  for (let m = QUOTE_MARK.exec(text); m; m = QUOTE_MARK.exec(text)) {
    const k = m.index;
    const c = text.charCodeAt(k);
    if (c === 34 /* " */) {
      if (straight >= 0 && sameLine(straight, k)) {
        spans.push([straight, k]);
        straight = -1;
      } else straight = k;
    } else if (c === 0x201c /* “ */) curly = k;
    else if (curly >= 0) {
      if (sameLine(curly, k)) spans.push([curly, k]);
      curly = -1;
    }
  }
  spans.sort((a, b) => a[0] - b[0]);
  // Keep them disjoint: a span inside an earlier one adds nothing.
  const out: Array<[number, number]> = [];
  for (const s of spans) {
    const last = out[out.length - 1];
    if (last && s[0] <= last[1]) last[1] = Math.max(last[1], s[1]);
    else out.push(s);
  }
  spansFor = text;
  spansCache = out;
  return out;
}

function dropOverlaps(matches: PhraseMatch[]): PhraseMatch[] {
  if (matches.length < 2) return matches;
  matches.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: PhraseMatch[] = [];
  const lastEndByRule = new Map<string, number>();
  for (const m of matches) {
    const lastEnd = lastEndByRule.get(m.ruleId) ?? -1;
    if (m.start < lastEnd) continue;
    out.push(m);
    lastEndByRule.set(m.ruleId, m.end);
  }
  return out;
}
