import { describe, expect, it } from 'vitest';
import { findTouchingRegions } from '../../../geo/colouring/find-touching-regions';
import { findAdjacentPolygons } from '../../../geo/geometry/find-adjacent-polygons';
import type { Polygon } from 'geojson';

const square = (x: number, y: number): Polygon => ({ type: 'Polygon', coordinates: [[[x, y], [x + 1, y], [x + 1, y + 1], [x, y + 1], [x, y]]] });

describe('findTouchingRegions', () => {
  it('joins areas into regions: regions touch where their areas share a border, not at a corner', () => {
    // A 3×1 row and one square on the diagonal of the last: teams a a b, and c touching b at a corner only.
    const areas = [square(0, 0), square(1, 0), square(2, 0), square(3, 1)];
    const touching = findTouchingRegions(['a', 'a', 'b', 'c'], findAdjacentPolygons(areas));
    expect(touching).toEqual(new Map([['a', ['b']], ['b', ['a']], ['c', []]]));
  });
  it('leaves out areas of no region', () => {
    expect(findTouchingRegions(['a', null, 'b'], [[1], [0, 2], [1]])).toEqual(new Map([['a', []], ['b', []]]));
  });
  it('checks its inputs', () => {
    expect(() => findTouchingRegions(['a'], [])).toThrow(RangeError);
    expect(() => findTouchingRegions(['a', 'b'], [[5], []])).toThrow(RangeError);
    expect(() => findTouchingRegions([3 as unknown as string], [[]])).toThrow(TypeError);
  });
});
