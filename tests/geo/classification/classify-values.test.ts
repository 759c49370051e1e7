import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classOf } from '../../../geo/classification/classify-quantiles';
import { classifyEqualInterval } from '../../../geo/classification/classify-equal-interval';
import { classifyNaturalBreaks } from '../../../geo/classification/classify-natural-breaks';
import { classifyValues } from '../../../geo/classification/classify-values';

/** Within-class sum of squares of a classification, the quantity natural breaks minimise. */
function withinSquares(values: readonly number[], limits: readonly number[]): number {
  const groups = new Map<number, number[]>();
  for (const v of values) groups.set(classOf(v, limits), [...(groups.get(classOf(v, limits)) ?? []), v]);
  let total = 0;
  for (const g of groups.values()) {
    const mean = g.reduce((a, b) => a + b, 0) / g.length;
    total += g.reduce((a, b) => a + (b - mean) ** 2, 0);
  }
  return total;
}

describe('classifyEqualInterval', () => {
  it('cuts the range into equal steps', () => {
    expect(classifyEqualInterval([0, 3, 10], 5)).toEqual([0, 2, 4, 6, 8, 10]);
    expect(classifyEqualInterval([4, 4], 3)).toEqual([4, 4]);
  });
});

describe('classifyNaturalBreaks (ckmeans)', () => {
  it('finds the obvious groups', () => {
    expect(classifyNaturalBreaks([1, 2, 3, 10, 11, 12, 30], 3)).toEqual([1, 10, 30, 30]);
  });
  it('is optimal: no other split of a small set into k classes has less within-class variance (brute force)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 4, maxLength: 9 }), fc.integer({ min: 2, max: 3 }), (raw, k) => {
        const values = [...raw].sort((a, b) => a - b);
        const limits = classifyNaturalBreaks(values, k);
        const ours = withinSquares(values, limits);
        const distinct = [...new Set(values)];
        if (distinct.length < k) return;
        // Every choice of k−1 cut points between distinct values.
        const cuts = (n: number, m: number, from = 1): number[][] => (m === 0 ? [[]] : Array.from({ length: n - from }, (_, i) => i + from).flatMap((c) => cuts(n, m - 1, c + 1).map((rest) => [c, ...rest])));
        for (const c of cuts(distinct.length, k - 1)) {
          const other = [distinct[0]!, ...c.map((i) => distinct[i]!), distinct[distinct.length - 1]!];
          expect(ours).toBeLessThanOrEqual(withinSquares(values, other) + 1e-9);
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe('classifyValues', () => {
  it('dispatches by method and keeps manual breaks inside the data range', () => {
    expect(classifyValues([1, 5, 9], { method: 'manual', classes: 3, manualBreaks: [4, 8] })).toEqual([1, 4, 8, 9]);
    expect(classifyValues([1, 5, 9], { method: 'manual', classes: 3, manualBreaks: [0, 4, 20] })).toEqual([1, 4, 9]);
    expect(() => classifyValues([1], { method: 'manual', classes: 3, manualBreaks: [5, 4] })).toThrow(/ascending/);
  });
  it('centres equal intervals on a diverging midpoint', () => {
    expect(classifyValues([-2, 1, 6], { method: 'equal-interval', classes: 4, centre: 0 })).toEqual([-6, -3, 0, 3, 6]);
  });
  it('regression: equal intervals over a subnormal range stay ascending and within the values', () => {
    // fast-check found [5.4e-323, 0] with 7 classes: the rounded step put an inner limit above the maximum.
    const limits = classifyValues([5.4e-323, 0], { method: 'equal-interval', classes: 7 });
    for (let i = 1; i < limits.length; i++) expect(limits[i]!).toBeGreaterThanOrEqual(limits[i - 1]!);
    expect(Math.max(...limits)).toBe(5.4e-323);
    expect(classOf(5.4e-323, limits)).toBeGreaterThanOrEqual(0);
  });
  it('puts every value in a class', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1000, max: 1000, noNaN: true }), { minLength: 1, maxLength: 60 }), fc.constantFrom('quantile', 'equal-interval', 'natural-breaks' as const), fc.integer({ min: 3, max: 9 }), (values, method, classes) => {
        const limits = classifyValues(values, { method, classes });
        for (const v of values) expect(classOf(v, limits)).toBeGreaterThanOrEqual(0);
        for (let i = 1; i < limits.length; i++) expect(limits[i]!).toBeGreaterThanOrEqual(limits[i - 1]!);
      }),
    );
  });
});
