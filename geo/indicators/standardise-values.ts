import { standardiseToZScores } from './standardise-to-z-scores';

/**
 * Standardises values so indicators with different units can be combined:
 * - `z-score`: (x − mean) / standard deviation (population SD); all-equal values give 0;
 * - `rank`: percentile rank scaled to −1…1 (lowest −1, highest 1; ties share their mean rank).
 * Missing values (null or non-finite) stay null and are left out of the mean, SD and ranks.
 *
 * @example
 * standardiseValues([1, 2, 3], 'z-score') // [-1.2247…, 0, 1.2247…]
 * standardiseValues([10, 30, 20], 'rank') // [-1, 1, 0]
 */
export type StandardisationMethod = 'z-score' | 'rank';

export function standardiseValues(values: readonly (number | null)[], method: StandardisationMethod): (number | null)[] {
  if (method !== 'z-score' && method !== 'rank') throw new RangeError(`Unknown standardisation ${String(method)}`);
  const out: (number | null)[] = new Array(values.length).fill(null);
  if (method === 'z-score') {
    const { z, present } = standardiseToZScores(values);
    for (let i = 0; i < values.length; i++) if (present[i] === 1) out[i] = z[i]!;
    return out;
  }
  const order = values.map((v, i) => ({ v, i })).filter((x): x is { v: number; i: number } => x.v !== null && Number.isFinite(x.v)).sort((a, b) => a.v - b.v);
  const n = order.length;
  for (let start = 0; start < n; ) {
    let end = start;
    while (end + 1 < n && order[end + 1]!.v === order[start]!.v) end++;
    const meanRank = (start + end) / 2; // 0-based
    const scaled = n === 1 ? 0 : (2 * meanRank) / (n - 1) - 1;
    for (let k = start; k <= end; k++) out[order[k]!.i] = scaled;
    start = end + 1;
  }
  return out;
}
