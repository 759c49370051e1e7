/**
 * Primary small-cell suppression for social data. A count of a *sensitive* indicator between 1 and the
 * threshold (default 4) is never shown; neither is a rate or share computed from it, since together with
 * a published denominator it gives the count back. Zero is shown (it discloses nobody), as are counts above
 * the threshold. Non-sensitive indicators pass through.
 *
 * @example
 * suppressSmallCount(3, { sensitive: true })  // { value: null, status: 'suppressed' }
 * suppressSmallCount(0, { sensitive: true })  // { value: 0, status: 'shown' }
 * suppressSmallCount(3, { sensitive: false }) // { value: 3, status: 'shown' }
 */
export type CellStatus = 'shown' | 'suppressed' | 'missing';

export interface SuppressionOptions {
  readonly sensitive: boolean;
  /** Largest count that is suppressed; counts 1..threshold are hidden. Default 4. */
  readonly threshold?: number;
}

export const DEFAULT_SUPPRESSION_THRESHOLD = 4;

export function suppressSmallCount(count: number | null, options: SuppressionOptions): { value: number | null; status: CellStatus } {
  const threshold = options.threshold ?? DEFAULT_SUPPRESSION_THRESHOLD;
  if (!Number.isInteger(threshold) || threshold < 0) throw new RangeError(`threshold must be a whole number ≥ 0, got ${threshold}`);
  if (count === null || !Number.isFinite(count)) return { value: null, status: 'missing' };
  if (options.sensitive && count > 0 && count <= threshold) return { value: null, status: 'suppressed' };
  return { value: count, status: 'shown' };
}
