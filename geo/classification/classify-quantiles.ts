/**
 * Quantile classification: class limits such that each class holds (about) the same number of values.
 * Returns `classes + 1` ascending limits from the minimum to the maximum; ties are kept together, so with
 * few distinct values fewer classes come back. Non-finite values are ignored.
 *
 * Limits use the "type 7" sample quantile (linear interpolation, as R's default and NumPy's `linear`).
 *
 * @example
 * classifyQuantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 2) // [1, 5.5, 10]
 */
export function classifyQuantiles(values: readonly number[], classes: number): number[] {
  if (!Number.isInteger(classes) || classes < 1) throw new RangeError(`classes must be a whole number ≥ 1, got ${classes}`);
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return [];
  const min = sorted[0]!;
  const max = sorted[sorted.length - 1]!;
  if (min === max) return [min, max];
  const limits = [min];
  for (let k = 1; k < classes; k++) {
    const h = (sorted.length - 1) * (k / classes);
    const lo = Math.floor(h);
    const q = sorted[lo]! + (h - lo) * (sorted[Math.min(lo + 1, sorted.length - 1)]! - sorted[lo]!);
    if (q > limits[limits.length - 1]! && q < max) limits.push(q);
  }
  limits.push(max);
  return limits;
}

/**
 * The class (0-based) of a value given ascending limits `[min, l1, …, max]`: class i holds
 * `limits[i] ≤ v < limits[i+1]`, the last class includes the maximum. Returns -1 for non-finite values.
 *
 * @example
 * classOf(5.5, [1, 5.5, 10]) // 1
 */
export function classOf(value: number, limits: readonly number[]): number {
  if (!Number.isFinite(value) || limits.length < 2) return -1;
  const last = limits.length - 2;
  for (let i = 0; i < last; i++) if (value < limits[i + 1]!) return i;
  return last;
}
