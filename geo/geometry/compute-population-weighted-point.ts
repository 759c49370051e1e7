import type { LonLat } from '../units/units';

/**
 * The population-weighted mean position of some points (e.g. the sectors of a wijk): where the people
 * of a larger area live on average, a better origin for its distances than the geometric centroid.
 * Falls back to the unweighted mean when the total population is 0.
 *
 * @example
 * computePopulationWeightedPoint([[3, 50], [4, 51]], [1, 3]) // [3.75, 50.75]
 */
export function computePopulationWeightedPoint(points: readonly LonLat[], population: readonly (number | null)[]): LonLat {
  if (points.length === 0) throw new RangeError('At least one point is needed');
  if (population.length !== points.length) throw new RangeError('One population value per point is needed');
  let w = 0, lon = 0, lat = 0;
  points.forEach((p, i) => {
    const weight = Math.max(population[i] ?? 0, 0);
    w += weight;
    lon += weight * p[0];
    lat += weight * p[1];
  });
  if (w === 0) {
    for (const p of points) {
      lon += p[0];
      lat += p[1];
    }
    return [lon / points.length, lat / points.length];
  }
  return [lon / w, lat / w];
}
