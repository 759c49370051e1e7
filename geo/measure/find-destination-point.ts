import { checkLonLat } from '../geometry/check-lon-lat';
import { EARTH_RADIUS_METERS } from './measure-distance';
import type { LonLat, Meters } from '../units/units';

/**
 * The point reached from `origin` after travelling `distance` metres along a great circle that leaves it
 * with the initial `bearing` (degrees clockwise from north), on the same sphere as `measureDistance`
 * (R = 6,371,008.8 m), so `measureDistance(origin, findDestinationPoint(origin, d, b))` gives back `d`.
 * Longitude is normalised to −180…180.
 *
 * @example
 * findDestinationPoint([3.2649, 50.8279], meters(1000), 0); // ≈ [3.2649, 50.83689] (1 km north)
 */
export function findDestinationPoint(origin: LonLat, distance: Meters, bearing: number): LonLat {
  checkLonLat(origin, 'origin');
  if (!Number.isFinite(distance) || distance < 0) throw new RangeError(`distance must be a finite number of metres ≥ 0, got ${distance}`);
  if (!Number.isFinite(bearing)) throw new RangeError(`bearing must be a finite number of degrees, got ${bearing}`);
  const toRadians = Math.PI / 180;
  const delta = distance / EARTH_RADIUS_METERS;
  const theta = bearing * toRadians;
  const phi1 = origin[1] * toRadians;
  const lambda1 = origin[0] * toRadians;
  const sinPhi2 = Math.sin(phi1) * Math.cos(delta) + Math.cos(phi1) * Math.sin(delta) * Math.cos(theta);
  const phi2 = Math.asin(Math.max(-1, Math.min(1, sinPhi2)));
  const lambda2 = lambda1 + Math.atan2(Math.sin(theta) * Math.sin(delta) * Math.cos(phi1), Math.cos(delta) - Math.sin(phi1) * sinPhi2);
  const lon = ((((lambda2 / toRadians + 540) % 360) + 360) % 360) - 180;
  return [lon, phi2 / toRadians];
}
