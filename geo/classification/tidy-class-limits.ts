import { classOf } from './classify-quantiles';

/**
 * Makes class limits `[min, …, max]` fit for a legend:
 *
 * - limits closer than a billionth of the range (float noise such as 64.4 and 64.40000000001) are one limit;
 * - a class that holds no value is merged into its neighbour, unless `keepEmpty` (`classifyValues` sets it
 *   for equal steps and manual breaks while there are at least as many distinct values as classes, and
 *   for the symmetric steps of a diverging map);
 * - the only equal pair that remains is a last class of a single value (`[…, 30, 30]`, natural breaks
 *   isolating the maximum), which `describeClassRanges` marks as `single`.
 *
 * Without `keepEmpty` every class holds a value, so there are never more classes than distinct values.
 * Non-finite values are ignored.
 *
 * @example
 * tidyClassLimits([0, 100], [0, 25, 50, 75, 100]);   // [0, 25, 100]: two empty classes merged
 * tidyClassLimits([64.4, 64.40000000001, 70], [64.4, 64.40000000001, 70]); // [64.4, 70]
 */
export function tidyClassLimits(values: readonly number[], limits: readonly number[], options: { readonly keepEmpty?: boolean } = {}): number[] {
  if (!Array.isArray(values) || !Array.isArray(limits)) throw new TypeError('values and limits must be arrays of numbers');
  for (let i = 1; i < limits.length; i++) {
    if (!(limits[i]! >= limits[i - 1]!)) throw new RangeError(`limits must be ascending numbers, got ${limits.join(', ')}`);
  }
  if (limits.length < 3) return [...limits];
  const finite = values.filter(Number.isFinite);
  const span = limits[limits.length - 1]! - limits[0]!;
  const tolerance = span * 1e-9;
  // Float noise: an inner limit within the tolerance of the one before it goes.
  let tidy = [limits[0]!];
  for (let i = 1; i < limits.length - 1; i++) if (limits[i]! - tidy[tidy.length - 1]! > tolerance) tidy.push(limits[i]);
  tidy.push(limits[limits.length - 1]);
  if (options.keepEmpty === true || finite.length === 0) return tidy;
  // Empty classes: merge each into the class after it (the last one into the class before it).
  for (;;) {
    const counts = new Array<number>(tidy.length - 1).fill(0);
    for (const v of finite) {
      const k = classOf(v, tidy);
      if (k >= 0) counts[k]!++;
    }
    const empty = counts.indexOf(0);
    if (empty < 0 || tidy.length <= 2) return tidy;
    tidy = tidy.filter((_, i) => i !== (empty === counts.length - 1 ? empty : empty + 1));
  }
}

/** One class of a legend: its two ends, and `single` when it holds one value only (written as one number). */
export interface ClassRange {
  readonly low: number;
  readonly high: number;
  readonly single: boolean;
}

/**
 * The ranges of the classes of `[min, …, max]` limits: class i runs from `limits[i]` to `limits[i + 1]`;
 * a class whose two ends are equal (all values equal, or a last class of one value) is `single`, so a
 * legend writes "64,4" and never "64,4 – 64,4".
 *
 * @example
 * describeClassRanges([1, 10, 30, 30]); // [{ low: 1, high: 10, single: false }, { low: 10, high: 30, single: false }, { low: 30, high: 30, single: true }]
 */
export function describeClassRanges(limits: readonly number[]): ClassRange[] {
  if (!Array.isArray(limits)) throw new TypeError('limits must be an array of numbers');
  return Array.from({ length: Math.max(limits.length - 1, 0) }, (_, i) => ({ low: limits[i]!, high: limits[i + 1]!, single: limits[i] === limits[i + 1] }));
}
