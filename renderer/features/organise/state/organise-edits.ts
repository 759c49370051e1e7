import type { Centre, TeamFte } from '../../../../data/package';
import { uniqueId, type Organisation, type OrganisationTeam } from '../../../../data/organisation';
import type { AnalysisRoles } from '../../../../data/package';

/**
 * Pure edits of an organisation (teams, territory, locations, FTE, roles). Each returns a new organisation,
 * or the same object when nothing changes (so the undo stack only records real edits).
 */
export type OrganisationEdit = (org: Organisation) => Organisation;

/**
 * A new team with a unique id from its name (`noord`, `noord_2`, …) and the given colour.
 *
 * @example
 * addTeam('Noord', '#0072b2')(EMPTY_ORGANISATION).teams // [{ id: 'noord', name: 'Noord', colour: '#0072b2' }]
 */
export const addTeam = (name: string, colour: string | null): OrganisationEdit => (org) => {
  const trimmed = name.trim();
  if (trimmed === '') return org;
  const id = uniqueId(trimmed, org.teams.map((t) => t.id));
  return { ...org, teams: [...org.teams, { id, name: trimmed, colour }] };
};

const mapTeam = (org: Organisation, id: string, change: (t: OrganisationTeam) => OrganisationTeam): Organisation => {
  let changed = false;
  const teams = org.teams.map((t) => {
    if (t.id !== id) return t;
    const next = change(t);
    if (next.name !== t.name || next.colour !== t.colour) changed = true;
    return next;
  });
  return changed ? { ...org, teams } : org;
};

/**
 * Renames a team (its id stays, so its areas, locations and FTE stay with it); an empty name changes nothing.
 *
 * @example
 * renameTeam('noord', 'Noord-Oost')(org).teams[0].name // 'Noord-Oost'
 */
export const renameTeam = (id: string, name: string): OrganisationEdit => (org) => (name.trim() === '' ? org : mapTeam(org, id, (t) => ({ ...t, name: name.trim() })));

/**
 * Sets a team's colour (a CSS colour, or null for automatic).
 *
 * @example
 * setTeamColour('noord', '#e69f00')(org).teams[0].colour // '#e69f00'
 */
export const setTeamColour = (id: string, colour: string | null): OrganisationEdit => (org) => mapTeam(org, id, (t) => ({ ...t, colour }));

/**
 * Deletes a team: its areas become unassigned, its locations keep their place without a team, its FTE rows go.
 *
 * @example
 * deleteTeam('noord')(org).territory.size // the areas of the other teams only
 */
export const deleteTeam = (id: string): OrganisationEdit => (org) => {
  if (!org.teams.some((t) => t.id === id)) return org;
  return {
    ...org,
    teams: org.teams.filter((t) => t.id !== id),
    territory: new Map([...org.territory].filter(([, team]) => team !== id)),
    centres: org.centres.map((c) => (c.teamId === id ? { ...c, teamId: null } : c)),
    fte: org.fte.filter((f) => f.teamId !== id),
  };
};

/**
 * Gives base areas to a team (null: unassigned). A wijk is assigned by passing all its base areas; passing
 * some of them splits it. Every base area stays in exactly one team or none (the territory is a map).
 *
 * @example
 * assignAreas(['A01', 'A02'], 'noord')(org).territory.get('A02') // 'noord'
 */
export const assignAreas = (codes: readonly string[], teamId: string | null): OrganisationEdit => (org) => {
  if (teamId !== null && !org.teams.some((t) => t.id === teamId)) return org;
  const changed = codes.filter((code) => (org.territory.get(code) ?? null) !== teamId);
  if (changed.length === 0) return org;
  const territory = new Map(org.territory);
  for (const code of changed) {
    if (teamId === null) territory.delete(code);
    else territory.set(code, teamId);
  }
  return { ...org, territory };
};

/**
 * Adds a location at a position (WGS84 degrees), with an id from its name.
 *
 * @example
 * addCentre({ name: 'Sociaal Huis', teamId: 'noord', lon: 3.12, lat: 50.95 })(org).centres.at(-1).id // 'sociaal_huis'
 */
export const addCentre = (centre: { name: string; teamId: string | null; lon: number; lat: number }): OrganisationEdit => (org) => {
  const name = centre.name.trim();
  if (name === '' || !Number.isFinite(centre.lon) || !Number.isFinite(centre.lat)) return org;
  const id = uniqueId(name, org.centres.map((c) => c.id), 'locatie');
  const added: Centre = { id, name, teamId: centre.teamId, address: null, lon: round6(centre.lon), lat: round6(centre.lat), locationQuality: null };
  return { ...org, centres: [...org.centres, added] };
};

const round6 = (value: number) => Math.round(value * 1e6) / 1e6;

const mapCentre = (org: Organisation, id: string, change: (c: Centre) => Centre): Organisation => {
  let changed = false;
  const centres = org.centres.map((c) => {
    if (c.id !== id) return c;
    const next = change(c);
    if (next.name !== c.name || next.teamId !== c.teamId || next.lon !== c.lon || next.lat !== c.lat || next.address !== c.address) changed = true;
    return next;
  });
  return changed ? { ...org, centres } : org;
};

