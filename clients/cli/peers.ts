/**
 * Peers for duplicate-draft without the quadratic cost. The rule compares a
 * draft with each peer it is given; handing every draft all the others means
 * half a million set comparisons for 1,000 drafts. Instead the CLI finds,
 * exactly, the pairs whose Jaccard index can reach the threshold, and hands
 * each draft only those. The rule still decides; no pair it would report is
 * dropped.
 *
 * How: prefix filtering, the exact method of the set-similarity-join
 * literature ("All-Pairs", Bayardo, Ma and Srikant, 2007). Every draft lists
 * its shingles in one global order, rarest first. Two sets with Jaccard index
 * J >= t share at least ⌈t·max(|x|,|y|)⌉ shingles, so each one's first
 * |x| - ⌈t·|x|⌉ + 1 shingles (its prefix) must contain a shared one. Only
 * prefixes are indexed and probed, and the shingles in a prefix are the
 * rarest a draft has, so the phrases every note shares ("thank you for", "the
 * next steps") are almost never looked up. Each candidate pair of compatible
 * sizes is then counted exactly.
 */
import type { PeerDraft } from '../../shared/index.js';
import { DUPLICATE_THRESHOLD } from '../../shared/rules/duplicate-draft.js';

/** Looser than the rule, so drafts that `--fix` changes a little are still compared. */
const CANDIDATE_THRESHOLD = Math.max(0, DUPLICATE_THRESHOLD - 0.1);

/** For each print, the other prints whose Jaccard index reaches `threshold`, in input order. */
export function candidatePeers(prints: readonly PeerDraft[], threshold = CANDIDATE_THRESHOLD): PeerDraft[][] {
  const t = threshold - 1e-9;
  // The rule ignores drafts without a recipient, as itself and as a peer.
  const live = prints.flatMap((p, i) => (p.to.length > 0 && p.shingles.size > 0 ? [i] : []));
  const near: number[][] = prints.map(() => []);
  if (live.length >= 2) {
    const sets = rankedSets(prints, live);
    if (t <= 0) {
      for (const i of live) for (const j of live) if (i !== j) near[i]?.push(j);
    } else {
      join(live, sets, t, near);
    }
  }
  return near.map((js) => js.sort((a, b) => a - b).flatMap((j) => prints[j] ?? []));
}

/** Each live draft's shingles as ranks in one global order (rarest first, then first seen), sorted. */
function rankedSets(prints: readonly PeerDraft[], live: readonly number[]): Array<Int32Array | undefined> {
  const freq = new Map<number, number>();
  let most = 0;
  for (const i of live) {
    for (const s of (prints[i] as PeerDraft).shingles) {
      const f = (freq.get(s) ?? 0) + 1;
      freq.set(s, f);
      if (f > most) most = f;
    }
  }
  // A counting sort by frequency; the map's values become ranks.
  const start = new Int32Array(most + 2);
  for (const f of freq.values()) start[f + 1] = (start[f + 1] as number) + 1;
  for (let f = 1; f <= most + 1; f++) start[f] = (start[f] as number) + (start[f - 1] as number);
  for (const [s, f] of freq) {
    freq.set(s, start[f] as number);
    start[f] = (start[f] as number) + 1;
  }
  const sets: Array<Int32Array | undefined> = new Array(prints.length);
  for (const i of live) {
    const shingles = (prints[i] as PeerDraft).shingles;
    const ranks = new Int32Array(shingles.size);
    let k = 0;
    for (const s of shingles) ranks[k++] = freq.get(s) as number;
    sets[i] = ranks.sort();
  }
  return sets;
}

function prefixLength(n: number, t: number): number {
  return Math.min(n, n - Math.ceil(t * n) + 1);
}

function join(live: readonly number[], sets: ReadonlyArray<Int32Array | undefined>, t: number, near: number[][]): void {
  // The inverted index of prefixes as linked lists in flat arrays: head[rank] -> entry, next[entry] -> entry;
  // each entry names its draft and the shingle's position in that draft's list.
  let entries = 0;
  let ranks = 0;
  for (const i of live) {
    const s = sets[i] as Int32Array;
    entries += prefixLength(s.length, t);
    ranks = Math.max(ranks, (s[s.length - 1] as number) + 1);
  }
  const head = new Int32Array(ranks).fill(-1);
  const next = new Int32Array(entries);
  const owner = new Int32Array(entries);
  const position = new Int32Array(entries);
  const seenBy = new Int32Array(near.length).fill(-1);
  let used = 0;
  for (const i of live) {
    const x = sets[i] as Int32Array;
    const n = x.length;
    const p = prefixLength(n, t);
    for (let k = 0; k < p; k++) {
      for (let e = head[x[k] as number] as number; e >= 0; e = next[e] as number) {
        const j = owner[e] as number;
        if (seenBy[j] === i) continue;
        seenBy[j] = i;
        const y = sets[j] as Int32Array;
        const m = y.length;
        // Sizes alone: J <= min/max.
        if (Math.min(n, m) < t * Math.max(n, m)) continue;
        // The first shared shingle in the global order is here: none before it in either set.
        const needed = Math.ceil((t * (n + m)) / (1 + t) - 1e-9);
        const from = position[e] as number;
        if (1 + Math.min(n - k - 1, m - from - 1) < needed) continue;
        const shared = 1 + overlap(x, k + 1, y, from + 1, needed - 1);
        if (shared / (n + m - shared) >= t) {
          near[i]?.push(j);
          near[j]?.push(i);
        }
      }
    }
    for (let k = 0; k < p; k++) {
      const r = x[k] as number;
      owner[used] = i;
      position[used] = k;
      next[used] = head[r] as number;
      head[r] = used++;
    }
  }
}

/**
 * How many values two sorted arrays share from a[i] and b[j] on, or any
 * smaller number once they cannot share `needed` (J >= t needs an overlap of
 * t/(1+t) of both sizes).
 */
function overlap(a: Int32Array, i: number, b: Int32Array, j: number, needed: number): number {
  let n = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      n++;
      i++;
      j++;
      continue;
    }
    if (x < y) i++;
    else j++;
    if (n + Math.min(a.length - i, b.length - j) < needed) return n;
  }
  return n;
}
