import { describe, expect, it } from 'vitest';
import { computeRate } from '../../../geo/indicators/compute-rate';

describe('computeRate', () => {
  it('computes per 1,000 by default and per any base', () => {
    expect(computeRate(25, 2000)).toBe(12.5);
    expect(computeRate(25, 2000, 100)).toBe(1.25);
  });
  it('gives null when it cannot be computed', () => {
    expect(computeRate(null, 10)).toBeNull();
    expect(computeRate(1, 0)).toBeNull();
    expect(computeRate(1, null)).toBeNull();
    expect(() => computeRate(1, 1, 0)).toThrow(RangeError);
  });
});
