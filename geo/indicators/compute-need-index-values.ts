import { standardiseToZScores } from './standardise-to-z-scores';
import { standardiseValues, type StandardisationMethod } from './standardise-values';
import type { Polarity } from './compute-need-index';

/**
 * The need index of `computeNeedIndex` (Σ wₖ·sₖ·zₖ / Σ wₖ over the components present for an area) into a
 * typed array, with `present[i]` 0 where no component has a value: the same numbers bit for bit, for the
 * engine's recomputes, without the per-component scores or a boxed number per area. Values may be a typed
 * array with NaN (any non-finite value) for a missing one, as with null.
 *
 * @example
 * computeNeedIndexValues([{ id: 'poverty', values: new Float64Array([10, NaN, 30]), weight: 1, polarity: 'higher_worse' }], 'z-score')
 * // { index: Float64Array [-1, 0, 1], present: Uint8Array [1, 0, 1] }
 */
export function computeNeedIndexValues(
  components: readonly { readonly id: string; readonly values: ArrayLike<number | null>; readonly weight: number; readonly polarity: Polarity }[],
  method: StandardisationMethod = 'z-score',
): { index: Float64Array; present: Uint8Array } {
  if (components.length === 0) throw new RangeError('The need index needs at least one indicator');
  if (method !== 'z-score' && method !== 'rank') throw new RangeError(`Unknown standardisation ${String(method)}`);
  const n = components[0]!.values.length;
  for (const c of components) {
    if (c.values.length !== n) throw new RangeError(`Indicator ${c.id} has ${c.values.length} values, expected ${n}`);
    if (!(c.weight >= 0) || !Number.isFinite(c.weight)) throw new RangeError(`Weight of ${c.id} must be a finite number ≥ 0, got ${c.weight}`);
  }
  if (components.every((c) => c.weight === 0)) throw new RangeError('At least one weight must be above 0');
  const sum = new Float64Array(n);
  const weights = new Float64Array(n);
  for (const c of components) {
    if (c.weight === 0) continue;
    const sign = c.polarity === 'higher_better' ? -1 : 1;
    if (method === 'z-score') {
      const { z, present } = standardiseToZScores(c.values);
      for (let i = 0; i < n; i++) {
        if (present[i] === 0) continue;
        sum[i]! += c.weight * (sign * z[i]!);
        weights[i]! += c.weight;
      }
    } else {
      const z = standardiseValues(Array.from(c.values, (v) => (v === null || !Number.isFinite(v) ? null : v)), method);
      for (let i = 0; i < n; i++) {
        const v = z[i];
        if (v === null || v === undefined) continue;
        sum[i]! += c.weight * (sign * v);
        weights[i]! += c.weight;
      }
    }
  }
  const index = new Float64Array(n);
  const present = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    if (weights[i]! > 0) {
      index[i] = sum[i]! / weights[i]!;
      present[i] = 1;
    }
  }
  return { index, present };
}
