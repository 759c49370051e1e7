import { describe, expect, it } from 'vitest';
import { EMPTY_ORGANISATION, type Organisation } from '../../../../data/organisation';
import {
  addCentre,
  addTeam,
  assignAreas,
  deleteCentre,
  deleteTeam,
  mergeCentres,
  mergeFte,
  mergeTerritory,
  moveCentre,
  renameCentre,
  renameTeam,
  setCentreTeam,
  setFte,
  setRole,
  setTeamColour,
} from '../../../../renderer/features/organise/state/organise-edits';

const org: Organisation = {
  teams: [
    { id: 'noord', name: 'Noord', colour: '#0072b2' },
    { id: 'zuid', name: 'Zuid', colour: null },
  ],
  territory: new Map([
    ['A1', 'noord'],
    ['A2', 'noord'],
    ['B1', 'zuid'],
  ]),
  centres: [{ id: 'huis', name: 'Sociaal Huis', teamId: 'noord', address: null, lon: 3.1, lat: 50.9, locationQuality: null }],
  fte: [
    { teamId: 'noord', profile: 'maatschappelijk_werker', period: 2024, fte: 5 },
    { teamId: 'zuid', profile: 'maatschappelijk_werker', period: 2024, fte: 3 },
  ],
  roles: {},
};

describe('organisation edits', () => {
  it('adds teams with unique ids from their names, and ignores an empty name', () => {
    const once = addTeam('Noord', '#e69f00')(org);
    expect(once.teams.map((t) => t.id)).toEqual(['noord', 'zuid', 'noord_2']);
    expect(addTeam('Wijkteam Zuidelijke Rand', null)(EMPTY_ORGANISATION).teams[0]).toEqual({ id: 'wijkteam_zuidelijke_rand', name: 'Wijkteam Zuidelijke Rand', colour: null });
    expect(addTeam('   ', null)(org)).toBe(org);
  });

  it('renames and recolours a team by id; no change gives the same object', () => {
    expect(renameTeam('zuid', ' Zuid-Oost ')(org).teams[1]!.name).toBe('Zuid-Oost');
    expect(renameTeam('zuid', '')(org)).toBe(org);
    expect(renameTeam('zuid', 'Zuid')(org)).toBe(org);
    expect(setTeamColour('zuid', '#cc79a7')(org).teams[1]!.colour).toBe('#cc79a7');
    expect(setTeamColour('noord', '#0072b2')(org)).toBe(org);
  });

  it('deletes a team: its areas become unassigned, its locations lose their team, its FTE rows go', () => {
    const after = deleteTeam('noord')(org);
    expect(after.teams.map((t) => t.id)).toEqual(['zuid']);
    expect([...after.territory]).toEqual([['B1', 'zuid']]);
    expect(after.centres[0]!.teamId).toBeNull();
    expect(after.fte.map((f) => f.teamId)).toEqual(['zuid']);
    expect(deleteTeam('nobody')(org)).toBe(org);
  });

  it('assigns areas to one team only, unassigns with null, and refuses an unknown team', () => {
    const moved = assignAreas(['A2', 'C1'], 'zuid')(org);
    expect(moved.territory.get('A2')).toBe('zuid');
    expect(moved.territory.get('C1')).toBe('zuid');
    expect(moved.territory.get('A1')).toBe('noord');
    expect(org.territory.get('A2')).toBe('noord'); // the original is untouched
    const cleared = assignAreas(['A1'], null)(org);
    expect(cleared.territory.has('A1')).toBe(false);
    expect(assignAreas(['A1'], 'noord')(org)).toBe(org);
    expect(assignAreas(['A1'], 'ghost')(org)).toBe(org);
  });

  it('adds, moves, renames, re-teams and deletes locations', () => {
    const added = addCentre({ name: 'Sociaal Huis', teamId: 'zuid', lon: 3.123456789, lat: 50.987654321 })(org);
    const centre = added.centres[1]!;
    expect(centre).toMatchObject({ id: 'sociaal_huis', teamId: 'zuid', lon: 3.123457, lat: 50.987654 });
    expect(addCentre({ name: 'X', teamId: null, lon: Number.NaN, lat: 50 })(org)).toBe(org);
    expect(moveCentre('huis', 3.2, 50.8)(org).centres[0]).toMatchObject({ lon: 3.2, lat: 50.8 });
    expect(renameCentre('huis', 'Huis van het Kind')(org).centres[0]!.name).toBe('Huis van het Kind');
    expect(setCentreTeam('huis', 'zuid')(org).centres[0]!.teamId).toBe('zuid');
    expect(setCentreTeam('huis', 'ghost')(org)).toBe(org);
    expect(deleteCentre('huis')(org).centres).toEqual([]);
  });

  it('sets, replaces and clears FTE per team, profile and period', () => {
    const more = setFte('noord', 'onthaal', 2024, 1.5)(org);
    expect(more.fte).toContainEqual({ teamId: 'noord', profile: 'onthaal', period: 2024, fte: 1.5 });
    const replaced = setFte('noord', 'maatschappelijk_werker', 2024, 6.5)(org);
    expect(replaced.fte).toHaveLength(2);
    expect(replaced.fte[0]!.fte).toBe(6.5);
    expect(setFte('noord', 'maatschappelijk_werker', 2024, null)(org).fte).toHaveLength(1);
    expect(setFte('noord', 'maatschappelijk_werker', 2024, 5)(org)).toBe(org);
    expect(setFte('ghost', 'onthaal', 2024, 1)(org)).toBe(org);
  });

  it('sets and clears a role', () => {
    const set = setRole('need', 'leefloon_persons')(org);
    expect(set.roles).toEqual({ need: 'leefloon_persons' });
    expect(setRole('need', null)(set).roles).toEqual({});
    expect(setRole('need', null)(org)).toBe(org);
  });

  it('merges tables: new teams and areas over the old, locations added, FTE rows replaced by key', () => {
    const territory = mergeTerritory({ teams: [...org.teams, { id: 'oost', name: 'Oost', colour: null }], territory: new Map([['A2', 'oost']]) })(org);
    expect(territory.teams.map((t) => t.id)).toEqual(['noord', 'zuid', 'oost']);
    expect(territory.territory.get('A2')).toBe('oost');
    expect(territory.territory.get('A1')).toBe('noord');
    expect(mergeCentres([{ ...org.centres[0]!, id: 'huis_2' }])(org).centres).toHaveLength(2);
    const fte = mergeFte([{ teamId: 'zuid', profile: 'maatschappelijk_werker', period: 2024, fte: 4 }, { teamId: 'zuid', profile: 'onthaal', period: 2024, fte: 1 }])(org);
    expect(fte.fte).toHaveLength(3);
    expect(fte.fte.find((f) => f.teamId === 'zuid' && f.profile === 'maatschappelijk_werker')!.fte).toBe(4);
  });
});
