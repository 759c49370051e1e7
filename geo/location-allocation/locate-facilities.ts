import { chooseSitesGreedily } from './choose-sites-greedily';
import { createSeededRandom } from '../synthesis/create-seeded-random';
import { improveSitesByInterchange } from './improve-sites-by-interchange';
import type { LocationProblem, LocationSolution } from './location-problem';
import { compareLocationCosts, findNearestOpenDistances, measureLocationCost, prepareLocationProblem, type LocationCost } from './prepare-location-problem';
import { summariseLocationSolution } from './summarise-location-solution';

export type { DemandPoint, LocationModel, LocationProblem, LocationSolution, Site } from './location-problem';

export interface LocateOptions {
  /**
   * Randomised greedy starts (GRASP) improved beside the plain greedy one; default 32. 0 = greedy +
   * Teitz–Bart only. Unused when k ≤ 1, where greedy is already exact.
   */
  readonly starts?: number;
  /** Seed of the randomised starts (`createSeededRandom`); default 1. Same seed, same answer. */
  readonly seed?: number;
}

/** Shortlist of the randomised greedy starts: each step opens one of the 3 best candidates. */
const SHORTLIST = 3;

/**
 * Chooses `add` new sites among the candidates, beside the fixed sites, for the maximal covering location
 * problem (`mclp`: the most demand weight within `radius` of its nearest open site; of equally covering sets,
 * the one with the least weighted distance) or the p-median problem (`p-median`: the least Σ weight ×
 * distance to the nearest open site).
 *
 * The greedy add heuristic (`chooseSitesGreedily`) gives the first start, Teitz–Bart vertex substitution
 * (`improveSitesByInterchange`) improves it to a local optimum — no single swap of a chosen candidate for
 * another improves it. As a single local optimum can miss for larger k (re-siting all 12 Kortrijk centres:
 * up to 2 % of the coverage), `starts` randomised greedy starts (GRASP: each step one of the 3 best,
 * drawn with a seeded generator) are improved the same way and the best local optimum is kept. Distances
 * are haversine metres, computed once per call. Deterministic: same input and seed, same answer; ties go to
 * the set with the lowest candidate ids. A candidate that coincides with a fixed site may be chosen but
 * gains nothing.
 *
 * Not guaranteed optimal; `locateFacilitiesExactly` proves optimality for small k. On Kortrijk (113 sectors,
 * 12 centres) it finds the proven optimum for k = 1…5 in both models and comes within 0.5 % when re-siting
 * all 12 (tests/geo/locate-facilities-kortrijk.test.ts), in milliseconds.
 *
 * @example
 * // Five demand points 0.01° (≈ 1,112 m) apart on a meridian, weights 10, 1, 1, 1, 10, a centre at the first:
 * const demand = [10, 1, 1, 1, 10].map((weight, i) => ({ id: 'ABCDE'[i]!, position: [0, i / 100] as const, weight }));
 * const problem = { demand, candidates: demand, fixed: [{ id: 'centre', position: [0, 0] as const }], add: 1 };
 * locateFacilities({ ...problem, model: 'p-median' }).chosen; // ['E']: A…E are then 0, 1, 2, 1, 0 steps away
 * locateFacilities({ ...problem, model: 'mclp', radius: meters(1200) }).chosen; // ['D']: covers C, D and E
 */
export function locateFacilities(problem: LocationProblem, options: LocateOptions = {}): LocationSolution {
  const { starts = 32, seed = 1 } = options;
  if (!Number.isInteger(starts) || starts < 0) throw new RangeError(`starts must be an integer >= 0, got ${starts}`);
  const prepared = prepareLocationProblem(problem);
  const random = createSeededRandom(seed);
  let best: { chosen: number[]; cost: LocationCost } | null = null;
  let evaluations = 0;
  const rounds = prepared.add <= 1 ? 1 : 1 + starts;
  for (let round = 0; round < rounds; round++) {
    const start = round === 0 ? chooseSitesGreedily(prepared) : chooseSitesGreedily(prepared, { shortlist: SHORTLIST, random });
    const improved = improveSitesByInterchange(prepared, start.chosen);
    evaluations += start.evaluations + improved.evaluations;
    const chosen = improved.chosen.sort((a, b) => a - b);
    const cost = measureLocationCost(prepared, findNearestOpenDistances(prepared, chosen));
    const order = best === null ? -1 : compareLocationCosts(prepared, cost, best.cost);
    if (best === null || order < 0 || (order === 0 && isLexicographicallyLower(chosen, best.chosen))) best = { chosen, cost };
  }
  return summariseLocationSolution(prepared, best!.chosen, evaluations, 'greedy+teitz-bart');
}

function isLexicographicallyLower(a: readonly number[], b: readonly number[]): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! < b[i]!;
  return false;
}
