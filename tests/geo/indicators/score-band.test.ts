import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SCORE_BAND_THRESHOLD, scoreBand } from '../../../geo/indicators/score-band';

describe('scoreBand', () => {
  it('says low, average or high around the average area at ±0.5', () => {
    expect(SCORE_BAND_THRESHOLD).toBe(0.5);
    expect(scoreBand(1.8)).toBe('high');
    expect(scoreBand(0)).toBe('average');
    expect(scoreBand(0.49)).toBe('average');
    expect(scoreBand(-0.49)).toBe('average');
    expect(scoreBand(-2.1)).toBe('low');
  });
  it('puts a boundary in the band it closes: 0.5 is high, −0.5 is low', () => {
    expect(scoreBand(0.5)).toBe('high');
    expect(scoreBand(-0.5)).toBe('low');
    expect(scoreBand(0.25, 0.25)).toBe('high');
  });
  it('is symmetric and monotone', () => {
    const order = { low: 0, average: 1, high: 2 } as const;
    fc.assert(
      fc.property(fc.double({ min: -5, max: 5, noNaN: true }), fc.double({ min: -5, max: 5, noNaN: true }), (a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(order[scoreBand(lo)]).toBeLessThanOrEqual(order[scoreBand(hi)]);
        expect(order[scoreBand(-a)]).toBe(2 - order[scoreBand(a)]);
      }),
    );
  });
  it('refuses a score or threshold that is not a finite number', () => {
    expect(() => scoreBand(Number.NaN)).toThrow(RangeError);
    expect(() => scoreBand(Infinity)).toThrow(RangeError);
    expect(() => scoreBand(1, 0)).toThrow(RangeError);
    expect(() => scoreBand(1, -1)).toThrow(RangeError);
  });
});
