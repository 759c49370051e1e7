import type { MultiPolygon, Polygon, Position } from 'geojson';
import polylabel from 'polylabel';
import { checkPolygonGeometry } from './check-polygon-geometry';
import { createLocalProjection } from '../crs/create-local-projection';
import { meters, type LonLat, type Meters } from '../units/units';

/** How many times the search is re-run with a finer precision for a part narrower than `precision`. */
const FINER_ATTEMPTS = 4;
/** Each re-run divides the precision by this. */
const FINER_FACTOR = 16;

/** An exterior whose area is this small a fraction of its bounding box counts as having no interior. */
const ZERO_AREA_RELATIVE = 1e-9;

/**
 * A point guaranteed to lie inside a Polygon or MultiPolygon, as far from its edges as possible: the pole of
 * inaccessibility, found with the `polylabel` quadtree search (Agafonkin 2016). Unlike the centroid it is
 * never outside a concave or holed shape, and unlike `@turf/point-on-feature` it sits in the middle of the
 * shape, which is where a label or a symbolic service location belongs.
 *
 * polylabel works in the plane, with distances and `precision` in the units of the coordinates; degrees of
 * longitude are ~36 % shorter than degrees of latitude in Belgium, so each part is first put in a local
 * equirectangular plane in metres (centred on the part) and the search stops when no cell can beat the best
 * point by more than `precision` metres. A part narrower than that (polylabel then answers a point on the
 * boundary) is searched again with a finer precision. For a MultiPolygon the point of the part with the
 * deepest interior (the largest distance to its own boundary, in metres) is returned. Throws for a shape
 * without interior (zero area).
 *
 * @example
 * findInteriorPoint({ type: 'Polygon', coordinates: [[[0, 0], [2, 0], [2, 1], [0, 1], [0, 0]]] });
 * // ≈ [1, 0.5]
 */
export function findInteriorPoint(geometry: Polygon | MultiPolygon, precision: Meters = meters(1)): LonLat {
  checkPolygonGeometry(geometry, 'geometry');
  if (!Number.isFinite(precision) || precision <= 0) throw new RangeError(`precision must be a positive number of metres, got ${precision}`);
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let best: { point: LonLat; distance: number } | null = null;
  for (const rings of polygons) {
    const found = findPartPole(rings, precision);
    if (found !== null && (best === null || found.distance > best.distance)) best = found;
  }
  if (best === null) throw new RangeError('geometry has no interior (zero area)');
  return best.point;
}

/** The pole of one polygon (exterior plus holes) and its distance in metres to the boundary; null without interior. */
function findPartPole(rings: Position[][], precision: number): { point: LonLat; distance: number } | null {
  const exterior = rings[0] as Position[];
  let minLon = Infinity;
  let minLat = Infinity;
  let maxLon = -Infinity;
  let maxLat = -Infinity;
  for (const p of exterior) {
    const lon = p[0] as number;
    const lat = p[1] as number;
    if (lon < minLon) minLon = lon;
    if (lon > maxLon) maxLon = lon;
    if (lat < minLat) minLat = lat;
    if (lat > maxLat) maxLat = lat;
  }
  const projection = createLocalProjection([(minLon + maxLon) / 2, (minLat + maxLat) / 2]);
  const plane = rings.map((ring) =>
    ring.map((p): [number, number] => {
      const [x, y] = projection.toPlane([p[0] as number, p[1] as number]);
      return [x, y];
    }),
  );
  const [x0, y0] = projection.toPlane([minLon, minLat]);
  const [x1, y1] = projection.toPlane([maxLon, maxLat]);
  const narrowSide = Math.min(x1 - x0, y1 - y0);
  if (!(narrowSide > 0) || Math.abs(twiceArea(plane[0]!)) <= ZERO_AREA_RELATIVE * (x1 - x0) * (y1 - y0)) return null;
  // polylabel gives up at once (answering a corner) when the narrow side is not wider than the precision.
  let step = narrowSide > precision ? precision : narrowSide / FINER_FACTOR;
  for (let attempt = 0; attempt <= FINER_ATTEMPTS; attempt++, step /= FINER_FACTOR) {
    const pole = polylabel(plane, step);
    if (pole.distance > 0) return { point: projection.toLonLat(pole), distance: pole.distance };
  }
  return null;
}

/** Twice the signed shoelace area of a closed planar ring. */
function twiceArea(ring: readonly (readonly [number, number])[]): number {
  let sum = 0;
  for (let i = 1; i < ring.length; i++) sum += ring[i - 1]![0] * ring[i]![1] - ring[i]![0] * ring[i - 1]![1];
  return sum;
}
