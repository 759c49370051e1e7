/**
 * Splits `total` over items in proportion to `weights`, in whole steps of `step` (e.g. 0.5 FTE), with at
 * least `minimum` per item, so that the parts add up to `total` exactly (largest-remainder method; ties go
 * to the lower index). Works in integer step counts, so there is no floating-point drift.
 *
 * @example
 * apportionInSteps(10, [1, 1, 2], 0.5, 0.5); // [2.5, 2.5, 5]
 */
export function apportionInSteps(total: number, weights: readonly number[], step: number, minimum = 0): number[] {
  if (!Number.isFinite(step) || step <= 0) throw new RangeError(`step must be positive, got ${step}`);
  const totalSteps = Math.round(total / step);
  const minimumSteps = Math.round(minimum / step);
  if (Math.abs(totalSteps * step - total) > 1e-9) throw new RangeError(`total ${total} is not a multiple of step ${step}`);
  if (!Array.isArray(weights) || weights.length === 0) throw new RangeError('weights must be a non-empty array');
  if (weights.some((w) => !Number.isFinite(w) || w < 0)) throw new RangeError('weights must be finite numbers >= 0');
  if (minimumSteps * weights.length > totalSteps) throw new RangeError('total is smaller than the minimum for every item');
  const weightSum = weights.reduce((a, b) => a + b, 0);
  const free = totalSteps - minimumSteps * weights.length;
  const exact = weights.map((w) => (weightSum > 0 ? (w / weightSum) * free : free / weights.length));
  const units = exact.map((e) => Math.floor(e));
  let left = free - units.reduce((a, b) => a + b, 0);
  const order = exact.map((e, i) => ({ i, remainder: e - Math.floor(e) })).sort((a, b) => b.remainder - a.remainder || a.i - b.i);
  for (const { i } of order) {
    if (left === 0) break;
    units[i]! += 1;
    left -= 1;
  }
  return units.map((u) => (u + minimumSteps) * step);
}
