/**
 * The CLI's duplicate-draft candidate search must hand each draft every peer
 * the rule could report (Jaccard >= 0.8), in input order: compared here with
 * brute force on sets built to have every degree of overlap.
 */
import { describe, expect, it } from 'vitest';
import { candidatePeers } from '../../clients/cli/peers.js';
import { similarity, type PeerDraft } from '../../shared/index.js';

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/**
 * Drafts grouped in families: each member keeps a random share of its family's shingles and adds its own.
 * One big family is a mail merge (40 near-copies of one template), so its shingles are as common as the
 * phrases every draft shares.
 */
function drafts(n: number, seed: number): PeerDraft[] {
  const random = rng(seed);
  const merged = Array.from({ length: 60 }, (_, k) => 7_000_000 + k);
  const families = Array.from({ length: Math.ceil(n / 6) }, (_, f) => Array.from({ length: 120 }, (_, k) => f * 1000 + k));
  const common = Array.from({ length: 40 }, (_, k) => 9_000_000 + k); // shared by everyone, like "thank you for"
  return Array.from({ length: n }, (_, i) => {
    const mailMerge = i % 6 === 0 && i < 240;
    const family = mailMerge ? merged : (families[Math.floor(random() * families.length)] ?? []);
    const keep = mailMerge ? 0.9 + random() * 0.1 : 0.5 + random() * 0.5;
    const shingles = new Set<number>();
    for (const s of family) if (random() < keep) shingles.add(s);
    for (const s of common) if (random() < 0.8) shingles.add(s);
    const own = mailMerge ? Math.floor(random() * 4) : Math.floor(random() * 30);
    for (let k = 0; k < own; k++) shingles.add(5_000_000 + i * 100 + k);
    const to = random() < 0.1 ? [] : [`person ${i % 17}`];
    return { file: `d${i}.md`, to, shingles, signature: new Uint32Array(32), anchor: { start: 0, end: 0 } };
  });
}

function bruteForce(prints: PeerDraft[], threshold: number): string[][] {
  return prints.map((p) =>
    p.to.length === 0 ? [] : prints.filter((q) => q !== p && q.to.length > 0 && similarity(p.shingles, q.shingles) >= threshold - 1e-9).map((q) => q.file),
  );
}

describe('candidatePeers', () => {
  for (const seed of [1, 2, 3]) {
    it(`equals brute force (seed ${seed}): every pair at or over the threshold, nothing else, in input order`, () => {
      const prints = drafts(240, seed);
      const expected = bruteForce(prints, 0.7);
      expect(candidatePeers(prints, 0.7).map((peers) => peers.map((q) => q.file))).toEqual(expected);
      // Other thresholds move every prefix length.
      for (const threshold of [0.3, 0.55, 0.85, 0.95, 1]) {
        expect(candidatePeers(prints, threshold).map((peers) => peers.map((q) => q.file)), `threshold ${threshold}`).toEqual(bruteForce(prints, threshold));
      }
      // The sets really cover the interesting range: some pairs at 0.8 or more, many well below.
      const pairs = expected.reduce((n, l) => n + l.length, 0) / 2;
      expect(pairs).toBeGreaterThan(20);
      expect(pairs).toBeLessThan((240 * 239) / 2 / 4);
      expect(prints.some((p, i) => expected[i]!.some((f) => similarity(p.shingles, prints.find((q) => q.file === f)!.shingles) >= 0.8))).toBe(true);
    });
  }

  it('with the default threshold keeps every pair the rule reports (0.8)', () => {
    const prints = drafts(120, 7);
    const got = candidatePeers(prints);
    const need = bruteForce(prints, 0.8);
    need.forEach((files, i) => {
      for (const f of files) expect(got[i]!.map((q) => q.file)).toContain(f);
    });
  });

  it('finds a pair at the edge of the prefix bound: a draft that holds another, whose extra shingles are the rarest', () => {
    // |x| = 34 and y is 24 of them: J = 24/34 >= 0.7, and x's first ten shingles in rarest-first order are its own.
    const shared = Array.from({ length: 24 }, (_, k) => 100 + k);
    const base = drafts(1, 5)[0]!;
    const x: PeerDraft = { ...base, file: 'x.md', to: ['x'], shingles: new Set([...Array.from({ length: 10 }, (_, k) => 900 + k), ...shared]) };
    const y: PeerDraft = { ...base, file: 'y.md', to: ['y'], shingles: new Set(shared) };
    expect(similarity(x.shingles, y.shingles)).toBeGreaterThanOrEqual(0.7);
    for (const order of [[x, y], [y, x]]) {
      expect(candidatePeers(order, 0.7).map((l) => l.map((q) => q.file))).toEqual(order.map((p) => [p === x ? 'y.md' : 'x.md']));
    }
  });

  it('drafts without a recipient or without text get no peers and are nobody’s peer', () => {
    const base = drafts(3, 4);
    const same = new Set([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
    const prints: PeerDraft[] = [
      { ...base[0]!, file: 'a.md', to: ['a'], shingles: same },
      { ...base[1]!, file: 'b.md', to: [], shingles: same },
      { ...base[2]!, file: 'c.md', to: ['c'], shingles: new Set() },
      { ...base[0]!, file: 'd.md', to: ['d'], shingles: new Set(same) },
    ];
    expect(candidatePeers(prints).map((l) => l.map((q) => q.file))).toEqual([['d.md'], [], [], ['a.md']]);
  });
});
