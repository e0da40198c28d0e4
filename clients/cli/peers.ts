/**
 * Peers for duplicate-draft without the quadratic cost. The rule compares a
 * draft with each peer it is given; handing every draft all the others means
 * a million set comparisons for 1,000 drafts. Instead the CLI finds, exactly,
 * the pairs whose Jaccard index can reach the threshold, and hands each draft
 * only those. The rule still decides; no pair it would report is dropped.
 *
 * How: the shingles two drafts share are counted through an inverted index.
 * Counting costs the square of each shingle's frequency, so shingles that
 * most drafts contain ("thank you for", "the next steps") are not counted but
 * kept as a small bitset per draft, and a pair's shared common shingles are a
 * popcount of two bitsets. A pair that shares no counted shingle shares at
 * most its common ones, so only drafts made mostly of common shingles need to
 * be compared with each other that way. Where the line between counted and
 * common falls is chosen per run from a cost estimate.
 */
import type { PeerDraft } from '../../shared/index.js';
import { DUPLICATE_THRESHOLD } from '../../shared/rules/duplicate-draft.js';

/** Looser than the rule, so drafts that `--fix` changes a little are still compared. */
const CANDIDATE_THRESHOLD = Math.max(0, DUPLICATE_THRESHOLD - 0.1);

export interface CandidateOptions {
  /** Shingles in more than this many drafts are "common" (tests use it to force each path). Default: the cheapest by estimate. */
  commonAbove?: number;
}

/** For each print, the other prints whose Jaccard index reaches `threshold`, in input order. */
export function candidatePeers(prints: readonly PeerDraft[], threshold = CANDIDATE_THRESHOLD, options: CandidateOptions = {}): PeerDraft[][] {
  const t = threshold - 1e-9;
  // The rule ignores drafts without a recipient, as itself and as a peer.
  const live = prints.flatMap((p, i) => (p.to.length > 0 && p.shingles.size > 0 ? [i] : []));
  const near: number[][] = prints.map(() => []);
  if (live.length < 2) return near.map(() => []);

  const freq = new Map<number, number>();
  for (const i of live) for (const s of prints[i]?.shingles ?? []) freq.set(s, (freq.get(s) ?? 0) + 1);
  const cut = options.commonAbove ?? cheapestCut(prints, live, freq, t);

  // Common shingles get a bit each; every draft a bitset of the common shingles it has.
  const bitOf = new Map<number, number>();
  for (const [s, f] of freq) if (f > cut) bitOf.set(s, bitOf.size);
  const words = Math.ceil(bitOf.size / 32);
  const bits = new Uint32Array(prints.length * words);
  const commonCount = new Int32Array(prints.length);
  const sizes = new Int32Array(prints.length);
  /** Drafts made mostly of common shingles: they may match without sharing a counted one. */
  const mostlyCommon: number[] = [];

  const counts = new Int32Array(prints.length);
  const touched = new Int32Array(prints.length);
  const postings = new Map<number, number[]>();
  for (const i of live) {
    const p = prints[i] as PeerDraft;
    const n = p.shingles.size;
    sizes[i] = n;
    let nTouched = 0;
    for (const s of p.shingles) {
      const bit = bitOf.get(s);
      if (bit !== undefined) {
        const w = i * words + (bit >>> 5);
        bits[w] = ((bits[w] as number) | (1 << (bit & 31))) >>> 0;
        commonCount[i] = (commonCount[i] as number) + 1;
        continue;
      }
      const list = postings.get(s);
      if (!list) {
        postings.set(s, [i]);
        continue;
      }
      for (let k = 0; k < list.length; k++) {
        const j = list[k] as number;
        const c = counts[j] as number;
        counts[j] = c + 1;
        if (c === 0) touched[nTouched++] = j;
      }
      list.push(i);
    }
    const check = (j: number): void => {
      const m = sizes[j] as number;
      const shared = (counts[j] as number) + (words ? sharedBits(bits, i * words, j * words, words) : 0);
      if (shared / (n + m - shared) >= t) {
        near[i]?.push(j);
        near[j]?.push(i);
      }
    };
    const ci = commonCount[i] as number;
    for (let k = 0; k < nTouched; k++) {
      const j = touched[k] as number;
      // An upper bound first: all the common shingles the smaller side has.
      const m = sizes[j] as number;
      const most = (counts[j] as number) + Math.min(ci, commonCount[j] as number);
      if (most / (n + m - most) >= t) check(j);
      counts[j] = -1; // seen; the mostly-common pass below skips it
    }
    // Sharing only common shingles, a pair reaches t only if both drafts are at least t common.
    if (ci >= t * n) {
      for (const j of mostlyCommon) {
        if (counts[j] !== 0) continue;
        const m = sizes[j] as number;
        if (Math.min(n, m) < t * Math.max(n, m)) continue;
        check(j);
      }
      mostlyCommon.push(i);
    }
    for (let k = 0; k < nTouched; k++) counts[touched[k] as number] = 0;
  }
  return near.map((js) => js.sort((a, b) => a - b).flatMap((j) => prints[j] ?? []));
}

function sharedBits(bits: Uint32Array, a: number, b: number, words: number): number {
  let n = 0;
  for (let w = 0; w < words; w++) {
    let x = ((bits[a + w] as number) & (bits[b + w] as number)) >>> 0;
    if (x === 0) continue;
    x -= (x >>> 1) & 0x55555555;
    x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
    x = (x + (x >>> 4)) & 0x0f0f0f0f;
    n += Math.imul(x, 0x01010101) >>> 24;
  }
  return n;
}

/**
 * The frequency above which shingles are common, by estimated cost: counting a
 * shingle in f drafts costs about f²/2 steps; a popcount pair costs a step per
 * 32 common shingles, for the pairs of mostly-common drafts and (at most) the
 * pairs counting touched.
 */
function cheapestCut(prints: readonly PeerDraft[], live: readonly number[], freq: ReadonlyMap<number, number>, t: number): number {
  const n = live.length;
  const cuts: number[] = [];
  for (let c = 8; c < n; c *= 2) cuts.push(c);
  cuts.push(n); // n: nothing is common, plain counting
  const counted = cuts.map(() => 0);
  const common = cuts.map(() => 0);
  for (const f of freq.values()) {
    cuts.forEach((c, k) => {
      if (f > c) common[k] = (common[k] ?? 0) + 1;
      else counted[k] = (counted[k] ?? 0) + (f * (f - 1)) / 2;
    });
  }
  const mostly = cuts.map(() => 0);
  for (const i of live) {
    const p = prints[i] as PeerDraft;
    const fs: number[] = [];
    for (const s of p.shingles) fs.push(freq.get(s) ?? 0);
    cuts.forEach((c, k) => {
      let above = 0;
      for (const f of fs) if (f > c) above++;
      if (above >= t * p.shingles.size) mostly[k] = (mostly[k] ?? 0) + 1;
    });
  }
  let best = n;
  let bestCost = Infinity;
  cuts.forEach((c, k) => {
    const words = Math.ceil((common[k] ?? 0) / 32);
    const m = mostly[k] ?? 0;
    const pairs = (m * (m - 1)) / 2 + Math.min(counted[k] ?? 0, (n * (n - 1)) / 2);
    const cost = (counted[k] ?? 0) + (words ? pairs * (words + 2) : 0);
    if (cost < bestCost) {
      bestCost = cost;
      best = c;
    }
  });
  return best;
}
