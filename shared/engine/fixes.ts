/**
 * Applying edits, and fix-all. Invariant: edits are applied in one pass on
 * offsets of the text they were computed for; overlapping edits are dropped
 * (the first wins), never merged into a corrupt text. Fix-all repeats
 * lint -> apply safe fixes until nothing changes (at most MAX_PASSES), then
 * returns minimal edits against the original text.
 */
import { safeFix } from './lint.js';
import type { Finding, TextEdit } from '../types.js';

export const MAX_PASSES = 10;

/** Sort, drop edits that overlap an earlier one, and apply. */
export function applyEdits(text: string, edits: readonly TextEdit[]): { text: string; applied: TextEdit[] } {
  const sorted = [...edits]
    .filter((e) => e.start >= 0 && e.end >= e.start && e.end <= text.length)
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const applied: TextEdit[] = [];
  let lastEnd = -1;
  for (const e of sorted) {
    // Two insertions at one point, or an edit starting inside another, conflict.
    if (e.start < lastEnd || (e.start === lastEnd && applied.length > 0 && (applied[applied.length - 1]?.start ?? -1) === e.start)) continue;
    applied.push(e);
    lastEnd = e.end;
  }
  if (applied.length === 0) return { text, applied };
  const parts: string[] = [];
  let pos = 0;
  for (const e of applied) {
    parts.push(text.slice(pos, e.start), e.newText);
    pos = e.end;
  }
  parts.push(text.slice(pos));
  return { text: parts.join(''), applied };
}

/** The safe fix's edits of every finding that has one. */
export function safeEdits(findings: readonly Finding[]): TextEdit[] {
  const out: TextEdit[] = [];
  for (const f of findings) {
    const fix = safeFix(f);
    if (!fix) continue;
    // A fix with several edits is applied whole or not at all.
    if (fix.edits.length === 1 && fix.edits[0]) out.push(fix.edits[0]);
    else if (fix.edits.length > 1) out.push(combine(fix.edits));
  }
  return out;
}

/** Fold a multi-edit fix into one edit over the span it covers (needs the text). */
function combine(edits: readonly TextEdit[]): TextEdit & { parts?: readonly TextEdit[] } {
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  const start = sorted[0]?.start ?? 0;
  const end = sorted[sorted.length - 1]?.end ?? start;
  return { start, end, newText: '', parts: sorted };
}

/**
 * Run `lint` and apply safe fixes until a fixed point. Returns the final text
 * and the minimal edits (one per changed region) from the original.
 */
export function fixToFixedPoint(text: string, lint: (text: string) => readonly Finding[]): { text: string; edits: TextEdit[]; passes: number } {
  let current = text;
  let passes = 0;
  for (; passes < MAX_PASSES; passes++) {
    const edits = expandCombined(current, safeEdits(lint(current)));
    if (edits.length === 0) break;
    const next = applyEdits(current, edits).text;
    if (next === current) break;
    current = next;
  }
  return { text: current, edits: minimalEdits(text, current), passes };
}

function expandCombined(text: string, edits: Array<TextEdit & { parts?: readonly TextEdit[] }>): TextEdit[] {
  return edits.map((e) => {
    if (!e.parts) return e;
    // Rebuild the combined span's text with its parts applied.
    const inner = applyEdits(text.slice(e.start, e.end), e.parts.map((p) => ({ start: p.start - e.start, end: p.end - e.start, newText: p.newText }))).text;
    return { start: e.start, end: e.end, newText: inner };
  });
}

/**
 * Minimal edits turning `a` into `b`: a line-level diff of the middle (after
 * the common prefix and suffix), each changed run trimmed to the characters
 * that differ. Fix edits are small and few, so this stays cheap.
 */
export function minimalEdits(a: string, b: string): TextEdit[] {
  if (a === b) return [];
  let prefix = 0;
  const max = Math.min(a.length, b.length);
  while (prefix < max && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (suffix < max - prefix && a.charCodeAt(a.length - 1 - suffix) === b.charCodeAt(b.length - 1 - suffix)) suffix++;
  // Never cut a surrogate pair or a CRLF in two.
  while (prefix > 0 && isLowSurrogateOrLf(a, prefix)) prefix--;
  while (suffix > 0 && isLowSurrogateOrLf(a, a.length - suffix)) suffix--;
  const aMid = a.slice(prefix, a.length - suffix);
  const bMid = b.slice(prefix, b.length - suffix);
  const aLines = splitKeep(aMid);
  const bLines = splitKeep(bMid);
  if (aLines.length * bLines.length > 250_000) return [{ start: prefix, end: a.length - suffix, newText: bMid }];
  // LCS over lines.
  const n = aLines.length;
  const m = bLines.length;
  const dp: Uint32Array[] = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    const row = dp[i] as Uint32Array;
    const below = dp[i + 1] as Uint32Array;
    for (let j = m - 1; j >= 0; j--) row[j] = aLines[i] === bLines[j] ? (below[j + 1] ?? 0) + 1 : Math.max(below[j] ?? 0, row[j + 1] ?? 0);
  }
  const edits: TextEdit[] = [];
  let i = 0;
  let j = 0;
  let aPos = prefix;
  let pending: { start: number; end: number; newText: string } | undefined;
  const flush = (): void => {
    if (pending) edits.push(trim(a, pending));
    pending = undefined;
  };
  while (i < n || j < m) {
    if (i < n && j < m && aLines[i] === bLines[j]) {
      flush();
      aPos += aLines[i]?.length ?? 0;
      i++;
      j++;
    } else if (j < m && (i === n || (dp[i]?.[j + 1] ?? 0) >= (dp[i + 1]?.[j] ?? 0))) {
      pending ??= { start: aPos, end: aPos, newText: '' };
      pending.newText += bLines[j];
      j++;
    } else {
      pending ??= { start: aPos, end: aPos, newText: '' };
      aPos += aLines[i]?.length ?? 0;
      pending.end = aPos;
      i++;
    }
  }
  flush();
  return edits;
}

function splitKeep(s: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (let k = 0; k < s.length; k++) {
    if (s.charCodeAt(k) === 10) {
      out.push(s.slice(from, k + 1));
      from = k + 1;
    }
  }
  if (from < s.length) out.push(s.slice(from));
  return out;
}

/** Shrink an edit to the characters that actually differ. */
function trim(a: string, e: TextEdit): TextEdit {
  const old = a.slice(e.start, e.end);
  let p = 0;
  const max = Math.min(old.length, e.newText.length);
  while (p < max && old.charCodeAt(p) === e.newText.charCodeAt(p)) p++;
  let s = 0;
  while (s < max - p && old.charCodeAt(old.length - 1 - s) === e.newText.charCodeAt(e.newText.length - 1 - s)) s++;
  // Never split a surrogate pair or a CRLF.
  while (p > 0 && isLowSurrogateOrLf(old, p)) p--;
  while (s > 0 && isLowSurrogateOrLf(old, old.length - s)) s--;
  return { start: e.start + p, end: e.end - s, newText: e.newText.slice(p, e.newText.length - s) };
}

function isLowSurrogateOrLf(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return (c >= 0xdc00 && c <= 0xdfff) || (c === 10 && s.charCodeAt(i - 1) === 13);
}
