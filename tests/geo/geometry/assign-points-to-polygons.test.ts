import type { FeatureCollection, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { assignPointsToPolygons } from '../../../geo/geometry/assign-points-to-polygons';

const square = (code: string, x: number): FeatureCollection<Polygon, { code: string }>['features'][number] => ({
  type: 'Feature',
  properties: { code },
  geometry: { type: 'Polygon', coordinates: [[[x, 0], [x + 1, 0], [x + 1, 1], [x, 1], [x, 0]]] },
});

describe('assignPointsToPolygons', () => {
  const polygons: FeatureCollection<Polygon, { code: string }> = { type: 'FeatureCollection', features: [square('A', 0), square('B', 1)] };
  it('assigns each point to the polygon containing it and leaves outside points out', () => {
    const result = assignPointsToPolygons(
      [{ id: 'p1', position: [0.5, 0.5] }, { id: 'p2', position: [1.5, 0.2] }, { id: 'p3', position: [5, 5] }],
      polygons,
      (f) => f.properties.code,
    );
    expect(Object.fromEntries(result)).toEqual({ p1: 'A', p2: 'B' });
  });
  it('refuses points without a finite position', () => {
    expect(() => assignPointsToPolygons([{ id: 'x', position: [Number.NaN, 0] }], polygons, (f) => f.properties.code)).toThrow(/finite/);
  });
});
