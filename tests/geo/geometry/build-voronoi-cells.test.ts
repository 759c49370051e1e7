import { describe, expect, it } from 'vitest';
import { booleanClockwise, kinks } from '@turf/turf';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { buildVoronoiCells } from '../../../geo/geometry/build-voronoi-cells';
import { createBlobPolygon } from '../../../geo/synthesis/create-blob-polygon';
import { createSeededRandom } from '../../../geo/synthesis/create-seeded-random';
import { findAdjacentPolygons } from '../../../geo/geometry/find-adjacent-polygons';
import { isPointInRings } from '../../../geo/geometry/is-point-in-rings';
import { measureArea } from '../../../geo/measure/measure-area';
import { roundPolygonCoordinates } from '../../../geo/geometry/round-polygon-coordinates';
import { sampleSpacedPoints } from '../../../geo/synthesis/sample-spaced-points';
import { meters, type LonLat } from '../../../geo/units/units';
import { expectGolden, listGoldenCases, readGoldenInput } from '../golden';

const NAME = 'build-voronoi-cells';
const total = (cells: (Polygon | MultiPolygon | null)[]): number => cells.reduce((s, c) => s + (c === null ? 0 : measureArea(c)), 0);

describe('buildVoronoiCells', () => {
  it.each(listGoldenCases(NAME))('matches the golden cells, which tile the clip polygon (%s)', (caseName) => {
    const input = readGoldenInput<{ points: LonLat[]; clipTo: Polygon }>(NAME, caseName);
    const cells = buildVoronoiCells(input.points, input.clipTo);
    expect(cells).toHaveLength(input.points.length);
    expect(total(cells) / measureArea(input.clipTo)).toBeCloseTo(1, 6);
    expectGolden(NAME, caseName, cells);
  });

  it('puts every point in its own cell', () => {
    const input = readGoldenInput<{ points: LonLat[]; clipTo: Polygon }>(NAME, 'five-points-in-square');
    buildVoronoiCells(input.points, input.clipTo).forEach((cell, i) => {
      expect(cell?.type).toBe('Polygon');
      expect(isPointInRings(input.points[i]!, (cell as Polygon).coordinates)).toBe(true);
    });
  });

  it('returns a MultiPolygon when a concave outline cuts a cell in two', () => {
    const input = readGoldenInput<{ points: LonLat[]; clipTo: Polygon }>(NAME, 'concave-clip-splits-cell');
    const types = buildVoronoiCells(input.points, input.clipTo).map((c) => c?.type);
    expect(types).toContain('MultiPolygon');
  });

  it('tiles an organic outline exactly: valid cells, shared borders, areas adding up', () => {
    const outline = createBlobPolygon({ center: [3.95, 50.85], radiusXMeters: meters(3000), radiusYMeters: meters(2500), random: createSeededRandom(3) });
    const points = sampleSpacedPoints({ polygon: outline, count: 80, densityAt: () => 1, random: createSeededRandom(4) });
    const cells = buildVoronoiCells(points, outline).map((c) => roundPolygonCoordinates(c as Polygon | MultiPolygon, 6) as Polygon);
    expect(total(cells) / measureArea(outline)).toBeCloseTo(1, 5);
    for (const cell of cells) {
      expect(booleanClockwise(cell.coordinates[0] as Position[])).toBe(false);
      expect(kinks(cell).features).toHaveLength(0);
    }
    const adjacency = findAdjacentPolygons(cells);
    expect(adjacency.every((n) => n.length >= 2)).toBe(true);
  });

  it('rejects duplicate points and bad input', () => {
    const input = readGoldenInput<{ points: LonLat[]; clipTo: Polygon }>(NAME, 'five-points-in-square');
    expect(() => buildVoronoiCells([input.points[0]!, input.points[0]!], input.clipTo)).toThrow(/duplicate/);
    expect(() => buildVoronoiCells([], input.clipTo)).toThrow(TypeError);
    expect(() => buildVoronoiCells([[0, 100]], input.clipTo)).toThrow(RangeError);
  });
});
