import { indexAdditiveGroups, type AdditiveGroupIndex } from './index-additive-groups';
import type { AdditiveGroup, HierarchyCell, SuppressionStatus } from './suppress-hierarchy';

export interface DeterminedCell {
  /** A cell that is not shown but whose value the shown cells fix through all groups together. */
  readonly id: string;
  /** The value a reader can solve for. */
  readonly value: number;
  readonly status: Exclude<SuppressionStatus, 'shown'>;
}

/**
 * The exact audit of a suppressed set of additive tables against a reader who solves the whole linear
 * system: every group is one equation (total − Σ parts = 0), the cells that are not shown are the
 * unknowns, and an unknown is returned when the shown cells fix it — also by combining equations from
 * overlapping partitions (wijken, deelgemeenten and teams over the same sectors), which single-group
 * differencing (`findRecoverableCells`) does not. It ignores inequalities (counts ≥ 0, primary cells
 * 1..threshold): bounds on a hidden cell need a linear programme, not this test. Cells come in input order.
 *
 * @example
 * // wijk W = s0 + s2 + s3 = 10 contains deelgemeente D = s2 + s3 = 8; each group has ≥ 2 hidden cells,
 * // yet W − D = s0
 * findLinearlyDeterminedCells(
 *   [{ id: 'W', value: 10 }, { id: 'D', value: 8 }, { id: 's0', value: 2 }, { id: 's2', value: 3 }, { id: 's3', value: 5 }],
 *   [{ total: 'W', parts: ['s0', 's2', 's3'] }, { total: 'D', parts: ['s2', 's3'] }],
 *   new Map([['W', 'shown'], ['D', 'shown'], ['s0', 'primary'], ['s2', 'primary'], ['s3', 'secondary']]),
 * ); // [{ id: 's0', value: 2, status: 'primary' }]
 */
export function findLinearlyDeterminedCells(
  cells: readonly HierarchyCell[],
  groups: readonly AdditiveGroup[],
  status: ReadonlyMap<string, SuppressionStatus>,
): DeterminedCell[] {
  const index = indexAdditiveGroups(cells, groups);
  if (!(status instanceof Map)) throw new TypeError('status must be a Map from cell id to SuppressionStatus');
  const statusOf = index.ids.map((id, i) => {
    const s = status.get(id);
    if (s !== 'shown' && s !== 'primary' && s !== 'secondary' && s !== 'missing') throw new RangeError(`cell "${id}" has no valid status (got ${String(s)})`);
    if (s === 'shown' && Number.isNaN(index.values[i]!)) throw new RangeError(`cell "${id}" is shown but its value is missing`);
    return s;
  });
  const audit = auditLinearSystem(index, Uint8Array.from(statusOf, (s) => (s === 'shown' ? 0 : 1)), false);
  return Array.from(audit.determined, (cell, k) => ({
    id: index.ids[cell]!,
    value: audit.values[k]!,
    status: statusOf[cell] as Exclude<SuppressionStatus, 'shown'>,
  }));
}

export interface LinearAudit {
  /** Unknown cells the system determines, ascending. */
  readonly determined: Int32Array;
  /** Their solved values (same order). */
  readonly values: Float64Array;
  /** With candidates: per shown cell, its reduced column (undefined for unknown cells, or without candidates). */
  readonly columns: readonly (ReducedColumn | undefined)[];
}

/**
 * A shown cell's column after the elimination. `residual`: its entries in the rows outside the column space
 * of the unknowns (keyed by a global row number), empty when hiding the cell alone adds a null-space
 * direction. `effect`: its entries at the pivot rows of the determined cells (keyed by cell index), i.e. how
 * far that direction moves each of them.
 */
export interface ReducedColumn {
  readonly residual: Map<number, number>;
  readonly effect: Map<number, number>;
}

const EPS = 1e-9;

