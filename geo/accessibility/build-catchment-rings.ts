import type { Feature, FeatureCollection, Polygon } from 'geojson';
import { checkLonLat } from '../geometry/check-lon-lat';
import type { TravelMode } from './compute-coverage';
import { findDestinationPoint } from '../measure/find-destination-point';
import type { LonLat } from '../units/units';

/** Properties of one catchment ring: whose it is, for which travel mode, and how to draw it. */
export interface CatchmentRingProperties {
  readonly centre: string;
  /** The centre's team id, or '' when it has none. */
  readonly team: string;
  readonly mode: string;
  /** Radius in metres. */
  readonly radius: number;
  /** Every mode but the one with the smallest radius is drawn dashed, so nested rings stay apart. */
  readonly dashed: boolean;
}

export interface RingCentre {
  readonly id: string;
  readonly team: string | null;
  readonly position: LonLat;
}

/**
 * Catchment rings: for every centre and every travel mode, the geodesic circle of the mode's radius around
 * the centre (points at `steps` equal bearings, each exactly `radius` metres away on the sphere of
 * `measureDistance`). Rings are RFC 7946 polygons (counter-clockwise, closed); the larger modes come first
 * so the smaller ones are drawn on top. `dashed` marks every mode except the smallest.
 *
 * @example
 * const rings = buildCatchmentRings([{ id: 'c1', team: 'noord', position: [3.26, 50.83] }], [{ id: 'walk', radius: meters(1000) }, { id: 'bike', radius: meters(3000) }]);
 * rings.features.map((f) => f.properties.mode); // ['bike', 'walk']
 */
export function buildCatchmentRings(centres: readonly RingCentre[], modes: readonly TravelMode[], steps = 96): FeatureCollection<Polygon, CatchmentRingProperties> {
  if (!Array.isArray(centres)) throw new TypeError('centres must be an array');
  if (!Array.isArray(modes)) throw new TypeError('modes must be an array');
  if (!Number.isInteger(steps) || steps < 8) throw new RangeError(`steps must be an integer ≥ 8, got ${steps}`);
  for (const mode of modes) if (!Number.isFinite(mode.radius) || !(mode.radius > 0)) throw new RangeError(`Radius of ${mode.id} must be > 0 m, got ${mode.radius}`);
  centres.forEach((c, i) => checkLonLat(c.position, `centres[${i}].position`));
  const smallest = Math.min(...modes.map((m) => m.radius));
  const byRadius = [...modes].sort((a, b) => b.radius - a.radius || a.id.localeCompare(b.id));
  const features: Feature<Polygon, CatchmentRingProperties>[] = [];
  for (const mode of byRadius) {
    for (const centre of centres) {
      // Bearings 360 → 0 walk counter-clockwise around the centre (RFC 7946 exterior).
      const ring = Array.from({ length: steps }, (_, k) => [...findDestinationPoint(centre.position, mode.radius, 360 - (360 * k) / steps)]);
      ring.push([...ring[0]!]);
      features.push({
        type: 'Feature',
        properties: { centre: centre.id, team: centre.team ?? '', mode: mode.id, radius: mode.radius, dashed: mode.radius > smallest },
        geometry: { type: 'Polygon', coordinates: [ring] },
      });
    }
  }
  return { type: 'FeatureCollection', features };
}
