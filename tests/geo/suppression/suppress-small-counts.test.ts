import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { suppressSmallCount } from '../../../geo/suppression/suppress-small-counts';

describe('suppressSmallCount', () => {
  it('hides 1–4 of a sensitive indicator, shows 0 and 5+', () => {
    expect([0, 1, 2, 3, 4, 5].map((n) => suppressSmallCount(n, { sensitive: true }).status)).toEqual(['shown', 'suppressed', 'suppressed', 'suppressed', 'suppressed', 'shown']);
  });
  it('passes non-sensitive counts and marks missing ones', () => {
    expect(suppressSmallCount(2, { sensitive: false })).toEqual({ value: 2, status: 'shown' });
    expect(suppressSmallCount(null, { sensitive: true })).toEqual({ value: null, status: 'missing' });
  });
  it('honours the threshold', () => {
    expect(suppressSmallCount(9, { sensitive: true, threshold: 9 }).status).toBe('suppressed');
    expect(() => suppressSmallCount(1, { sensitive: true, threshold: -1 })).toThrow(RangeError);
  });
  it('never returns a value between 1 and the threshold for a sensitive count', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 20 }), (count, threshold) => {
        const { value } = suppressSmallCount(count, { sensitive: true, threshold });
        return value === null || value === 0 || value > threshold;
      }),
    );
  });
});
