import { describe, expect, it } from 'vitest';
import { findRecoverableCells } from '../../../geo/suppression/find-recoverable-cells';
import type { HierarchyCell, SuppressionStatus } from '../../../geo/suppression/suppress-hierarchy';

const cellsOf = (values: Record<string, number | null>): HierarchyCell[] => Object.entries(values).map(([id, value]) => ({ id, value }));
const statusOf = (entries: Record<string, SuppressionStatus>): Map<string, SuppressionStatus> => new Map(Object.entries(entries));

describe('findRecoverableCells', () => {
  const cells = cellsOf({ M: 40, W: 20, V: 20, a: 2, b: 18, c: 20 });
  const groups = [
    { total: 'W', parts: ['a', 'b'] },
    { total: 'V', parts: ['c'] },
    { total: 'M', parts: ['W', 'V'] },
  ];

  it('finds a hidden part as shown total − shown parts', () => {
    const status = statusOf({ M: 'shown', W: 'shown', V: 'shown', a: 'primary', b: 'shown', c: 'shown' });
    expect(findRecoverableCells(cells, groups, status)).toEqual([{ id: 'a', via: 'W', groupIndex: 0, value: 2, status: 'primary' }]);
  });

  it('finds a hidden total as the sum of its shown parts, and in its parent group too', () => {
    const status = statusOf({ M: 'shown', W: 'secondary', V: 'shown', a: 'shown', b: 'shown', c: 'shown' });
    expect(findRecoverableCells(cells, groups, status)).toEqual([
      { id: 'W', via: 'W', groupIndex: 0, value: 20, status: 'secondary' },
      { id: 'W', via: 'M', groupIndex: 2, value: 20, status: 'secondary' },
    ]);
  });

  it('finds nothing when every group has zero or at least two cells not shown', () => {
    const status = statusOf({ M: 'shown', W: 'shown', V: 'shown', a: 'primary', b: 'secondary', c: 'shown' });
    expect(findRecoverableCells(cells, groups, status)).toEqual([]);
  });

  it('reports a missing cell that one group gives away, unless includeMissing is false', () => {
    const withMissing = cellsOf({ M: 40, W: 20, V: 20, a: null, b: 18, c: 20 });
    const status = statusOf({ M: 'shown', W: 'shown', V: 'shown', a: 'missing', b: 'shown', c: 'shown' });
    expect(findRecoverableCells(withMissing, groups, status)).toEqual([{ id: 'a', via: 'W', groupIndex: 0, value: 2, status: 'missing' }]);
    expect(findRecoverableCells(withMissing, groups, status, { includeMissing: false })).toEqual([]);
  });

  it('checks its inputs', () => {
    expect(() => findRecoverableCells(cells, groups, statusOf({ M: 'shown' }))).toThrow(/no valid status/);
    expect(() => findRecoverableCells(cells, groups, {} as never)).toThrow(TypeError);
    const withMissing = cellsOf({ W: null, a: 1 });
    expect(() => findRecoverableCells(withMissing, [{ total: 'W', parts: ['a'] }], statusOf({ W: 'shown', a: 'primary' }))).toThrow(/shown but its value is missing/);
  });
});
