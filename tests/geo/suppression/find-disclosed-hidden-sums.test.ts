import { describe, expect, it } from 'vitest';
import { findDisclosedHiddenSums } from '../../../geo/suppression/find-disclosed-hidden-sums';
import type { HierarchyCell, SuppressionStatus } from '../../../geo/suppression/suppress-hierarchy';

const cellsOf = (values: Record<string, number | null>): HierarchyCell[] => Object.entries(values).map(([id, value]) => ({ id, value }));
const statusOf = (entries: Record<string, SuppressionStatus>): Map<string, SuppressionStatus> => new Map(Object.entries(entries));

describe('findDisclosedHiddenSums', () => {
  const groups = [{ total: 'W', parts: ['a', 'b', 'c'] }];

  it('reports two small hidden parts whose combined count is small', () => {
    const cells = cellsOf({ W: 12, a: 1, b: 2, c: 9 });
    const status = statusOf({ W: 'shown', a: 'primary', b: 'primary', c: 'shown' });
    expect(findDisclosedHiddenSums(cells, groups, status)).toEqual([{ via: 'W', groupIndex: 0, ids: ['a', 'b'], sum: 3 }]);
    expect(findDisclosedHiddenSums(cells, groups, status, { threshold: 2 })).toEqual([]);
  });

  it('is silent when the sum is large, the total hidden, or a cell missing', () => {
    const cells = cellsOf({ W: 12, a: 1, b: 2, c: 9 });
    expect(findDisclosedHiddenSums(cells, groups, statusOf({ W: 'shown', a: 'primary', b: 'primary', c: 'secondary' }))).toEqual([]);
    expect(findDisclosedHiddenSums(cells, groups, statusOf({ W: 'secondary', a: 'primary', b: 'primary', c: 'shown' }))).toEqual([]);
    const missing = cellsOf({ W: 12, a: 1, b: 2, c: null });
    expect(findDisclosedHiddenSums(missing, groups, statusOf({ W: 'shown', a: 'primary', b: 'primary', c: 'missing' }))).toEqual([]);
  });

  it('checks its inputs', () => {
    const cells = cellsOf({ W: 12, a: 1, b: 2, c: 9 });
    expect(() => findDisclosedHiddenSums(cells, groups, statusOf({ W: 'shown' }))).toThrow(/no valid status/);
    expect(() => findDisclosedHiddenSums(cells, groups, new Map(), { threshold: -1 })).toThrow(RangeError);
  });
});
