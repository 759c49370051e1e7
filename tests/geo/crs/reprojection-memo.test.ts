import { describe, expect, it } from 'vitest';
import { ReprojectionMemo } from '../../../geo/crs/reprojection-memo';

describe('ReprojectionMemo', () => {
  it('finds what was set by the exact coordinates, and nothing else', () => {
    const memo = new ReprojectionMemo();
    memo.set(72000, 170000, 3.261434, 50.835189);
    expect(memo.get(72000, 170000)).toEqual([3.261434, 50.835189]);
    expect(memo.get(72000, 170000.00000000003)).toBeUndefined();
    expect(memo.get(170000, 72000)).toBeUndefined();
    expect(memo.size).toBe(1);
  });

  it('tells 0 from -0 and gives a new array each time', () => {
    const memo = new ReprojectionMemo();
    memo.set(0, 5, 1, 2);
    expect(memo.get(-0, 5)).toBeUndefined();
    memo.set(-0, 5, 3, 4);
    expect(memo.get(0, 5)).toEqual([1, 2]);
    expect(memo.get(-0, 5)).toEqual([3, 4]);
    expect(memo.get(0, 5)).not.toBe(memo.get(0, 5));
  });

  it('keeps every entry while it grows, and a second set of a key replaces its value', () => {
    const memo = new ReprojectionMemo();
    const n = 20_000;
    for (let i = 0; i < n; i++) memo.set(100_000 + i * 0.5, 200_000 - i * 0.25, i, -i);
    memo.set(100_000, 200_000, 7, 8);
    expect(memo.size).toBe(n);
    for (let i = 1; i < n; i++) expect(memo.get(100_000 + i * 0.5, 200_000 - i * 0.25)).toEqual([i, -i]);
    expect(memo.get(100_000, 200_000)).toEqual([7, 8]);
  });
});
