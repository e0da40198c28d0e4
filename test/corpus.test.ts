/**
 * Keeps the rules' precision and recall on the labelled corpus from
 * regressing. Targets (issue #2): precision >= 0.95 and recall >= 0.90 overall,
 * and per rule with enough support. `npm run eval` prints the details.
 */
import { describe, expect, it } from 'vitest';
import { DRAFT_KINDS } from '../shared/index.js';
import { scoreCorpus } from './helpers/corpus.js';

const score = scoreCorpus();

describe('labelled corpus', () => {
  it('has at least 60 drafts of all five kinds, good and bad', () => {
    expect(score.drafts.length).toBeGreaterThanOrEqual(60);
    const kinds = new Set([...score.results.values()].map((r) => r.kind));
    for (const k of DRAFT_KINDS) expect(kinds.has(k), k).toBe(true);
    const clean = score.drafts.filter((d) => d.expect.size === 0).length;
    expect(clean).toBeGreaterThanOrEqual(20);
    expect(score.drafts.length - clean).toBeGreaterThanOrEqual(20);
  });

  it('every rule is exercised by at least one labelled draft', () => {
    for (const r of score.rules) expect(r.support, r.rule).toBeGreaterThan(0);
  });

  it('overall precision >= 0.95 and recall >= 0.90', () => {
    const detail = score.mismatches.map((m) => `${m.type} ${m.rule} ${m.file}: ${m.detail}`).join('\n');
    expect(score.micro.precision, detail).toBeGreaterThanOrEqual(0.95);
    expect(score.micro.recall, detail).toBeGreaterThanOrEqual(0.9);
  });

  it('per rule: precision >= 0.9 where a rule fires, recall >= 0.9 where it has support >= 3', () => {
    for (const r of score.rules) {
      if (r.tp + r.fp > 0) expect(r.precision, `${r.rule} precision`).toBeGreaterThanOrEqual(0.9);
      if (r.support >= 3) expect(r.recall, `${r.rule} recall`).toBeGreaterThanOrEqual(0.9);
    }
  });

  it('no draft produces an internal error or a front-matter problem', () => {
    for (const [file, r] of score.results) expect(r.findings.filter((f) => f.ruleId === 'internal-error' || f.ruleId === 'front-matter').map((f) => `${file}: ${f.message}`)).toEqual([]);
  });
});
