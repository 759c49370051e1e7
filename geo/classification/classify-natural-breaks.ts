import { clusterCkmeans } from './cluster-ckmeans';

/**
 * Natural breaks, exactly: the optimal 1-D clustering that minimises the within-class sum of squares
 * (Jenks' goal), computed with Ckmeans.1d.dp (Wang & Song 2011; see cluster-ckmeans.ts, checked against
 * simple-statistics' `ckmeans`), O(k·n·log n) — fast enough for 20,000 values. Limits are the classes'
 * minima plus the overall maximum, so class i holds `limits[i] ≤ v < limits[i+1]`. Fewer classes come back
 * when there are fewer distinct values; non-finite values are ignored.
 *
 * @example
 * classifyNaturalBreaks([1, 2, 3, 10, 11, 12, 30], 3) // [1, 10, 30, 30]
 */
export function classifyNaturalBreaks(values: readonly number[], classes: number): number[] {
  if (!Number.isInteger(classes) || classes < 1) throw new RangeError(`classes must be a whole number ≥ 1, got ${classes}`);
  const finite = values.filter(Number.isFinite);
  if (finite.length === 0) return [];
  const distinct = new Set(finite).size;
  if (distinct === 1) return [finite[0]!, finite[0]!];
  const { sorted, starts } = clusterCkmeans(finite, Math.min(classes, distinct));
  return [...starts.map((i) => sorted[i]!), sorted[sorted.length - 1]!];
}
