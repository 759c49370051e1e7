import { booleanClockwise } from '@turf/turf';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { orientRingsRfc7946 } from '../../../geo/repair/orient-rings-rfc7946';
import { expectGolden, listGoldenCases, readGoldenInput } from '../golden';

const NAME = 'orient-rings-rfc7946';
const ccw = [[0, 0], [4, 0], [4, 4], [0, 4], [0, 0]];
const cw = [...ccw].reverse();
const holeCw = [[1, 1], [1, 2], [2, 2], [2, 1], [1, 1]];
const holeCcw = [...holeCw].reverse();

const polygonsOf = (geometry: Polygon | MultiPolygon): Position[][][] => (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates);

describe('orientRingsRfc7946', () => {
  it.each(listGoldenCases(NAME))('matches the golden output, in the winding @turf/boolean-clockwise expects (%s)', (caseName) => {
    const result = orientRingsRfc7946(polygonsOf(readGoldenInput<Polygon | MultiPolygon>(NAME, caseName)));
    for (const rings of result.polygons) rings.forEach((ring, index) => expect(booleanClockwise(ring)).toBe(index > 0));
    expectGolden(NAME, caseName, result);
  });

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

  it('reverses a clockwise square of a Polygon, keeping the closing position', () => {
    const polygon: Polygon = { type: 'Polygon', coordinates: [[[0, 0], [0, 1], [1, 1], [1, 0], [0, 0]]] };
    expect(orientRingsRfc7946([polygon.coordinates]).polygons[0]).toEqual([[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]]);
  });

  it('is idempotent', () => {
    const once = orientRingsRfc7946(polygonsOf(readGoldenInput<MultiPolygon>(NAME, 'multipolygon-mixed')));
    const twice = orientRingsRfc7946(once.polygons);
    expect(twice.polygons).toEqual(once.polygons);
    expect(twice.reversed).toEqual([]);
  });

  it('leaves a ring of zero area alone', () => {
    const flat = [[0, 0], [1, 0], [2, 0], [0, 0]];
    expect(orientRingsRfc7946([[flat]])).toEqual({ polygons: [[flat]], reversed: [] });
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
    expect(() => orientRingsRfc7946([[[[0, 0], [1, 0], [1, 1], [0, 1]]]])).toThrow(/not closed/);
    expect(() => orientRingsRfc7946([[[[0, 0], [1, 0], [1, 'x'], [0, 0]]]] as unknown as number[][][][])).toThrow(TypeError);
    expect(() => orientRingsRfc7946({ type: 'Point', coordinates: [0, 0] } as unknown as number[][][][])).toThrow(TypeError);
  });
});
