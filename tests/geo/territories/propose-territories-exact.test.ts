import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { prepareTerritories, proposeTerritories, summariseTerritories, type TerritoryInput } from '../../../geo/territories';
import { isEachTeamContiguous } from './grid';

/** Proven optima by CBC (tests/geo/fixtures/propose-territories/solve-exact.py; see the README there). */
interface ExactCase {
  readonly name: string;
  readonly input: TerritoryInput;
  readonly optimum: { readonly worstDeviation: number; readonly assignment: readonly { code: string; team: string }[]; readonly status: string };
  readonly relaxedOptimum?: { readonly team: string; readonly fixedAreas: readonly string[]; readonly worstDeviation: number };
}
const FIXTURE = path.join(__dirname, '..', 'fixtures', 'propose-territories', 'cbc-optima.json');
const { cases, solver } = JSON.parse(readFileSync(FIXTURE, 'utf8')) as { cases: readonly ExactCase[]; solver: Record<string, string> };

/** Gap allowed between proposeTerritories' worst deviation and the proven optimum: none (it reaches each optimum). */
const GAP = 1e-9;

const worstOf = (input: TerritoryInput, assignment: readonly { code: string; team: string }[]) => {
  const p = prepareTerritories(input);
  const teamOf = new Map(assignment.map((a) => [a.code, p.teamIds.indexOf(a.team)]));
  return summariseTerritories(p, p.codes.map((c) => teamOf.get(c)!), 0, false, []).worstDeviation;
};

describe(`proposeTerritories against optima proven by CBC ${solver.cbc} (PuLP ${solver.pulp})`, () => {
  it('has the three cases, each solved to proven optimality', () => {
    expect(cases.map((c) => c.name)).toEqual(['grid-5x4-uneven', 'hex-5x4-fte', 'grid-5x4-two-locations']);
    for (const c of cases) {
      expect(c.optimum.status).toBe('Optimal');
      expect(c.input.areas).toHaveLength(20);
      expect(c.input.teams).toHaveLength(3);
    }
  });

  for (const c of cases) {
    it(`${c.name}: CBC's plan is contiguous, keeps the locations and has the stated worst deviation`, () => {
      expect(isEachTeamContiguous(c.input, c.optimum.assignment)).toBe(true);
      for (const t of c.input.teams) for (const f of t.fixedAreas) expect(c.optimum.assignment.find((a) => a.code === f)!.team).toBe(t.id);
      expect(worstOf(c.input, c.optimum.assignment)).toBeCloseTo(c.optimum.worstDeviation, 9);
    });

    it(`${c.name}: proposeTerritories reaches the optimum (${(c.optimum.worstDeviation * 100).toFixed(2)} %), never below it`, () => {
      const { assignment, report } = proposeTerritories(c.input, { tolerance: 0 });
      expect(isEachTeamContiguous(c.input, assignment)).toBe(true);
      expect(report.teams.every((t) => t.pieces === 1)).toBe(true);
      // below the proven optimum would mean a wrong report or a stale fixture
      expect(report.worstDeviation).toBeGreaterThanOrEqual(c.optimum.worstDeviation - 1e-9);
      expect(report.worstDeviation).toBeLessThanOrEqual(c.optimum.worstDeviation + GAP);
    });
  }

  it('grid-5x4-two-locations: the second location of t0 binds (the optimum without it is far lower)', () => {
    const c = cases.find((x) => x.name === 'grid-5x4-two-locations')!;
    expect(c.relaxedOptimum!.worstDeviation).toBeLessThan(c.optimum.worstDeviation / 10);
    const relaxed = { ...c.input, teams: c.input.teams.map((t) => (t.id === c.relaxedOptimum!.team ? { ...t, fixedAreas: c.relaxedOptimum!.fixedAreas } : t)) };
    expect(proposeTerritories(relaxed, { tolerance: 0 }).report.worstDeviation).toBeCloseTo(c.relaxedOptimum!.worstDeviation, 9);
  });

  it('needs what it has: single moves alone stop above the optimum where swaps or restarts close the gap', () => {
    const byName = new Map(cases.map((c) => [c.name, c]));
    const movesOnly = (name: string) => proposeTerritories(byName.get(name)!.input, { tolerance: 0, swaps: false, restarts: 0 }).report.worstDeviation;
    const withSwaps = (name: string) => proposeTerritories(byName.get(name)!.input, { tolerance: 0, restarts: 0 }).report.worstDeviation;
    expect(movesOnly('grid-5x4-uneven')).toBeGreaterThan(byName.get('grid-5x4-uneven')!.optimum.worstDeviation + 0.01);
    expect(withSwaps('grid-5x4-uneven')).toBeCloseTo(byName.get('grid-5x4-uneven')!.optimum.worstDeviation, 9);
    expect(movesOnly('grid-5x4-two-locations')).toBeGreaterThan(byName.get('grid-5x4-two-locations')!.optimum.worstDeviation + 0.1);
    expect(withSwaps('hex-5x4-fte')).toBeGreaterThan(byName.get('hex-5x4-fte')!.optimum.worstDeviation + 0.01);
  });
});
