/**
 * Peers for duplicate-draft without the quadratic cost. The rule compares a
 * draft with each peer it is given; handing every draft all the others means
 * a million set comparisons for 1,000 drafts. Instead the CLI counts the
 * shingles every pair shares in one pass over an inverted index (the work
 * grows with how much text drafts actually share, not with the number of
 * pairs) and hands each draft only the drafts within reach of the threshold.
 * The count is exact, so no pair the rule would report is dropped; the rule
 * still decides. Most drafts end up with no peers, and the rule returns at once.
 */
import type { PeerDraft } from '../../shared/index.js';
import { DUPLICATE_THRESHOLD } from '../../shared/rules/duplicate-draft.js';

/** Looser than the rule, so drafts that `--fix` changes a little are still compared. */
const CANDIDATE_THRESHOLD = Math.max(0, DUPLICATE_THRESHOLD - 0.1);

/** For each print, the other prints similar enough to be worth the rule's comparison, in input order. */
export function candidatePeers(prints: readonly PeerDraft[], threshold = CANDIDATE_THRESHOLD): PeerDraft[][] {
  const near: number[][] = prints.map(() => []);
  const sizes = Int32Array.from(prints, (p) => p.shingles.size);
  const counts = new Int32Array(prints.length);
  const touched = new Int32Array(prints.length);
  const postings = new Map<number, number[]>();
  for (const [i, p] of prints.entries()) {
    // The rule ignores drafts without a recipient, as itself and as a peer.
    if (p.to.length === 0 || p.shingles.size === 0) continue;
    let nTouched = 0;
    for (const s of p.shingles) {
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
    const n = sizes[i] as number;
    for (let k = 0; k < nTouched; k++) {
      const j = touched[k] as number;
      const shared = counts[j] as number;
      counts[j] = 0;
      if (shared / (n + (sizes[j] as number) - shared) < threshold - 1e-9) continue;
      near[i]?.push(j);
      near[j]?.push(i);
    }
  }
  return near.map((js) => js.sort((a, b) => a - b).flatMap((j) => prints[j] ?? []));
}