/**
 * The engine of `findLinearlyDeterminedCells`, on indices, also used by `suppressHierarchy`. Splits the
 * unknowns into connected components (unknowns linked by a group), and per component brings the equations
 * to reduced row echelon form over the unknown columns by Gaussian elimination in floating point with
 * partial pivoting (entries start at 0/±1; |x| ≤ 1e-9 counts as zero). An unknown is determined exactly
 * when it is a pivot whose row holds no free unknown. With `withCandidates`, the columns of the shown cells
 * ride along: hiding shown cell s adds a null-space direction iff its column is in the column space of the
 * unknowns (else s itself becomes determined), and that direction moves the determined cell d iff the
 * reduced column has a non-zero at d's pivot row. Cost per component: rows × columns × rank.
 *
 * @example
 * const index = indexAdditiveGroups(cells, groups);
 * auditLinearSystem(index, unknownMask, false).determined; // Int32Array of cell indices
 */
export function auditLinearSystem(index: AdditiveGroupIndex, unknown: Uint8Array, withCandidates: boolean): LinearAudit {
  const n = index.values.length;
  const columns: (ReducedColumn | undefined)[] = withCandidates
    ? Array.from({ length: n }, (_, i) => (unknown[i] ? undefined : { residual: new Map<number, number>(), effect: new Map<number, number>() }))
    : [];
  const { components, residualRows } = linkUnknownsByGroup(index, unknown, withCandidates ? columns : null);
  let rowKey = residualRows;
  const determined: number[] = [];
  const solved: number[] = [];
  const column = new Int32Array(n).fill(-1);
  for (const groupsOfComponent of components) {
    const system = buildComponentSystem(index, unknown, withCandidates, groupsOfComponent, column);
    const pivotColumns = reduceRowEchelon(system);
    const determinedRows = collectDetermined(system, pivotColumns, determined, solved);
    if (withCandidates) {
      recordReducedColumns(system, pivotColumns, determinedRows, columns, rowKey);
      rowKey += system.rowCount;
    }
    for (const c of system.unknownCells) column[c] = -1;
    for (const c of system.shownCells) column[c] = -1;
  }
  const order = determined.map((_, k) => k).sort((a, b) => determined[a]! - determined[b]!);
  return {
    determined: Int32Array.from(order, (k) => determined[k]!),
    values: Float64Array.from(order, (k) => solved[k]!),
    columns,
  };
}

/**
 * Connected components of the unknowns (two unknowns are linked when a group holds both), as the lists of
 * groups with an unknown in each component. With `columns`, every group without an unknown becomes a
 * residual row (numbered from 0) of the columns of its cells; `residualRows` is how many there are.
 */
function linkUnknownsByGroup(index: AdditiveGroupIndex, unknown: Uint8Array, columns: (ReducedColumn | undefined)[] | null): { components: number[][]; residualRows: number } {
  const { values, totals, partStart, partCells } = index;
  const n = values.length;
  const groupCount = totals.length;
  const parent = new Int32Array(n);
  for (let i = 0; i < n; i++) parent[i] = i;
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  const firstUnknown = new Int32Array(groupCount).fill(-1);
  let rowKey = 0;
  for (let g = 0; g < groupCount; g++) {
    for (let k = partStart[g]! - 1; k < partStart[g + 1]!; k++) {
      const c = k < partStart[g]! ? totals[g]! : partCells[k]!;
      if (!unknown[c]) continue;
      if (firstUnknown[g] === -1) firstUnknown[g] = c;
      else parent[find(c)] = find(firstUnknown[g]!);
    }
    if (columns !== null && firstUnknown[g] === -1) {
      // A group with no unknown is a row outside the column space: hiding one of its cells alone exposes it.
      const key = rowKey++;
      columns[totals[g]!]!.residual.set(key, 1);
      for (let k = partStart[g]!; k < partStart[g + 1]!; k++) columns[partCells[k]!]!.residual.set(key, -1);
    }
  }
  const componentGroups = new Map<number, number[]>();
  for (let g = 0; g < groupCount; g++) {
    if (firstUnknown[g] === -1) continue;
    const root = find(firstUnknown[g]!);
    const list = componentGroups.get(root);
    if (list) list.push(g);
    else componentGroups.set(root, [g]);
  }
  return { components: [...componentGroups.values()], residualRows: rowKey };
}

/** One component's equations: a flat matrix over its unknown columns, then its shown columns, then the constant. */
interface ComponentSystem {
  /** Cell index of each unknown column (ascending), and of each shown column after them. */
  readonly unknownCells: number[];
  readonly shownCells: number[];
  readonly matrix: Float64Array;
  /** Row r starts at rowAt[r] (rows are swapped by swapping offsets). */
  readonly rowAt: Int32Array;
  readonly width: number;
  readonly rowCount: number;
}

