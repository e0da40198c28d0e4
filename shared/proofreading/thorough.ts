/**
 * The thorough proofreading tier: Harper's lints, found off the main thread by
 * a platform worker (server/src/proofreading/), come back here as plain data
 * and are merged into the `spelling` and `grammar` rules by the engine, so
 * suppressions, severities, fix-all and readiness treat them like any other
 * finding. This module has no Harper code in it: only the shape of a lint,
 * the Harper settings we use, and the filters that keep its findings to the
 * body and free of duplicates and of names.
 */
import type { DraftDocument } from '../document/parse.js';

/** One Harper lint, offsets in UTF-16 code units of the whole document. */
export interface ThoroughLint {
  /** Harper's rule name ("RepeatedWords", "SpellCheck", …). */
  rule: string;
  /** Harper's lint kind ("Spelling", "Grammar", "WordChoice", …). */
  kind: string;
  start: number;
  end: number;
  message: string;
  /** Replacements for [start, end): "" removes the text. */
  replacements: string[];
}

/** What the worker is asked to check: the body only, so front matter never reaches Harper. */
export interface ThoroughInput {
  text: string;
  /** Offset of `text` in the document. */
  offset: number;
}

export function thoroughInput(doc: DraftDocument): ThoroughInput {
  return { text: doc.text.slice(doc.bodyStart), offset: doc.bodyStart };
}

/**
 * Harper rules switched off: title case in headings (a follow-up's headings
 * are not titles), long sentences (our `long-sentence` rule has the
 * reader's limit), and rules our own rules already cover with advice of
 * their own (contractions are fine in a note).
 */
export const HARPER_RULES_OFF: readonly string[] = ['UseTitleCase', 'LongSentences', 'AvoidContractions', 'SpelledNumbers', 'NoFrenchSpaces'];

/**
 * Whether the lint lies wholly in the writer's prose: not in front matter,
 * code, a link target or a comment (the parser blanks those in `prose`).
 */
export function inProse(doc: DraftDocument, start: number, end: number): boolean {
  if (start < doc.bodyStart || end > doc.text.length || end <= start) return false;
  const prose = doc.prose;
  for (let k = start; k < end; k++) {
    const c = prose.charCodeAt(k);
    if (c === 32 && doc.text.charCodeAt(k) !== 32) return false;
  }
  return true;
}

/**
 * Ranges to ask "does [start, end) overlap any of you?" in O(log n): sorted by
 * start, with the furthest end seen so far at each place. Many findings
 * against many lints (a long paste full of typos) stay n log n, not n².
 */
export class Spans {
  private readonly starts: number[];
  private readonly maxEnds: number[];

  constructor(ranges: ReadonlyArray<{ start: number; end: number }>) {
    const sorted = [...ranges].sort((a, b) => a.start - b.start);
    this.starts = sorted.map((r) => r.start);
    this.maxEnds = [];
    let max = -1;
    for (const r of sorted) this.maxEnds.push((max = Math.max(max, r.end)));
  }

  get size(): number {
    return this.starts.length;
  }

  overlaps(start: number, end: number): boolean {
    // The last range starting before `end`; any before it reaching past `start` overlaps.
    const k = lastBelow(this.starts, end);
    return k >= 0 && this.maxEnds[k]! > start;
  }
}

/** The index of the last element of sorted `xs` that is below `x`, or -1. */
export function lastBelow(xs: readonly number[], x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (xs[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** Harper's dictionary check (other rules of kind "Spelling", such as "to loose", are usage: grammar). */
export const isSpellingLint = (l: ThoroughLint): boolean => l.rule === 'SpellCheck';

/**
 * Harper's lints for an older text, carried over to the new one until Harper
 * has checked it: lints before the edit stay, lints after it move with it,
 * lints touching it go. So typing never makes the thorough findings blink
 * out and back; at worst one is missing for the moment the worker takes.
 */
export function carryThorough(oldText: string, newText: string, lints: readonly ThoroughLint[]): ThoroughLint[] {
  if (oldText === newText) return lints.slice();
  const max = Math.min(oldText.length, newText.length);
  let p = 0;
  while (p < max && oldText.charCodeAt(p) === newText.charCodeAt(p)) p++;
  let s = 0;
  while (s < max - p && oldText.charCodeAt(oldText.length - 1 - s) === newText.charCodeAt(newText.length - 1 - s)) s++;
  const oldEnd = oldText.length - s;
  const delta = newText.length - oldText.length;
  const out: ThoroughLint[] = [];
  for (const l of lints) {
    if (l.end <= p) out.push(l);
    else if (l.start >= oldEnd) out.push({ ...l, start: l.start + delta, end: l.end + delta });
  }
  return out;
}
