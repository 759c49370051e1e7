import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexPointsInGrid } from '../../../geo/spatial-index/index-points-in-grid';
import { measureDistance } from '../../../geo/measure/measure-distance';
import { meters, type LonLat } from '../../../geo/units/units';

const kortrijkish = fc.tuple(fc.double({ min: 3.1, max: 3.4, noNaN: true }), fc.double({ min: 50.7, max: 50.9, noNaN: true })) as fc.Arbitrary<LonLat>;

describe('indexPointsInGrid distanceTo', () => {
  it('gives the very numbers within and nearest give, close to measureDistance (property)', () => {
    fc.assert(
      fc.property(fc.array(kortrijkish, { minLength: 1, maxLength: 40 }), kortrijkish, (points, query) => {
        const grid = indexPointsInGrid(points, meters(800));
        for (const w of grid.within(query, meters(100_000))) expect(grid.distanceTo(query, w.index)).toBe(w.distance);
        const near = grid.nearest(query)!;
        expect(grid.distanceTo(query, near.index)).toBe(near.distance);
        points.forEach((p, i) => expect(grid.distanceTo(query, i)).toBeCloseTo(measureDistance(query, p), 6));
      }),
    );
  });

  it('rejects an index that is not a point', () => {
    const grid = indexPointsInGrid([[3.26, 50.82]], meters(800));
    expect(() => grid.distanceTo([3.27, 50.82], 1)).toThrow(/index must be a point index/);
    expect(() => grid.distanceTo([3.27, 50.82], 0.5)).toThrow(RangeError);
  });
});
