import { expect } from 'vitest';
import { findDisclosedHiddenSums } from '../../../geo/suppression/find-disclosed-hidden-sums';
import { findLinearlyDeterminedCells } from '../../../geo/suppression/find-linearly-determined-cells';
import { findRecoverableCells } from '../../../geo/suppression/find-recoverable-cells';
import type { AdditiveGroup, HierarchyCell, SuppressionStatus } from '../../../geo/suppression/suppress-hierarchy';

/** The ids of the cells with status `kind`, sorted. */
export const hidden = (status: ReadonlyMap<string, SuppressionStatus>, kind: SuppressionStatus): string[] => [...status].filter(([, s]) => s === kind).map(([id]) => id).sort();

/** Every guarantee of the defaults, with the checker outputs in the message when one fails. */
export function expectSafe(cells: readonly HierarchyCell[], groups: readonly AdditiveGroup[], status: ReadonlyMap<string, SuppressionStatus>): void {
  expect(findRecoverableCells(cells, groups, status)).toEqual([]);
  expect(findDisclosedHiddenSums(cells, groups, status)).toEqual([]);
  expect(findLinearlyDeterminedCells(cells, groups, status)).toEqual([]);
}
