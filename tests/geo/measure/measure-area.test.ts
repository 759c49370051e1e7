import { describe, expect, it } from 'vitest';
import type { MultiPolygon, Polygon } from 'geojson';
import { measureArea } from '../../../geo/measure/measure-area';
import { EARTH_RADIUS_METERS } from '../../../geo/measure/measure-distance';
import { expectGolden, listGoldenCases, readGoldenInput } from '../golden';

const NAME = 'measure-area';

describe('measureArea', () => {
  it.each(listGoldenCases(NAME))('matches the golden area (%s)', (caseName) => {
    expectGolden(NAME, caseName, { squareKm: measureArea(readGoldenInput<Polygon | MultiPolygon>(NAME, caseName)) });
  });

  it('matches the spherical formula for a lon/lat rectangle (hand computation)', () => {
    // A = R² · Δλ · (sin φ2 − sin φ1)
    const rad = Math.PI / 180;
    const expected = (EARTH_RADIUS_METERS ** 2 * 0.01 * rad * (Math.sin(50.86 * rad) - Math.sin(50.85 * rad))) / 1e6;
    const square = readGoldenInput<Polygon>(NAME, 'square-0.01-degree');
    expect(measureArea(square)).toBeCloseTo(expected, 4);
    expect(expected).toBeCloseTo(0.7805, 3);
  });

  it('subtracts holes and adds parts', () => {
    const square = measureArea(readGoldenInput<Polygon>(NAME, 'square-0.01-degree'));
    expect(measureArea(readGoldenInput<MultiPolygon>(NAME, 'multipolygon'))).toBeCloseTo(2 * square, 3);
    const holed = measureArea(readGoldenInput<Polygon>(NAME, 'square-with-hole'));
    expect(holed).toBeGreaterThan(2.9 * square);
    expect(holed).toBeLessThan(3.1 * square);
  });

  it('rejects non-polygons', () => {
    expect(() => measureArea({ type: 'LineString', coordinates: [] } as unknown as Polygon)).toThrow(TypeError);
  });
});
