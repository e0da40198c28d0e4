/**
 * Hostile shapes at 600,000 characters (bench/shapes.ts): every one finishes
 * and its findings are well-formed; fix-all's output is a fixed point. How
 * the time scales with size is measured by `npm run bench`, not here; a step
 * that went quadratic shows as this suite's timeout (and, for a step stuck in
 * synchronous code, as the watchdog in scripts/test.mjs).
 */
import { describe, expect, it } from 'vitest';
import { fixAll, lintDraft } from '../../shared/index.js';
import { FIX_SHAPES, SHAPES, SHAPE_OPTIONS } from '../../bench/shapes.js';
import { wellFormedProblems } from './support.js';

const LARGE = 600_000;

describe('hostile shapes at 600,000 characters', () => {
  it.each(SHAPES.map(([name, shape]) => [name, shape] as const))('%s', (_name, shape) => {
    const text = shape(LARGE);
    expect(text.length).toBeGreaterThanOrEqual(LARGE * 0.9);
    const r = lintDraft(text, SHAPE_OPTIONS);
    expect(wellFormedProblems(text, r.findings)).toEqual([]);
    expect(r.readiness.total).toBeGreaterThan(0);
  });

  it.each(FIX_SHAPES.map(([name, shape]) => [name, shape] as const))('fix-all: %s', (_name, shape) => {
    const fixed = fixAll(shape(LARGE), SHAPE_OPTIONS).text;
    expect(fixAll(fixed, SHAPE_OPTIONS).text).toBe(fixed);
  });
});
