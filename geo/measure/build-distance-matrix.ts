import { checkLonLat } from '../geometry/check-lon-lat';
import { measureDistance } from './measure-distance';
import type { LonLat } from '../units/units';

/**
 * All great-circle distances (haversine, metres, see `measureDistance`) from each of `from` to each of `to`,
 * row-major in one Float64Array: the distance from `from[r]` to `to[c]` is at `r * to.length + c`. Computed
 * once, so that location searches that evaluate an objective thousands of times never recompute a
 * distance. Throws on an invalid position before computing anything.
 *
 * @example
 * const d = buildDistanceMatrix([[3.26, 50.82]], [[3.26, 50.82], [3.26, 50.83]]);
 * d[0]; // 0
 * d[1]; // ≈ 1,112 m (0.01° of latitude)
 */
export function buildDistanceMatrix(from: readonly LonLat[], to: readonly LonLat[]): Float64Array {
  if (!Array.isArray(from)) throw new TypeError('from must be an array of [lon, lat] positions');
  if (!Array.isArray(to)) throw new TypeError('to must be an array of [lon, lat] positions');
  from.forEach((p, i) => checkLonLat(p, `from[${i}]`));
  to.forEach((p, i) => checkLonLat(p, `to[${i}]`));
  const columns = to.length;
  const matrix = new Float64Array(from.length * columns);
  for (let r = 0; r < from.length; r++) {
    const a = from[r]!;
    for (let c = 0; c < columns; c++) matrix[r * columns + c] = measureDistance(a, to[c]);
  }
  return matrix;
}
