import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeGapScores } from '../../../geo/analysis/compute-gap-scores';
import { standardiseValues } from '../../../geo/indicators/standardise-values';

/** The ranking as the comparator sort gives it: highest score first, equal scores by ascending index. */
function rankedByComparator(scores: readonly (number | null)[]): number[] {
  const present = scores.flatMap((s, i) => (s === null ? [] : [i]));
  return present.sort((x, y) => scores[y]! - scores[x]!);
}

describe('computeGapScores ranking', () => {
  it('ranks ties by index, highest score first', () => {
    // Direction −1: the lowest value has the biggest gap; the three 2s (z = 0) tie.
    const r = computeGapScores([{ id: 'a', values: [1, 2, 3, 2, 2], weight: 1, direction: -1 }]);
    expect(r.ranked.map((x) => x.index)).toEqual([0, 1, 3, 4, 2]);
    expect(r.ranked.map((x) => x.rank)).toEqual([1, 2, 3, 4, 5]);
  });

  it('orders as a stable comparator sort does, with missing values left out (property)', () => {
    const value = fc.oneof(fc.constant(null), fc.integer({ min: -3, max: 3 }), fc.double({ min: -1e3, max: 1e3, noNaN: true }));
    fc.assert(
      fc.property(fc.array(value, { minLength: 1, maxLength: 60 }), fc.array(value, { minLength: 60, maxLength: 60 }), (a, b) => {
        const r = computeGapScores([
          { id: 'a', values: a, weight: 1, direction: 1 },
          { id: 'b', values: b.slice(0, a.length), weight: 2, direction: -1 },
        ]);
        expect(r.ranked.map((x) => x.index)).toEqual(rankedByComparator(r.scores));
        for (const x of r.ranked) expect(Object.is(x.score, r.scores[x.index])).toBe(true);
      }),
    );
  });

  it('scores are the weighted mean of the signed z-scores standardiseValues gives', () => {
    const a = [4, null, 7, 1, 9];
    const b = [10, 20, null, 40, 50];
    const r = computeGapScores([
      { id: 'a', values: a, weight: 1, direction: 1 },
      { id: 'b', values: b, weight: 3, direction: -1 },
    ]);
    const za = standardiseValues(a, 'z-score');
    const zb = standardiseValues(b, 'z-score').map((z) => (z === null ? null : -z));
    r.scores.forEach((s, i) => {
      const parts = [za[i] === null ? null : [1 * za[i]!, 1], zb[i] === null ? null : [3 * zb[i]!, 3]].filter((p): p is number[] => p !== null);
      expect(s).toBe(parts.reduce((t, p) => t + p[0]!, 0) / parts.reduce((t, p) => t + p[1]!, 0));
    });
  });
});
