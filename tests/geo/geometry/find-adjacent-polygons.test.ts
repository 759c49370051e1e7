import { describe, expect, it } from 'vitest';
import type { FeatureCollection, Polygon } from 'geojson';
import { findAdjacentPolygons } from '../../../geo/geometry/find-adjacent-polygons';
import { expectGolden, listGoldenCases, readGoldenInput } from '../golden';

const NAME = 'find-adjacent-polygons';

describe('findAdjacentPolygons', () => {
  it.each(listGoldenCases(NAME))('matches the golden adjacency (%s)', (caseName) => {
    const fc = readGoldenInput<FeatureCollection<Polygon>>(NAME, caseName);
    expectGolden(NAME, caseName, findAdjacentPolygons(fc.features.map((f) => f.geometry)));
  });

  it('links the 3 × 3 grid by edges only (hand check: centre has 4, corners 2)', () => {
    const fc = readGoldenInput<FeatureCollection<Polygon>>(NAME, 'grid-3x3');
    const adjacency = findAdjacentPolygons(fc.features.map((f) => f.geometry));
    expect(adjacency[4]).toEqual([1, 3, 5, 7]);
    expect(adjacency[0]).toEqual([1, 3]);
    for (let i = 0; i < adjacency.length; i++) for (const j of adjacency[i]!) expect(adjacency[j]).toContain(i);
  });

  it('ignores corner contact and winding direction', () => {
    const fc = readGoldenInput<FeatureCollection<Polygon>>(NAME, 'corner-touch-and-reversed-edge');
    expect(findAdjacentPolygons(fc.features.map((f) => f.geometry))).toEqual([[2], [2], [0, 1]]);
  });

  it('rejects non-arrays and bad geometries', () => {
    expect(() => findAdjacentPolygons(null as unknown as Polygon[])).toThrow(TypeError);
    expect(() => findAdjacentPolygons([{ type: 'Point', coordinates: [0, 0] } as unknown as Polygon])).toThrow(TypeError);
  });
});
