/**
 * Equal-interval classes: the range from the minimum to the maximum cut into `classes` equal steps.
 * Returns `classes + 1` ascending limits (two equal limits when all values are equal; [] without values).
 *
 * @example
 * classifyEqualInterval([0, 3, 10], 5) // [0, 2, 4, 6, 8, 10]
 */
export function classifyEqualInterval(values: readonly number[], classes: number): number[] {
  if (!Number.isInteger(classes) || classes < 1) throw new RangeError(`classes must be a whole number ≥ 1, got ${classes}`);
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) {
    if (!Number.isFinite(v)) continue;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  if (min === Infinity) return [];
  if (min === max) return [min, max];
  const step = (max - min) / classes;
  // Clamped: with tiny (subnormal) ranges the rounded step can overshoot the maximum.
  return Array.from({ length: classes + 1 }, (_, k) => (k === classes ? max : Math.min(max, min + k * step)));
}
