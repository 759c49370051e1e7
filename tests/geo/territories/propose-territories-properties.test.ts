import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { proposeTerritories } from '../../../geo/territories';
import { gridInput, isEachTeamContiguous } from './grid';

/** A random grid (2…6 × 2…6), random weights 0…20 and 1…4 teams, each with one distinct location cell. */
const instance = fc
  .record({ rows: fc.integer({ min: 2, max: 6 }), cols: fc.integer({ min: 2, max: 6 }), seedCells: fc.uniqueArray(fc.nat(35), { minLength: 1, maxLength: 4 }), weights: fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 36, maxLength: 36 }) })
  .map(({ rows, cols, seedCells, weights }) => {
    const cells = [...new Set(seedCells.map((s) => s % (rows * cols)))];
    const fixed = cells.map((s) => [`r${Math.floor(s / cols)}c${s % cols}`]);
    return gridInput(rows, cols, (r, c) => weights[r * cols + c]!, fixed);
  });
const options = fc.record({ tolerance: fc.constantFrom(0, 0.05, 0.1, 0.3), keepWijken: fc.boolean(), minChange: fc.boolean() });

describe('proposeTerritories properties', () => {
  it('puts every area in exactly one team, keeps each location in its team and each team contiguous', () => {
    fc.assert(
      fc.property(instance, options, (input, opts) => {
        const { assignment, report } = proposeTerritories(input, opts);
        expect(assignment.map((a) => a.code)).toEqual(input.areas.map((a) => a.code));
        expect(assignment.every((a) => input.teams.some((t) => t.id === a.team))).toBe(true);
        for (const t of input.teams) for (const f of t.fixedAreas) expect(assignment.find((a) => a.code === f)!.team).toBe(t.id);
        expect(isEachTeamContiguous(input, assignment)).toBe(true);
        expect(report.teams.every((t) => t.pieces === 1)).toBe(true);
        expect(report.teams.reduce((s, t) => s + t.areas, 0)).toBe(input.areas.length);
        expect(report.toleranceMet).toBe(report.worstDeviation <= opts.tolerance + 1e-12);
        if (!report.toleranceMet) expect(report.binding.length).toBeGreaterThan(0);
      }),
      { numRuns: 150 },
    );
  });

  it('meets the tolerance on feasible instances: equal weights, an even grid and two teams (a 2-connected grid always splits evenly)', () => {
    const feasible = fc
      .record({ rows: fc.integer({ min: 2, max: 7 }), half: fc.integer({ min: 1, max: 4 }), a: fc.nat(55), b: fc.nat(55) })
      .filter(({ rows, half, a, b }) => a % (rows * half * 2) !== b % (rows * half * 2));
    fc.assert(
      fc.property(feasible, ({ rows, half, a, b }) => {
        const cols = half * 2;
        const cell = (s: number) => `r${Math.floor((s % (rows * cols)) / cols)}c${(s % (rows * cols)) % cols}`;
        const input = gridInput(rows, cols, () => 1, [[cell(a)], [cell(b)]]);
        const { report } = proposeTerritories(input, { tolerance: 0 });
        expect(report.teams.map((t) => t.total)).toEqual([rows * half, rows * half]);
        expect(report.toleranceMet).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('meets ±10 % on strips: k teams over a rows × 3k grid with equal weights, one location per strip', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 5 }), fc.integer({ min: 2, max: 5 }), (rows, k) => {
        const input = gridInput(rows, 3 * k, () => 1, Array.from({ length: k }, (_, t) => [`r0c${3 * t + 1}`]));
        const { report } = proposeTerritories(input, { tolerance: 0.1 });
        expect(report.toleranceMet).toBe(true);
      }),
    );
  });
  it('joins a team\'s two locations into one piece whenever a path between them avoids the other locations', () => {
    const twoLocations = fc
      .record({ rows: fc.integer({ min: 2, max: 6 }), cols: fc.integer({ min: 2, max: 6 }), cells: fc.uniqueArray(fc.nat(35), { minLength: 3, maxLength: 5 }), weights: fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 36, maxLength: 36 }) })
      .map(({ rows, cols, cells, weights }) => {
        const distinct = [...new Set(cells.map((s) => s % (rows * cols)))];
        const code = (s: number) => `r${Math.floor(s / cols)}c${s % cols}`;
        const fixed = distinct.length < 3 ? [distinct.map(code)] : [[code(distinct[0]!), code(distinct[1]!)], ...distinct.slice(2).map((s) => [code(s)])];
        return { input: gridInput(rows, cols, (r, c) => weights[r * cols + c]!, fixed), rows, cols };
      });
    fc.assert(
      fc.property(twoLocations, fc.boolean(), ({ input, rows, cols }, minChange) => {
        const [a, b] = input.teams[0]!.fixedAreas;
        const blocked = new Set(input.teams.slice(1).flatMap((t) => t.fixedAreas));
        const seen = new Set([a!]);
        const stack = [a!];
        while (stack.length > 0) {
          const [r, c] = stack.pop()!.slice(1).split('c').map(Number) as [number, number];
          for (const [dr, dc] of [[1, 0], [-1, 0], [0, 1], [0, -1]] as const) {
            const next = `r${r + dr}c${c + dc}`;
            if (r + dr < 0 || r + dr >= rows || c + dc < 0 || c + dc >= cols || blocked.has(next) || seen.has(next)) continue;
            seen.add(next);
            stack.push(next);
          }
        }
        const { assignment, report } = proposeTerritories(input, { tolerance: 0.1, minChange });
        if (b === undefined || seen.has(b)) {
          expect(isEachTeamContiguous(input, assignment)).toBe(true);
          expect(report.teams.every((t) => t.pieces === 1)).toBe(true);
        }
        for (const t of input.teams) for (const f of t.fixedAreas) expect(assignment.find((x) => x.code === f)!.team).toBe(t.id);
      }),
      { numRuns: 150 },
    );
  });
});
