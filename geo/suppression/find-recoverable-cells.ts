import { indexAdditiveGroups } from './index-additive-groups';
import type { AdditiveGroup, HierarchyCell, SuppressionStatus } from './suppress-hierarchy';

export interface RecoverableCell {
  /** The hidden cell. */
  readonly id: string;
  /** The total of the group whose arithmetic gives it away. */
  readonly via: string;
  /** Index of that group in `groups` (several groups can share a total). */
  readonly groupIndex: number;
  /** The value a reader computes: shown total − shown parts, or Σ shown parts. */
  readonly value: number;
  readonly status: Exclude<SuppressionStatus, 'shown'>;
}

export interface FindRecoverableCellsOptions {
  /** Report missing cells that one group gives away as well (default true), as `suppressHierarchy` protects them by default. */
  readonly includeMissing?: boolean;
}

/**
 * Cells hidden in `status` (primary, secondary, and by default missing) that one group's arithmetic
 * recovers: a group with exactly one cell that is not shown gives that cell away, as "shown total − shown
 * parts" or, for a hidden total, "Σ shown parts". Empty = safe against single-group differencing, which
 * is what `suppressHierarchy` guarantees; it does not look at combinations of groups (see
 * `findLinearlyDeterminedCells`). Sorted by group index, one entry per (cell, group). Throws when a cell
 * has no status.
 *
 * @example
 * findRecoverableCells(
 *   [{ id: 'W', value: 20 }, { id: 'a', value: 2 }, { id: 'b', value: 18 }],
 *   [{ total: 'W', parts: ['a', 'b'] }],
 *   new Map([['W', 'shown'], ['a', 'primary'], ['b', 'shown']]),
 * ); // [{ id: 'a', via: 'W', groupIndex: 0, value: 2, status: 'primary' }]
 */
export function findRecoverableCells(
  cells: readonly HierarchyCell[],
  groups: readonly AdditiveGroup[],
  status: ReadonlyMap<string, SuppressionStatus>,
  options: FindRecoverableCellsOptions = {},
): RecoverableCell[] {
  const { ids, values, totals, partStart, partCells } = indexAdditiveGroups(cells, groups);
  if (!(status instanceof Map)) throw new TypeError('status must be a Map from cell id to SuppressionStatus');
  const includeMissing = options.includeMissing ?? true;
  const statusOf = ids.map((id, i) => {
    const s = status.get(id);
    if (s !== 'shown' && s !== 'primary' && s !== 'secondary' && s !== 'missing') throw new RangeError(`cell "${id}" has no valid status (got ${String(s)})`);
    if (s === 'shown' && Number.isNaN(values[i]!)) throw new RangeError(`cell "${id}" is shown but its value is missing`);
    return s;
  });
  const found: RecoverableCell[] = [];
  totals.forEach((total, g) => {
    const parts = partCells.subarray(partStart[g], partStart[g + 1]);
    const members = [total, ...parts];
    const unknown = members.filter((c) => statusOf[c] !== 'shown');
    if (unknown.length !== 1) return;
    const cell = unknown[0]!;
    const s = statusOf[cell]!;
    if (s === 'shown' || (s === 'missing' && !includeMissing)) return;
    const partSum = parts.reduce((sum, p) => (p === cell ? sum : sum + values[p]!), 0);
    found.push({ id: ids[cell]!, via: ids[total]!, groupIndex: g, value: cell === total ? partSum : values[total]! - partSum, status: s });
  });
  return found;
}
