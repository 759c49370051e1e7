import { compareLocationCosts, findNearestOpenDistances, type LocationCost, type PreparedLocationProblem } from './prepare-location-problem';

export interface GreedyOptions {
  /** How many candidates to open; default the problem's `add`. */
  readonly count?: number;
  /**
   * Randomised greedy (the construction step of GRASP, Feo & Resende 1995): at each step open one of the
   * `shortlist` best candidates, drawn with `random`. Default 1: plain greedy, no randomness.
   */
  readonly shortlist?: number;
  /** A generator of uniform numbers in [0, 1), e.g. `createSeededRandom(seed)`; required when shortlist > 1. */
  readonly random?: () => number;
}

/**
 * Greedy add heuristic (Kuehn & Hamburger 1963; for MCLP Church & ReVelle 1974): starting from the fixed
 * sites, open candidates one at a time, each time the one that lowers the cost most (p-median: the weighted
 * distance; MCLP: the uncovered weight, then the weighted distance); ties within the problem's tolerance go
 * to the lowest candidate id. Keeps each demand point's nearest open distance, so one step costs
 * O(demand × candidates). For MCLP plain greedy covers at least 1 − 1/e ≈ 63 % of the best possible extra
 * coverage (submodularity). With `shortlist` > 1 it is the randomised greedy that gives GRASP its varied
 * starts. Returns the chosen candidate indices in the order they were opened and the number of candidate
 * evaluations.
 *
 * @example
 * const prepared = prepareLocationProblem(problem);
 * const { chosen } = chooseSitesGreedily(prepared);
 * chosen.map((j) => prepared.candidateIds[j]); // e.g. ['34022A201', '34022A352']
 * chooseSitesGreedily(prepared, { shortlist: 3, random: createSeededRandom(1) }); // a randomised start
 */
export function chooseSitesGreedily(prepared: PreparedLocationProblem, options: GreedyOptions = {}): { chosen: number[]; evaluations: number } {
  const { count = prepared.add, shortlist = 1, random } = options;
  if (!Number.isInteger(count) || count < 0 || count > prepared.candidateCount) {
    throw new RangeError(`count must be an integer between 0 and the number of candidates (${prepared.candidateCount}), got ${count}`);
  }
  if (!Number.isInteger(shortlist) || shortlist < 1) throw new RangeError(`shortlist must be an integer >= 1, got ${shortlist}`);
  if (shortlist > 1 && typeof random !== 'function') throw new TypeError('a randomised greedy (shortlist > 1) needs a random() function');
  const { demandCount: n, candidateCount: m, candidateDistances: distances, weights, radius } = prepared;
  const pMedian = prepared.model === 'p-median';
  const nearest = findNearestOpenDistances(prepared, []);
  const open = new Uint8Array(m);
  const chosen: number[] = [];
  let evaluations = 0;
  // the best `shortlist` candidates of a step, best first (ties: the earlier, lower id, stays ahead)
  const best: { j: number; cost: LocationCost }[] = [];
  for (let step = 0; step < count; step++) {
    best.length = 0;
    for (let j = 0; j < m; j++) {
      if (open[j]) continue;
      evaluations++;
      const row = j * n;
      let cost = 0;
      let tieBreak = 0;
      if (pMedian) {
        for (let i = 0; i < n; i++) {
          const d = distances[row + i]!;
          const e = nearest[i]!;
          cost += weights[i]! * (d < e ? d : e);
        }
      } else {
        for (let i = 0; i < n; i++) {
          const d = distances[row + i]!;
          const e = nearest[i]!;
          const near = d < e ? d : e;
          if (near > radius) cost += weights[i]!;
          tieBreak += weights[i]! * near;
        }
      }
      const entry = { j, cost: { cost, tieBreak } };
      let at = best.length;
      while (at > 0 && compareLocationCosts(prepared, entry.cost, best[at - 1]!.cost) < 0) at--;
      if (at < shortlist) {
        best.splice(at, 0, entry);
        if (best.length > shortlist) best.pop();
      }
    }
    const pick = best[shortlist > 1 ? Math.min(best.length - 1, Math.floor(random!() * best.length)) : 0]!.j;
    open[pick] = 1;
    chosen.push(pick);
    for (let i = 0; i < n; i++) nearest[i] = Math.min(nearest[i]!, distances[pick * n + i]!);
  }
  return { chosen, evaluations };
}
