import type { MultiPolygon, Polygon } from 'geojson';
import { area } from '@turf/turf';
import { checkPolygonGeometry } from '../geometry/check-polygon-geometry';
import { squareKm, type SquareKm } from '../units/units';

/**
 * Area of a WGS84 Polygon or MultiPolygon on the sphere (Turf's spherical excess formula, R = 6,371,008.8 m),
 * in square kilometres. Holes are subtracted.
 *
 * @example
 * // a 0.01° × 0.01° square at 50.85° N
 * measureArea({ type: 'Polygon', coordinates: [[[3.95, 50.85], [3.96, 50.85], [3.96, 50.86], [3.95, 50.86], [3.95, 50.85]]] });
 * // ≈ 0.7805 km²
 */
export function measureArea(geometry: Polygon | MultiPolygon): SquareKm {
  checkPolygonGeometry(geometry, 'geometry');
  return squareKm(area(geometry) / 1_000_000);
}
