import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findLinearlyDeterminedCells } from '../../../geo/suppression/find-linearly-determined-cells';
import { findRecoverableCells } from '../../../geo/suppression/find-recoverable-cells';
import type { HierarchyCell, SuppressionStatus } from '../../../geo/suppression/suppress-hierarchy';

const cellsOf = (values: Record<string, number | null>): HierarchyCell[] => Object.entries(values).map(([id, value]) => ({ id, value }));
const statusOf = (entries: Record<string, SuppressionStatus>): Map<string, SuppressionStatus> => new Map(Object.entries(entries));

describe('findLinearlyDeterminedCells', () => {
  it('finds a sector given away by a wijk minus the deelgemeente inside it, which single groups miss', () => {
    const cells = cellsOf({ W: 10, D: 8, s0: 2, s2: 3, s3: 5 });
    const groups = [
      { total: 'W', parts: ['s0', 's2', 's3'] },
      { total: 'D', parts: ['s2', 's3'] },
    ];
    const status = statusOf({ W: 'shown', D: 'shown', s0: 'primary', s2: 'primary', s3: 'secondary' });
    expect(findRecoverableCells(cells, groups, status)).toEqual([]);
    expect(findLinearlyDeterminedCells(cells, groups, status)).toEqual([{ id: 's0', value: 2, status: 'primary' }]);
  });

  it('finds two areas that cover the same sectors at two levels once one of them is known', () => {
    // W07 and deelgemeente H both = s1 + s2; M = W07 + W08 = H + Z; everything but s1, s2, W07, H shown.
    const cells = cellsOf({ M: 30, W07: 3, W08: 27, H: 3, Z: 27, s1: 1, s2: 2, s3: 27 });
    const groups = [
      { total: 'M', parts: ['W07', 'W08'] },
      { total: 'M', parts: ['H', 'Z'] },
      { total: 'W07', parts: ['s1', 's2'] },
      { total: 'H', parts: ['s1', 's2'] },
      { total: 'W08', parts: ['s3'] },
      { total: 'Z', parts: ['s3'] },
    ];
    const status = statusOf({ M: 'shown', W07: 'primary', W08: 'shown', H: 'primary', Z: 'shown', s1: 'primary', s2: 'primary', s3: 'shown' });
    expect(findLinearlyDeterminedCells(cells, groups, status).map((d) => [d.id, d.value])).toEqual([
      ['W07', 3],
      ['H', 3],
    ]);
  });

  it('agrees with single-group recovery where that applies, and finds nothing in a 2×2 table with all inner cells hidden', () => {
    const cells = cellsOf({ T: 20, r1: 9, r2: 11, c1: 8, c2: 12, a: 3, b: 6, c: 5, d: 6 });
    const groups = [
      { total: 'r1', parts: ['a', 'b'] },
      { total: 'r2', parts: ['c', 'd'] },
      { total: 'c1', parts: ['a', 'c'] },
      { total: 'c2', parts: ['b', 'd'] },
      { total: 'T', parts: ['r1', 'r2'] },
      { total: 'T', parts: ['c1', 'c2'] },
    ];
    const shown = Object.fromEntries(cells.map((c) => [c.id, 'shown'])) as Record<string, SuppressionStatus>;
    expect(findLinearlyDeterminedCells(cells, groups, statusOf({ ...shown, a: 'primary', b: 'secondary', c: 'secondary', d: 'secondary' }))).toEqual([]);
    expect(findLinearlyDeterminedCells(cells, groups, statusOf({ ...shown, a: 'primary', b: 'secondary' }))).toEqual([
      { id: 'a', value: 3, status: 'primary' },
      { id: 'b', value: 6, status: 'secondary' },
    ]);
  });

  it('matches a brute-force rank test on random systems', () => {
    // Brute force: a hidden cell k is determined iff rank(A) = rank(A with the row e_k added), over the reals.
    const rank = (rows: number[][]): number => {
      const m = rows.map((r) => [...r]);
      let r = 0;
      for (let c = 0; c < (m[0]?.length ?? 0) && r < m.length; c++) {
        const p = m.findIndex((row, i) => i >= r && Math.abs(row[c]!) > 1e-9);
        if (p < 0) continue;
        [m[r], m[p]] = [m[p]!, m[r]!];
        for (let i = 0; i < m.length; i++) {
          if (i === r) continue;
          const f = m[i]![c]! / m[r]![c]!;
          for (let k = c; k < m[i]!.length; k++) m[i]![k]! -= f * m[r]![k]!;
        }
        r++;
      }
      return r;
    };
    fc.assert(
      fc.property(
        fc.integer({ min: 3, max: 9 }).chain((n) =>
          fc.record({
            n: fc.constant(n),
            groups: fc.array(fc.record({ total: fc.integer({ min: 0, max: n - 1 }), parts: fc.uniqueArray(fc.integer({ min: 0, max: n - 1 }), { minLength: 1, maxLength: n - 1 }) }), { minLength: 1, maxLength: 6 }),
            hidden: fc.array(fc.boolean(), { minLength: n, maxLength: n }),
          }),
        ),
        ({ n, groups: raw, hidden }) => {
          const groups = raw.filter((g) => !g.parts.includes(g.total)).map((g) => ({ total: `c${g.total}`, parts: g.parts.map((p) => `c${p}`) }));
          const cells = Array.from({ length: n }, (_, i) => ({ id: `c${i}`, value: i + 1 }));
          const status = new Map(cells.map((c, i) => [c.id, (hidden[i] ? 'secondary' : 'shown') as SuppressionStatus]));
          const unknowns = cells.map((_, i) => i).filter((i) => hidden[i]);
          const a = groups.map((g) => unknowns.map((i) => (g.total === `c${i}` ? 1 : g.parts.includes(`c${i}`) ? -1 : 0)));
          const expected = unknowns.filter((i, k) => rank([...a, unknowns.map((_, j) => (j === k ? 1 : 0))]) === rank(a)).map((i) => `c${i}`);
          expect(findLinearlyDeterminedCells(cells, groups, status).map((d) => d.id)).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });
});