/**
 * Moves a location (drag on the map).
 *
 * @example
 * moveCentre('sociaal_huis', 3.13, 50.94)(org)
 */
export const moveCentre = (id: string, lon: number, lat: number): OrganisationEdit => (org) =>
  Number.isFinite(lon) && Number.isFinite(lat) ? mapCentre(org, id, (c) => ({ ...c, lon: round6(lon), lat: round6(lat), locationQuality: null })) : org;

/**
 * Renames a location; an empty name changes nothing.
 *
 * @example
 * renameCentre('sociaal_huis', 'Sociaal Huis Zuid')(org)
 */
export const renameCentre = (id: string, name: string): OrganisationEdit => (org) => (name.trim() === '' ? org : mapCentre(org, id, (c) => ({ ...c, name: name.trim() })));

/**
 * Sets (or clears, null) the team of a location.
 *
 * @example
 * setCentreTeam('sociaal_huis', 'zuid')(org)
 */
export const setCentreTeam = (id: string, teamId: string | null): OrganisationEdit => (org) =>
  teamId !== null && !org.teams.some((t) => t.id === teamId) ? org : mapCentre(org, id, (c) => ({ ...c, teamId }));

/**
 * Deletes a location.
 *
 * @example
 * deleteCentre('sociaal_huis')(org).centres // without it
 */
export const deleteCentre = (id: string): OrganisationEdit => (org) => (org.centres.some((c) => c.id === id) ? { ...org, centres: org.centres.filter((c) => c.id !== id) } : org);

const fteKey = (f: Pick<TeamFte, 'teamId' | 'profile' | 'period'>) => `${f.teamId}\u001f${f.profile}\u001f${f.period}`;

/**
 * Sets the FTE of a team for a profile and period (null removes the row). The value must already be valid
 * (see `parseFteInput`); a team that does not exist changes nothing.
 *
 * @example
 * setFte('noord', 'maatschappelijk_werker', 2024, 6.5)(org).fte // [..., { teamId: 'noord', profile: 'maatschappelijk_werker', period: 2024, fte: 6.5 }]
 */
export const setFte = (teamId: string, profile: string, period: number, fte: number | null): OrganisationEdit => (org) => {
  if (!org.teams.some((t) => t.id === teamId)) return org;
  const key = fteKey({ teamId, profile, period });
  const before = org.fte.find((f) => fteKey(f) === key);
  if (fte === null) return before ? { ...org, fte: org.fte.filter((f) => f !== before) } : org;
  if (before?.fte === fte) return org;
  const row: TeamFte = { teamId, profile, period, fte };
  return { ...org, fte: before ? org.fte.map((f) => (f === before ? row : f)) : [...org.fte, row] };
};

export type RoleKey = Exclude<keyof AnalysisRoles, 'households'>;

/**
 * Sets an analysis role (an indicator id, or for `socialWorkerProfile` a profile); null: not set.
 *
 * @example
 * setRole('need', 'est_poverty_persons')(org).roles.need // 'est_poverty_persons'
 */
export const setRole = (key: RoleKey, value: string | null): OrganisationEdit => (org) => {
  if ((org.roles[key] ?? null) === value) return org;
  const rest = Object.fromEntries(Object.entries(org.roles).filter(([k]) => k !== key)) as Partial<AnalysisRoles>;
  return { ...org, roles: value === null ? rest : { ...rest, [key]: value } };
};

/**
 * Takes in a teams table: its teams (the existing ones and new names) and its areas, over the territory so far.
 *
 * @example
 * mergeTerritory({ teams, territory })(org)
 */
export const mergeTerritory = (read: { readonly teams: readonly OrganisationTeam[]; readonly territory: ReadonlyMap<string, string> }): OrganisationEdit => (org) => {
  const known = new Set(org.teams.map((t) => t.id));
  const teams = [...org.teams, ...read.teams.filter((t) => !known.has(t.id))];
  return { ...org, teams, territory: new Map([...org.territory, ...read.territory]) };
};

/**
 * Takes in a locations table: its locations are added (their ids were made unique against the existing ones).
 *
 * @example
 * mergeCentres(centres)(org).centres.length // before + centres.length
 */
export const mergeCentres = (centres: readonly Centre[]): OrganisationEdit => (org) => (centres.length === 0 ? org : { ...org, centres: [...org.centres, ...centres] });

/**
 * Takes in an FTE table: each row replaces the same team, profile and period, or is added.
 *
 * @example
 * mergeFte([{ teamId: 'noord', profile: 'onthaal', period: 2024, fte: 2 }])(org)
 */
export const mergeFte = (rows: readonly TeamFte[]): OrganisationEdit => (org) => {
  if (rows.length === 0) return org;
  const byKey = new Map(org.fte.map((f) => [fteKey(f), f] as const));
  for (const row of rows) byKey.set(fteKey(row), row);
  return { ...org, fte: [...byKey.values()] };
};
