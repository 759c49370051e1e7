import type { MultiPolygon, Polygon, Position } from 'geojson';
import { checkPolygonGeometry } from '../geometry/check-polygon-geometry';

/**
 * Returns a copy of a Polygon or MultiPolygon with RFC 7946 winding: every exterior ring
 * counter-clockwise, every hole clockwise (orientation by the sign of the planar shoelace area in
 * lon/lat, which is what GeoJSON consumers such as `@turf/boolean-clockwise` test). Rings that already wind
 * the right way are copied unchanged; others are reversed (the closing position stays equal to the first).
 *
 * @example
 * const clockwise: Polygon = { type: 'Polygon', coordinates: [[[0, 0], [0, 1], [1, 1], [1, 0], [0, 0]]] };
 * rewindPolygon(clockwise).coordinates[0]; // [[0,0],[1,0],[1,1],[0,1],[0,0]]
 */
export function rewindPolygon<G extends Polygon | MultiPolygon>(geometry: G): G {
  checkPolygonGeometry(geometry, 'geometry');
  if (geometry.type === 'Polygon') {
    return { ...geometry, coordinates: rewindRings(geometry.coordinates) };
  }
  return { ...geometry, coordinates: (geometry as MultiPolygon).coordinates.map(rewindRings) };
}

function rewindRings(rings: Position[][]): Position[][] {
  return rings.map((ring, index) => {
    const counterClockwise = signedArea(ring) > 0;
    const wanted = index === 0;
    const copy = ring.map((position) => position.slice());
    return counterClockwise === wanted ? copy : copy.reverse();
  });
}

/** Twice the signed planar area; positive for counter-clockwise rings. */
function signedArea(ring: Position[]): number {
  let sum = 0;
  for (let i = 0; i < ring.length - 1; i++) {
    const a = ring[i] as Position;
    const b = ring[i + 1] as Position;
    sum += (a[0] as number) * (b[1] as number) - (b[0] as number) * (a[1] as number);
  }
  return sum;
}
