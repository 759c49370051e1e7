import { describe, expect, it } from 'vitest';
import { findBoundingBox } from '../../../geo/geometry/find-bounding-box';

describe('findBoundingBox', () => {
  it('spans every part and hole of a multipolygon', () => {
    expect(
      findBoundingBox({
        type: 'MultiPolygon',
        coordinates: [
          [[[3, 50], [3.5, 50], [3.5, 50.5], [3, 50]]],
          [[[3.6, 50.8], [3.9, 50.7], [3.7, 51], [3.6, 50.8]]],
        ],
      }),
    ).toEqual([3, 50, 3.9, 51]);
  });
  it('handles points, lines and collections', () => {
    expect(findBoundingBox({ type: 'Point', coordinates: [3, 50] })).toEqual([3, 50, 3, 50]);
    expect(findBoundingBox({ type: 'GeometryCollection', geometries: [{ type: 'LineString', coordinates: [[1, 2], [3, 4]] }, { type: 'Point', coordinates: [-1, 5] }] })).toEqual([-1, 2, 3, 5]);
  });
  it('refuses a geometry without positions or with bad ones', () => {
    expect(() => findBoundingBox({ type: 'Polygon', coordinates: [] })).toThrow(/no positions/);
    expect(() => findBoundingBox({ type: 'Point', coordinates: [Number.NaN, 1] })).toThrow(RangeError);
    expect(() => findBoundingBox(null as never)).toThrow(TypeError);
  });
});
