import { checkLonLat } from '../geometry/check-lon-lat';
import { meters, type LonLat, type Meters } from '../units/units';

/** Mean Earth radius (IUGG), the same value Turf uses. */
export const EARTH_RADIUS_METERS = 6_371_008.8;

/**
 * Great-circle distance between two WGS84 points with the haversine formula on a sphere of radius
 * 6,371,008.8 m. Accurate to about 0.5 % against the ellipsoid, which is more than enough for distances to
 * a service centre.
 *
 * @example
 * const kortrijk: LonLat = [3.2649, 50.8279];
 * const brussels: LonLat = [4.3517, 50.8503];
 * measureDistance(kortrijk, brussels); // ≈ 76,300 m
 */
export function measureDistance(a: LonLat, b: LonLat): Meters {
  checkLonLat(a, 'a');
  checkLonLat(b, 'b');
  const toRadians = Math.PI / 180;
  const phi1 = a[1] * toRadians;
  const phi2 = b[1] * toRadians;
  const dPhi = (b[1] - a[1]) * toRadians;
  const dLambda = (b[0] - a[0]) * toRadians;
  const h = Math.sin(dPhi / 2) ** 2 + Math.cos(phi1) * Math.cos(phi2) * Math.sin(dLambda / 2) ** 2;
  return meters(2 * EARTH_RADIUS_METERS * Math.asin(Math.min(1, Math.sqrt(h))));
}
