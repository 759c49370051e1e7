import type { MultiPolygon, Polygon, Position } from 'geojson';

/**
 * Throws unless `value` is a GeoJSON Polygon or MultiPolygon whose rings are arrays of at least four
 * finite `[x, y]` positions with the first equal to the last. Returns the value typed, so it can guard
 * inputs in one line. `what` names the argument in the error message.
 *
 * @example
 * checkPolygonGeometry({ type: 'Polygon', coordinates: [[[0, 0], [1, 0], [0, 1], [0, 0]]] }, 'cell'); // ok
 * checkPolygonGeometry({ type: 'Point', coordinates: [0, 0] }, 'cell'); // throws TypeError
 */
export function checkPolygonGeometry(value: unknown, what: string): Polygon | MultiPolygon {
  const geometry = value as Partial<Polygon | MultiPolygon> | null;
  if (geometry == null || typeof geometry !== 'object' || !Array.isArray(geometry.coordinates)) {
    throw new TypeError(`${what} must be a Polygon or MultiPolygon geometry`);
  }
  const polygons: unknown[] =
    geometry.type === 'Polygon'
      ? [geometry.coordinates]
      : geometry.type === 'MultiPolygon'
        ? geometry.coordinates
        : (() => {
            throw new TypeError(`${what} must be a Polygon or MultiPolygon, got ${String(geometry.type)}`);
          })();
  polygons.forEach((rings, p) => {
    if (!Array.isArray(rings) || rings.length === 0) throw new TypeError(`${what}: polygon ${p} has no rings`);
    rings.forEach((ring: unknown, r) => checkRing(ring, `${what}: polygon ${p} ring ${r}`));
  });
  return geometry as Polygon | MultiPolygon;
}

function checkRing(ring: unknown, where: string): void {
  if (!Array.isArray(ring) || ring.length < 4) throw new TypeError(`${where} must have at least 4 positions`);
  for (const position of ring as unknown[]) {
    if (!Array.isArray(position) || position.length < 2 || !position.slice(0, 2).every((v) => typeof v === 'number' && Number.isFinite(v))) {
      throw new TypeError(`${where} has an invalid position ${JSON.stringify(position)}`);
    }
  }
  const first = ring[0] as Position;
  const last = ring[ring.length - 1] as Position;
  if (first[0] !== last[0] || first[1] !== last[1]) throw new TypeError(`${where} is not closed`);
}
