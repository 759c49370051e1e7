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
  const { demandCount: n, candidateCount: m, tolerance, tieBreakTolerance } = prepared;
  start.forEach((j) => {
    if (!Number.isInteger(j) || j < 0 || j >= m) throw new RangeError(`start holds an invalid candidate index ${j}`);
  });
  if (new Set(start).size !== start.length) throw new RangeError('start holds a candidate twice');

  const chosen = [...start];
  const k = chosen.length;
  const slotOf = new Int32Array(m).fill(-1); // slot of each open candidate in `chosen`, -1 when closed
  chosen.forEach((j, s) => (slotOf[j] = s));
  const open: OpenSites = { nearest: new Float64Array(n), second: new Float64Array(n), nearestSlot: new Int32Array(n) };
  const swap: SwapCosts = { closeDelta: new Float64Array(k), closeTieBreak: new Float64Array(k), opened: 0, openedTieBreak: 0 };
  let evaluations = 0;
  let swaps = 0;
  // each swap lowers the cost by more than the tolerance, so this bound is never reached in practice; it
  // only guarantees termination whatever floating point does
  const maxSwaps = 100 * (m + 1) * (k + 1);

  while (swaps < maxSwaps) {
    findNearestOpenSites(prepared, chosen, open);
    let bestDelta = 0;
    let bestTieBreak = 0;
    let bestIn = -1;
    let bestOut = -1;
    for (let j = 0; j < m; j++) {
      if (slotOf[j] !== -1) continue;
      costSwapsOpening(prepared, j, open, swap);
      for (let s = 0; s < k; s++) {
        evaluations++;
        const delta = swap.opened + swap.closeDelta[s]!;
        const tieBreak = swap.openedTieBreak + swap.closeTieBreak[s]!;
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

/** Per demand point: the distance to its nearest open site, to the second-nearest, and the nearest one's slot. */
interface OpenSites {
  readonly nearest: Float64Array;
  readonly second: Float64Array;
  /** Slot of the nearest open candidate, -1 when a fixed site is as near. */
  readonly nearestSlot: Int32Array;
}

/** The cost changes of the k swaps that open one candidate (written in place; no allocation per candidate). */
interface SwapCosts {
  /** Per slot s: what closing s adds to opening the candidate, for the cost and for the MCLP tie-break. */
  readonly closeDelta: Float64Array;
  readonly closeTieBreak: Float64Array;
  /** The change from opening the candidate alone. */
  opened: number;
  openedTieBreak: number;
}

/** A demand point's cost at distance d: weighted distance (p-median) or its weight when uncovered (MCLP). */
function demandCost(pMedian: boolean, weight: number, radius: number, d: number): number {
  return pMedian ? weight * d : d > radius ? weight : 0;
}

/** Fills `open` for the candidates in `chosen` (and the fixed sites). */
function findNearestOpenSites(prepared: PreparedLocationProblem, chosen: readonly number[], open: OpenSites): void {
  const { demandCount: n, candidateDistances: distances, fixedNearest } = prepared;
  const { nearest, second, nearestSlot } = open;
  const k = chosen.length;
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
}

/**
 * Costs all k swaps that open candidate j in one pass over the demand points: delta(j, s) = opened +
 * closeDelta[s], where `opened` is the change from opening j alone and closing slot s adds, for the demand
 * points whose nearest site is s, the change from falling back to min(second, d_j). The same for the MCLP
 * tie-break, the weighted distance.
 */
function costSwapsOpening(prepared: PreparedLocationProblem, j: number, open: OpenSites, out: SwapCosts): void {
  const { demandCount: n, candidateDistances: distances, weights, radius } = prepared;
  const pMedian = prepared.model === 'p-median';
  const { nearest, second, nearestSlot } = open;
  const { closeDelta, closeTieBreak } = out;
  const row = j * n;
  let opened = 0;
  let openedTieBreak = 0;
  closeDelta.fill(0);
  closeTieBreak.fill(0);
  for (let i = 0; i < n; i++) {
    const d = distances[row + i]!;
    const d1 = nearest[i]!;
    const w = weights[i]!;
    const base = demandCost(pMedian, w, radius, d1);
    const withJ = d < d1 ? demandCost(pMedian, w, radius, d) : base;
    opened += withJ - base;
    if (!pMedian && d < d1) openedTieBreak += w * (d - d1);
    const s = nearestSlot[i]!;
    if (s !== -1 && d > d1) {
      const d2 = second[i]!;
      const fallback = d < d2 ? d : d2;
      closeDelta[s] = closeDelta[s]! + demandCost(pMedian, w, radius, fallback) - withJ;
      if (!pMedian) closeTieBreak[s] = closeTieBreak[s]! + w * (fallback - d1);
    }
  }
  out.opened = opened;
  out.openedTieBreak = openedTieBreak;
}
