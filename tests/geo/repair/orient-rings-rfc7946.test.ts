import { describe, expect, it } from 'vitest';
import { orientRingsRfc7946 } from '../../../geo/repair/orient-rings-rfc7946';
import { rewindPolygon } from '../../../geo/repair/rewind-polygon';
import type { MultiPolygon } from 'geojson';

const ccw = [[0, 0], [4, 0], [4, 4], [0, 4], [0, 0]];
const cw = [...ccw].reverse();
const holeCw = [[1, 1], [1, 2], [2, 2], [2, 1], [1, 1]];
const holeCcw = [...holeCw].reverse();

describe('orientRingsRfc7946', () => {
  it('reports nothing for rings already in RFC 7946 winding and returns them as they are', () => {
    const polygons = [[ccw, holeCw]];
    const result = orientRingsRfc7946(polygons);
    expect(result.reversed).toEqual([]);
    expect(result.polygons[0]![0]).toBe(ccw);
  });

  it('reverses clockwise exteriors and counter-clockwise holes, counting rings polygon by polygon', () => {
    const result = orientRingsRfc7946([[ccw, holeCcw], [cw]]);
    expect(result.reversed).toEqual([1, 2]);
    expect(result.polygons).toEqual([[ccw, holeCw], [ccw]]);
  });

  it('agrees with rewindPolygon', () => {
    const geometry: MultiPolygon = { type: 'MultiPolygon', coordinates: [[cw, holeCcw], [ccw]] };
    expect(orientRingsRfc7946(geometry.coordinates).polygons).toEqual(rewindPolygon(geometry).coordinates);
  });

  it('does not modify its input', () => {
    const polygons = [[cw]];
    const copy = structuredClone(polygons);
    orientRingsRfc7946(polygons);
    expect(polygons).toEqual(copy);
  });

  it('checks its input', () => {
    expect(() => orientRingsRfc7946([[]])).toThrow(/non-empty/);
    expect(() => orientRingsRfc7946([[[[0, 0], [1, 0], [0, 0]]]])).toThrow(/4 positions/);
    expect(() => orientRingsRfc7946([[[[0, 0], [1, 0], [1, 'x'], [0, 0]]]] as unknown as number[][][][])).toThrow(TypeError);
  });
});
