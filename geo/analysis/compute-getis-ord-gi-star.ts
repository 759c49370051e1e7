import { computeNormalTwoSidedP } from './compute-normal-two-sided-p';

export interface GiStarResult {
  /** The Gi* statistic, a z-score: > 0 where high values cluster, < 0 where low values do. */
  readonly z: number;
  /** Two-sided p-value from the standard normal. */
  readonly p: number;
  /** 'hot' / 'cold' when significant at `alpha` (after the correction, if any) with z > 0 / z < 0. */
  readonly cluster: 'hot' | 'cold' | 'none';
}

export interface GiStarOptions {
  /** Significance level for `cluster`; default 0.05. */
  readonly alpha?: number;
  /** Spatial weights: only binary (1 for a neighbour, the point itself included). */
  readonly weights?: 'binary';
  /**
   * Multiple testing: 'none' (default) tests every point at `alpha`; 'fdr' uses the Benjamini–Hochberg
   * false discovery rate at level `alpha` over all n points (a point is significant when its p ≤ the
   * largest p_(k) with p_(k) ≤ k·alpha/n).
   */
  readonly correction?: 'none' | 'fdr';
}

/**
 * Hot and cold spots by the Getis–Ord Gi* statistic (Getis & Ord 1992; Ord & Getis 1995) with binary
 * weights that include the point itself: with n values x, mean X̄, S = √(Σx²/n − X̄²) and, for point i,
 * W_i = Σ_j w_ij (its neighbour count, itself included; Σ_j w_ij² = W_i for binary weights),
 *
 *   Gi*_i = (Σ_j w_ij x_j − X̄ W_i) / (S √[(n W_i − W_i²) / (n − 1)]).
 *
 * It is computed from centred values (Σ_j w_ij (x_j − X̄), S² = Σ(x − X̄)²/n), the same numbers without the
 * cancellation, so adding a constant or scaling by a positive factor leaves z unchanged up to rounding.
 * When all values are equal (S = 0) every z is 0; so is the z of a point whose neighbourhood is everything
 * (W_i = n: its numerator and denominator are both 0). p = P(|Z| ≥ |z|) from the normal.
 *
 * Reading it: z is an approximate normal score; the approximation is rough with few neighbours or skewed
 * values (counts: map a rate, or prefer permutation inference — esda's G_Local, spdep's localG_perm). The
 * tests overlap (neighbouring points share neighbours), so n tests at alpha find spots by chance;
 * Bonferroni (alpha/n) is far too strict for such dependent tests, the false discovery rate
 * (`correction: 'fdr'`; Caldas de Castro & Singer 2006) is the usual compromise.
 *
 * Checks first: n ≥ 3 (RangeError), finite values, one neighbour list per value, indices whole numbers in
 * [0, n), none twice, and each list containing its own point (Gi*, not Gi).
 *
 * @example
 * // five points on a line 1 km apart, 1.5 km band: each sees itself and its direct neighbours
 * computeGetisOrdGiStar([1, 2, 3, 10, 12], [[0, 1], [0, 1, 2], [1, 2, 3], [2, 3, 4], [3, 4]]);
 * // z ≈ [−1.4882, −1.9601, −0.3267, 1.4882, 1.9601]: points 1 and 4 are a cold and a hot spot (p ≈ 0.04999)
 */
export function computeGetisOrdGiStar(values: readonly number[], neighbours: readonly ArrayLike<number>[], options: GiStarOptions = {}): GiStarResult[] {
  if (!Array.isArray(values)) throw new TypeError('values must be an array of numbers');
  const n = values.length;
  if (n < 3) throw new RangeError(`Gi* needs at least 3 values, got ${n}`);
  if (!Array.isArray(neighbours) || neighbours.length !== n) throw new RangeError(`neighbours must hold one list per value (${n}), got ${Array.isArray(neighbours) ? neighbours.length : typeof neighbours}`);
  const alpha = options.alpha ?? 0.05;
  if (typeof alpha !== 'number' || !(alpha > 0 && alpha < 1)) throw new RangeError(`alpha must be in (0, 1), got ${String(alpha)}`);
  if ((options.weights ?? 'binary') !== 'binary') throw new RangeError(`weights must be 'binary', got ${String(options.weights)}`);
  const correction = options.correction ?? 'none';
  if (correction !== 'none' && correction !== 'fdr') throw new RangeError(`correction must be 'none' or 'fdr', got ${String(correction)}`);
  let min = Infinity;
  let max = -Infinity;
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const x = values[i];
    if (typeof x !== 'number' || !Number.isFinite(x)) throw new RangeError(`values[${i}] must be a finite number, got ${String(x)}`);
    sum += x;
    if (x < min) min = x;
    if (x > max) max = x;
  }
  const seen = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    const list = neighbours[i];
    if (list === null || typeof list !== 'object' || typeof list.length !== 'number') throw new TypeError(`neighbours[${i}] must be an array of indices`);
    let self = false;
    for (let k = 0; k < list.length; k++) {
      const j = list[k]!;
      if (!Number.isInteger(j) || j < 0 || j >= n) throw new RangeError(`neighbours[${i}] holds an invalid index ${String(j)}`);
      if (seen[j] === i) throw new RangeError(`neighbours[${i}] lists ${j} twice (binary weights)`);
      seen[j] = i;
      if (j === i) self = true;
    }
    if (!self) throw new RangeError(`neighbours[${i}] must include ${i} itself: Gi* counts the point in its own neighbourhood`);
  }

  const mean = sum / n;
  const centred = new Float64Array(n);
  let squares = 0;
  for (let i = 0; i < n; i++) {
    centred[i] = values[i]! - mean;
    squares += centred[i]! * centred[i]!;
  }
  const s = Math.sqrt(squares / n);
  const z = new Float64Array(n);
  if (min !== max) {
    for (let i = 0; i < n; i++) {
      const list = neighbours[i]!;
      const w = list.length;
      let local = 0;
      for (let k = 0; k < w; k++) local += centred[list[k]!]!;
      const spread = (n * w - w * w) / (n - 1);
      z[i] = spread > 0 ? local / (s * Math.sqrt(spread)) : 0;
    }
  }
  const p = Array.from(z, (zi) => computeNormalTwoSidedP(zi));
  let cutoff = alpha;
  if (correction === 'fdr') {
    const sorted = [...p].sort((a, b) => a - b);
    cutoff = -1;
    for (let k = n; k >= 1; k--) {
      if (sorted[k - 1]! <= (k * alpha) / n) {
        cutoff = sorted[k - 1]!;
        break;
      }
    }
  }
  return p.map((pi, i) => {
    const significant = correction === 'fdr' ? pi <= cutoff : pi < cutoff;
    return { z: z[i]!, p: pi, cluster: significant ? (z[i]! > 0 ? 'hot' : z[i]! < 0 ? 'cold' : 'none') : 'none' };
  });
}
