import type { LocationSolution } from './location-problem';
import { findNearestOpenDistances, type PreparedLocationProblem } from './prepare-location-problem';
import { meters } from '../units/units';

/**
 * The `LocationSolution` for opening the candidates at `chosen` (indices into the prepared, id-sorted
 * candidates) beside the fixed sites. Everything is recomputed from the distances of the final set, so the
 * heuristic and the exhaustive search report identical figures for the same set whatever their internal
 * bookkeeping.
 *
 * @example
 * const prepared = prepareLocationProblem(problem);
 * summariseLocationSolution(prepared, [0, 4], 1234, 'exhaustive').chosen; // the ids of candidates 0 and 4
 */
export function summariseLocationSolution(
  prepared: PreparedLocationProblem,
  chosen: readonly number[],
  evaluations: number,
  method: LocationSolution['method'],
): LocationSolution {
  chosen.forEach((j) => {
    if (!Number.isInteger(j) || j < 0 || j >= prepared.candidateCount) throw new RangeError(`chosen holds an invalid candidate index ${j}`);
  });
  if (new Set(chosen).size !== chosen.length) throw new RangeError('chosen holds a candidate twice');
  const { model, weights, totalWeight, radius, demandCount: n } = prepared;
  const nearest = findNearestOpenDistances(prepared, chosen);
  const objectiveOf = (distances: Float64Array): number => {
    let sum = 0;
    for (let i = 0; i < n; i++) {
      if (model === 'p-median') sum += weights[i]! * distances[i]!;
      else if (distances[i]! <= radius) sum += weights[i]!;
    }
    return sum;
  };
  const objective = objectiveOf(nearest);
  const baseline = prepared.baselineNearest === null ? Number.NaN : objectiveOf(prepared.baselineNearest);
  const gain = model === 'mclp' ? objective - baseline : baseline - objective;
  const gainPercent = Number.isNaN(gain) ? Number.NaN : baseline === 0 ? (gain === 0 ? 0 : Infinity) : (100 * gain) / baseline;
  let coveredWeight = 0;
  let weightedDistance = 0;
  let plainDistance = 0;
  for (let i = 0; i < n; i++) {
    if (nearest[i]! <= radius) coveredWeight += weights[i]!;
    weightedDistance += weights[i]! * nearest[i]!;
    plainDistance += nearest[i]!;
  }
  return {
    model,
    chosen: [...chosen].sort((a, b) => a - b).map((j) => prepared.candidateIds[j]!),
    objective,
    baseline,
    gain,
    gainPercent,
    coveredWeight,
    totalWeight,
    meanDistance: meters(totalWeight > 0 ? weightedDistance / totalWeight : plainDistance / n),
    evaluations,
    method,
  };
}
