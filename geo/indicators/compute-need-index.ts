import { standardiseValues, type StandardisationMethod } from './standardise-values';

export type Polarity = 'higher_worse' | 'higher_better' | 'neutral';

export interface NeedComponent {
  /** Indicator id, for the output. */
  readonly id: string;
  /** The indicator per area (a rate, share or count per 1,000), null where missing or suppressed. */
  readonly values: readonly (number | null)[];
  /** Relative weight (≥ 0). */
  readonly weight: number;
  /** `higher_better` indicators are reversed, so that a higher index always means more need. */
  readonly polarity: Polarity;
}

export interface NeedIndexResult {
  /** Composite per area: Σ wₖ·sₖ·zₖ / Σ wₖ over the components present for that area; null if none. */
  readonly index: (number | null)[];
  /** Each component's signed standardised score per area (after the polarity sign). */
  readonly scores: Readonly<Record<string, (number | null)[]>>;
  readonly method: StandardisationMethod;
}

/**
 * The need index: a weighted mean of standardised indicators, oriented so that higher = more need.
 *
 *   needᵢ = Σₖ wₖ · sₖ · zₖ(xᵢₖ) / Σₖ wₖ   (sum over components with a value for area i)
 *
 * where zₖ is the z-score (or the rank scaled to −1…1) of indicator k over all areas, sₖ = −1 for
 * `higher_better` indicators and +1 otherwise. With z-scores the index has mean ≈ 0: a value of 1 means
 * about one standard deviation more need than the average area.
 *
 * @example
 * computeNeedIndex([{ id: 'poverty', values: [10, 20, 30], weight: 1, polarity: 'higher_worse' }], 'rank').index // [-1, 0, 1]
 */
export function computeNeedIndex(components: readonly NeedComponent[], method: StandardisationMethod = 'z-score'): NeedIndexResult {
  if (components.length === 0) throw new RangeError('The need index needs at least one indicator');
  const n = components[0]!.values.length;
  for (const c of components) {
    if (c.values.length !== n) throw new RangeError(`Indicator ${c.id} has ${c.values.length} values, expected ${n}`);
    if (!(c.weight >= 0) || !Number.isFinite(c.weight)) throw new RangeError(`Weight of ${c.id} must be a finite number ≥ 0, got ${c.weight}`);
  }
  if (components.every((c) => c.weight === 0)) throw new RangeError('At least one weight must be above 0');
  const scores: Record<string, (number | null)[]> = {};
  const sum = new Float64Array(n);
  const weights = new Float64Array(n);
  for (const c of components) {
    const sign = c.polarity === 'higher_better' ? -1 : 1;
    const z = standardiseValues(c.values, method).map((v) => (v === null ? null : sign * v));
    scores[c.id] = z;
    if (c.weight === 0) continue;
    for (let i = 0; i < n; i++) {
      const v = z[i];
      if (v === null || v === undefined) continue;
      sum[i]! += c.weight * v;
      weights[i]! += c.weight;
    }
  }
  const index = Array.from(sum, (s, i) => (weights[i]! > 0 ? s / weights[i]! : null));
  return { index, scores, method };
}
