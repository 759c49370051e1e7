import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeNeedIndex, type Polarity } from '../../../geo/indicators/compute-need-index';
import { computeNeedIndexValues } from '../../../geo/indicators/compute-need-index-values';

describe('computeNeedIndexValues', () => {
  it('does what its example says, NaN counting as missing', () => {
    const { index, present } = computeNeedIndexValues([{ id: 'poverty', values: new Float64Array([10, Number.NaN, 30]), weight: 1, polarity: 'higher_worse' }], 'z-score');
    expect(Array.from(index)).toEqual([-1, 0, 1]);
    expect(Array.from(present)).toEqual([1, 0, 1]);
  });

  it('gives computeNeedIndex’s index bit for bit, for z-scores and ranks (property)', () => {
    const value = fc.oneof(fc.constant(null), fc.integer({ min: 0, max: 5 }), fc.double({ min: -1e4, max: 1e4, noNaN: true }));
    const polarity = fc.constantFrom<Polarity>('higher_worse', 'higher_better', 'neutral');
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 30 }), fc.array(fc.tuple(fc.array(value, { minLength: 30, maxLength: 30 }), fc.integer({ min: 0, max: 3 }), polarity), { minLength: 1, maxLength: 4 }), fc.constantFrom('z-score' as const, 'rank' as const), (n, parts, method) => {
        if (parts.every(([, w]) => w === 0)) parts[0]![1] = 1;
        const components = parts.map(([values, weight, p], k) => ({ id: `i${k}`, values: values.slice(0, n), weight, polarity: p }));
        const want = computeNeedIndex(components, method).index;
        // The same values as a typed array with NaN for null.
        const got = computeNeedIndexValues(components.map((c) => ({ ...c, values: Float64Array.from(c.values, (v) => (v === null ? Number.NaN : v)) })), method);
        want.forEach((v, i) => {
          expect(got.present[i]).toBe(v === null ? 0 : 1);
          if (v !== null) expect(Object.is(got.index[i], v)).toBe(true);
        });
      }),
    );
  });

  it('checks its input as computeNeedIndex does', () => {
    expect(() => computeNeedIndexValues([])).toThrow(RangeError);
    expect(() => computeNeedIndexValues([{ id: 'a', values: [1], weight: -1, polarity: 'neutral' }])).toThrow(/Weight of a must be/);
    expect(() => computeNeedIndexValues([{ id: 'a', values: [1], weight: 0, polarity: 'neutral' }])).toThrow(/above 0/);
    expect(() => computeNeedIndexValues([{ id: 'a', values: [1], weight: 1, polarity: 'neutral' }], 'median' as 'rank')).toThrow(/Unknown standardisation/);
  });
});
