/**
 * The rules measured against the labelled corpus (test/corpus/, labels by
 * human judgement of each rule's intent). Targets: precision >= 0.95 and
 * recall >= 0.90 overall; per rule, precision >= 0.9 wherever it fires and
 * recall >= 0.9 where it has support >= 3. They hold for the held-out drafts
 * (never used for tuning) and for the whole corpus with the seed set.
 * `npm run eval` prints the table and every mismatch.
 */
import { describe, expect, it } from 'vitest';
import { DRAFT_KINDS } from '../shared/index.js';
import { census, loadCorpus, scoreCorpus, SEED_SET, type CorpusScore } from '../scripts/eval.js';

const drafts = loadCorpus();
const heldOut = scoreCorpus(drafts, (d) => d.set === 'held-out');
const whole = scoreCorpus(drafts);

const listing = (s: CorpusScore): string => s.mismatches.map((m) => `${m.type} ${m.rule} ${m.file}: ${m.detail}`).join('\n');

describe('labelled corpus: shape', () => {
  it('has at least 80 held-out drafts of all five kinds, roughly half of them clean', () => {
    expect(heldOut.drafts.length).toBeGreaterThanOrEqual(80);
    const c = census(heldOut);
    for (const k of DRAFT_KINDS) expect(c.kinds.get(k)?.drafts ?? 0, k).toBeGreaterThanOrEqual(10);
    expect(c.clean / heldOut.drafts.length).toBeGreaterThanOrEqual(0.35);
    expect(c.clean / heldOut.drafts.length).toBeLessThanOrEqual(0.65);
  });

  it('keeps the seed set the rules were tuned on', () => {
    expect(drafts.filter((d) => d.set === SEED_SET).length).toBeGreaterThan(0);
    expect(new Set(drafts.map((d) => d.set))).toEqual(new Set(['held-out', SEED_SET]));
  });

  it('exercises every scored rule in the held-out drafts', () => {
    for (const r of heldOut.rules) expect(r.support, r.rule).toBeGreaterThan(0);
  });

  it('infers the labelled kind for drafts without front matter', () => {
    const labelled = heldOut.drafts.filter((d) => d.kind !== undefined);
    expect(labelled.length).toBeGreaterThanOrEqual(10);
    for (const d of labelled) expect(heldOut.results.get(d.file)?.kindSource, d.file).toBe('inferred');
    expect(heldOut.kindMismatches).toEqual([]);
  });

  it('produces no internal error or front-matter problem', () => {
    for (const [file, r] of whole.results) {
      expect(r.findings.filter((f) => f.ruleId === 'internal-error' || f.ruleId === 'front-matter').map((f) => `${file}: ${f.message}`)).toEqual([]);
    }
  });
});

for (const [name, score] of [
  ['held-out drafts', heldOut],
  ['whole corpus', whole],
] as const) {
  describe(`labelled corpus: ${name}`, () => {
    it('overall precision >= 0.95 and recall >= 0.90', () => {
      expect(score.micro.precision, listing(score)).toBeGreaterThanOrEqual(0.95);
      expect(score.micro.recall, listing(score)).toBeGreaterThanOrEqual(0.9);
    });

    it('per rule: precision >= 0.9 wherever it fires, recall >= 0.9 where support >= 3', () => {
      const failures: string[] = [];
      for (const r of score.rules) {
        if (r.tp + r.fp > 0 && r.precision < 0.9) failures.push(`${r.rule}: precision ${r.precision.toFixed(2)} (TP ${r.tp}, FP ${r.fp})`);
        if (r.support >= 3 && r.recall < 0.9) failures.push(`${r.rule}: recall ${r.recall.toFixed(2)} (TP ${r.tp}, FN ${r.fn})`);
      }
      expect(failures, listing(score)).toEqual([]);
    });
  });
}
