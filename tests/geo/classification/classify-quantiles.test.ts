import { describe, expect, it } from 'vitest';
import { classOf, classifyQuantiles } from '../../../geo/classification/classify-quantiles';

describe('classifyQuantiles', () => {
  it('matches type-7 quantiles computed by hand (R: quantile(1:10, c(.25,.5,.75)))', () => {
    // R gives 3.25, 5.5, 7.75 for 1:10.
    expect(classifyQuantiles([10, 9, 8, 7, 6, 5, 4, 3, 2, 1], 4)).toEqual([1, 3.25, 5.5, 7.75, 10]);
  });
  it('keeps ties together and returns fewer classes for few distinct values', () => {
    const limits = classifyQuantiles([1, 1, 1, 1, 2], 5);
    expect(limits.length).toBeLessThan(6);
    expect(classOf(1, limits)).toBe(0);
    expect(classOf(2, limits)).toBe(limits.length - 2);
    expect(limits.length).toBe(3); // two classes: the four 1s, and the 2
    expect(classifyQuantiles([3, 3, 3], 4)).toEqual([3, 3]);
  });
  it('ignores non-finite values and returns [] for none', () => {
    expect(classifyQuantiles([Number.NaN, Infinity], 3)).toEqual([]);
    expect(classifyQuantiles([1, Number.NaN, 3], 2)).toEqual([1, 2, 3]);
  });
  it('refuses a bad class count', () => {
    expect(() => classifyQuantiles([1, 2], 0)).toThrow(RangeError);
    expect(() => classifyQuantiles([1, 2], 2.5)).toThrow(RangeError);
  });
});

describe('classOf', () => {
  const limits = [1, 3.25, 5.5, 7.75, 10];
  it('puts each value in its half-open class, the maximum in the last', () => {
    expect([1, 3.24, 3.25, 5.5, 9.9, 10].map((v) => classOf(v, limits))).toEqual([0, 0, 1, 2, 3, 3]);
  });
  it('returns -1 without a value', () => {
    expect(classOf(Number.NaN, limits)).toBe(-1);
    expect(classOf(4, [])).toBe(-1);
  });
});
