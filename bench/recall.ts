/**
 * The peer comparison's shared ground: which corpus every tool checks, and
 * how a tool's reports are scored against the injected defects.
 *
 * A defect counts as caught when the tool reports a range that overlaps it.
 * A report much wider than the defect (longer than the defect plus
 * `WIDE_SLACK` characters: "this sentence is long", "this draft is too
 * long") does not count: it overlaps whatever happens to sit inside it
 * without pointing at the slip.
 */
import { DEFECT_CLASSES, type DefectClass, type GeneratedDraft } from './drafts.js';

export const PEER_CORPUS = {
  count: 1000,
  seed: 2026,
  /** Warm-up drafts come from another seed, so the timed pass checks text the tool has not seen. */
  warmSeed: 2027,
  warmCount: 300,
  longWords: 50_000,
  longSeed: 7,
} as const;

/** `[start, end)` in UTF-16 code units of the draft text. */
export type Span = readonly [number, number];

export const WIDE_SLACK = 30;

export type RecallClass = DefectClass;
export const RECALL_CLASSES: readonly RecallClass[] = [...DEFECT_CLASSES, 'other'];

export interface Tally {
  caught: number;
  total: number;
}

export interface Scored {
  recall: Record<RecallClass, Tally>;
  drafts: number;
  reports: number;
  /** Reports that overlap no injected defect (any class): things the tool says about the rest of the text. */
  elsewhere: number;
}

export function emptyScore(): Scored {
  const recall = {} as Record<RecallClass, Tally>;
  for (const c of RECALL_CLASSES) recall[c] = { caught: 0, total: 0 };
  return { recall, drafts: 0, reports: 0, elsewhere: 0 };
}

const overlaps = (s: Span, start: number, end: number): boolean => {
  const e = Math.max(s[1], s[0] + 1); // an empty report still points at a character
  return s[0] < end && e > start;
};

/** Adds one draft's reports to the score. */
export function score(into: Scored, draft: GeneratedDraft, reports: readonly Span[]): void {
  into.drafts++;
  into.reports += reports.length;
  for (const d of draft.defects) {
    const t = into.recall[d.cls];
    t.total++;
    const limit = d.end - d.start + WIDE_SLACK;
    if (reports.some((s) => s[1] - s[0] <= limit && overlaps(s, d.start, d.end))) t.caught++;
  }
  for (const s of reports) if (!draft.defects.some((d) => overlaps(s, d.start, d.end))) into.elsewhere++;
}

/**
 * UTF-16 offsets from code-point offsets (harper.js counts Unicode scalar
 * values; an emoji is one there and two here). Identity for BMP-only text.
 */
export function codePointToUtf16(text: string): (cp: number) => number {
  let astral = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      astral = true;
      break;
    }
  }
  if (!astral) return (cp) => cp;
  const map: number[] = [];
  let u = 0;
  for (const ch of text) {
    map.push(u);
    u += ch.length;
  }
  map.push(u);
  return (cp) => map[Math.min(cp, map.length - 1)]!;
}

/** A cheap fingerprint of a corpus, so every child process can prove it checked the same text. */
export function corpusHash(texts: readonly string[]): string {
  let h = 0x811c9dc5;
  for (const t of texts) {
    for (let i = 0; i < t.length; i++) h = Math.imul(h ^ t.charCodeAt(i), 0x01000193);
    h = Math.imul(h ^ 0xff, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}
