import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { standardiseToZScores } from '../../../geo/indicators/standardise-to-z-scores';

describe('standardiseToZScores', () => {
  it('computes population z-scores by hand and marks missing values absent', () => {
    const { z, present } = standardiseToZScores([2, 4, null, 4, 4, 5, 5, 7, Number.NaN, 9]);
    expect(Array.from(z)).toEqual([-1.5, -0.5, 0, -0.5, -0.5, 0, 0, 1, 0, 2]);
    expect(Array.from(present)).toEqual([1, 1, 0, 1, 1, 1, 1, 1, 0, 1]);
  });

  it('gives 0 for all-equal values and nothing present when every value is missing', () => {
    expect(Array.from(standardiseToZScores([3, 3]).z)).toEqual([0, 0]);
    expect(Array.from(standardiseToZScores([null, Infinity]).present)).toEqual([0, 0]);
  });

  it('is bit for bit the hand formula (x − mean) / population SD over the present values (property)', () => {
    const value = fc.oneof(fc.constant(null), fc.double({ min: -1e6, max: 1e6, noNaN: true }));
    fc.assert(
      fc.property(fc.array(value, { maxLength: 40 }), (values) => {
        const xs = values.filter((v): v is number => v !== null);
        const mean = xs.reduce((s, v) => s + v, 0) / xs.length;
        const sd = Math.sqrt(xs.reduce((s, v) => s + (v - mean) * (v - mean), 0) / xs.length);
        const { z, present } = standardiseToZScores(values);
        values.forEach((v, i) => {
          expect(present[i]).toBe(v === null ? 0 : 1);
          if (v !== null) expect(Object.is(z[i], sd === 0 ? 0 : (v - mean) / sd)).toBe(true);
        });
      }),
    );
  });
});
