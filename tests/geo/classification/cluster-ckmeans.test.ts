import fc from 'fast-check';
import { ckmeans } from 'simple-statistics';
import { describe, expect, it } from 'vitest';
import { clusterCkmeans } from '../../../geo/classification/cluster-ckmeans';

/** The reference: simple-statistics' ckmeans, as group starts in the sorted values. */
function referenceStarts(values: readonly number[], k: number): number[] {
  const groups = ckmeans([...values], k);
  const starts: number[] = [];
  let at = 0;
  for (const g of groups) {
    starts.push(at);
    at += g.length;
  }
  return starts;
}

describe('clusterCkmeans', () => {
  it('splits the obvious groups', () => {
    const { sorted, starts } = clusterCkmeans([30, 1, 12, 2, 3, 10, 11], 3);
    expect([...sorted]).toEqual([1, 2, 3, 10, 11, 12, 30]);
    expect(starts).toEqual([0, 3, 6]);
  });
  it('gives exactly the groups of simple-statistics ckmeans (the maintained reference), ties included', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.integer({ min: -50, max: 50 }), fc.double({ min: -1e4, max: 1e4, noNaN: true, noDefaultInfinity: true })), { minLength: 2, maxLength: 400 }), fc.integer({ min: 1, max: 9 }), (values, wanted) => {
        const k = Math.min(wanted, new Set(values).size);
        expect(clusterCkmeans(values, k).starts).toEqual(referenceStarts(values, k));
      }),
      { numRuns: 300 },
    );
  });
  it('agrees with the reference on 20,000 skewed values', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    const values = Array.from({ length: 20_000 }, () => Math.round(Math.exp(random() * 8) * 10) / 10);
    for (const k of [3, 5, 9]) expect(clusterCkmeans(values, k).starts).toEqual(referenceStarts(values, k));
  });
  it('refuses bad input', () => {
    expect(() => clusterCkmeans([1, 2], 3)).toThrow(/must not exceed/);
    expect(() => clusterCkmeans([1, Number.NaN], 1)).toThrow(/item 1/);
    expect(() => clusterCkmeans([1, 2], 0)).toThrow(/whole number/);
  });
});
