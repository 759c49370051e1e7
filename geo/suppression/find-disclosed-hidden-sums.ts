import { indexAdditiveGroups } from './index-additive-groups';
import { DEFAULT_SUPPRESSION_THRESHOLD } from './suppress-small-counts';
import type { AdditiveGroup, HierarchyCell, SuppressionStatus } from './suppress-hierarchy';

export interface DisclosedHiddenSum {
  /** The shown total of the group. */
  readonly via: string;
  /** Index of that group in `groups`. */
  readonly groupIndex: number;
  /** The hidden parts whose combined count is given away, in group order. */
  readonly ids: readonly string[];
  /** Their combined count: shown total − shown parts. */
  readonly sum: number;
}

/**
 * Groups whose shown total minus their shown parts gives the combined count of their hidden parts as a
 * small count (1..threshold, default 4): "these two sectors together have 3 clients" discloses as much as
 * a small cell. Groups with a hidden total or a missing cell give no such sum. Empty = safe, which
 * `suppressHierarchy` guarantees with its default `protectHiddenSums`.
 *
 * @example
 * findDisclosedHiddenSums(
 *   [{ id: 'W', value: 12 }, { id: 'a', value: 1 }, { id: 'b', value: 2 }, { id: 'c', value: 9 }],
 *   [{ total: 'W', parts: ['a', 'b', 'c'] }],
 *   new Map([['W', 'shown'], ['a', 'primary'], ['b', 'primary'], ['c', 'shown']]),
 * ); // [{ via: 'W', groupIndex: 0, ids: ['a', 'b'], sum: 3 }]
 */
export function findDisclosedHiddenSums(
  cells: readonly HierarchyCell[],
  groups: readonly AdditiveGroup[],
  status: ReadonlyMap<string, SuppressionStatus>,
  options: { readonly threshold?: number } = {},
): DisclosedHiddenSum[] {
  const threshold = options.threshold ?? DEFAULT_SUPPRESSION_THRESHOLD;
  if (!Number.isInteger(threshold) || threshold < 0) throw new RangeError(`threshold must be a whole number ≥ 0, got ${threshold}`);
  const { ids, values, totals, partStart, partCells } = indexAdditiveGroups(cells, groups);
  if (!(status instanceof Map)) throw new TypeError('status must be a Map from cell id to SuppressionStatus');
  const statusOf = ids.map((id) => {
    const s = status.get(id);
    if (s !== 'shown' && s !== 'primary' && s !== 'secondary' && s !== 'missing') throw new RangeError(`cell "${id}" has no valid status (got ${String(s)})`);
    return s;
  });
  const found: DisclosedHiddenSum[] = [];
  totals.forEach((total, g) => {
    if (statusOf[total] !== 'shown') return;
    const members = partCells.subarray(partStart[g], partStart[g + 1]);
    if (members.some((p) => statusOf[p] === 'missing')) return;
    const hidden = members.filter((p) => statusOf[p] !== 'shown');
    const sum = hidden.reduce((s, p) => s + values[p]!, 0);
    if (sum > 0 && sum <= threshold) found.push({ via: ids[total]!, groupIndex: g, ids: Array.from(hidden, (p) => ids[p]!), sum });
  });
  return found;
}
