import { describe, expect, it } from 'vitest';
import { MAX_TEAM_FTE, type Organisation } from '../../../../data/organisation';
import { TEAM_PALETTE } from '../../../../renderer/map/team-colours';
import { centresOutside, colourClashes, distinctTeamColours, nextTeamColour, organiseTeamColours, parseFteInput, teamColoursIn, unassignedAreas } from '../../../../renderer/features/organise/state/organise-model';
import { teamColoursOf } from '../../../../renderer/features/explorer/layers/overlay-data';
import { findAdjacentPolygons } from '../../../../geo/geometry';
import type { AreaCollection } from '../../../../data/package';

describe('organise model', () => {
  it('reads FTE as typed (decimal comma or point) and refuses negative, non-number and too large values', () => {
    expect(parseFteInput('6,5')).toEqual({ ok: true, value: 6.5 });
    expect(parseFteInput(' 12.25 ')).toEqual({ ok: true, value: 12.25 });
    expect(parseFteInput('')).toEqual({ ok: true, value: null });
    expect(parseFteInput('-1')).toEqual({ ok: false, reason: 'negative' });
    expect(parseFteInput('zes')).toEqual({ ok: false, reason: 'not-a-number' });
    expect(parseFteInput('1,2,3')).toEqual({ ok: false, reason: 'not-a-number' });
    expect(parseFteInput(String(MAX_TEAM_FTE + 1))).toEqual({ ok: false, reason: 'too-large' });
    expect(parseFteInput(String(MAX_TEAM_FTE))).toEqual({ ok: true, value: MAX_TEAM_FTE });
  });

  it('lists the unassigned areas in order', () => {
    const areas = [{ code: 'A', name: 'Aa' }, { code: 'B', name: 'Bb' }, { code: 'C', name: 'Cc' }];
    expect(unassignedAreas(areas, new Map([['B', 'noord']]))).toEqual([areas[0], areas[2]]);
  });

  it('gives new teams unused palette colours and resolves automatic ones without clashing with chosen ones', () => {
    expect(nextTeamColour([])).toBe(TEAM_PALETTE[0]);
    const teams = [{ id: 'a', name: 'A', colour: TEAM_PALETTE[0]! }, { id: 'b', name: 'B', colour: null }];
    expect(teamColoursIn(teams).get('b')).toBe(TEAM_PALETTE[1]);
    expect(nextTeamColour(teams)).toBe(TEAM_PALETTE[2]);
  });

  it('finds touching teams of the same colour and spreads colours so that neighbours differ', () => {
    // Three areas in a row: 0 – 1 – 2; teams a, b, c; a and b share a colour.
    const codes = ['X0', 'X1', 'X2'];
    const adjacency = [[1], [0, 2], [1]];
    const org: Organisation = {
      teams: [{ id: 'a', name: 'A', colour: '#111111' }, { id: 'b', name: 'B', colour: '#111111' }, { id: 'c', name: 'C', colour: '#333333' }],
      territory: new Map([['X0', 'a'], ['X1', 'b'], ['X2', 'c']]),
      centres: [],
      fte: [],
      roles: {},
    };
    expect(colourClashes(org, codes, adjacency)).toEqual([['A', 'B']]);
    const spread = distinctTeamColours(org, codes, adjacency);
    expect(spread.get('a')).not.toBe(spread.get('b'));
    expect(spread.get('b')).not.toBe(spread.get('c'));
    const after = { ...org, teams: org.teams.map((t) => ({ ...t, colour: spread.get(t.id)! })) };
    expect(colourClashes(after, codes, adjacency)).toEqual([]);
  });

  it('colours the teams as the map does (teamColoursOf): the same colours for the same teams and borders', () => {
    // Four base areas in a row, teams n – c – z – h along it, only c with a colour of its own, a centre of team x.
    const square = (i: number) => ({ type: 'Polygon' as const, coordinates: [[[i, 0], [i + 1, 0], [i + 1, 1], [i, 1], [i, 0]]] });
    const features = ['A0', 'A1', 'A2', 'A3'].map((code, i) => ({ type: 'Feature' as const, properties: { code, name: code }, geometry: square(i) }));
    const territory = new Map([['A0', 'n'], ['A1', 'c'], ['A2', 'z'], ['A3', 'h']]);
    const teams = [{ id: 'h', name: 'H', colour: null }, { id: 'c', name: 'C', colour: TEAM_PALETTE[1]! }, { id: 'n', name: 'N', colour: null }, { id: 'z', name: 'Z', colour: null }];
    const centres = [{ id: 'p', name: 'P', teamId: 'x', address: null, lon: 0.5, lat: 0.5, locationQuality: null }];
    const pkg = { teams, centres, levels: [{ level: 'sector', areas: { type: 'FeatureCollection', features } as unknown as AreaCollection }], territories: { level: 'sector', teamOf: territory } };
    const organised = organiseTeamColours({ teams, territory, centres }, features.map((f) => f.properties.code), findAdjacentPolygons(features.map((f) => f.geometry)));
    expect(organised).toEqual(new Map(teamColoursOf(pkg)));
    expect(organised.get('c')).toBe(TEAM_PALETTE[1]);
    for (const [a, b] of [['n', 'c'], ['c', 'z'], ['z', 'h']] as const) expect(organised.get(a)).not.toBe(organised.get(b));
  });

  it('names the locations outside the outline', () => {
    const outline = { type: 'Polygon' as const, coordinates: [[[3, 50], [4, 50], [4, 51], [3, 51], [3, 50]]] };
    const centres = [{ id: 'in', lon: 3.5, lat: 50.5 }, { id: 'out', lon: 5, lat: 50.5 }];
    expect(centresOutside(centres, outline).map((c) => c.id)).toEqual(['out']);
    expect(centresOutside(centres, null)).toEqual([]);
  });
});
