import { describe, expect, it } from 'vitest';
import { apportionHighestAverages } from '../../../geo/apportionment/apportion-highest-averages';
import { apportionLargestRemainders } from '../../../geo/apportionment/apportion-largest-remainders';
import { checkBoundedApportionment } from '../../../geo/apportionment/check-bounded-apportionment';
import { scaleToIntegers } from '../../../geo/apportionment/scale-to-integers';

describe('scaleToIntegers', () => {
  it('reads numbers as the decimals they print as, on one common scale', () => {
    expect(scaleToIntegers([0.1, 0.25, 3])).toEqual([10n, 25n, 300n]);
    expect(scaleToIntegers([77, 0.5])).toEqual([770n, 5n]);
    expect(scaleToIntegers([1.5e-7, -2])).toEqual([15n, -200000000n]);
    expect(scaleToIntegers([1e21, 1])).toEqual([10n ** 21n, 1n]);
    expect(scaleToIntegers([0, -0])).toEqual([0n, 0n]);
    expect(scaleToIntegers([])).toEqual([]);
    // All 16 decimals of 1/3 as it prints (0.3333333333333333), and 0.1 + 0.2 as it prints.
    expect(scaleToIntegers([1 / 3, 1])).toEqual([3333333333333333n, 10n ** 16n]);
    expect(scaleToIntegers([0.1 + 0.2, 0.3])).toEqual([30000000000000004n, 30000000000000000n]);
  });

  it('rejects values that are not finite', () => {
    expect(() => scaleToIntegers([1, Number.NaN])).toThrow(/values\[1\]/);
    expect(() => scaleToIntegers([Number.POSITIVE_INFINITY])).toThrow(RangeError);
  });
});

describe('checkBoundedApportionment', () => {
  const ok = { units: 5, weights: [1n, 2n], lower: [0, 0], upper: [5, 5] };
  it('accepts a feasible problem and names the first problem otherwise', () => {
    expect(() => checkBoundedApportionment(ok)).not.toThrow();
    expect(() => checkBoundedApportionment({ ...ok, units: 2.5 })).toThrow(/units must be/);
    expect(() => checkBoundedApportionment({ ...ok, weights: [] })).toThrow(/non-empty/);
    expect(() => checkBoundedApportionment({ ...ok, weights: [1n, -1n] })).toThrow(/weights\[1\]/);
    expect(() => checkBoundedApportionment({ ...ok, lower: [0] })).toThrow(/lower must have/);
    expect(() => checkBoundedApportionment({ ...ok, upper: [5, -1] })).toThrow(/upper\[1\]/);
    expect(() => checkBoundedApportionment({ ...ok, lower: [3, 3] })).toThrow(/lower bounds add up to 6/);
    expect(() => checkBoundedApportionment({ ...ok, upper: [2, 2] })).toThrow(/upper bounds add up to 4/);
  });
});

describe('bounded apportionment helpers', () => {
  it('do what their examples say', () => {
    const votes = { units: 8, weights: [100000n, 80000n, 30000n, 20000n], lower: [0, 0, 0, 0], upper: [8, 8, 8, 8] };
    expect(apportionHighestAverages(votes, 'dhondt').units).toEqual([4, 3, 1, 0]);
    expect(apportionHighestAverages(votes, 'sainte-lague').units).toEqual([3, 3, 1, 1]);
    expect(apportionLargestRemainders({ units: 10, weights: [6n, 6n, 2n], lower: [0, 0, 0], upper: [10, 10, 10] }).units).toEqual([4, 4, 2]);
    expect(apportionLargestRemainders({ units: 11, weights: [6n, 6n, 2n], lower: [0, 0, 0], upper: [11, 11, 11] }).units).toEqual([5, 5, 1]);
  });

  it('fill zero-weight items only when every positive item is full, and then evenly', () => {
    // Positive item capped at 2 of 8: the 6 left go to the two weight-0 items, 3 each.
    const problem = { units: 8, weights: [5n, 0n, 0n], lower: [0, 0, 0], upper: [2, 8, 8] };
    for (const result of [apportionHighestAverages(problem, 'sainte-lague'), apportionHighestAverages(problem, 'dhondt'), apportionLargestRemainders(problem)]) {
      expect(result.units).toEqual([2, 3, 3]);
      expect(result.bound).toEqual(['upper', null, null]);
    }
  });

  it('report the bound that holds an item', () => {
    // Weights 3 : 1 over 20 units would be 15 / 5; bounds [8, 12] each hold both.
    const problem = { units: 20, weights: [3n, 1n], lower: [8, 8], upper: [12, 12] };
    for (const result of [apportionHighestAverages(problem, 'sainte-lague'), apportionHighestAverages(problem, 'dhondt'), apportionLargestRemainders(problem)]) {
      expect(result).toEqual({ units: [12, 8], bound: ['upper', 'lower'] });
    }
    // A weight-0 item held up by its lower bound.
    expect(apportionLargestRemainders({ units: 4, weights: [1n, 0n], lower: [0, 1], upper: [4, 4] }).bound).toEqual([null, 'lower']);
  });

  it('decide averages too close for doubles exactly (the quick double comparison defers to the bigints)', () => {
    // Item 0 holds 1 unit: its next Sainte-Laguë average is w0 / 3, item 1's is w1 / 1. With w0 = 3·w1 − 1
    // item 1's is higher by one part in 10^18 — equal as doubles — so the unit goes to item 1, although
    // item 0 has the larger weight (which would win a tie).
    const w1 = 2n ** 60n;
    const nearTie = { units: 2, weights: [3n * w1 - 1n, w1], lower: [1, 0], upper: [2, 2] };
    expect(Number(nearTie.weights[0]!) / 3).toBe(Number(w1));
    expect(apportionHighestAverages(nearTie, 'sainte-lague').units).toEqual([1, 1]);
    // One more on item 0 and it wins instead.
    expect(apportionHighestAverages({ ...nearTie, weights: [3n * w1 + 1n, w1] }, 'sainte-lague').units).toEqual([2, 0]);
    // D'Hondt: next divisor 2 for item 0.
    expect(apportionHighestAverages({ ...nearTie, weights: [2n * w1 - 1n, w1] }, 'dhondt').units).toEqual([1, 1]);
    // Weights too large for doubles at all still work (exact path only).
    expect(apportionHighestAverages({ units: 3, weights: [10n ** 400n, 2n * 10n ** 400n], lower: [0, 0], upper: [3, 3] }, 'dhondt').units).toEqual([1, 2]);
  });

  it('reject a bad divisor method', () => {
    expect(() => apportionHighestAverages({ units: 1, weights: [1n], lower: [0], upper: [1] }, 'webster' as 'dhondt')).toThrow(/method must be/);
  });
});
