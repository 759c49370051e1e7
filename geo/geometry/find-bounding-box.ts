import type { Geometry, Position } from 'geojson';

/** [west, south, east, north] in degrees. */
export type BoundingBox = readonly [west: number, south: number, east: number, north: number];

/**
 * The smallest longitude/latitude box around every position of a geometry (holes and all parts included;
 * no antimeridian handling, which areas of one municipality never need). Throws for a geometry without
 * positions.
 *
 * @example
 * findBoundingBox({ type: 'Polygon', coordinates: [[[3, 50], [4, 50], [4, 51], [3, 50]]] }); // [3, 50, 4, 51]
 */
export function findBoundingBox(geometry: Geometry): BoundingBox {
  if (!geometry || typeof geometry !== 'object' || typeof (geometry as { type?: unknown }).type !== 'string') throw new TypeError('geometry must be a GeoJSON geometry');
  let west = Infinity, south = Infinity, east = -Infinity, north = -Infinity;
  const visit = (p: Position) => {
    const [lon, lat] = p as [number, number];
    if (!Number.isFinite(lon) || !Number.isFinite(lat)) throw new RangeError(`geometry has a non-numeric position ${JSON.stringify(p)}`);
    if (lon < west) west = lon;
    if (lon > east) east = lon;
    if (lat < south) south = lat;
    if (lat > north) north = lat;
  };
  const walk = (g: Geometry) => {
    switch (g.type) {
      case 'Point': visit(g.coordinates); break;
      case 'MultiPoint':
      case 'LineString': g.coordinates.forEach(visit); break;
      case 'MultiLineString':
      case 'Polygon': g.coordinates.forEach((r) => r.forEach(visit)); break;
      case 'MultiPolygon': g.coordinates.forEach((p) => p.forEach((r) => r.forEach(visit))); break;
      case 'GeometryCollection': g.geometries.forEach(walk); break;
    }
  };
  walk(geometry);
  if (!Number.isFinite(west)) throw new RangeError('geometry has no positions');
  return [west, south, east, north];
}
