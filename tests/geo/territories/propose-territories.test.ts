import { describe, expect, it } from 'vitest';
import { keepsDonorConnected, proposeTerritories, type TerritoryInput } from '../../../geo/territories';
import { gridInput, isEachTeamContiguous } from './grid';

describe('proposeTerritories on a hand-made grid', () => {
  it('splits a 4 × 4 grid of equal weights into 4 contiguous teams of 4, each holding its corner location', () => {
    const input = gridInput(4, 4, () => 1, [['r0c0'], ['r0c3'], ['r3c0'], ['r3c3']]);
    const { assignment, report } = proposeTerritories(input, { tolerance: 0 });
    expect(report.teams.map((t) => t.total)).toEqual([4, 4, 4, 4]);
    expect(report.maxOverMin).toBe(1);
    expect(report.toleranceMet).toBe(true);
    expect(report.binding).toEqual([]);
    expect(isEachTeamContiguous(input, assignment)).toBe(true);
    expect(assignment.find((a) => a.code === 'r0c0')!.team).toBe('t0');
    expect(assignment.find((a) => a.code === 'r3c3')!.team).toBe('t3');
    expect(report.teams.every((t) => t.pieces === 1)).toBe(true);
  });

  it('follows the README example: a strip of four splits in two halves', () => {
    const areas = ['a', 'b', 'c', 'd'].map((code, i) => ({ code, weight: 1, centroid: [3, 50 + i / 100] as const }));
    const teams = [{ id: 'north', fixedAreas: ['d'] }, { id: 'south', fixedAreas: ['a'] }];
    const result = proposeTerritories({ areas, adjacency: { a: ['b'], b: ['c'], c: ['d'] }, teams });
    expect(result.assignment.map((x) => x.team)).toEqual(['south', 'south', 'north', 'north']);
  });

  it('reports a location area that is too heavy as the binding constraint', () => {
    const input = gridInput(2, 3, (r, c) => (r === 0 && c === 0 ? 20 : 1), [['r0c0'], ['r1c2']]);
    const { report } = proposeTerritories(input, { tolerance: 0.1 });
    expect(report.toleranceMet).toBe(false);
    expect(report.binding.map((b) => b.constraint)).toContain('fixed-location-too-heavy');
    expect(report.teams[0]!.areas).toBe(1); // everything else goes to the light team
  });

  it('joins an island (no neighbours) to the nearest team and reports it', () => {
    const base = gridInput(2, 2, () => 1, [['r0c0'], ['r1c1']]);
    const input: TerritoryInput = { ...base, areas: [...base.areas, { code: 'island', weight: 1, centroid: [3.25, 50.82] }] };
    const { assignment, report } = proposeTerritories(input);
    expect(report.isolatedAreas).toEqual([{ code: 'island', team: 't1' }]);
    expect(assignment.filter((a) => a.team === 't0').length + assignment.filter((a) => a.team === 't1').length).toBe(5);
  });

  it('balances per FTE: a team with twice the FTE gets twice the weight', () => {
    const base = gridInput(1, 6, () => 1, [['r0c0'], ['r0c5']]);
    const input = { ...base, teams: [{ ...base.teams[0]!, fte: 2 }, { ...base.teams[1]!, fte: 1 }] };
    const { report } = proposeTerritories(input, { tolerance: 0 });
    expect(report.teams.map((t) => t.total)).toEqual([4, 2]);
    expect(report.worstDeviation).toBeCloseTo(0, 12);
  });

  it('with minChange keeps today where today is within tolerance, and counts changes otherwise', () => {
    const input = gridInput(1, 6, () => 1, [['r0c0'], ['r0c5']]);
    const today = { ...input, teams: [{ ...input.teams[0]!, currentAreas: ['r0c0', 'r0c1', 'r0c2', 'r0c3'] }, { ...input.teams[1]!, currentAreas: ['r0c4', 'r0c5'] }] };
    const kept = proposeTerritories(today, { tolerance: 0.34, minChange: true });
    expect(kept.report.changedAreas).toBe(0);
    const balanced = proposeTerritories(today, { tolerance: 0 });
    expect(balanced.report.changedAreas).toBe(1);
    expect(balanced.report.changedWeight).toBe(1);
  });

  it('with keepWijken moves only whole wijken', () => {
    const input = gridInput(4, 4, () => 1, [['r0c0'], ['r3c3']]);
    const { assignment } = proposeTerritories(input, { keepWijken: true, tolerance: 0 });
    const wijkOf = new Map(input.areas.map((a) => [a.code, a.wijk]));
    const teamsOfWijk = new Map<string, Set<string>>();
    for (const a of assignment) teamsOfWijk.set(wijkOf.get(a.code)!, (teamsOfWijk.get(wijkOf.get(a.code)!) ?? new Set()).add(a.team));
    expect([...teamsOfWijk.values()].every((s) => s.size === 1)).toBe(true);
    expect(isEachTeamContiguous(input, assignment)).toBe(true);
  });

  it('checks its input first', () => {
    const input = gridInput(2, 2, () => 1, [['r0c0']]);
    expect(() => proposeTerritories(input, { tolerance: -1 })).toThrow(RangeError);
    expect(() => proposeTerritories({ ...input, teams: [{ id: 't', fixedAreas: [] }] })).toThrow(/location area/);
    expect(() => proposeTerritories({ ...input, teams: [{ id: 't', fixedAreas: ['nope'] }] })).toThrow(/not among/);
    expect(() => proposeTerritories({ ...input, areas: [{ code: 'x', weight: -1, centroid: [3, 50] }] })).toThrow(/weight/);
  });
});

describe('keepsDonorConnected', () => {
  it('refuses to take the middle of a path out of its team', () => {
    const graph = { weights: [1, 1, 1], centroids: [[0, 0], [0, 0], [0, 0]] as const, neighbours: [[1], [0, 2], [1]], fixedTeam: [0, -1, -1], currentTeam: [-1, -1, -1], shares: [1] };
    expect(keepsDonorConnected(graph, [0, 0, 0], 1)).toBe(false);
    expect(keepsDonorConnected(graph, [0, 0, 0], 2)).toBe(true);
  });
});
