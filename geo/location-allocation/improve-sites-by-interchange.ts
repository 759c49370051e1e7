import type { PreparedLocationProblem } from './prepare-location-problem';

/**
 * Teitz–Bart vertex substitution (Teitz & Bart 1968), in its steepest-descent form with the fast swap
 * evaluation of Whitaker (1983): from the open candidates `start`, repeatedly make the single swap (close one
 * chosen candidate, open one unchosen candidate) that lowers the cost most (MCLP: the uncovered weight, then
 * the weighted distance as tie-break), until no swap lowers it by more than the problem's tolerance — a
 * local optimum for 1-interchange. Fixed sites are never closed.
 *
 * Per demand point the distance to its nearest open site (and which site that is) and to its second-nearest
 * are kept, so all k swaps that open candidate j are costed together in one pass over the demand points:
 * O(demand × candidates) per round instead of O(demand × candidates × k × sites). Ties go to the lowest id
 * of the candidate opened, then of the candidate closed. Returns the open candidate indices (in `start`'s
 * slots), the number of swaps evaluated and the number made.
 *
 * @example
 * const prepared = prepareLocationProblem(problem);
 * const { chosen, swaps } = improveSitesByInterchange(prepared, chooseSitesGreedily(prepared).chosen);
 */
export function improveSitesByInterchange(
  prepared: PreparedLocationProblem,
  start: readonly number[],
): { chosen: number[]; evaluations: number; swaps: number } {
  const { demandCount: n, candidateCount: m, candidateDistances: distances, fixedNearest, weights, radius, tolerance, tieBreakTolerance } = prepared;
  start.forEach((j) => {
    if (!Number.isInteger(j) || j < 0 || j >= m) throw new RangeError(`start holds an invalid candidate index ${j}`);
  });
  if (new Set(start).size !== start.length) throw new RangeError('start holds a candidate twice');
  const pMedian = prepared.model === 'p-median';
  const cost = (i: number, d: number): number => (pMedian ? weights[i]! * d : d > radius ? weights[i]! : 0);

  const chosen = [...start];
  const k = chosen.length;
  const slotOf = new Int32Array(m).fill(-1); // slot of each open candidate in `chosen`, -1 when closed
  chosen.forEach((j, s) => (slotOf[j] = s));
  const nearest = new Float64Array(n);
  const second = new Float64Array(n);
  const nearestSlot = new Int32Array(n); // slot of the nearest open candidate, -1 when a fixed site is as near
  const closeDelta = new Float64Array(k);
  const closeTieBreak = new Float64Array(k);
  let evaluations = 0;
  let swaps = 0;
  // each swap lowers the cost by more than the tolerance, so this bound is never reached in practice; it
  // only guarantees termination whatever floating point does
  const maxSwaps = 100 * (m + 1) * (k + 1);

  while (swaps < maxSwaps) {
    for (let i = 0; i < n; i++) {
      let d1 = fixedNearest[i]!;
      let d2 = Infinity;
      let s1 = -1;
      for (let s = 0; s < k; s++) {
        const d = distances[chosen[s]! * n + i]!;
        if (d < d1) {
          d2 = d1;
          d1 = d;
          s1 = s;
        } else if (d < d2) d2 = d;
      }
      nearest[i] = d1;
      second[i] = d2;
      nearestSlot[i] = s1;
    }
    let bestDelta = 0;
    let bestTieBreak = 0;
    let bestIn = -1;
    let bestOut = -1;
    for (let j = 0; j < m; j++) {
      if (slotOf[j] !== -1) continue;
      const row = j * n;
      // delta(j, s) = opened + closeDelta[s]: `opened` is the change from opening j alone; closing slot s
      // adds, for the demand points whose nearest site is s, the change from falling back to min(second, d_j).
      // The same for the MCLP tie-break, the weighted distance.
      let opened = 0;
      let openedTieBreak = 0;
      closeDelta.fill(0);
      closeTieBreak.fill(0);
      for (let i = 0; i < n; i++) {
        const d = distances[row + i]!;
        const d1 = nearest[i]!;
        const base = cost(i, d1);
        const withJ = d < d1 ? cost(i, d) : base;
        opened += withJ - base;
        if (!pMedian && d < d1) openedTieBreak += weights[i]! * (d - d1);
        const s = nearestSlot[i]!;
        if (s !== -1 && d > d1) {
          const d2 = second[i]!;
          const fallback = d < d2 ? d : d2;
          closeDelta[s] = closeDelta[s]! + cost(i, fallback) - withJ;
          if (!pMedian) closeTieBreak[s] = closeTieBreak[s]! + weights[i]! * (fallback - d1);
        }
      }
      for (let s = 0; s < k; s++) {
        evaluations++;
        const delta = opened + closeDelta[s]!;
        const tieBreak = openedTieBreak + closeTieBreak[s]!;
        const primaryTie = Math.abs(delta - bestDelta) <= tolerance;
        if (delta < bestDelta - tolerance || (primaryTie && tieBreak < bestTieBreak - tieBreakTolerance)) {
          bestDelta = delta;
          bestTieBreak = tieBreak;
          bestIn = j;
          bestOut = s;
        } else if (bestIn === j && primaryTie && Math.abs(tieBreak - bestTieBreak) <= tieBreakTolerance && chosen[s]! < chosen[bestOut]!) {
          bestOut = s;
        }
      }
    }
    if (bestIn === -1) break;
    slotOf[chosen[bestOut]!] = -1;
    chosen[bestOut] = bestIn;
    slotOf[bestIn] = bestOut;
    swaps++;
  }
  return { chosen, evaluations, swaps };
}
