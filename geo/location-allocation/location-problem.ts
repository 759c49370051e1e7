/**
 * Types of the facility-location problems Wijkzicht solves ("where would a 13th location help most"): demand
 * points with a weight (persons in need), candidate positions for new sites, sites that stay, and the model.
 * Solved by `locateFacilities` (greedy + Teitz–Bart interchange) and `locateFacilitiesExactly` (exhaustive,
 * small k).
 *
 * - `mclp`: maximal covering location problem (Church & ReVelle 1974): maximise the demand weight whose
 *   nearest open site is within `radius`.
 * - `p-median`: minimise Σ weight × distance to the nearest open site (Hakimi 1964).
 *
 * @example
 * const problem: LocationProblem = {
 *   demand: [{ id: 'A', position: [3.26, 50.82], weight: 536 }],
 *   candidates: [{ id: 'A', position: [3.26, 50.82] }],
 *   fixed: [{ id: 'veemarkt', position: [3.2666, 50.8272] }],
 *   add: 1,
 *   model: 'mclp',
 *   radius: meters(1500),
 * };
 */
import type { LonLat, Meters } from '../units/units';

export type LocationModel = 'mclp' | 'p-median';

export interface Site {
  readonly id: string;
  readonly position: LonLat;
}

export interface DemandPoint {
  readonly id: string;
  readonly position: LonLat;
  /** ≥ 0, e.g. persons in need. */
  readonly weight: number;
}

export interface LocationProblem {
  readonly demand: readonly DemandPoint[];
  /** Where a new site may go (e.g. the 113 sector centroids). */
  readonly candidates: readonly Site[];
  /** Existing centres that stay (empty = re-site all). */
  readonly fixed: readonly Site[];
  /** k new sites to choose among the candidates (re-site all: k = number of sites wanted). */
  readonly add: number;
  readonly model: LocationModel;
  /**
   * Required for MCLP: a demand point is covered when its nearest open site is within `radius`. Optional for
   * p-median, where it only sets `coveredWeight` (without it every demand point counts as covered).
   */
  readonly radius?: Meters;
  /** Sites to compare with (today's centres) when `fixed` is empty, for the baseline and gain; ignored otherwise. */
  readonly current?: readonly Site[];
}

export interface LocationSolution {
  readonly model: LocationModel;
  /** Candidate ids chosen, sorted by id. */
  readonly chosen: readonly string[];
  /** MCLP: total demand weight covered; p-median: Σ weight × distance to the nearest open site (metres). */
  readonly objective: number;
  /**
   * The same objective with the fixed sites only (or with `current` when `fixed` is empty). NaN when there is
   * nothing to compare with (no fixed sites and no `current`).
   */
  readonly baseline: number;
  /** Improvement over the baseline, positive = better for both models. NaN without a baseline. */
  readonly gain: number;
  /**
   * 100 × gain / baseline (MCLP: of the covered weight; p-median: of the weighted distance). 0 when the baseline
   * and the gain are both 0, Infinity when only the baseline is 0 (MCLP: the fixed sites cover nothing).
   */
  readonly gainPercent: number;
  /** Demand weight whose nearest open site is within `radius` (all of it when no radius is given). */
  readonly coveredWeight: number;
  readonly totalWeight: number;
  /** Weighted mean distance to the nearest open site (the plain mean when the total weight is 0). */
  readonly meanDistance: Meters;
  /** Objective evaluations done (a subset for the exhaustive search, a candidate or a swap for the heuristic). */
  readonly evaluations: number;
  readonly method: 'greedy+teitz-bart' | 'exhaustive';
}
