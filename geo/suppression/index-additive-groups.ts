import type { AdditiveGroup, HierarchyCell } from './suppress-hierarchy';

/**
 * Cells and additive groups checked and turned into flat index arrays (compressed rows), shared by the
 * suppression and its checkers. The parts of group g are `partCells[partStart[g] .. partStart[g+1])`; the
 * groups cell c is in (as total or part, ascending) are `memberGroups[memberStart[c] .. memberStart[c+1])`.
 */
export interface AdditiveGroupIndex {
  readonly ids: readonly string[];
  /** Cell values; NaN where the value is missing (null). */
  readonly values: Float64Array;
  readonly indexOf: ReadonlyMap<string, number>;
  /** Per group, the cell index of its total. */
  readonly totals: Int32Array;
  readonly partStart: Int32Array;
  readonly partCells: Int32Array;
  readonly memberStart: Int32Array;
  readonly memberGroups: Int32Array;
}

/**
 * Checks cells and additive groups and indexes them: cell ids must be unique non-empty strings, values
 * `null` or finite numbers ≥ 0 (counts); every group names known cells, has at least one part, no part
 * twice and not its own total. Additivity (total = Σ parts) is assumed, not checked: sources round.
 * Throws a TypeError or RangeError naming the first problem.
 *
 * @example
 * const index = indexAdditiveGroups([{ id: 'w', value: 7 }, { id: 'a', value: 3 }, { id: 'b', value: 4 }],
 *   [{ total: 'w', parts: ['a', 'b'] }]);
 * index.partCells.subarray(index.partStart[0], index.partStart[1]); // Int32Array [1, 2]
 */
export function indexAdditiveGroups(cells: readonly HierarchyCell[], groups: readonly AdditiveGroup[]): AdditiveGroupIndex {
  if (!Array.isArray(cells)) throw new TypeError('cells must be an array of { id, value }');
  if (!Array.isArray(groups)) throw new TypeError('groups must be an array of { total, parts }');
  const n = cells.length;
  const ids: string[] = new Array<string>(n);
  const values = new Float64Array(n);
  const indexOf = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const cell = cells[i] as HierarchyCell | null | undefined;
    if (cell === null || typeof cell !== 'object') throw new TypeError(`cells[${i}] must be an object { id, value }`);
    const { id, value } = cell;
    if (typeof id !== 'string' || id === '') throw new TypeError(`cells[${i}].id must be a non-empty string`);
    if (indexOf.has(id)) throw new RangeError(`cell id "${id}" occurs twice`);
    if (value !== null && (typeof value !== 'number' || !Number.isFinite(value) || value < 0)) {
      throw new RangeError(`cell "${id}": value must be null or a finite count ≥ 0, got ${String(value)}`);
    }
    ids[i] = id;
    values[i] = value ?? Number.NaN;
    indexOf.set(id, i);
  }

  const groupCount = groups.length;
  const totals = new Int32Array(groupCount);
  const partStart = new Int32Array(groupCount + 1);
  for (let g = 0; g < groupCount; g++) {
    const group = groups[g] as AdditiveGroup | null | undefined;
    if (group === null || typeof group !== 'object' || !Array.isArray(group.parts)) throw new TypeError(`groups[${g}] must be { total, parts: string[] }`);
    if (group.parts.length === 0) throw new RangeError(`groups[${g}] (total "${String(group.total)}") has no parts`);
    partStart[g + 1] = partStart[g]! + group.parts.length;
  }
  const partCells = new Int32Array(partStart[groupCount]!);
  const memberCount = new Int32Array(n);
  const lastGroup = new Int32Array(n).fill(-1);
  for (let g = 0; g < groupCount; g++) {
    const group = groups[g]!;
    const total = indexOf.get(group.total);
    if (total === undefined) throw new RangeError(`groups[${g}].total names an unknown cell "${String(group.total)}"`);
    totals[g] = total;
    lastGroup[total] = g;
    memberCount[total]!++;
    const list = group.parts;
    for (let k = 0; k < list.length; k++) {
      const id = list[k]!;
      const part = indexOf.get(id);
      if (part === undefined) throw new RangeError(`groups[${g}].parts[${k}] names an unknown cell "${String(id)}"`);
      if (lastGroup[part] === g) {
        throw new RangeError(part === total ? `groups[${g}]: "${id}" is both the total and a part` : `groups[${g}]: part "${id}" occurs twice`);
      }
      lastGroup[part] = g;
      memberCount[part]!++;
      partCells[partStart[g]! + k] = part;
    }
  }
  const memberStart = new Int32Array(n + 1);
  for (let c = 0; c < n; c++) memberStart[c + 1] = memberStart[c]! + memberCount[c]!;
  const memberGroups = new Int32Array(memberStart[n]!);
  const fill = memberStart.slice(0, n);
  for (let g = 0; g < groupCount; g++) {
    memberGroups[fill[totals[g]!]!++] = g;
    for (let k = partStart[g]!; k < partStart[g + 1]!; k++) memberGroups[fill[partCells[k]!]!++] = g;
  }
  return { ids, values, indexOf, totals, partStart, partCells, memberStart, memberGroups };
}
