import { describe, expect, it } from 'vitest';
import { checkPolygonGeometry } from '../../../geo/geometry/check-polygon-geometry';

const ring = [[0, 0], [1, 0], [1, 1], [0, 0]];

describe('checkPolygonGeometry', () => {
  it('accepts polygons and multipolygons', () => {
    expect(checkPolygonGeometry({ type: 'Polygon', coordinates: [ring] }, 'g').type).toBe('Polygon');
    expect(checkPolygonGeometry({ type: 'MultiPolygon', coordinates: [[ring], [ring]] }, 'g').type).toBe('MultiPolygon');
  });

  it('rejects other types, empty, short, open and non-numeric rings', () => {
    expect(() => checkPolygonGeometry(null, 'g')).toThrow(TypeError);
    expect(() => checkPolygonGeometry({ type: 'LineString', coordinates: ring }, 'g')).toThrow(/LineString/);
    expect(() => checkPolygonGeometry({ type: 'Polygon', coordinates: [] }, 'g')).toThrow(/no rings/);
    expect(() => checkPolygonGeometry({ type: 'Polygon', coordinates: [ring.slice(1)] }, 'g')).toThrow(/4 positions/);
    expect(() => checkPolygonGeometry({ type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 1]]] }, 'g')).toThrow(/not closed/);
    expect(() => checkPolygonGeometry({ type: 'Polygon', coordinates: [[[0, 0], [1, 'a'], [1, 1], [0, 0]]] }, 'g')).toThrow(/invalid position/);
  });
});
