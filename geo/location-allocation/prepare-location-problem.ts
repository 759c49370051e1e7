import { buildDistanceMatrix } from '../measure/build-distance-matrix';
import { checkLonLat } from '../geometry/check-lon-lat';
import type { DemandPoint, LocationModel, LocationProblem, Site } from './location-problem';

/**
 * A checked location problem with everything the searches need precomputed. Both models are cast as
 * minimising a sum of per-demand costs of the distance `d` to the nearest open site, non-decreasing in `d`:
 * p-median `weight × d`, MCLP `weight` when `d > radius` (the uncovered weight), with `weight × d` as the
 * MCLP tie-break (see `measureLocationCost`). Candidates are sorted by id (code-unit order), so index order
 * is id order and "lowest index wins" breaks the remaining ties by the lowest id.
 */
export interface PreparedLocationProblem {
  readonly model: LocationModel;
  /** Coverage radius in metres; Infinity when none was given (p-median only). */
  readonly radius: number;
  readonly demandCount: number;
  readonly candidateCount: number;
  readonly add: number;
  readonly demandIds: readonly string[];
  readonly weights: Float64Array;
  readonly totalWeight: number;
  /** Candidate ids in id order. */
  readonly candidateIds: readonly string[];
  /** Candidate-major distances in metres: candidate j to demand point i at `j * demandCount + i`. */
  readonly candidateDistances: Float64Array;
  /** Per demand point, the distance to the nearest fixed site; Infinity without fixed sites. */
  readonly fixedNearest: Float64Array;
  /** Per demand point, the distance to the nearest baseline site (fixed, or `current` when fixed is empty); null without one. */
  readonly baselineNearest: Float64Array | null;
  /** Cost differences at or below this are ties (float noise), so searches never cycle and tie-breaks are stable. */
  readonly tolerance: number;
  /** The same for the MCLP tie-break (weighted distance). */
  readonly tieBreakTolerance: number;
}

/**
 * Checks a `LocationProblem` (throwing a clear error on the first problem) and precomputes, in one haversine
 * matrix, the distances from every fixed, candidate and current site to every demand point. Checks: at least
 * one demand point; ids non-empty and unique in each list, and no candidate id equal to a fixed id; positions
 * WGS84 and finite; weights finite and ≥ 0; `add` an integer between 0 and the number of candidates; at least
 * one open site in the end; a positive finite radius for MCLP (and for p-median when one is given).
 *
 * @example
 * const prepared = prepareLocationProblem({ model: 'p-median', add: 1, fixed: [],
 *   demand: [{ id: 'a', position: [0, 0], weight: 1 }], candidates: [{ id: 'c', position: [0, 0.01] }] });
 * prepared.candidateDistances[0]; // ≈ 1,112 m
 */
export function prepareLocationProblem(problem: LocationProblem): PreparedLocationProblem {
  if (problem === null || typeof problem !== 'object') throw new TypeError('problem must be an object');
  const { model, demand, candidates, fixed, add } = problem;
  if (model !== 'mclp' && model !== 'p-median') throw new RangeError(`model must be 'mclp' or 'p-median', got ${JSON.stringify(model)}`);
  if (!Array.isArray(demand) || demand.length === 0) throw new RangeError('demand must be a non-empty array of demand points');
  if (!Array.isArray(candidates)) throw new TypeError('candidates must be an array of sites');
  if (!Array.isArray(fixed)) throw new TypeError('fixed must be an array of sites (empty to re-site all)');
  checkDemand(demand);
  checkSites(candidates, 'candidates');
  checkSites(fixed, 'fixed');
  const fixedIds = new Set(fixed.map((s) => s.id));
  for (const c of candidates) {
    if (fixedIds.has(c.id)) throw new RangeError(`candidate id ${JSON.stringify(c.id)} is also the id of a fixed site: ids must be unique across fixed sites and candidates`);
  }
  if (!Number.isInteger(add) || add < 0 || add > candidates.length) {
    throw new RangeError(`add must be an integer between 0 and the number of candidates (${candidates.length}), got ${add}`);
  }
  if (fixed.length + add === 0) throw new RangeError('there must be at least one open site: give fixed sites or add ≥ 1');
  const radius = problem.radius;
  if (model === 'mclp' && radius === undefined) throw new RangeError('MCLP needs a radius (metres) within which a demand point is covered');
  if (radius !== undefined && (typeof radius !== 'number' || !Number.isFinite(radius) || radius <= 0)) {
    throw new RangeError(`radius must be a positive finite number of metres, got ${String(radius)}`);
  }
  const current = fixed.length === 0 ? (problem.current ?? []) : [];
  if (!Array.isArray(current)) throw new TypeError('current must be an array of sites');
  checkSites(current, 'current');

  const sorted = [...candidates].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const n = demand.length;
  const sites = [...sorted, ...fixed, ...current];
  const matrix = buildDistanceMatrix(
    sites.map((s) => s.position),
    demand.map((d) => d.position),
  );
  const nearestOf = (first: number, count: number): Float64Array => {
    const nearest = new Float64Array(n).fill(Infinity);
    for (let s = first; s < first + count; s++) {
      for (let i = 0; i < n; i++) nearest[i] = Math.min(nearest[i]!, matrix[s * n + i]!);
    }
    return nearest;
  };
  const fixedNearest = nearestOf(sorted.length, fixed.length);
  const baselineNearest = fixed.length > 0 ? fixedNearest : current.length > 0 ? nearestOf(sorted.length + fixed.length, current.length) : null;

  const weights = Float64Array.from(demand, (d) => d.weight);
  const totalWeight = weights.reduce((s, w) => s + w, 0);
  let maxDistance = 0;
  for (const d of matrix) maxDistance = Math.max(maxDistance, d);
  const scale = model === 'p-median' ? totalWeight * Math.max(maxDistance, 1) : totalWeight;
  return {
    model,
    radius: radius ?? Infinity,
    demandCount: n,
    candidateCount: sorted.length,
    add,
    demandIds: demand.map((d) => d.id),
    weights,
    totalWeight,
    candidateIds: sorted.map((s) => s.id),
    candidateDistances: matrix.subarray(0, sorted.length * n),
    fixedNearest,
    baselineNearest,
    tolerance: 1e-10 * scale,
    tieBreakTolerance: 1e-10 * totalWeight * Math.max(maxDistance, 1),
  };
}

