import { describe, expect, it } from 'vitest';
import { guessCrsFromExtent } from '../../../geo/crs/guess-crs-from-extent';
import { CRS_DEFINITIONS, SUPPORTED_CRS, isSupportedCrs } from '../../../geo/crs/supported-crs';

describe('guessCrsFromExtent', () => {
  it('says lon/lat when every value is within ±180 / ±90', () => {
    expect(guessCrsFromExtent([3.1, 50.7, 3.4, 50.9])).toEqual({ kind: 'lon-lat' });
    expect(guessCrsFromExtent([-180, -90, 180, 90])).toEqual({ kind: 'lon-lat' });
  });

  it('proposes Lambert 72 for Kortrijk and for all of Flanders in Lambert 72', () => {
    expect(guessCrsFromExtent([62_000, 160_000, 80_000, 175_000])).toEqual({ kind: 'projected', proposal: 'EPSG:31370' });
    expect(guessCrsFromExtent([21_000, 153_000, 259_000, 245_000])).toEqual({ kind: 'projected', proposal: 'EPSG:31370' });
  });

  it('proposes Lambert 2008 and Web Mercator where those put Belgium, and nothing elsewhere', () => {
    expect(guessCrsFromExtent([571_874, 668_292, 572_595, 669_415])).toEqual({ kind: 'projected', proposal: 'EPSG:3812' });
    expect(guessCrsFromExtent([362_901, 6_589_515, 364_015, 6_591_278])).toEqual({ kind: 'projected', proposal: 'EPSG:3857' });
    expect(guessCrsFromExtent([1_000_000, 2_000_000, 1_100_000, 2_100_000])).toEqual({ kind: 'projected', proposal: null });
    // Straddling the two Lambert extents fits neither.
    expect(guessCrsFromExtent([200_000, 200_000, 600_000, 600_000])).toEqual({ kind: 'projected', proposal: null });
  });

  it('uses extents that do not overlap, so at most one system is proposed', () => {
    const projected = SUPPORTED_CRS.filter((c) => c !== 'EPSG:4326').map((c) => CRS_DEFINITIONS[c].belgianExtent);
    for (let i = 0; i < projected.length; i++) {
      for (let j = i + 1; j < projected.length; j++) {
        const [a, b] = [projected[i]!, projected[j]!];
        const overlap = a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
        expect(overlap).toBe(false);
      }
    }
  });

  it('checks its input', () => {
    expect(() => guessCrsFromExtent([0, 0, 1] as unknown as [number, number, number, number])).toThrow(TypeError);
    expect(() => guessCrsFromExtent([0, 0, NaN, 1])).toThrow(TypeError);
    expect(() => guessCrsFromExtent([5, 0, 1, 1])).toThrow(RangeError);
    expect(isSupportedCrs('EPSG:31370')).toBe(true);
    expect(isSupportedCrs('EPSG:31300')).toBe(false);
  });
});
