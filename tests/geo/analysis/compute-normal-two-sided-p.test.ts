import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeNormalTwoSidedP } from '../../../geo/analysis/compute-normal-two-sided-p';

// 2 * scipy.stats.norm.sf(abs(z)), SciPy 1.17.1.
const SCIPY: [number, number][] = [
  [0, 1],
  [0.5, 0.6170750774519738],
  [1, 0.31731050786291415],
  [1.959963984540054, 0.05],
  [2.5, 0.012419330651552265],
  [3, 0.0026997960632601866],
  [3.49, 0.0004830205471356721],
  [4, 6.334248366623973e-5],
  [6, 1.973175290075389e-9],
  [10, 1.523970604832094e-23],
  [20, 5.507248237212311e-89],
  [37, 1.1451142445047853e-299],
];

describe('computeNormalTwoSidedP', () => {
  it.each(SCIPY)('agrees with SciPy at z = %s to 1e-12 relative', (z, p) => {
    expect(Math.abs(computeNormalTwoSidedP(z) - p) / p).toBeLessThan(1e-12);
    expect(computeNormalTwoSidedP(-z)).toBe(computeNormalTwoSidedP(z));
  });

  it('is 0 far out, in [0, 1], and decreasing in |z|', () => {
    expect(computeNormalTwoSidedP(Infinity)).toBe(0);
    expect(computeNormalTwoSidedP(50)).toBe(0);
    fc.assert(
      fc.property(fc.double({ min: 0, max: 40, noNaN: true }), fc.double({ min: 0, max: 40, noNaN: true }), (a, b) => {
        const [lo, hi] = a < b ? [a, b] : [b, a];
        const pLo = computeNormalTwoSidedP(lo);
        expect(pLo).toBeGreaterThanOrEqual(0);
        expect(pLo).toBeLessThanOrEqual(1);
        expect(computeNormalTwoSidedP(hi)).toBeLessThanOrEqual(pLo * (1 + 1e-12));
      }),
    );
  });

  it('rejects NaN', () => {
    expect(() => computeNormalTwoSidedP(Number.NaN)).toThrow(RangeError);
  });
});
