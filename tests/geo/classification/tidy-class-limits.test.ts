import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classOf } from '../../../geo/classification/classify-quantiles';
import { classifyValues, type ClassMethod } from '../../../geo/classification/classify-values';
import { describeClassRanges, tidyClassLimits } from '../../../geo/classification/tidy-class-limits';

const countsOf = (values: readonly number[], limits: readonly number[]) => {
  const counts = new Array<number>(Math.max(limits.length - 1, 0)).fill(0);
  for (const v of values) counts[classOf(v, limits)]!++;
  return counts;
};

describe('tidyClassLimits', () => {
  it('merges classes that hold no value', () => {
    expect(tidyClassLimits([0, 100], [0, 25, 50, 75, 100])).toEqual([0, 25, 100]);
    expect(tidyClassLimits([0, 1, 2, 100], [0, 1, 2, 3, 40, 100])).toEqual([0, 1, 2, 3, 100]);
  });
  it('makes limits apart by float noise one limit', () => {
    expect(tidyClassLimits([64.4, 64.40000000001, 70], [64.4, 64.40000000001, 70])).toEqual([64.4, 70]);
  });
  it('keeps empty classes when asked (equal steps)', () => {
    expect(tidyClassLimits([0, 1, 2, 10], [0, 2.5, 5, 7.5, 10], { keepEmpty: true })).toEqual([0, 2.5, 5, 7.5, 10]);
  });
  it('keeps a last class of one value, and all-equal limits', () => {
    expect(tidyClassLimits([1, 2, 3, 10, 11, 12, 30], [1, 10, 30, 30])).toEqual([1, 10, 30, 30]);
    expect(tidyClassLimits([4, 4], [4, 4])).toEqual([4, 4]);
    expect(tidyClassLimits([], [])).toEqual([]);
  });
  it('checks its inputs', () => {
    expect(() => tidyClassLimits([1], [3, 1, 2])).toThrow(RangeError);
    expect(() => tidyClassLimits(null as unknown as number[], [1, 2])).toThrow(TypeError);
  });
});

describe('describeClassRanges', () => {
  it('marks a class of one value as single', () => {
    expect(describeClassRanges([1, 10, 30, 30])).toEqual([
      { low: 1, high: 10, single: false },
      { low: 10, high: 30, single: false },
      { low: 30, high: 30, single: true },
    ]);
    expect(describeClassRanges([64.4, 64.4])).toEqual([{ low: 64.4, high: 64.4, single: true }]);
    expect(describeClassRanges([])).toEqual([]);
  });
});

describe('classifyValues gives legends without degenerate classes', () => {
  it('regression: a class "64,4 – 64,4" — natural breaks isolating the maximum give one single-value class, the only equal pair', () => {
    const values = [55.1, 56.3, 57.9, 58.2, 60.0, 61.5, 64.4];
    const limits = classifyValues(values, { method: 'natural-breaks', classes: 5 });
    const ranges = describeClassRanges(limits);
    expect(ranges.at(-1)).toEqual({ low: 64.4, high: 64.4, single: true });
    expect(ranges.slice(0, -1).every((r) => !r.single && r.low < r.high)).toBe(true);
  });
  it('regression: empty legend classes when there are fewer distinct values than classes (quantiles over two values)', () => {
    const values = [0, 0, 0, 100, 100];
    for (const method of ['quantile', 'equal-interval', 'natural-breaks'] as const) {
      const limits = classifyValues(values, { method, classes: 5 });
      expect(countsOf(values, limits).every((n) => n > 0)).toBe(true);
      expect(limits.length - 1).toBeLessThanOrEqual(2);
    }
  });
  it('never gives a class of 0 values when there are fewer distinct values than classes, nor ever by quantiles or natural breaks', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -50, max: 50 }).map((v) => v / 4), { minLength: 1, maxLength: 40 }),
        fc.constantFrom<ClassMethod>('quantile', 'equal-interval', 'natural-breaks'),
        fc.integer({ min: 2, max: 9 }),
        (values, method, classes) => {
          const limits = classifyValues(values, { method, classes });
          const counts = countsOf(values, limits);
          const distinct = new Set(values).size;
          if (method !== 'equal-interval' || distinct < classes) expect(counts.every((n) => n > 0)).toBe(true);
          expect(counts.length).toBeLessThanOrEqual(Math.max(distinct, 1));
          // Equal limits only as a class of one value: the last one, or all values equal.
          describeClassRanges(limits).forEach((r, i, all) => {
            if (r.single) expect(i === all.length - 1).toBe(true);
          });
        },
      ),
    );
  });
});
