import type { LocationProblem, LocationSolution } from './location-problem';
import { compareLocationCosts, findNearestOpenDistances, prepareLocationProblem } from './prepare-location-problem';
import { summariseLocationSolution } from './summarise-location-solution';

/** The largest number of subsets `locateFacilitiesExactly` will enumerate. */
export const MAX_EXHAUSTIVE_SUBSETS = 5_000_000;

/**
 * The binomial coefficient C(n, k): the number of ways to choose k of n candidates. Exact below 2^53,
 * a close approximation (or Infinity) above.
 *
 * @example
 * countSubsets(113, 3); // 234,136
 */
export function countSubsets(n: number, k: number): number {
  if (!Number.isInteger(n) || !Number.isInteger(k) || n < 0 || k < 0) throw new RangeError(`n and k must be integers >= 0, got ${n}, ${k}`);
  if (k > n) return 0;
  const r = Math.min(k, n - k);
  let c = 1;
  // C(n - r + i, i) is an integer at every step, so the division is exact
  for (let i = 1; i <= r; i++) {
    c = (c * (n - r + i)) / i;
  }
  return c;
}

/**
 * Solves the same problem as `locateFacilities` exactly by enumerating all C(n, k) subsets of k candidates
 * in lexicographic id order, so among equally good subsets (within float noise; for MCLP equal coverage
 * and equal weighted distance) the one with the lowest ids wins. Incremental: the nearest open distance of
 * every demand point is kept per depth of the enumeration, so a subset costs O(demand) (113 sectors, k = 3:
 * 234,136 subsets in about 0.1 s). Throws a RangeError when C(n, k) exceeds 5,000,000
 * (`MAX_EXHAUSTIVE_SUBSETS`): use the heuristic, or an integer programme, for larger k.
 *
 * @example
 * const exact = locateFacilitiesExactly(problem);
 * const heuristic = locateFacilities(problem);
 * heuristic.objective <= exact.objective; // MCLP; for p-median >=
 */
export function locateFacilitiesExactly(problem: LocationProblem): LocationSolution {
  const prepared = prepareLocationProblem(problem);
  const { demandCount: n, candidateCount: m, add: k, candidateDistances: distances, weights, radius, tolerance } = prepared;
  const subsets = countSubsets(m, k);
  if (subsets > MAX_EXHAUSTIVE_SUBSETS) {
    const shown = subsets < 1e15 ? Math.round(subsets).toLocaleString('en') : subsets.toExponential(2);
    throw new RangeError(
      `exhaustive search over C(${m}, ${k}) = ${shown} subsets exceeds the limit of ${MAX_EXHAUSTIVE_SUBSETS.toLocaleString('en')}: use locateFacilities (the heuristic), fewer candidates or a smaller k`,
    );
  }
  const pMedian = prepared.model === 'p-median';
  // nearestAt[depth] = nearest open distances with the first `depth` picks of the current subset open
  const nearestAt = Array.from({ length: Math.max(k, 1) }, () => new Float64Array(n));
  nearestAt[0]!.set(findNearestOpenDistances(prepared, []));
  const picks = new Int32Array(k);
  let best: number[] = [];
  let bestCost = { cost: Infinity, tieBreak: Infinity };
  let evaluations = 0;

  const lastPick = (from: number, previous: Float64Array): void => {
    for (let j = from; j < m; j++) {
      const row = j * n;
      let cost = 0;
      let tieBreak = 0;
      if (pMedian) {
        for (let i = 0; i < n; i++) {
          const d = distances[row + i]!;
          const e = previous[i]!;
          cost += weights[i]! * (d < e ? d : e);
        }
      } else {
        for (let i = 0; i < n; i++) {
          const d = distances[row + i]!;
          const e = previous[i]!;
          const near = d < e ? d : e;
          if (near > radius) cost += weights[i]!;
          tieBreak += weights[i]! * near;
        }
      }
      evaluations++;
      // only a strictly better subset replaces the best: of equal ones the first, lowest in id order, stays
      if (cost < bestCost.cost + tolerance) {
        const candidate = { cost, tieBreak };
        if (compareLocationCosts(prepared, candidate, bestCost) < 0) {
          bestCost = candidate;
          picks[k - 1] = j;
          best = Array.from(picks);
        }
      }
    }
  };
  const pick = (depth: number, from: number): void => {
    const previous = nearestAt[depth]!;
    if (depth === k - 1) {
      lastPick(from, previous);
      return;
    }
    const next = nearestAt[depth + 1]!;
    for (let j = from; j <= m - (k - depth); j++) {
      picks[depth] = j;
      const row = j * n;
      for (let i = 0; i < n; i++) {
        const d = distances[row + i]!;
        const e = previous[i]!;
        next[i] = d < e ? d : e;
      }
      pick(depth + 1, j + 1);
    }
  };
  if (k === 0) evaluations = 1;
  else pick(0, 0);
  return summariseLocationSolution(prepared, best, evaluations, 'exhaustive');
}