/** Numbers the component's columns (in `column`, a scratch array of −1 the caller resets) and fills its matrix. */
function buildComponentSystem(index: AdditiveGroupIndex, unknown: Uint8Array, withCandidates: boolean, groupsOfComponent: readonly number[], column: Int32Array): ComponentSystem {
  const { values, totals, partStart, partCells } = index;
  const unknownCells: number[] = [];
  const shownCells: number[] = [];
  for (const g of groupsOfComponent) {
    for (let k = partStart[g]! - 1; k < partStart[g + 1]!; k++) {
      const c = k < partStart[g]! ? totals[g]! : partCells[k]!;
      if (column[c] !== -1) continue;
      if (unknown[c]) {
        column[c] = -2;
        unknownCells.push(c);
      } else if (withCandidates) {
        column[c] = -2;
        shownCells.push(c);
      }
    }
  }
  unknownCells.sort((a, b) => a - b);
  const u = unknownCells.length;
  for (let k = 0; k < u; k++) column[unknownCells[k]!] = k;
  for (let k = 0; k < shownCells.length; k++) column[shownCells[k]!] = u + k;
  const width = u + shownCells.length + 1;
  const rowCount = groupsOfComponent.length;
  const matrix = new Float64Array(rowCount * width);
  const rowAt = new Int32Array(rowCount);
  for (let r = 0; r < rowCount; r++) {
    const g = groupsOfComponent[r]!;
    const at = (rowAt[r] = r * width);
    for (let k = partStart[g]! - 1; k < partStart[g + 1]!; k++) {
      const c = k < partStart[g]! ? totals[g]! : partCells[k]!;
      const coefficient = c === totals[g] ? 1 : -1;
      if (unknown[c]) matrix[at + column[c]!]! += coefficient;
      else {
        matrix[at + width - 1]! -= coefficient * values[c]!;
        if (withCandidates) matrix[at + column[c]!]! += coefficient;
      }
    }
  }
  return { unknownCells, shownCells, matrix, rowAt, width, rowCount };
}

/** Gauss–Jordan elimination with partial pivoting over the unknown columns, in place; returns the pivot columns. */
function reduceRowEchelon(system: ComponentSystem): number[] {
  const { matrix, rowAt, width, rowCount } = system;
  const u = system.unknownCells.length;
  const pivotColumns: number[] = [];
  let rank = 0;
  for (let col = 0; col < u && rank < rowCount; col++) {
    let pivot = rank;
    for (let r = rank + 1; r < rowCount; r++) if (Math.abs(matrix[rowAt[r]! + col]!) > Math.abs(matrix[rowAt[pivot]! + col]!)) pivot = r;
    if (Math.abs(matrix[rowAt[pivot]! + col]!) <= EPS) continue;
    const swap = rowAt[rank]!;
    rowAt[rank] = rowAt[pivot]!;
    rowAt[pivot] = swap;
    const top = rowAt[rank]!;
    const scale = matrix[top + col]!;
    for (let k = col; k < width; k++) matrix[top + k]! /= scale;
    for (let r = 0; r < rowCount; r++) {
      if (r === rank) continue;
      const at = rowAt[r]!;
      const factor = matrix[at + col]!;
      if (Math.abs(factor) <= EPS) continue;
      for (let k = col; k < width; k++) matrix[at + k]! -= factor * matrix[top + k]!;
    }
    pivotColumns.push(col);
    rank++;
  }
  return pivotColumns;
}

/** Appends the pivots whose row holds no free unknown (cell and value) and returns those rows. */
function collectDetermined(system: ComponentSystem, pivotColumns: readonly number[], determined: number[], solved: number[]): number[] {
  const { matrix, rowAt, width, unknownCells } = system;
  const u = unknownCells.length;
  const isPivot = new Uint8Array(u);
  for (const col of pivotColumns) isPivot[col] = 1;
  const determinedRows: number[] = [];
  for (let r = 0; r < pivotColumns.length; r++) {
    const at = rowAt[r]!;
    let free = false;
    for (let k = pivotColumns[r]! + 1; k < u && !free; k++) free = isPivot[k] === 0 && Math.abs(matrix[at + k]!) > EPS;
    if (free) continue;
    determinedRows.push(r);
    determined.push(unknownCells[pivotColumns[r]!]!);
    solved.push(matrix[at + width - 1]!);
  }
  return determinedRows;
}

