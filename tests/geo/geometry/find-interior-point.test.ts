import { describe, expect, it } from 'vitest';
import { centerOfMass } from '@turf/turf';
import type { MultiPolygon, Polygon } from 'geojson';
import { findInteriorPoint } from '../../../geo/geometry/find-interior-point';
import { isPointInRings } from '../../../geo/geometry/is-point-in-rings';
import { meters } from '../../../geo/units/units';
import { expectGolden, listGoldenCases, readGoldenInput } from '../golden';

const NAME = 'find-interior-point';
const inside = (geometry: Polygon | MultiPolygon, point: readonly number[]): boolean =>
  (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates).some((rings) => isPointInRings(point, rings));

describe('findInteriorPoint', () => {
  it.each(listGoldenCases(NAME))('matches the golden point, which lies inside (%s)', (caseName) => {
    const geometry = readGoldenInput<Polygon | MultiPolygon>(NAME, caseName);
    const point = findInteriorPoint(geometry);
    expect(inside(geometry, point)).toBe(true);
    expectGolden(NAME, caseName, point);
  });

  it('is inside a U where the centroid is not', () => {
    const u = readGoldenInput<Polygon>(NAME, 'u-shape');
    expect(inside(u, centerOfMass(u).geometry.coordinates)).toBe(false);
    expect(inside(u, findInteriorPoint(u))).toBe(true);
  });

  it('finds the centre of a rectangle (hand check) and avoids a hole', () => {
    const [x, y] = findInteriorPoint({ type: 'Polygon', coordinates: [[[3.95, 50.85], [3.97, 50.85], [3.97, 50.86], [3.95, 50.86], [3.95, 50.85]]] }, meters(0.5));
    expect(x).toBeCloseTo(3.96, 3);
    expect(y).toBeCloseTo(50.855, 4);
    const holed = readGoldenInput<Polygon>(NAME, 'square-with-hole');
    expect(inside(holed, findInteriorPoint(holed))).toBe(true);
  });

  it('chooses the part with the deepest interior of a MultiPolygon', () => {
    const [x] = findInteriorPoint(readGoldenInput<MultiPolygon>(NAME, 'multipolygon-largest-part'));
    expect(x).toBeGreaterThan(3.96);
  });

  it('finds a point inside a strip narrower than the precision (searched again, finer)', () => {
    const height = 0.4 / 111_195; // 0.4 m of latitude
    const strip: Polygon = { type: 'Polygon', coordinates: [[[3.95, 50.85], [3.951, 50.85], [3.951, 50.85 + height], [3.95, 50.85 + height], [3.95, 50.85]]] };
    const [x, y] = findInteriorPoint(strip, meters(1));
    expect(inside(strip, [x, y])).toBe(true);
    expect(y).toBeCloseTo(50.85 + height / 2, 7);
  });

  it('rejects shapes without interior and bad precision', () => {
    const flat: Polygon = { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [2, 0], [0, 0]]] };
    expect(() => findInteriorPoint(flat)).toThrow(/no interior/);
    const diagonal: Polygon = { type: 'Polygon', coordinates: [[[3.95, 50.85], [3.96, 50.86], [3.97, 50.87], [3.95, 50.85]]] };
    expect(() => findInteriorPoint(diagonal)).toThrow(/no interior/);
    expect(() => findInteriorPoint(readGoldenInput<Polygon>(NAME, 'u-shape'), meters(0))).toThrow(RangeError);
  });
});
