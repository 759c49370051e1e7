import type { LonLat } from '../units/units';

/**
 * Throws unless `value` is a WGS84 `[longitude, latitude]` pair with finite numbers in range
 * (longitude −180…180, latitude −90…90). Returns the value typed as `LonLat`, so it can guard inputs in one
 * line. `what` names the argument in the error message.
 *
 * @example
 * const point = checkLonLat([3.95, 50.85], 'centre'); // ok
 * checkLonLat([200, 0], 'centre'); // throws RangeError
 */
export function checkLonLat(value: unknown, what: string): LonLat {
  if (!Array.isArray(value) || value.length < 2) {
    throw new TypeError(`${what} must be a [lon, lat] array, got ${JSON.stringify(value)}`);
  }
  const [lon, lat] = value as unknown[];
  if (typeof lon !== 'number' || !Number.isFinite(lon) || lon < -180 || lon > 180) {
    throw new RangeError(`${what}: longitude must be a finite number in [-180, 180], got ${String(lon)}`);
  }
  if (typeof lat !== 'number' || !Number.isFinite(lat) || lat < -90 || lat > 90) {
    throw new RangeError(`${what}: latitude must be a finite number in [-90, 90], got ${String(lat)}`);
  }
  return value as unknown as LonLat;
}