/** Copies each shown column's entries below the rank (residual, rows numbered from `rowKey`) and at the determined rows (effect). */
function recordReducedColumns(system: ComponentSystem, pivotColumns: readonly number[], determinedRows: readonly number[], columns: (ReducedColumn | undefined)[], rowKey: number): void {
  const { matrix, rowAt, rowCount, unknownCells, shownCells } = system;
  const u = unknownCells.length;
  const rank = pivotColumns.length;
  for (let k = 0; k < shownCells.length; k++) {
    const col = u + k;
    const reduced = columns[shownCells[k]!]!;
    for (let r = rank; r < rowCount; r++) {
      const v = matrix[rowAt[r]! + col]!;
      if (Math.abs(v) > EPS) reduced.residual.set(rowKey + r, v);
    }
    for (const r of determinedRows) {
      const v = matrix[rowAt[r]! + col]!;
      if (Math.abs(v) > EPS) reduced.effect.set(unknownCells[pivotColumns[r]!]!, v);
    }
  }
}

/** A set of shown cells (one or two) whose hiding together sets the listed determined cells free. */
export interface FreeingSet {
  readonly cells: readonly number[];
  readonly freed: readonly number[];
}

/**
 * From an audit with candidates, every single shown cell and every pair of shown cells that sets at least
 * one of `targets` free without becoming determined itself. A single cell s does when its residual is
 * empty and its effect on a target is non-zero. A pair (s, t) does when their residuals are parallel,
 * r_t = λ·r_s ≠ 0 (then t − λ·s is a null-space direction with both weights non-zero) and
 * effect_t − λ·effect_s is non-zero on a target. Pairs are only looked for among cells with the same
 * normalised residual (a hash), so the cost is about the number of candidates plus the pairs per bucket.
 *
 * @example
 * proposeFreeingSets(auditLinearSystem(index, mask, true), new Set([12])); // [{ cells: [40], freed: [12] }, …]
 */
export function proposeFreeingSets(audit: LinearAudit, targets: ReadonlySet<number>): FreeingSet[] {
  const sets: FreeingSet[] = [];
  const freedOf = (effect: (cell: number) => number): number[] => {
    const freed: number[] = [];
    for (const d of targets) if (Math.abs(effect(d)) > EPS) freed.push(d);
    return freed.sort((a, b) => a - b);
  };
  const buckets = new Map<string, { cell: number; scale: number }[]>();
  audit.columns.forEach((column, cell) => {
    if (column === undefined) return;
    if (column.residual.size === 0) {
      const freed = freedOf((d) => column.effect.get(d) ?? 0);
      if (freed.length > 0) sets.push({ cells: [cell], freed });
      return;
    }
    const keys = [...column.residual.keys()].sort((a, b) => a - b);
    const scale = column.residual.get(keys[0]!)!;
    const signature = keys.map((k) => `${k}:${(column.residual.get(k)! / scale).toFixed(9)}`).join(' ');
    const bucket = buckets.get(signature);
    if (bucket) bucket.push({ cell, scale });
    else buckets.set(signature, [{ cell, scale }]);
  });
  for (const bucket of buckets.values()) {
    for (let i = 0; i < bucket.length; i++) {
      const s = bucket[i]!;
      const effectS = audit.columns[s.cell]!.effect;
      if (effectS.size === 0 && bucket.every((t) => audit.columns[t.cell]!.effect.size === 0)) break;
      for (let j = i + 1; j < bucket.length; j++) {
        const t = bucket[j]!;
        const lambda = t.scale / s.scale;
        const effectT = audit.columns[t.cell]!.effect;
        const freed = freedOf((d) => (effectT.get(d) ?? 0) - lambda * (effectS.get(d) ?? 0));
        if (freed.length > 0) sets.push({ cells: [s.cell, t.cell], freed });
      }
    }
  }
  return sets;
}
