import { describe, expect, it } from 'vitest';
import { chooseTerritoryTeams, newTeamName, proposeTerritories } from '../../../geo/territories';
import { gridInput, isEachTeamContiguous } from './grid';

describe('chooseTerritoryTeams', () => {
  it('keeps the input as it is for k = its teams', () => {
    const input = gridInput(3, 3, () => 1, [['r0c0'], ['r2c2']]);
    expect(chooseTerritoryTeams(input, 2)).toEqual({ input, changes: { dropped: [], added: [] } });
  });

  it('for fewer teams keeps the busiest today first, then each time the team farthest from those kept', () => {
    // a 1 × 9 strip: t0 at c0 (busiest today), t1 at c1 (next to it), t2 at c8 (far), t3 at c4 (middle)
    const base = gridInput(1, 9, () => 1, [['r0c0'], ['r0c1'], ['r0c8'], ['r0c4']]);
    const input = { ...base, teams: base.teams.map((t, i) => ({ ...t, currentAreas: i === 0 ? ['r0c0', 'r0c2', 'r0c3'] : t.fixedAreas })) };
    expect(chooseTerritoryTeams(input, 1).changes.dropped).toEqual(['t1', 't2', 't3']);
    expect(chooseTerritoryTeams(input, 2).changes.dropped).toEqual(['t1', 't3']); // t2 is farthest from t0
    expect(chooseTerritoryTeams(input, 3).changes.dropped).toEqual(['t1']); // then t3, between them
  });

  it('for more teams adds "Nieuw team 1", … seeded at the area farthest from every location and earlier seed', () => {
    const input = gridInput(1, 9, () => 1, [['r0c0']]);
    const { input: out, changes } = chooseTerritoryTeams(input, 3);
    expect(changes.added).toEqual([{ id: newTeamName(1), seedArea: 'r0c8' }, { id: newTeamName(2), seedArea: 'r0c4' }]);
    expect(out.teams.map((t) => t.id)).toEqual(['t0', 'Nieuw team 1', 'Nieuw team 2']);
  });

  it('gives new teams the mean FTE of the teams that have one, and skips areas of weight 0 as seeds when it can', () => {
    const base = gridInput(1, 5, (_, c) => (c === 4 ? 0 : 1), [['r0c0']]);
    const input = { ...base, teams: [{ ...base.teams[0]!, fte: 3 }] };
    const { input: out, changes } = chooseTerritoryTeams(input, 2);
    expect(changes.added).toEqual([{ id: 'Nieuw team 1', seedArea: 'r0c3' }]);
    expect(out.teams[1]!.fte).toBe(3);
  });

  it('checks k', () => {
    const input = gridInput(1, 3, () => 1, [['r0c0']]);
    expect(() => chooseTerritoryTeams(input, 0)).toThrow(RangeError);
    expect(() => chooseTerritoryTeams(input, 1.5)).toThrow(RangeError);
    expect(() => chooseTerritoryTeams(input, 4)).toThrow(/only 3 areas/);
  });
});

describe('proposeTerritories with teamCount', () => {
  it('proposes contiguous territories for more and for fewer teams than the input has, and says which changed', () => {
    const input = gridInput(4, 6, () => 1, [['r0c0'], ['r3c5'], ['r0c1']]);
    const more = proposeTerritories(input, { tolerance: 0, teamCount: 4 });
    expect(new Set(more.assignment.map((a) => a.team))).toEqual(new Set(['t0', 't1', 't2', 'Nieuw team 1']));
    expect(more.teamChanges?.added).toHaveLength(1);
    expect(isEachTeamContiguous({ ...input, teams: [...input.teams, { id: 'Nieuw team 1', fixedAreas: [] }] }, more.assignment)).toBe(true);
    expect(more.report.teams.map((t) => t.total)).toEqual([6, 6, 6, 6]);
    const fewer = proposeTerritories(input, { tolerance: 0, teamCount: 2 });
    expect(fewer.teamChanges?.dropped).toEqual(['t2']); // t2 sits next to t0; t1 is far from it
    expect(fewer.report.teams.map((t) => t.total)).toEqual([12, 12]);
    expect(fewer.assignment.find((a) => a.code === 'r0c1')!.team).toBe('t0'); // t2's location area goes with its surroundings
  });
});
