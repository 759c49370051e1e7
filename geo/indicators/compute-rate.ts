/**
 * A rate per `per` units of the denominator (default per 1,000), or null when it cannot be computed
 * (missing numerator, missing or zero denominator).
 *
 * @example
 * computeRate(25, 2000)      // 12.5 (per 1,000)
 * computeRate(25, 2000, 100) // 1.25 (per 100, a percentage)
 * computeRate(25, 0)         // null
 */
export function computeRate(numerator: number | null, denominator: number | null, per = 1000): number | null {
  if (!(per > 0)) throw new RangeError(`per must be positive, got ${per}`);
  if (numerator === null || denominator === null || !Number.isFinite(numerator) || !Number.isFinite(denominator)) return null;
  if (denominator <= 0) return null;
  return (numerator / denominator) * per;
}
