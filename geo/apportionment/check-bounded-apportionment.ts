/**
 * The problem shared by the bounded apportionment methods (`apportionHighestAverages`,
 * `apportionLargestRemainders`): share `units` whole units over items in proportion to exact integer
 * `weights`, every item `i` getting between `lower[i]` and `upper[i]` units.
 *
 * Weights are exact (see `scaleToIntegers`), so ties are real ties; ties go to the larger weight, then to the
 * lower index (callers sort their items, e.g. by id, to make that deterministic). Items of weight 0 receive
 * units only when every item of positive weight is at its upper bound; among themselves they then share as
 * if their weights were equal (the limit of a tiny equal weight).
 */
export interface BoundedApportionment {
  /** Units to share: a whole number ≥ 0. */
  readonly units: number;
  /** Exact weights ≥ 0, one per item; only ratios matter. */
  readonly weights: readonly bigint[];
  /** Least units per item (whole numbers ≥ 0). */
  readonly lower: readonly number[];
  /** Most units per item (whole numbers ≥ lower). */
  readonly upper: readonly number[];
}

/**
 * The result of a bounded apportionment: units per item, and per item the bound that holds it, if any.
 * A bound holds an item when the item sits at it and its proportional share — at a common divisor (divisor
 * methods) or common quota factor (largest remainders) that yields this allocation — lies beyond it: `lower`
 * when the item would get less without it, `upper` when it would get more.
 */
export interface BoundedAllocation {
  readonly units: number[];
  readonly bound: ('lower' | 'upper' | null)[];
}

/**
 * Checks a bounded apportionment problem and throws a RangeError naming the first thing wrong: lengths,
 * whole numbers, negative weights, `lower > upper`, or bounds that cannot add up to `units`.
 *
 * @example
 * checkBoundedApportionment({ units: 5, weights: [1n, 2n], lower: [0, 0], upper: [5, 5] }); // passes
 * checkBoundedApportionment({ units: 5, weights: [1n, 2n], lower: [3, 3], upper: [5, 5] }); // throws: Σ lower 6 > 5
 */
export function checkBoundedApportionment(problem: BoundedApportionment): void {
  const { units, weights, lower, upper } = problem;
  if (!Number.isSafeInteger(units) || units < 0) throw new RangeError(`units must be a whole number ≥ 0, got ${units}`);
  if (!Array.isArray(weights) || weights.length === 0) throw new RangeError('weights must be a non-empty array');
  const n = weights.length;
  if (!Array.isArray(lower) || lower.length !== n) throw new RangeError(`lower must have one entry per weight (${n})`);
  if (!Array.isArray(upper) || upper.length !== n) throw new RangeError(`upper must have one entry per weight (${n})`);
  let lowerSum = 0;
  let upperSum = 0;
  for (let i = 0; i < n; i++) {
    const w = weights[i]!;
    const lo = lower[i]!;
    const hi = upper[i]!;
    if (typeof w !== 'bigint' || w < 0n) throw new RangeError(`weights[${i}] must be a bigint ≥ 0, got ${String(w)}`);
    if (!Number.isSafeInteger(lo) || lo < 0) throw new RangeError(`lower[${i}] must be a whole number ≥ 0, got ${lo}`);
    if (!Number.isSafeInteger(hi) || hi < lo) throw new RangeError(`upper[${i}] must be a whole number ≥ lower[${i}] (${lo}), got ${hi}`);
    lowerSum += lo;
    upperSum += hi;
  }
  if (lowerSum > units) throw new RangeError(`the lower bounds add up to ${lowerSum}, more than the ${units} units to share`);
  if (upperSum < units) throw new RangeError(`the upper bounds add up to ${upperSum}, less than the ${units} units to share`);
}
