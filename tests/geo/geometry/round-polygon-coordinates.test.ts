import { describe, expect, it } from 'vitest';
import type { MultiPolygon, Polygon } from 'geojson';
import { roundPolygonCoordinates } from '../../../geo/geometry/round-polygon-coordinates';
import { expectGolden, listGoldenCases, readGoldenInput } from '../golden';

const NAME = 'round-polygon-coordinates';

describe('roundPolygonCoordinates', () => {
  it.each(listGoldenCases(NAME))('matches the golden output (%s)', (caseName) => {
    const input = readGoldenInput<{ decimals: number; geometry: Polygon | MultiPolygon }>(NAME, caseName);
    expectGolden(NAME, caseName, roundPolygonCoordinates(input.geometry, input.decimals));
  });

  it('rounds to 6 decimals, removes the duplicates rounding creates and keeps rings closed', () => {
    const input = readGoldenInput<{ geometry: Polygon }>(NAME, 'near-duplicates').geometry;
    const output = roundPolygonCoordinates(input) as Polygon;
    const ring = output.coordinates[0]!;
    expect(ring).toEqual([[3.95, 50.85], [3.961235, 50.85], [3.96, 50.861235], [3.95, 50.85]]);
  });

  it('drops collapsed holes and parts, and returns null when nothing is left', () => {
    const hole = readGoldenInput<{ decimals: number; geometry: Polygon }>(NAME, 'hole-collapses');
    expect((roundPolygonCoordinates(hole.geometry, hole.decimals) as Polygon).coordinates).toHaveLength(1);
    const multi = readGoldenInput<{ decimals: number; geometry: MultiPolygon }>(NAME, 'multipolygon-part-collapses');
    expect(roundPolygonCoordinates(multi.geometry, multi.decimals)?.type).toBe('Polygon');
    const tiny: Polygon = { type: 'Polygon', coordinates: [[[0, 0], [1e-9, 0], [1e-9, 1e-9], [0, 0]]] };
    expect(roundPolygonCoordinates(tiny)).toBeNull();
  });

  it('never writes -0', () => {
    const output = roundPolygonCoordinates({ type: 'Polygon', coordinates: [[[-1e-9, 0], [1, 0], [1, 1], [-1e-9, 0]]] }) as Polygon;
    expect(Object.is(output.coordinates[0]![0]![0], -0)).toBe(false);
  });

  it('rejects bad decimals', () => {
    const square: Polygon = { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 0]]] };
    expect(() => roundPolygonCoordinates(square, -1)).toThrow(RangeError);
    expect(() => roundPolygonCoordinates(square, 2.5)).toThrow(RangeError);
  });
});
