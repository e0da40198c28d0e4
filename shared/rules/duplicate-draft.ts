/**
 * duplicate-draft: two drafts to different interviewers that are nearly the
 * same text. Each draft is reduced to a set of hashed three-word shingles with
 * the names from its front matter masked, so "Dear Dana" and "Dear Lee" copies
 * of one note still match; similarity is the Jaccard index of the two sets.
 */
import type { Rule, PeerDraft } from './rule.js';
import type { DraftDocument } from '../document/parse.js';
import { getWords } from '../document/text.js';
import { anchor, significantWords } from './helpers.js';

export const DUPLICATE_THRESHOLD = 0.8;
const MIN_SHINGLES = 12;

export function fingerprint(doc: DraftDocument, file: string): PeerDraft {
  const facts = doc.frontMatter.facts;
  const names = new Set<string>();
  for (const v of [...facts.to, facts.company ?? '', facts.role ?? '']) for (const w of significantWords(v)) names.add(w);
  const words = getWords(doc);
  const tokens: number[] = [];
  for (let i = 0; i < words.count; i++) {
    const w = words.lower[i] ?? '';
    tokens.push(names.has(w) ? 1 : hash(w));
  }
  const shingles = new Set<number>();
  for (let i = 0; i + 2 < tokens.length; i++) {
    // Mixed into 30 bits: exact integer arithmetic, and small integers that V8 keeps unboxed.
    // (Two different shingles colliding in a 250-word draft pair is a one-in-10,000 event.)
    const h = Math.imul(tokens[i] ?? 0, 0x9e3779b1) ^ Math.imul((tokens[i + 1] ?? 0) ^ 0x5bd1e995, 0x85ebca6b) ^ Math.imul((tokens[i + 2] ?? 0) + 0x27d4eb2f, 0xc2b2ae35);
    shingles.add((h ^ (h >>> 15)) & 0x3fffffff);
  }
  return { file, to: facts.to.map((t) => t.toLowerCase()), toNames: facts.to, shingles, anchor: anchor(doc) };
}

/** The peer's MinHash signature, computed once. */
export function signatureOf(peer: PeerDraft): Uint32Array {
  peer.signature ??= minhash(peer.shingles);
  return peer.signature;
}

const SIGNATURE = 32;
const SEEDS = Uint32Array.from({ length: SIGNATURE }, (_, i) => Math.imul(i + 1, 0x9e3779b1) >>> 0);

/** The minimum of each of SIGNATURE seeded hashes over the set. Equal slots estimate the Jaccard index. */
function minhash(set: ReadonlySet<number>): Uint32Array {
  const sig = new Uint32Array(SIGNATURE).fill(0xffffffff);
  for (const x of set) {
    for (let i = 0; i < SIGNATURE; i++) {
      let h = (x ^ (SEEDS[i] ?? 0)) >>> 0;
      h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
      h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
      h = (h ^ (h >>> 16)) >>> 0;
      if (h < (sig[i] ?? 0)) sig[i] = h;
    }
  }
  return sig;
}

function estimate(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < SIGNATURE; i++) if (a[i] === b[i]) same++;
  return same / SIGNATURE;
}

function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

export function similarity(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  if (a.size === 0 || b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const x of small) if (large.has(x)) shared++;
  return shared / (a.size + b.size - shared);
}

export const duplicateDraft: Rule = {
  meta: {
    id: 'duplicate-draft',
    kinds: 'all',
    defaultSeverity: 'warning',
    category: 'dont',
    description: 'Two drafts to different interviewers that are nearly the same text; interviewers compare notes.',
    howToFix: 'Personalise each note: mention something you discussed with that person in particular.',
    fix: 'none',
    messages: {
      duplicate: 'This note is {percent}% the same as {other} (to {otherTo}). Interviewers compare notes: make each one personal.',
    },
  },
  check(ctx) {
    if (ctx.peers.length === 0 || ctx.facts.to.length === 0 || !ctx.file) return;
    // The caller usually fingerprinted this draft too (the CLI and the server index every draft).
    const self = ctx.peers.find((p) => p.file === ctx.file) ?? fingerprint(ctx.doc, ctx.file);
    if (self.shingles.size < MIN_SHINGLES) return;
    for (const peer of ctx.peers) {
      if (peer.file === ctx.file || peer.to.length === 0) continue;
      // Same recipient: probably two versions of one note, not a copy sent to two people.
      if (peer.to.some((t) => self.to.includes(t))) continue;
      // Sizes too far apart cannot reach the threshold; the signature rules out the rest cheaply.
      const small = Math.min(self.shingles.size, peer.shingles.size);
      const large = Math.max(self.shingles.size, peer.shingles.size);
      if (small < DUPLICATE_THRESHOLD * large) continue;
      // The estimate from 32 slots is within about 0.07 of the truth; 0.15 below the threshold keeps every true match.
      if (estimate(signatureOf(self), signatureOf(peer)) < DUPLICATE_THRESHOLD - 0.15) continue;
      const sim = similarity(self.shingles, peer.shingles);
      if (sim < DUPLICATE_THRESHOLD) continue;
      ctx.report({
        ...self.anchor,
        messageId: 'duplicate',
        data: { percent: Math.round(sim * 100), other: peer.label ?? peer.file, otherTo: (peer.toNames ?? peer.to).join(', ') },
        related: [{ file: peer.file, start: peer.anchor.start, end: peer.anchor.end, message: 'The near-identical draft' }],
      });
      return;
    }
  },
};
