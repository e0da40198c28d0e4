/**
 * Words and sentences of a draft's prose, computed once per document on first
 * use and cached. Word forms are lower-cased with typographic apostrophes
 * folded, so tables can be written in plain ASCII.
 */
import type { DraftDocument } from './parse.js';
import type { Range } from '../types.js';

export interface Words {
  count: number;
  starts: Int32Array;
  ends: Int32Array;
  /** Lower-cased, ’ folded to '. */
  lower: string[];
  /** Each word's slot in the intern table, or -1 (non-ASCII or long words): the key of a WordMemo. */
  slots: Int16Array;
}

export interface Sentence extends Range {
  /** Index of the sentence's first word in `Words`, and one past its last. */
  firstWord: number;
  endWord: number;
}

const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}]|['’\-](?=[\p{L}\p{N}]))*/gu;
const wordCache = new WeakMap<DraftDocument, Words>();
const sentenceCache = new WeakMap<DraftDocument, Sentence[]>();
let segmenter: Intl.Segmenter | undefined;

export function getWords(doc: DraftDocument): Words {
  const cached = wordCache.get(doc);
  if (cached) return cached;
  const prose = doc.prose;
  // Offsets go to a scratch buffer shared by every call, copied out at the exact size at the end.
  let scratch = offsetScratch;
  const lower: string[] = [];
  let n = 0;
  const len = prose.length;
  let i = doc.bodyStart;
  while (i < len) {
    // ASCII fast path; anything else goes through the Unicode-aware regex.
    let c = prose.charCodeAt(i);
    if (c < 128 && !isAsciiAlnum(c)) {
      i++;
      continue;
    }
    let start = i;
    let end = i + 1;
    let folded: string | undefined;
    let slot = -1;
    const ascii = c < 128;
    if (ascii) {
      // The folded form's hash is taken on the way, for the intern table.
      let hash = foldAscii(c);
      // No capital and no ’: the word is its own folded form.
      let plain = c >= 97 || c <= 57;
      for (;;) {
        c = prose.charCodeAt(end);
        if (isAsciiAlnum(c)) {
          hash = Math.imul(hash, 31) + foldAscii(c);
          if (c <= 90 && c >= 65) plain = false;
          end++;
        } else if ((c === 39 || c === 45 || c === 0x2019) && isAsciiAlnum(prose.charCodeAt(end + 1))) {
          const next = prose.charCodeAt(end + 1);
          hash = Math.imul(Math.imul(hash, 31) + (c === 45 ? 45 : 39), 31) + foldAscii(next);
          if (c === 0x2019 || (next <= 90 && next >= 65)) plain = false;
          end += 2;
        } else break;
      }
      // Unless the word goes on in non-ASCII letters ("café", "l'été"), which the regex below takes whole.
      if (!((c >= 128 && c !== 0x2019) || ((c === 39 || c === 45 || c === 0x2019) && prose.charCodeAt(end + 1) >= 128))) {
        if (end - start <= INTERN_MAX_LENGTH) {
          slot = (hash ^ (hash >>> 13) ^ (end - start)) & (INTERN_SLOTS - 1);
          folded = internAscii(prose, start, end, slot, plain);
        } else folded = fold(prose.slice(start, end));
      }
    }
    if (folded === undefined) {
      WORD.lastIndex = start;
      const m = WORD.exec(prose);
      if (ascii && (!m || m.index !== start)) {
        // An ASCII run the pattern does not start a word at: go on after it.
        i = end;
        continue;
      }
      if (!m) break;
      start = m.index;
      end = start + m[0].length;
      folded = fold(m[0]);
    }
    i = end;
    if (3 * n + 3 > scratch.length) {
      const grown = new Int32Array(2 * scratch.length);
      grown.set(scratch);
      scratch = grown;
    }
    scratch[3 * n] = start;
    scratch[3 * n + 1] = end;
    scratch[3 * n + 2] = slot;
    lower.push(folded);
    n++;
  }
  const starts = new Int32Array(n);
  const ends = new Int32Array(n);
  const slots = new Int16Array(n);
  for (let k = 0; k < n; k++) {
    starts[k] = scratch[3 * k]!;
    ends[k] = scratch[3 * k + 1]!;
    slots[k] = scratch[3 * k + 2]!;
  }
  // A huge paste does not keep its buffer.
  offsetScratch = scratch.length <= SCRATCH_KEPT ? scratch : new Int32Array(SCRATCH_KEPT);
  const words: Words = { count: n, starts, ends, lower, slots };
  wordCache.set(doc, words);
  return words;
}

/** Start, end and intern slot of the words being read, interleaved; kept between calls up to this many entries. */
const SCRATCH_KEPT = 1 << 15;
let offsetScratch = new Int32Array(1024);

/**
 * The folded forms of recent ASCII words, one per slot by hash (a direct-mapped
 * cache: a new word takes its slot's place). A draft's words are mostly ones
 * seen before, so most words cost a compare instead of two new strings, and the
 * string every table lookup hashes is one whose hash V8 has already cached.
 * Fixed size, so memory never grows with the drafts checked.
 */
const INTERN_SLOTS = 4096;
// Longer slices of the prose would be views into it (V8 copies only short ones), keeping the whole draft alive.
const INTERN_MAX_LENGTH = 12;
const interned: (string | undefined)[] = new Array<string | undefined>(INTERN_SLOTS).fill(undefined);

/** A word char of the ASCII path, folded: upper case to lower, ’ to '. */
function foldAscii(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c === 0x2019 ? 39 : c;
}

/** `prose[start, end)` lower-cased with ’ folded; from the intern table when it is there. */
function internAscii(prose: string, start: number, end: number, slot: number, plain: boolean): string {
  const length = end - start;
  const seen = interned[slot];
  if (seen !== undefined && seen.length === length) {
    // Already lower case with no ’ to fold: the native compare.
    if (plain) {
      if (prose.startsWith(seen, start)) return seen;
    } else {
      let k = 0;
      while (k < length && seen.charCodeAt(k) === foldAscii(prose.charCodeAt(start + k))) k++;
      if (k === length) return seen;
    }
  }
  const word = fold(prose.slice(start, end));
  interned[slot] = word;
  return word;
}

/**
 * A word-keyed cache for a lookup made on every word (a table's entry, a
 * speller's verdict): one entry per intern slot, so it is as small as the
 * intern table and a hit is an array read and a compare, where a Map lookup
 * hashes. A word the table does not hold is computed every time.
 */
export class WordMemo<T> {
  private readonly keys: (string | undefined)[] = new Array<string | undefined>(INTERN_SLOTS).fill(undefined);
  private readonly values: (T | undefined)[] = new Array<T | undefined>(INTERN_SLOTS).fill(undefined);
  constructor(private readonly compute: (word: string) => T) {}

  get(words: Words, i: number): T {
    const word = words.lower[i]!;
    const slot = words.slots[i]!;
    if (slot < 0) return this.compute(word);
    // Equal strings are the same word, even if the intern table has since made a new copy of it.
    if (this.keys[slot] === word) return this.values[slot] as T;
    const value = this.compute(word);
    this.keys[slot] = word;
    this.values[slot] = value;
    return value;
  }
}

function fold(word: string): string {
  const w = word.toLowerCase();
  return w.includes('’') ? w.replace(/’/g, "'") : w;
}

function isAsciiAlnum(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

/** Sentences within prose blocks (a sentence never crosses a paragraph). */
export function getSentences(doc: DraftDocument): Sentence[] {
  const cached = sentenceCache.get(doc);
  if (cached) return cached;
  const out: Sentence[] = [];
  for (const block of doc.blocks) sentencesInBlock(doc, block, out);
  sentenceCache.set(doc, out);
  return out;
}

/** Sentences of one block, appended to `out`. Rules that only care about long blocks can call this per block. */
export function sentencesInBlock(doc: DraftDocument, block: Range, out: Sentence[] = []): Sentence[] {
  const words = getWords(doc);
  segmenter ??= new Intl.Segmenter('en', { granularity: 'sentence' });
  let w = wordAt(words, block.start);
  const blockText = doc.prose.slice(block.start, block.end);
  let pieceStart = 0;
  for (const piece of splitAtFrameLines(blockText)) {
    // A soft line break inside a paragraph continues the sentence; Segmenter
    // would break there, so it sees spaces instead (same length, same offsets).
    const flat = piece.replace(/[\r\n]/g, ' ');
    for (const seg of sentenceSegments(segmenter, flat)) {
      const raw = seg.segment;
      const lead = raw.length - raw.trimStart().length;
      const trimmed = raw.trim();
      if (!trimmed) continue;
      const start = block.start + pieceStart + seg.index + lead;
      const end = start + trimmed.length;
      while (w < words.count && (words.ends[w] ?? 0) <= start) w++;
      const firstWord = w;
      let e = w;
      while (e < words.count && (words.starts[e] ?? 0) < end) e++;
      if (e > firstWord) out.push({ start, end, firstWord, endWord: e });
      w = e;
    }
    pieceStart += piece.length;
  }
  return out;
}

/**
 * Text longer than this is segmented a window at a time: V8's sentence
 * iterator costs time in proportion to the whole string at every break
 * (Node 20: 8,000 sentences in 280,000 characters took 2 s, a 1 MB paragraph
 * half a minute), which made checking a long pasted text quadratic.
 */
const SEGMENT_WINDOW = 8_000;
/**
 * What ends the segmenter's look-ahead past a full stop (UAX #29 SB8: it skips
 * to the next letter, sentence terminator or paragraph separator).
 */
const SETTLES = /[\p{L}\p{Sentence_Terminal}.\u2024\uFE52\uFF0E\u2028\u2029\u0085]/u;

/**
 * Intl.Segmenter's sentence segments of `text`, windowed. A window's last
 * segment may run on past it, so it is dropped and the next window starts
 * there. To decide a break the segmenter may look ahead past spaces, digits
 * and brackets to the next letter or terminator ("etc. (7) and" does not
 * break), so a break is only taken for final when such a character follows it
 * inside the window; then it is the break the whole text gets. A window
 * without one grows until it has one or reaches the end.
 */
export function* sentenceSegments(segmenter: Intl.Segmenter, text: string): Generator<{ index: number; segment: string }> {
  if (text.length <= SEGMENT_WINDOW) {
    yield* segmenter.segment(text);
    return;
  }
  let from = 0;
  let size = SEGMENT_WINDOW;
  while (text.length - from > size) {
    const window = text.slice(from, from + size);
    // A grown window follows a long stretch without a settled break: only its first breaks are taken, as each one costs its length.
    const limit = size > SEGMENT_WINDOW ? 3 : Infinity;
    const segs: Intl.SegmentData[] = [];
    for (const seg of segmenter.segment(window)) if (segs.push(seg) >= limit) break;
    let settled = window.length - 1;
    while (settled >= 0 && !SETTLES.test(window[settled]!)) settled--;
    let keep = segs.length - 1;
    while (keep > 0 && segs[keep]!.index > settled) keep--;
    if (keep === 0) {
      size *= 2;
      continue;
    }
    for (let i = 0; i < keep; i++) yield { index: from + segs[i]!.index, segment: segs[i]!.segment };
    from += segs[keep]!.index;
    size = SEGMENT_WINDOW;
  }
  for (const s of segmenter.segment(text.slice(from))) yield { index: from + s.index, segment: s.segment };
}

/** Number of words inside [start, end). */
/**
 * Where Intl.Segmenter always ends a sentence: ".", "!" or "?", closing quotes
 * or brackets, spacing, then a capital letter (UAX #29 SB11; the look-ahead of
 * SB8 only holds a break before a lower-case word). A test checks these are
 * breaks of the segmenter on hostile texts.
 */
export const SURE_BREAK = /[.!?]["'”’)\]]*[ \t\r\n]+(?=[A-Z])/g;

/**
 * Whether the block can hold a sentence of more than `limit` words: some
 * stretch between two sure breaks has more. Every sentence the segmenter
 * finds lies inside one stretch, so when none is longer, none of its
 * sentences is, and the block need not be segmented at all.
 */
export function mayHoldLongSentence(doc: DraftDocument, words: Words, block: Range, limit: number): boolean {
  if (wordsIn(words, block.start, block.end) <= limit) return false;
  let from = block.start;
  SURE_BREAK.lastIndex = block.start;
  for (let m = SURE_BREAK.exec(doc.prose); m && m.index < block.end; m = SURE_BREAK.exec(doc.prose)) {
    const at = m.index + m[0].length;
    if (wordsIn(words, from, at) > limit) return true;
    from = at;
  }
  return wordsIn(words, from, block.end) > limit;
}

export function wordsIn(words: Words, start: number, end: number): number {
  return wordAt(words, end) - wordAt(words, start);
}

/** Split after short lines with no closing punctuation (a greeting, a sign-off, a signature line). */
function splitAtFrameLines(segment: string): string[] {
  if (!segment.includes('\n')) return [segment];
  const parts: string[] = [];
  let from = 0;
  const re = /([^\s.!?:;,])[ \t]*\r?\n/g;
  for (let m = re.exec(segment); m; m = re.exec(segment)) {
    const lineStart = segment.lastIndexOf('\n', m.index) + 1;
    const line = segment.slice(lineStart, m.index + 1);
    if (line.trim().split(/\s+/).length <= 6 && lineStart >= from) {
      const cut = m.index + m[0].length;
      parts.push(segment.slice(from, cut));
      from = cut;
    }
  }
  parts.push(segment.slice(from));
  return parts;
}

/** Body word count (excluding the subject line). */
export function bodyWordCount(doc: DraftDocument): number {
  const words = getWords(doc);
  if (!doc.subject) return words.count;
  const from = doc.lines.lineStart(doc.lines.lineOf(doc.subject.start));
  let n = 0;
  for (let i = 0; i < words.count; i++) if ((words.starts[i] ?? 0) >= doc.subject.end || (words.starts[i] ?? 0) < from) n++;
  return n;
}

/** Index of the first word starting at or after `offset`. */
export function wordAt(words: Words, offset: number): number {
  let lo = 0;
  let hi = words.count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((words.starts[mid] ?? 0) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