/** A cost to minimise and, for MCLP, its tie-break: the weighted distance (0 for p-median). */
export interface LocationCost {
  readonly cost: number;
  readonly tieBreak: number;
}

/**
 * The cost when demand point i's nearest open site is `nearest[i]` metres away: p-median Σ weight × distance;
 * MCLP the uncovered weight, with Σ weight × distance as tie-break (of two sets that cover as much, the one
 * nearer to the people is better, and local search gets a slope on the plateaus of equal coverage).
 */
export function measureLocationCost(prepared: PreparedLocationProblem, nearest: Float64Array): LocationCost {
  const { weights, radius, demandCount } = prepared;
  let cost = 0;
  let tieBreak = 0;
  if (prepared.model === 'p-median') {
    for (let i = 0; i < demandCount; i++) cost += weights[i]! * nearest[i]!;
  } else {
    for (let i = 0; i < demandCount; i++) {
      if (nearest[i]! > radius) cost += weights[i]!;
      tieBreak += weights[i]! * nearest[i]!;
    }
  }
  return { cost, tieBreak };
}

/**
 * Compares two costs of the same prepared problem: negative when `a` is better (lower cost, or an equal cost
 * and a lower tie-break), 0 when they tie within the tolerances, positive when `a` is worse.
 */
export function compareLocationCosts(prepared: PreparedLocationProblem, a: LocationCost, b: LocationCost): number {
  const primary = a.cost - b.cost;
  if (Math.abs(primary) > prepared.tolerance) return primary;
  const secondary = a.tieBreak - b.tieBreak;
  return Math.abs(secondary) > prepared.tieBreakTolerance ? secondary : 0;
}

/** Per demand point, the distance to the nearest open site: the fixed sites and the candidates at `chosen` (indices). */
export function findNearestOpenDistances(prepared: PreparedLocationProblem, chosen: readonly number[]): Float64Array {
  const { demandCount: n, candidateDistances } = prepared;
  const nearest = Float64Array.from(prepared.fixedNearest);
  for (const j of chosen) {
    for (let i = 0; i < n; i++) nearest[i] = Math.min(nearest[i]!, candidateDistances[j * n + i]!);
  }
  return nearest;
}

function checkId(id: unknown, what: string, seen: Set<string>): void {
  if (typeof id !== 'string' || id === '') throw new TypeError(`${what}.id must be a non-empty string, got ${JSON.stringify(id)}`);
  if (seen.has(id)) throw new RangeError(`${what}.id ${JSON.stringify(id)} is not unique`);
  seen.add(id);
}

function checkSites(sites: readonly Site[], list: string): void {
  const seen = new Set<string>();
  sites.forEach((site, i) => {
    if (site === null || typeof site !== 'object') throw new TypeError(`${list}[${i}] must be a site { id, position }`);
    checkId(site.id, `${list}[${i}]`, seen);
    checkLonLat(site.position, `${list}[${i}].position`);
  });
}

function checkDemand(demand: readonly DemandPoint[]): void {
  const seen = new Set<string>();
  demand.forEach((point, i) => {
    if (point === null || typeof point !== 'object') throw new TypeError(`demand[${i}] must be a demand point { id, position, weight }`);
    checkId(point.id, `demand[${i}]`, seen);
    checkLonLat(point.position, `demand[${i}].position`);
    if (typeof point.weight !== 'number' || !Number.isFinite(point.weight) || point.weight < 0) {
      throw new RangeError(`demand[${i}].weight must be a finite number >= 0, got ${String(point.weight)}`);
    }
  });
}
