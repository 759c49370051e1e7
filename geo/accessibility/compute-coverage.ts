import type { Meters } from '../units/units';

export interface TravelMode {
  readonly id: string;
  /** Distance people are expected to travel with this mode (walk 1 km, bike 3 km by default). */
  readonly radius: Meters;
}

export interface CoverageResult {
  readonly mode: string;
  readonly radius: Meters;
  readonly populationCovered: number;
  readonly populationTotal: number;
  readonly needCovered: number;
  readonly needTotal: number;
  /** Shares 0…1 (null when the total is 0). */
  readonly populationShare: number | null;
  readonly needShare: number | null;
  /** Per area: whether its point lies within the radius of a site. */
  readonly covered: readonly boolean[];
}

/**
 * Population and need covered within each travel mode's radius of the nearest site: an area counts as
 * covered when its point (centroid or population-weighted point) is within the radius (all-or-nothing per
 * area, like a service-area overlay on points).
 *
 * @example
 * computeCoverage([400, 2500], [100, 50], [10, 20], [{ id: 'walk', radius: meters(1000) }])[0].needShare // 0.333…
 */
export function computeCoverage(
  distances: readonly (number | null)[],
  population: readonly (number | null)[],
  need: readonly (number | null)[],
  modes: readonly TravelMode[],
): CoverageResult[] {
  if (population.length !== distances.length || need.length !== distances.length) throw new RangeError('distances, population and need must have one value per area');
  return modes.map((mode) => {
    if (!(mode.radius > 0)) throw new RangeError(`Radius of ${mode.id} must be > 0 m`);
    let pc = 0, pt = 0, nc = 0, nt = 0;
    const covered = distances.map((d, i) => {
      const p = population[i] ?? 0;
      const n = need[i] ?? 0;
      const inside = d !== null && d <= mode.radius;
      pt += p;
      nt += n;
      if (inside) {
        pc += p;
        nc += n;
      }
      return inside;
    });
    return { mode: mode.id, radius: mode.radius, populationCovered: pc, populationTotal: pt, needCovered: nc, needTotal: nt, populationShare: pt > 0 ? pc / pt : null, needShare: nt > 0 ? nc / nt : null, covered };
  });
}
