import { describe, expect, it } from 'vitest';
import { buildChoropleth } from '../../../geo/classification/build-choropleth';

const rows = [
  { code: 'a', name: 'A', count: 10, denominator: 1000 },
  { code: 'b', name: 'B', count: 3, denominator: 100 },
  { code: 'c', name: 'C', count: 50, denominator: 2000 },
  { code: 'd', name: 'D', count: null, denominator: 500 },
  { code: 'e', name: 'E', count: 0, denominator: 400 },
  { code: 'f', name: 'F', count: 40, denominator: 0 },
];

describe('buildChoropleth', () => {
  it('suppresses small sensitive counts and the rates derived from them, then classes the rest', () => {
    const c = buildChoropleth(rows, { sensitive: true, hasDenominator: true, classes: 2 });
    const byCode = Object.fromEntries(c.areas.map((a) => [a.code, a]));
    expect(byCode.b).toMatchObject({ count: null, rate: null, value: null, status: 'suppressed', classIndex: -1 });
    expect(byCode.a).toMatchObject({ count: 10, rate: 10, status: 'shown' });
    expect(byCode.c).toMatchObject({ rate: 25 });
    expect(byCode.e).toMatchObject({ count: 0, rate: 0, status: 'shown' });
    expect(byCode.d!.status).toBe('missing');
    expect(byCode.f!.status).toBe('missing'); // zero denominator: no rate
    expect(c.measure).toBe('rate');
    expect(c.limits).toEqual([0, 10, 25]);
    expect(c.classCounts).toEqual([1, 2]);
    expect(c.suppressedCount).toBe(1);
    expect(c.missingCount).toBe(2);
  });
  it('maps counts when there is no denominator and shows small counts of non-sensitive indicators', () => {
    const c = buildChoropleth(rows, { sensitive: false, hasDenominator: false, classes: 3 });
    expect(c.measure).toBe('count');
    expect(c.areas.find((a) => a.code === 'b')).toMatchObject({ value: 3, status: 'shown' });
    expect(c.classCounts.reduce((s, n) => s + n, 0)).toBe(5);
  });
  it('refuses an impossible number of classes', () => {
    expect(() => buildChoropleth(rows, { sensitive: false, hasDenominator: false, classes: 0 })).toThrow(RangeError);
  });
});

describe('buildChoropleth with values the source suppressed', () => {
  it('shows an area as suppressed when any of its parts was withheld, never as zero or a partial sum', () => {
    const c = buildChoropleth(
      [
        { code: 'a', name: 'A', count: 40, denominator: 1000, suppressedParts: 1 },
        { code: 'b', name: 'B', count: 40, denominator: 1000, suppressedParts: 0 },
      ],
      { sensitive: false, hasDenominator: true, classes: 2 },
    );
    expect(c.areas[0]).toMatchObject({ status: 'suppressed', count: null, rate: null, value: null, classIndex: -1 });
    expect(c.areas[1]).toMatchObject({ status: 'shown', rate: 40 });
  });
});

describe('buildChoropleth with a suppression plan', () => {
  it('hides what the plan hides (also a count above the threshold: secondary) and shows the rest', () => {
    const c = buildChoropleth(
      [
        { code: 'a', name: 'A', count: 3, denominator: 100, hidden: true },
        { code: 'b', name: 'B', count: 12, denominator: 100, hidden: true },
        { code: 'c', name: 'C', count: 30, denominator: 100, hidden: false },
      ],
      { sensitive: true, hasDenominator: true, classes: 2 },
    );
    expect(c.areas.map((a) => a.status)).toEqual(['suppressed', 'suppressed', 'shown']);
    expect(c.areas[1]).toMatchObject({ count: null, rate: null });
    expect(c.suppressedCount).toBe(2);
  });
});
